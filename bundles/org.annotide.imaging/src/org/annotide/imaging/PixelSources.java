package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where the pixels of a project's images come from when its folder does not hold their files: the mirror of a team
 * server's project (org.annotide.client) fetches the tiles of a large image from the server as they are shown. The
 * image service asks the source registered for a project folder before it reads an image's file, so every reader of
 * pixels (the editor, its filmstrip, the first image's warm-up) takes them from there without knowing of servers.
 * Registered per folder rather than as an OSGi service because a mirror is opened and closed with its project, also
 * outside a running framework (a training worker).
 */
public final class PixelSources {

    /** The pixels of the images of one project folder that are not (yet) files there. */
    public interface Source {

        /**
         * The image's pyramid when this source serves its pixels, else null (its file is read as any other). Fast: it
         * never waits for a network (it is asked on the UI thread); pixels not at hand are fetched as they are read.
         *
         * A source reads what it serves by its own means: opening the folder's images through an image service would
         * ask it again.
         *
         * @throws IOException when the source serves the image but cannot show it now (the message says why)
         */
        ImagePyramid open(ImageAsset image) throws IOException;

        /**
         * Writes the image's file, as the source's owner keeps it, to {@code target} when this source serves the image:
         * for a reader that truly needs the file rather than pixels (an export copying image files). Network: never on
         * the UI thread; reports progress and honours cancel ({@link org.eclipse.core.runtime.OperationCanceledException}).
         * The file is written whole or not at all.
         *
         * @return false when this source does not serve the image (its file is in the project folder, if anywhere)
         * @throws IOException when the source serves the image but cannot give its file now (the message says why);
         *                     nothing is written then
         */
        default boolean fetchFile(ImageAsset image, Path target, IProgressMonitor monitor) throws IOException {
            return false;
        }
    }

    private static final Map<Path, Source> SOURCES = new ConcurrentHashMap<>();

    private PixelSources() {
    }

    /** From now on the images of {@code projectFolder} are asked of {@code source} first. */
    public static void register(Path projectFolder, Source source) {
        SOURCES.put(key(projectFolder), source);
    }

    /** Ends {@link #register}; a source registered since for the folder stays. */
    public static void unregister(Path projectFolder, Source source) {
        SOURCES.remove(key(projectFolder), source);
    }

    /**
     * The image's pyramid from the source registered for its folder when that source serves it, else null (its file is
     * read). Every reader of pixels asks here before it opens a file, so a mirror's tiled image, which has no file, is
     * read from the mirror's tiles.
     *
     * @throws IOException when the source serves the image but cannot show it now (the message says why)
     */
    public static ImagePyramid served(Path projectFolder, ImageAsset image) throws IOException {
        Source source = of(projectFolder);
        return source == null ? null : source.open(image);
    }

    /**
     * Writes the file of an image that the source registered for its folder serves to {@code target} (see
     * {@link Source#fetchFile}); false when no source serves it.
     */
    public static boolean fetchFile(Path projectFolder, ImageAsset image, Path target, IProgressMonitor monitor)
            throws IOException {
        Source source = of(projectFolder);
        return source != null && source.fetchFile(image, target, monitor);
    }

    /** The source registered for a project folder, or null. */
    public static Source of(Path projectFolder) {
        return projectFolder == null ? null : SOURCES.get(key(projectFolder));
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
