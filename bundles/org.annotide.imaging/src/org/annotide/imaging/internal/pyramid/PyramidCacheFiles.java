package org.annotide.imaging.internal.pyramid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.annotide.core.store.ProjectStore;

/**
 * Where an image's pyramid cache lives: {@code PROJECT/cache/pyramids/IMAGE-KEY/FINGERPRINT.tif}. The
 * fingerprint hashes the source file's path, size and modification time and the cache format version,
 * so a changed source file simply has no cache, and an old one is never shown.
 */
public final class PyramidCacheFiles {

    public static final String FOLDER = "pyramids";
    /** Bumped whenever the cache's content or layout changes. */
    private static final String FORMAT_VERSION = "1";

    private PyramidCacheFiles() {
    }

    public static Path imageFolder(Path projectFolder, String imageKey) {
        return projectFolder.resolve(ProjectStore.CACHE_FOLDER).resolve(FOLDER).resolve(safe(imageKey));
    }

    public static Path cacheFile(Path projectFolder, String imageKey, Path source) throws IOException {
        return imageFolder(projectFolder, imageKey).resolve(fingerprint(source) + ".tif");
    }

    /** Identifies a file's current content for the tile cache too. */
    public static String fingerprint(Path source) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        String identity = source.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                + attributes.lastModifiedTime().toMillis() + "|" + FORMAT_VERSION;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String safe(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
