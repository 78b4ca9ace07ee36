package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.tests.faulty.NonsenseImporter;
import org.annotide.formats.tests.faulty.ThrowingImporter;
import org.annotide.tests.support.Fixtures;
import org.annotide.tests.support.TestPlugins;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * A plug-in with faulty formats (a class that is missing, a constructor that throws, a detector that answers
 * nonsense, an id that is taken) is installed next to the built-ins: each fault is logged once with the plug-in's
 * name, and every built-in format is listed and detected as before.
 */
class FaultyFormatContributionTest {

    private static final String PLUGIN = "com.example.faulty.formats";
    private static final String NAME = "Faulty Formats Example";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.annotide.formats.formats">
                  <format id="acme-missing" name="ACME (missing class)" importer="com.example.acme.AcmeImporter"/>
                  <format id="acme-throws" name="ACME (constructor throws)"
                        importer="org.annotide.formats.tests.faulty.ThrowingImporter"/>
                  <format id="acme-nonsense" name="ACME (detects nonsense)"
                        importer="org.annotide.formats.tests.faulty.NonsenseImporter"/>
                  <format id="coco" name="Not COCO" importer="org.annotide.formats.tests.faulty.NonsenseImporter"/>
               </extension>
            </plugin>
            """;

    @Test
    void faultsAreLoggedOnceWithThePluginAndTheBuiltInsKeepWorking() throws Exception {
        List<String> builtIns = FormatRegistry.fromExtensions().all().stream().map(FormatDescriptor::id).toList();
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (ContributionProblems.isContributionProblem(status)) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        Bundle plugin = TestPlugins.install(PLUGIN, NAME, "org.annotide.formats", XML, ThrowingImporter.class,
                NonsenseImporter.class);
        try {
            for (int round = 0; round < 2; round++) { // a registry is built per command: the second says nothing new
                FormatRegistry registry = FormatRegistry.fromExtensions();
                List<String> ids = registry.all().stream().map(FormatDescriptor::id).toList();
                assertEquals(builtIns, ids.subList(0, builtIns.size()), "built-ins, in their order");
                assertEquals(List.of("acme-nonsense"), ids.subList(builtIns.size(), ids.size()));
                assertEquals(PLUGIN, registry.contributor("acme-nonsense"));
                assertFalse(registry.get("coco").importer() instanceof NonsenseImporter);

                Path coco = Fixtures.path("formats/coco/datumaro/annotations/instances_train.json");
                List<FormatRegistry.Detection> detections = registry.detect(coco);
                assertEquals("coco", detections.get(0).format().id());
                assertTrue(detections.stream().noneMatch(d -> d.format().id().equals("acme-nonsense")));
            }
            assertEquals(4, logged.size(), () -> logged.toString());
            for (IStatus status : logged) {
                assertTrue(status.getMessage().startsWith("Plug-in '" + NAME + "' (" + PLUGIN + "): contribution '"),
                        status.getMessage());
                assertEquals(IStatus.ERROR, status.getSeverity());
            }
            assertLogged(logged, "'acme-missing'", "com.example.acme.AcmeImporter", "ClassNotFoundException");
            assertLogged(logged, "'acme-throws'", "licence file acme.lic is missing");
            assertLogged(logged, "'acme-nonsense'", "detect returned 1000");
            assertLogged(logged, "'coco'", "the format id 'coco' is already taken by org.annotide.formats");
        } finally {
            Platform.removeLogListener(listener);
            TestPlugins.uninstall(plugin);
        }
        assertEquals(builtIns, FormatRegistry.fromExtensions().all().stream().map(FormatDescriptor::id).toList(),
                "uninstalled: its formats are gone");
    }

    private static void assertLogged(List<IStatus> logged, String... parts) {
        assertTrue(logged.stream().anyMatch(status -> List.of(parts).stream().allMatch(status.getMessage()::contains)),
                () -> "a problem with " + List.of(parts) + " in " + logged);
    }
}
