package org.annotide.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.imaging.internal.readers.BmpFormatReader;
import org.annotide.imaging.internal.readers.JpegFormatReader;
import org.annotide.imaging.internal.readers.PngFormatReader;
import org.annotide.imaging.internal.readers.TiffFormatReader;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The image readers available: those contributed to {@code org.annotide.imaging.readers} when an
 * extension registry runs (OSGi), else the built-in ones. Picks the reader for a file by its first
 * bytes, never by its name.
 */
public final class ImageFormats {

    public static final String EXTENSION_POINT = "org.annotide.imaging.readers";
    private static final int HEAD_BYTES = 64;

    private final List<ImageFormatReader> readers;
    /** The contribution each contributed reader came from, so that its faults name the plug-in. */
    private final Map<ImageFormatReader, IConfigurationElement> origins = new IdentityHashMap<>();

    private ImageFormats(List<ImageFormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * The readers of the running platform, or the built-in ones outside OSGi. A contribution that cannot be
     * created, does not implement {@link ImageFormatReader} or names no file extension is reported through
     * {@link ContributionProblems} (once, with its plug-in) and left out; the other readers work as before.
     */
    public static ImageFormats installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null || registry.getExtensionPoint(EXTENSION_POINT) == null) {
            return builtIn();
        }
        record Contribution(ImageFormatReader reader, int priority, IConfigurationElement element) {
        }
        List<Contribution> contributions = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"reader".equals(element.getName())) {
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof ImageFormatReader reader)) {
                    ContributionProblems.report(element, "its class " + element.getAttribute("class")
                            + " does not implement " + ImageFormatReader.class.getName(), null);
                    continue;
                }
                Set<String> extensions = reader.fileExtensions();
                if (extensions == null || extensions.isEmpty() || extensions.stream().anyMatch(java.util.Objects::isNull)) {
                    ContributionProblems.report(element, "fileExtensions() returned " + extensions
                            + " (a reader names at least one file extension)", null);
                    continue;
                }
                contributions.add(new Contribution(reader, priority(element), element));
            } catch (CoreException | RuntimeException | LinkageError e) {
                ContributionProblems.report(element, "its class " + element.getAttribute("class")
                        + " cannot be created: " + ContributionProblems.describe(e), e);
            }
        }
        contributions.sort(Comparator.comparingInt(Contribution::priority).reversed());
        ImageFormats formats = new ImageFormats(contributions.stream().map(Contribution::reader).toList());
        contributions.forEach(contribution -> formats.origins.put(contribution.reader(), contribution.element()));
        return formats;
    }

    /** The PNG, JPEG, BMP and TIFF readers this bundle contributes, without asking any registry. */
    public static ImageFormats builtIn() {
        return new ImageFormats(List.of(new TiffFormatReader(), new PngFormatReader(), new JpegFormatReader(),
                new BmpFormatReader()));
    }

    public static ImageFormats of(List<ImageFormatReader> readers) {
        return new ImageFormats(readers);
    }

    public List<ImageFormatReader> readers() {
        return readers;
    }

    /** True when some reader claims the file name's extension; a folder import considers only these files. */
    public boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return readers.stream().anyMatch(reader -> reader.fileExtensions().contains(extension));
    }

    /**
     * @throws IOException naming the file: missing, unreadable, empty, or in no known format
     */
    public ImageFormatReader readerFor(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (head.length == 0) {
            throw new IOException(file + " is empty");
        }
        for (ImageFormatReader reader : readers) {
            boolean readable;
            try {
                readable = reader.canRead(head);
            } catch (RuntimeException | LinkageError e) {
                IConfigurationElement origin = origins.get(reader);
                if (origin == null) {
                    throw e;
                }
                // a faulty plug-in must not stop the other readers: report it once and ask the next one
                ContributionProblems.report(origin, "canRead threw " + ContributionProblems.describe(e), e);
                readable = false;
            }
            if (readable) {
                return reader;
            }
        }
        throw new IOException(file + " is not an image in a known format (" + knownFormats() + ")");
    }

    /** The header of an image file: size, bands, sample type, orientation. */
    public ImageInfo readInfo(Path file) throws IOException {
        ImageFormatReader reader = readerFor(file);
        ImageInfo info;
        try {
            info = reader.readInfo(file);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(file + " cannot be read: " + reason
                    + (origins.containsKey(reader) ? " (reader " + origin(reader) + ")" : ""), e);
        }
        if (info == null || info.width() <= 0 || info.height() <= 0) {
            String problem = "readInfo returned " + (info == null ? "null" : info.width() + " x " + info.height() + " pixels");
            IConfigurationElement origin = origins.get(reader);
            if (origin != null) {
                ContributionProblems.report(origin, problem, null);
                throw new IOException(file + " cannot be read: the reader " + origin(reader) + " " + problem);
            }
            throw new IOException(file + " cannot be read: " + problem);
        }
        return info;
    }

    /**
     * The header of an image file, once its pixels have been decoded too: the last row of the full resolution is
     * read, which takes the PNG, JPEG and BMP decoders through the whole file (TIFF's header check already measures
     * every level's data against the file). A file that is truncated or corrupt after a sound header fails here, where
     * {@link #readInfo(Path)} would take it; for files that arrive from elsewhere (an upload) before they are kept.
     *
     * @throws IOException naming the file: everything {@link #readInfo(Path)} refuses, and pixels that do not decode
     */
    public ImageInfo decode(Path file) throws IOException {
        ImageInfo info = readInfo(file);
        ImageFormatReader reader = readerFor(file);
        try (ImageSource source = reader.open(file)) {
            int width = source.levelWidth(0);
            int height = source.levelHeight(0);
            source.read(0, new java.awt.Rectangle(0, height - 1, width, 1));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(file + " cannot be decoded: " + reason, e);
        }
        return info;
    }

    private String knownFormats() {
        // every extension, so TIFF is not hidden behind the first one in alphabetical order (BTF)
        return String.join(", ", readers.stream()
                .map(reader -> String.join("/", reader.fileExtensions().stream().sorted()
                        .map(extension -> extension.toUpperCase(Locale.ROOT)).toList()))
                .toList());
    }

    private static int priority(IConfigurationElement element) {
        String value = element.getAttribute("priority");
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String origin(ImageFormatReader reader) {
        IConfigurationElement element = origins.get(reader);
        return "'" + element.getAttribute("id") + "' of " + element.getContributor().getName();
    }
}
