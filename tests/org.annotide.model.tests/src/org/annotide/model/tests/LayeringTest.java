package org.annotide.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The bundle layering of ARCHITECTURE.md, checked on every build: dependencies point down the list only,
 * and nothing below the UI uses SWT, JFace or the workbench, so the command line and the server run the
 * same code as the client.
 */
class LayeringTest {

    /** Bottom to top, as in ARCHITECTURE.md. */
    private static final List<String> LAYERS = List.of("org.annotide.model", "org.annotide.model.edit",
            "org.annotide.core", "org.annotide.imaging", "org.annotide.formats", "org.annotide.metrics",
            "org.annotide.access", "org.annotide.benchmark", "org.annotide.ml", "org.annotide.lib.djl", "org.annotide.ml.djl",
            "org.annotide.al", "org.annotide.server", "org.annotide.headless", "org.annotide.perf", "org.annotide.ui",
            "org.annotide.ui.editor", "org.annotide.ui.training", "org.annotide.ui.evaluation", "org.annotide.perf.ui");
    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    private record Bundle(String name, List<String> required, List<String> imported) {
    }

    @Test
    void dependenciesPointDownTheLayersOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Bundle> bundles = bundles();
        assertTrue(bundles.size() >= 9, "found only " + bundles.size() + " bundles");
        for (Bundle bundle : bundles) {
            int level = LAYERS.indexOf(bundle.name());
            if (level < 0) {
                violations.add(bundle.name() + " is not in ARCHITECTURE.md's list of bundles");
                continue;
            }
            for (String required : bundle.required()) {
                int target = LAYERS.indexOf(required);
                if (required.startsWith("org.annotide.") && target >= level) {
                    violations.add(bundle.name() + " requires " + required + ", which is not below it");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void nothingBelowTheUserInterfaceUsesSwtJFaceOrTheWorkbench() throws IOException {
        List<String> violations = new ArrayList<>();
        int ui = LAYERS.indexOf("org.annotide.ui");
        for (Bundle bundle : bundles()) {
            if (LAYERS.indexOf(bundle.name()) >= ui) {
                continue;
            }
            Stream.concat(bundle.required().stream(), bundle.imported().stream())
                    .filter(dependency -> UI_PREFIXES.stream().anyMatch(dependency::startsWith))
                    .forEach(dependency -> violations.add(bundle.name() + " depends on " + dependency));
        }
        assertEquals(List.of(), violations);
    }

    private static List<Bundle> bundles() throws IOException {
        Path root = Fixtures.root().getParent().getParent().resolve("bundles");
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders.sorted()::iterator) {
                Path manifest = folder.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(manifest)) {
                    bundles.add(read(manifest));
                }
            }
        }
        return bundles;
    }

    private static Bundle read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var attributes = new Manifest(in).getMainAttributes();
            String name = attributes.getValue("Bundle-SymbolicName").split(";")[0].trim();
            return new Bundle(name, names(attributes.getValue("Require-Bundle")),
                    names(attributes.getValue("Import-Package")));
        }
    }

    /** The names of a manifest header's clauses, ignoring their attributes (commas inside quotes too). */
    private static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                names.add(clause.toString().split(";")[0].trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
