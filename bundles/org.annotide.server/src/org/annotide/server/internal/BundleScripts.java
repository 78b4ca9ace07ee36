package org.annotide.server.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * The SQL scripts of a bundle's {@code db/migration} folder, handed to Flyway. Flyway's own class-path scanner
 * looks in the bundle Flyway's classes come from (the library bundle), not in the server's, so the server lists
 * its scripts itself.
 */
final class BundleScripts implements ResourceProvider {

    static final String FOLDER = "db/migration";

    private final List<LoadableResource> scripts;

    BundleScripts(Bundle bundle) {
        List<LoadableResource> found = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
            found.add(new Script(url));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("the bundle " + bundle.getSymbolicName() + " has no migrations in " + FOLDER);
        }
        scripts = List.copyOf(found);
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name) || s.getAbsolutePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream().filter(s -> s.getFilename().startsWith(prefix)
                && Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith)).toList();
    }

    /** One script, read from the bundle each time Flyway asks (for its checksum, then to run it). */
    private static final class Script extends LoadableResource {

        private final URL url;
        private final String filename;

        Script(URL url) {
            this.url = url;
            String path = url.getPath();
            this.filename = path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("the migration " + filename + " cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
