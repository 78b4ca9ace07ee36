package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Opens images of a project as pyramids; an OSGi Declarative Services component. Outside OSGi, create
 * a {@link DefaultImageService}.
 */
public interface ImageService {

    /**
     * Fast: never builds a pyramid itself; returns the best pyramid available now (the file's own pyramid,
     * the project's pyramid cache, or level 0 only).
     *
     * @param projectFolder the folder the image's location is relative to
     * @throws IOException when the file is missing, unreadable or in no known format (the message names it)
     */
    ImagePyramid open(Path projectFolder, ImageAsset image) throws IOException;

    /**
     * Builds the pyramid cache for an image without one (in {@code PROJECT/cache/pyramids/...}), reporting
     * progress and honouring cancel ({@link org.eclipse.core.runtime.OperationCanceledException}). Does
     * nothing when {@link #needsPyramid} is false.
     */
    void buildPyramid(Path projectFolder, ImageAsset image, IProgressMonitor monitor) throws IOException;

    /**
     * True when the image is large, has no pyramid of its own reaching a small overview, and no
     * up-to-date cache: then {@link #buildPyramid} is worth running (see {@link PyramidBuildJob}).
     */
    boolean needsPyramid(Path projectFolder, ImageAsset image);
}
