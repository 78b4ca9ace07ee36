package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.tests.faulty.LyingTrainer;
import org.annotide.ml.tests.faulty.NoTaskTrainer;
import org.annotide.ml.tests.faulty.ThrowingTrainer;
import org.annotide.tests.support.TestPlugins;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * A plug-in with faulty trainers (a class that is missing, a constructor that throws, a trainer that claims another
 * trainer's id, one without a task) is installed: each fault is logged once with the plug-in's name, none of them
 * is offered, and the trainers that were there before are all still there.
 */
class FaultyTrainerContributionTest {

    private static final String PLUGIN = "com.example.faulty.trainers";
    private static final String NAME = "Faulty Trainers Example";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plugin>
               <extension point="org.annotide.ml.trainers">
                  <trainer id="acme.missing" name="missing" task="classify" class="com.example.acme.Missing"/>
                  <trainer id="acme.throws" name="throws" task="classify"
                        class="org.annotide.ml.tests.faulty.ThrowingTrainer"/>
                  <trainer id="acme.liar" name="liar" task="classify" priority="1000"
                        class="org.annotide.ml.tests.faulty.LyingTrainer"/>
                  <trainer id="acme.notask" name="no task" task="classify"
                        class="org.annotide.ml.tests.faulty.NoTaskTrainer"/>
               </extension>
            </plugin>
            """;

    @Test
    void faultsAreLoggedOnceWithThePluginAndNoneIsOffered() throws Exception {
        List<String> before = TrainerRegistry.installed().trainers().stream().map(Trainer::id).toList();
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> {
            if (ContributionProblems.isContributionProblem(status)) {
                logged.add(status);
            }
        };
        Platform.addLogListener(listener);
        Bundle plugin = TestPlugins.install(PLUGIN, NAME, "org.annotide.ml, org.annotide.model", XML,
                ThrowingTrainer.class, LyingTrainer.class, NoTaskTrainer.class);
        try {
            for (int round = 0; round < 2; round++) {
                List<Trainer> trainers = TrainerRegistry.installed().trainers();
                assertEquals(before, trainers.stream().map(Trainer::id).toList());
                assertTrue(trainers.stream().noneMatch(t -> t.getClass().getName().contains(".faulty.")));
            }
            assertEquals(4, logged.size(), () -> logged.toString());
            for (IStatus status : logged) {
                assertTrue(status.getMessage().startsWith("Plug-in '" + NAME + "' (" + PLUGIN + "): "), status.getMessage());
            }
            assertLogged(logged, "'acme.missing'", "ClassNotFoundException");
            assertLogged(logged, "'acme.throws'", "no GPU driver for the ACME trainer");
            assertLogged(logged, "'acme.liar'", "id() returned 'org.annotide.ml.djl.classify'");
            assertLogged(logged, "'acme.notask'", "task() returned null");
        } finally {
            Platform.removeLogListener(listener);
            TestPlugins.uninstall(plugin);
        }
    }

    private static void assertLogged(List<IStatus> logged, String... parts) {
        assertTrue(logged.stream().anyMatch(status -> List.of(parts).stream().allMatch(status.getMessage()::contains)),
                () -> "a problem with " + List.of(parts) + " in " + logged);
    }
}
