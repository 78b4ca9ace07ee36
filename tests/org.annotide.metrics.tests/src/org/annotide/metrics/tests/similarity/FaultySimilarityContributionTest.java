package org.annotide.metrics.tests.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.metrics.SimilarityContext;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.metrics.tests.similarity.faulty.NaNSimilarity;
import org.annotide.metrics.tests.similarity.faulty.ThrowingSimilarity;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.TestPlugins;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * A plug-in with faulty similarities (a class that is missing, a constructor that throws, an unknown shape kind,
 * and a box similarity above the built-in one that answers NaN) is installed: each fault is logged once with the
 * plug-in's name, and boxes are still compared, by the built-in box IoU that the faulty one stands aside for.
 */
class FaultySimilarityContributionTest {

    private static final String PLUGIN = "com.example.faulty.similarity";
    private static final String NAME = "Faulty Similarity Example";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.annotide.metrics.similarity">
                  <similarity id="acme.missing" name="missing" shapeKinds="POLYGON" class="com.example.acme.Missing"/>
                  <similarity id="acme.throws" name="throws" shapeKinds="POLYGON"
                        class="org.annotide.metrics.tests.similarity.faulty.ThrowingSimilarity"/>
                  <similarity id="acme.kind" name="unknown kind" shapeKinds="BOX,HEXAGON"
                        class="org.annotide.metrics.tests.similarity.faulty.NaNSimilarity"/>
                  <similarity id="acme.nan" name="NaN box" shapeKinds="BOX" priority="100"
                        class="org.annotide.metrics.tests.similarity.faulty.NaNSimilarity"/>
               </extension>
            </plugin>
            """;

    @Test
    void faultsAreLoggedOnceWithThePluginAndBoxesAreStillCompared() throws Exception {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (ContributionProblems.isContributionProblem(status)) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        Bundle plugin = TestPlugins.install(PLUGIN, NAME, "org.annotide.metrics, org.annotide.model", XML,
                NaNSimilarity.class, ThrowingSimilarity.class);
        try {
            for (int round = 0; round < 2; round++) {
                SimilarityRegistry registry = SimilarityRegistry.fromExtensions();
                SimilarityRegistry.Contribution chosen = registry.find(ShapeKind.BOX, ShapeKind.BOX).orElseThrow();
                assertEquals("acme.nan", chosen.id(), "the highest priority is asked first");
                // 10x10 boxes overlapping in a 5x10 strip: IoU 50 / 150
                double iou = chosen.similarity().similarity(SimilarityTest.box(0, 0, 10, 10),
                        SimilarityTest.box(5, 0, 10, 10), SimilarityContext.defaults());
                assertEquals(1.0 / 3, iou, 1e-12);
                assertEquals("org.annotide.metrics.boxIou", registry.find(ShapeKind.BOX, ShapeKind.BOX).orElseThrow().id(),
                        "the faulty one stands aside");
                assertEquals(1.0 / 3, registry.similarity(SimilarityTest.box(0, 0, 10, 10),
                        SimilarityTest.box(5, 0, 10, 10), SimilarityContext.defaults()), 1e-12);
                assertTrue(registry.contributions().stream().noneMatch(c -> c.id().startsWith("acme.")
                        && !c.id().equals("acme.nan")));
            }
            assertEquals(4, logged.size(), () -> logged.toString());
            for (IStatus status : logged) {
                assertTrue(status.getMessage().startsWith("Plug-in '" + NAME + "' (" + PLUGIN + "): "), status.getMessage());
            }
            assertLogged(logged, "'acme.missing'", "ClassNotFoundException");
            assertLogged(logged, "'acme.throws'", "no configuration for the ACME similarity");
            assertLogged(logged, "'acme.kind'", "unknown shape kind 'HEXAGON'");
            assertLogged(logged, "'acme.nan'", "returned NaN for a BOX and a BOX");
        } finally {
            Platform.removeLogListener(listener);
            TestPlugins.uninstall(plugin);
        }
        assertEquals("org.annotide.metrics.boxIou",
                SimilarityRegistry.fromExtensions().find(ShapeKind.BOX, ShapeKind.BOX).orElseThrow().id());
    }

    private static void assertLogged(List<IStatus> logged, String... parts) {
        assertTrue(logged.stream().anyMatch(status -> List.of(parts).stream().allMatch(status.getMessage()::contains)),
                () -> "a problem with " + List.of(parts) + " in " + logged);
    }
}
