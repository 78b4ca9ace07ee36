package org.annotide.headless.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the plug-in installer reads from bundle manifests and feature jars: OSGi headers, clause by clause. */
final class Manifests {

    /** One clause of a header: its names (packages or a bundle) and its attributes and directives. */
    record Clause(List<String> names, Map<String, String> parameters) {
    }

    /** A bundle jar: symbolic name, version, name, imports and required bundles, exports. */
    record BundleJar(Path file, String symbolicName, String version, String name, List<Clause> imports,
            List<Clause> requires, List<Clause> exports) {
    }

    private Manifests() {
    }

    static BundleJar read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return null;
            }
            var main = manifest.getMainAttributes();
            String symbolicName = parse(main.getValue("Bundle-SymbolicName")).get(0).names().get(0);
            String version = main.getValue("Bundle-Version") == null ? "0.0.0" : main.getValue("Bundle-Version").trim();
            String name = main.getValue("Bundle-Name") == null ? symbolicName : main.getValue("Bundle-Name").trim();
            return new BundleJar(jar, symbolicName, version, name, parse(main.getValue("Import-Package")),
                    parse(main.getValue("Require-Bundle")), parse(main.getValue("Export-Package")));
        }
    }

    /** The plug-in ids a feature jar lists, with the feature's id first. */
    static List<String> featurePlugins(Path featureJar) throws IOException {
        try (JarFile file = new JarFile(featureJar.toFile())) {
            var entry = file.getEntry("feature.xml");
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = file.getInputStream(entry)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
                List<String> ids = new ArrayList<>(List.of(root.getAttribute("id")));
                NodeList plugins = root.getElementsByTagName("plugin");
                for (int i = 0; i < plugins.getLength(); i++) {
                    ids.add(((Element) plugins.item(i)).getAttribute("id"));
                }
                return ids;
            } catch (Exception e) {
                throw new IOException(featureJar.getFileName() + " has no readable feature.xml: " + e.getMessage(), e);
            }
        }
    }

    /** Splits a header into clauses at commas outside quotes, and each clause at semicolons outside quotes. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part.trim());
                    continue;
                }
                String key = part.substring(0, equals).trim();
                if (key.endsWith(":")) {
                    key = key.substring(0, key.length() - 1) + ":";
                }
                String value = part.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                parameters.put(key, value);
            }
            if (!names.isEmpty()) {
                clauses.add(new Clause(names, parameters));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.stream().filter(part -> !part.isBlank()).toList();
    }
}
