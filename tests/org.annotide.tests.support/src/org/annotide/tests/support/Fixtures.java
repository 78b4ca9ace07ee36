package org.annotide.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real files exported by other tools that tests read (tests/fixtures in the checkout). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path root() {
        String configured = System.getProperty("annotide.fixtures");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tests/fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("tests/fixtures not found; set -Dannotide.fixtures");
    }

    public static Path path(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing fixture " + path);
        }
        return path;
    }
}
