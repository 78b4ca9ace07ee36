package org.annotide.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.model.ImageAsset;

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

    /** The source registered for a project folder, or null. */
    public static Source of(Path projectFolder) {
        return projectFolder == null ? null : SOURCES.get(key(projectFolder));
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
