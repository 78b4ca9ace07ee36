package org.annotide.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The headers of one bundle's manifest that the architecture cares about, read from the checkout
 * ({@code bundles/X/META-INF/MANIFEST.MF}) or from a bundle of the running framework.
 *
 * @param name          the symbolic name
 * @param origin        where it was read, for messages
 * @param folder        the bundle's folder in the checkout, or null for one read from the framework
 * @param fragment      true for a fragment (Fragment-Host)
 * @param requires      Require-Bundle
 * @param imports       Import-Package
 * @param exports       Export-Package
 */
record BundleManifest(String name, String origin, Path folder, boolean fragment, List<Clause> requires,
        List<Clause> imports, List<Clause> exports) {

    /** One clause of a header: its names (a clause may list several), attributes ({@code a=v}), directives ({@code d:=v}). */
    record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {

        String name() {
            return names.get(0);
        }
    }

    static BundleManifest read(Path folder) throws IOException {
        Path file = folder.resolve("META-INF/MANIFEST.MF");
        try (InputStream in = Files.newInputStream(file)) {
            Attributes attributes = new Manifest(in).getMainAttributes();
            return of(attributes::getValue, folder.toString(), folder);
        }
    }

    static BundleManifest of(Dictionary<String, String> headers, String origin) {
        return of(headers::get, origin, null);
    }

    private interface Headers {
        String get(String name);
    }

    private static BundleManifest of(Headers headers, String origin, Path folder) {
        String symbolicName = headers.get("Bundle-SymbolicName");
        if (symbolicName == null) {
            throw new IllegalArgumentException(origin + " has no Bundle-SymbolicName");
        }
        return new BundleManifest(parse(symbolicName).get(0).name(), origin, folder,
                headers.get("Fragment-Host") != null, parse(headers.get("Require-Bundle")),
                parse(headers.get("Import-Package")), parse(headers.get("Export-Package")));
    }

    /** The source folders of a checkout bundle (build.properties' {@code source..}). */
    List<Path> sourceFolders() throws IOException {
        Properties build = new Properties();
        Path file = folder.resolve("build.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                build.load(in);
            }
        }
        List<Path> folders = new ArrayList<>();
        for (String source : build.getProperty("source..", "src/").split(",")) {
            if (!source.isBlank()) {
                folders.add(folder.resolve(source.trim()));
            }
        }
        return folders;
    }

    /** Parses an OSGi manifest header: clauses separated by commas, parameters by semicolons, quotes respected. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive == attribute - 1) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    String key = part.substring(0, attribute).trim();
                    attributes.put(key.contains(":") ? key.substring(0, key.indexOf(':')) : key,
                            unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            if (!names.isEmpty()) {
                clauses.add(new Clause(names, attributes, directives));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed;
    }
}
