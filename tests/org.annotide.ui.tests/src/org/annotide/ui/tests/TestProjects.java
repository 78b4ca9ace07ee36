package org.annotide.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.PlatformUI;

/**
 * Small projects the tests make for themselves, beside the demo project the other tests look at: a label
 * class "cell", images "NAME-0.png", "NAME-1.png"... of 200 x 100 pixels with one box each and two tiles,
 * and a training set "NAME set" holding the first tile of the first image.
 */
final class TestProjects {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;
    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private TestProjects() {
    }

    /** Writes the project into the folder (closed again) and returns the folder. */
    static Path write(Path folder, String name, int images) {
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            Project project = store.project();
            LabelClass cell = FACTORY.createLabelClass();
            cell.setId("cell");
            cell.setName("cell");
            cell.setColor("#00ff00");
            List<ImageAsset> assets = new ArrayList<>();
            long id = project.getNextAnnotationId();
            for (int i = 0; i < images; i++) {
                ImageAsset image = FACTORY.createImageAsset();
                image.setId(name + "-" + i);
                image.setName(name + "-" + i + ".png");
                image.setLocation("images/" + image.getName());
                image.setWidth(200);
                image.setHeight(100);
                image.getAnnotations().add(box(id++, cell));
                for (int t = 0; t < 2; t++) {
                    Tile tile = FACTORY.createTile();
                    tile.setId(image.getId() + "-tile-" + t);
                    tile.setTileIndex(t);
                    tile.setColumn(t);
                    tile.setX(100 * t);
                    tile.setWidth(100);
                    tile.setHeight(100);
                    image.getTiles().add(tile);
                }
                assets.add(image);
            }
            TrainingSet set = FACTORY.createTrainingSet();
            set.setId(name + "-set");
            set.setName(name + " set");
            if (!assets.isEmpty()) {
                set.getTiles().add(assets.get(0).getTiles().get(0));
            }
            CompoundCommand build = new CompoundCommand("build " + name);
            build.append(AddCommand.create(store.editingDomain(), project, MODEL.getProject_LabelClasses(), cell));
            build.append(AddCommand.create(store.editingDomain(), project, MODEL.getProject_Images(), assets));
            build.append(AddCommand.create(store.editingDomain(), project, MODEL.getProject_TrainingSets(), set));
            build.append(SetCommand.create(store.editingDomain(), project, MODEL.getProject_NextAnnotationId(), id));
            store.commandStack().execute(build);
        }
        return folder;
    }

    static Annotation box(long id, LabelClass labelClass) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(labelClass);
        BoxShape shape = FACTORY.createBoxShape();
        shape.setX(10);
        shape.setY(10);
        shape.setWidth(20);
        shape.setHeight(20);
        annotation.setShape(shape);
        return annotation;
    }

    /** Adds the folder to the workspace, as File > Open Project Folder does. */
    static IProject link(Path folder) throws CoreException {
        return WorkspaceProjects.link(folder, new NullProgressMonitor());
    }

    /** Takes the project out of the workspace; its folder stays (the test's temporary folder removes it). */
    static void remove(IProject project) throws CoreException {
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    /** Closes the project from a background job, as a workspace operation on another thread does. */
    static Job closeInBackground(IProject project) {
        Job job = Job.create("Closing " + project.getName(), monitor -> {
            try {
                project.close(monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return e.getStatus();
            }
        });
        job.schedule();
        return job;
    }

    static ProjectService service() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
