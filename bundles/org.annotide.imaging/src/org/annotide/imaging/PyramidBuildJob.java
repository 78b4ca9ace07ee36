package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Builds an image's pyramid cache in the background, with progress and cancel. Two jobs for the same
 * image never run at once; the editor reopens the image when the job is done ({@link #FAMILY} finds
 * the running ones).
 */
public final class PyramidBuildJob extends Job {

    /** The family of all pyramid builds, for {@code Job.getJobManager().find(FAMILY)}. */
    public static final Object FAMILY = PyramidBuildJob.class;

    private final ImageService service;
    private final Path projectFolder;
    private final ImageAsset image;

    /** Keeps what the build needs from the image, so the model may change while the job runs. */
    public PyramidBuildJob(ImageService service, Path projectFolder, ImageAsset image) {
        super("Building the pyramid of " + image.getName());
        this.service = service;
        this.projectFolder = projectFolder;
        this.image = AnnotideFactory.eINSTANCE.createImageAsset();
        this.image.setId(image.getId());
        this.image.setName(image.getName());
        this.image.setLocation(image.getLocation());
        setRule(new SameImage(projectFolder.toAbsolutePath().normalize() + "|" + image.getId() + "|" + image.getLocation()));
        setPriority(LONG);
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            service.buildPyramid(projectFolder, image, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("The pyramid of " + image.getName() + " could not be built: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** Serialises builds of one image. */
    private record SameImage(String key) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule instanceof SameImage other && other.key.equals(key);
        }
    }
}
