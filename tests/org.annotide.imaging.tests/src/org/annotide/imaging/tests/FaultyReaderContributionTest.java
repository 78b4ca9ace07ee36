package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.tests.faulty.GreedyReader;
import org.annotide.imaging.tests.faulty.NoExtensionsReader;
import org.annotide.imaging.tests.faulty.NonsenseReader;
import org.annotide.imaging.tests.faulty.ThrowingReader;
import org.annotide.tests.support.TestPlugins;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * A plug-in with faulty image readers (a class that is missing, a constructor that throws, a reader that names no
 * extension, one whose canRead throws before any built-in is asked, one whose readInfo answers null) is installed:
 * each fault is logged once with the plug-in's name, and the built-in readers still open PNG and TIFF files.
 */
class FaultyReaderContributionTest {

    private static final String PLUGIN = "com.example.faulty.readers";
    private static final String NAME = "Faulty Readers Example";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.annotide.imaging.readers">
                  <reader id="acme.missing" name="ACME (missing)" class="com.example.acme.AcmeReader"/>
                  <reader id="acme.throws" name="ACME (throws)" class="org.annotide.imaging.tests.faulty.ThrowingReader"/>
                  <reader id="acme.noext" name="ACME (no extension)"
                        class="org.annotide.imaging.tests.faulty.NoExtensionsReader"/>
                  <reader id="acme.greedy" name="ACME (greedy)" priority="100"
                        class="org.annotide.imaging.tests.faulty.GreedyReader"/>
                  <reader id="acme.nonsense" name="ACME (nonsense)" class="org.annotide.imaging.tests.faulty.NonsenseReader"/>
               </extension>
            </plugin>
            """;

    @TempDir
    Path temp;

    @Test
    void faultsAreLoggedOnceWithThePluginAndTheBuiltInsKeepReading() throws Exception {
        Path png = TestImages.png(TestImages.rgb(40, 30, TestImages::pattern), temp.resolve("a.png"));
        Path acme = Files.write(temp.resolve("b.acm"), "ACMEIMG\u0001\u0002 not really an image".getBytes());
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (ContributionProblems.isContributionProblem(status)) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        Bundle plugin = TestPlugins.install(PLUGIN, NAME, "org.annotide.imaging", XML, ThrowingReader.class,
                GreedyReader.class, NoExtensionsReader.class, NonsenseReader.class);
        try {
            for (int round = 0; round < 2; round++) {
                ImageFormats formats = ImageFormats.installed();
                ImageInfo info = formats.readInfo(png);
                assertEquals(40, info.width());
                assertEquals(30, info.height());
                IOException nonsense = assertThrows(IOException.class, () -> formats.readInfo(acme));
                assertTrue(nonsense.getMessage().contains("acme.nonsense' of " + PLUGIN), nonsense.getMessage());
                assertTrue(formats.hasImageExtension(acme), "the readers that work are kept");
            }
            assertEquals(5, logged.size(), () -> logged.toString());
            for (IStatus status : logged) {
                assertTrue(status.getMessage().startsWith("Plug-in '" + NAME + "' (" + PLUGIN + "): "), status.getMessage());
            }
            assertLogged(logged, "'acme.missing'", "ClassNotFoundException");
            assertLogged(logged, "'acme.throws'", "UnsatisfiedLinkError", "no acmeimg in java.library.path");
            assertLogged(logged, "'acme.noext'", "fileExtensions() returned null");
            assertLogged(logged, "'acme.greedy'", "canRead threw ArrayIndexOutOfBoundsException");
            assertLogged(logged, "'acme.nonsense'", "readInfo returned null");
        } finally {
            Platform.removeLogListener(listener);
            TestPlugins.uninstall(plugin);
        }
        assertThrows(IOException.class, () -> ImageFormats.installed().readerFor(acme), "uninstalled: no reader for it");
    }

    private static void assertLogged(List<IStatus> logged, String... parts) {
        assertTrue(logged.stream().anyMatch(status -> List.of(parts).stream().allMatch(status.getMessage()::contains)),
                () -> "a problem with " + List.of(parts) + " in " + logged);
    }
}
