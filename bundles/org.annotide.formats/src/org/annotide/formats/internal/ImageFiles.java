package org.annotide.formats.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.annotide.imaging.ImageFormats;
import org.annotide.formats.ExportContext;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.PixelSources;
import org.annotide.model.ImageAsset;

/** Finds image files that annotation files refer to, and reads their size from the header only. */
public final class ImageFiles {

    /** File extensions treated as images when folders are scanned. */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif", "tif", "tiff", "webp",
            "jfif", "mpo", "dng", "pfm");

    private static volatile ImageFormats imageFormats;

    private ImageFiles() {
    }

    public static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Width and height from the image header, as the image is displayed: swapped when its EXIF orientation
     * turns it a quarter (5-8), so the size agrees with the image importer's. Null when the file is missing
     * or not a readable image.
     */
    public static int[] size(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            ImageInfo info = imageFormats().readInfo(file);
            return new int[] {info.width(), info.height()};
        } catch (IOException | RuntimeException e) {
            // a format the image readers do not cover (GIF, WebP...) or one they refuse (cut short): ImageIO
        }
        return imageIoSize(file);
    }

    /** The image readers, looked up once: asking the extension registry per image would cost an import dearly. */
    private static ImageFormats imageFormats() {
        ImageFormats formats = imageFormats;
        if (formats == null) {
            formats = ImageFormats.installed();
            imageFormats = formats;
        }
        return formats;
    }

    /** The raw header size by any ImageIO reader (no EXIF orientation), or null. */
    private static int[] imageIoSize(Path file) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(stream, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } catch (IOException | RuntimeException e) {
                    stream.seek(0);
                } finally {
                    reader.dispose();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The first existing file among {@code reference} resolved against each folder, then its file name
     * alone in each folder; null when none exists.
     */
    public static Path find(String reference, List<Path> folders) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        try {
            Path given = Path.of(reference);
            if (given.isAbsolute() && Files.isRegularFile(given)) {
                return given.normalize();
            }
            for (Path folder : folders) {
                if (folder == null) {
                    continue;
                }
                Path candidate = folder.resolve(reference.startsWith("/") ? reference.substring(1) : reference);
                if (Files.isRegularFile(candidate)) {
                    return candidate.toAbsolutePath().normalize();
                }
            }
            Path fileName = given.getFileName();
            if (fileName != null) {
                for (Path folder : folders) {
                    if (folder != null && Files.isRegularFile(folder.resolve(fileName))) {
                        return folder.resolve(fileName).toAbsolutePath().normalize();
                    }
                }
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    /** The image file named {@code stem} plus any image extension in the folder, or null. */
    public static Path findByStem(Path folder, String stem) {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        for (String extension : List.of("jpg", "jpeg", "png", "bmp", "tif", "tiff", "webp", "gif", "JPG", "JPEG",
                "PNG", "BMP", "TIF", "TIFF")) {
            Path candidate = folder.resolve(stem + "." + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * Copies an image file into a folder under the given name, refusing names that would leave the folder;
     * an existing file is kept.
     *
     * @return the target file
     */
    public static Path copyInto(Path source, Path folder, String name) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder.normalize())) {
            target = folder.resolve(baseName(name));
        }
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
            Files.copy(source, target);
        }
        return target;
    }

    /**
     * Copies an image's file into an export's folder under the given name (see {@link #copyInto}): from the project,
     * else from the source that serves its pixels where the project has no file (a team server's large image in its
     * mirror: downloaded from the server, with the export's progress and cancel, whole or not at all).
     *
     * @param notCopied told why, when the file cannot be had (the caller reports it as its format says)
     * @return the target file, or null when it was not copied
     */
    public static Path copyImage(ExportContext context, ImageAsset image, Path folder, String name,
            Consumer<String> notCopied) throws IOException {
        Path source = resolve(image, context.projectFolder());
        if (source != null) {
            return copyInto(source, folder, name);
        }
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder.normalize())) {
            target = folder.resolve(baseName(name));
        }
        if (Files.exists(target)) {
            return target;
        }
        try {
            if (PixelSources.fetchFile(context.projectFolder(), image, target, context.monitor().slice(0))) {
                return target;
            }
            notCopied.accept("the image file was not found, so it was not copied (" + image.getLocation() + ")");
        } catch (IOException e) {
            notCopied.accept(e.getMessage() + ", so it was not copied");
        }
        return null;
    }

    /** Sets location (the file when found, else the reference as written) and, when unknown, the size. */
    public static void locate(ImageAsset image, String reference, Path found) {
        image.setLocation(found != null ? found.toString() : reference);
        if (found != null && (image.getWidth() <= 0 || image.getHeight() <= 0)) {
            int[] size = size(found);
            if (size != null) {
                image.setWidth(size[0]);
                image.setHeight(size[1]);
            }
        }
    }

    /** The file of an image in the project, or null when it cannot be found on this machine. */
    public static Path resolve(ImageAsset image, Path projectFolder) {
        String location = image.getLocation();
        if (location == null || location.isEmpty()) {
            return null;
        }
        try {
            Path path = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
            if (!path.isAbsolute() && projectFolder != null) {
                path = projectFolder.resolve(path);
            }
            return Files.isRegularFile(path) ? path : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The file name without its extension. */
    public static String stem(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** The name without its extension, keeping folders: {@code sub/a.jpg} gives {@code sub/a}. */
    public static String stemPath(String name) {
        String normalized = name.replace('\\', '/');
        int dot = normalized.lastIndexOf('.');
        int slash = normalized.lastIndexOf('/');
        return dot > slash + 1 ? normalized.substring(0, dot) : normalized;
    }

    /** The last path segment of a reference (a path or a URL). */
    public static String baseName(String reference) {
        String base = reference.replace('\\', '/');
        int query = base.indexOf('?');
        if (query >= 0 && base.contains("://")) {
            base = base.substring(0, query);
        }
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
