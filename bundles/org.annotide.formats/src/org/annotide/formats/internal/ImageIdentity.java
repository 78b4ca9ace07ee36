package org.annotide.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.annotide.model.ImageAsset;

/**
 * Which project image an incoming image is. An image is its picture: the content of its file (SHA-256), its
 * name and its size; where the file lies is only a hint. So:
 * <ol>
 * <li>the same file (the incoming image's file is a project image's file, or the original a copied project image
 * was made from) or the same location as written: that image;</li>
 * <li>otherwise the project images of the same name, and, when both files can be read, of the same file name in
 * another folder (a copy renamed on a collision keeps its original as {@code source}): those of another size are
 * other pictures; among the others, the one whose file has the same content; when contents cannot be compared
 * (a file is missing on this machine) name and size decide; when every content differs the incoming image is
 * a different picture under a name the project already has ({@link Kind#OTHER_PICTURE}), never matched and never
 * added silently.</li>
 * </ol>
 * Contents are hashed only when names meet, and each file once.
 */
public final class ImageIdentity {

    /** Image metadata of a copied image: the original file (written by the image import). */
    private static final String SOURCE_METADATA = "source";

    /** What an incoming image is to the project. */
    public enum Kind {
        /** Not in the project. */
        NEW,
        /** The project image {@link Match#image()}. */
        SAME,
        /** A project image has the name but another size. */
        SIZE_CONFLICT,
        /** Project images have the name and size but other content: another picture under a known name. */
        OTHER_PICTURE
    }

    /** The answer for one incoming image; {@code image} is the project image concerned (null for NEW). */
    public record Match(Kind kind, ImageAsset image) {
    }

    private final Path projectFolder;
    private final Map<String, List<ImageAsset>> byName = new HashMap<>();
    private final Map<String, List<ImageAsset>> byFileName = new HashMap<>();
    private final Map<Path, ImageAsset> byFile = new HashMap<>();
    private final Map<String, ImageAsset> byLocation = new HashMap<>();
    private final Map<ImageAsset, Path> files = new IdentityHashMap<>();
    private final Map<Path, String> hashes = new HashMap<>();

    /**
     * @param projectImages the project's images
     * @param projectFolder where relative locations start; null when the project has no folder yet
     */
    public ImageIdentity(Collection<ImageAsset> projectImages, Path projectFolder) {
        this.projectFolder = projectFolder;
        for (ImageAsset image : projectImages) {
            byName.computeIfAbsent(image.getName(), key -> new ArrayList<>(1)).add(image);
            if (image.getLocation() != null && !image.getLocation().isEmpty()) {
                byLocation.putIfAbsent(image.getLocation(), image);
            }
            Path file = ImageFiles.resolve(image, projectFolder);
            if (file != null) {
                file = file.toAbsolutePath().normalize();
                files.put(image, file);
                byFile.putIfAbsent(file, image);
                addFileName(file.getFileName().toString(), image);
            }
            String source = image.getMetadata().get(SOURCE_METADATA);
            if (source != null && !source.isEmpty()) {
                try {
                    byFile.putIfAbsent(Path.of(source).toAbsolutePath().normalize(), image);
                } catch (RuntimeException e) {
                    // not a path on this machine: only its name helps
                }
                addFileName(ImageFiles.baseName(source), image);
            }
        }
    }

    private void addFileName(String name, ImageAsset image) {
        List<ImageAsset> list = byFileName.computeIfAbsent(name, key -> new ArrayList<>(1));
        if (!list.contains(image)) {
            list.add(image);
        }
    }

    /** Which project image {@code incoming} is, if any. */
    public Match match(ImageAsset incoming) {
        Path file = incomingFile(incoming);
        ImageAsset same = file != null ? byFile.get(file) : null;
        if (same == null && incoming.getLocation() != null) {
            same = byLocation.get(incoming.getLocation());
        }
        if (same != null) {
            return new Match(differentSizes(same, incoming) ? Kind.SIZE_CONFLICT : Kind.SAME, same);
        }
        List<ImageAsset> candidates = new ArrayList<>(byName.getOrDefault(incoming.getName(), List.of()));
        if (file != null) {
            for (ImageAsset image : byFileName.getOrDefault(file.getFileName().toString(), List.of())) {
                // another name in the project: only the same content makes it the same picture
                if (!candidates.contains(image) && files.containsKey(image)) {
                    candidates.add(image);
                }
            }
        }
        if (candidates.isEmpty()) {
            return new Match(Kind.NEW, null);
        }
        List<ImageAsset> sized = new ArrayList<>();
        for (ImageAsset candidate : candidates) {
            if (!differentSizes(candidate, incoming)) {
                sized.add(candidate);
            }
        }
        if (sized.isEmpty()) {
            ImageAsset named = byName.containsKey(incoming.getName()) ? byName.get(incoming.getName()).get(0) : null;
            return named != null ? new Match(Kind.SIZE_CONFLICT, named) : new Match(Kind.NEW, null);
        }
        String hash = file == null ? null : hash(file);
        if (hash == null) {
            // nothing to compare on this machine: name and size decide
            ImageAsset named = firstNamed(sized, incoming.getName());
            return named != null ? new Match(Kind.SAME, named) : new Match(Kind.NEW, null);
        }
        ImageAsset unknown = null;
        for (ImageAsset candidate : sized) {
            Path candidateFile = files.get(candidate);
            String candidateHash = candidateFile == null ? null : hash(candidateFile);
            if (hash.equals(candidateHash)) {
                return new Match(Kind.SAME, candidate);
            }
            if (candidateHash == null && unknown == null && candidate.getName().equals(incoming.getName())) {
                unknown = candidate;
            }
        }
        if (unknown != null) {
            return new Match(Kind.SAME, unknown);
        }
        ImageAsset named = firstNamed(sized, incoming.getName());
        return named != null ? new Match(Kind.OTHER_PICTURE, named) : new Match(Kind.NEW, null);
    }

    private static ImageAsset firstNamed(List<ImageAsset> images, String name) {
        for (ImageAsset image : images) {
            if (image.getName().equals(name)) {
                return image;
            }
        }
        return null;
    }

    /** The incoming image's file when its location is a readable file given absolutely (an importer found it). */
    private Path incomingFile(ImageAsset incoming) {
        String location = incoming.getLocation();
        if (location == null || location.isEmpty()) {
            return null;
        }
        try {
            Path path = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
            if (!path.isAbsolute()) {
                return null;
            }
            return Files.isRegularFile(path) ? path.toAbsolutePath().normalize() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean differentSizes(ImageAsset existing, ImageAsset incoming) {
        return existing.getWidth() > 0 && existing.getHeight() > 0 && incoming.getWidth() > 0
                && incoming.getHeight() > 0
                && (existing.getWidth() != incoming.getWidth() || existing.getHeight() != incoming.getHeight());
    }

    /** The SHA-256 of the file's content in hex, or null when it cannot be read. */
    private String hash(Path file) {
        return hashes.computeIfAbsent(file, ImageIdentity::sha256);
    }

    /** The SHA-256 of a file's content in hex, or null when it cannot be read. */
    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Gives an image about to be added what every project image has: an id, and a format (from the file
     * name's extension when no reader said it: {@code JPEG}, {@code PNG}, {@code TIFF}, ...).
     */
    public static void complete(ImageAsset image) {
        if (image.getId() == null || image.getId().isBlank()) {
            image.setId(UUID.randomUUID().toString());
        }
        if (image.getFormat() == null || image.getFormat().isBlank()) {
            image.setFormat(formatOf(image.getLocation() != null && !image.getLocation().isEmpty()
                    ? image.getLocation() : image.getName()));
        }
    }

    /** The format a file name's extension stands for, as the image readers name it; "unknown" without one. */
    static String formatOf(String reference) {
        String name = reference == null ? "" : ImageFiles.baseName(reference);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "unknown";
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "jpg", "jpeg", "jpe" -> "JPEG";
            case "tif", "tiff" -> "TIFF";
            default -> extension.toUpperCase(Locale.ROOT);
        };
    }
}
