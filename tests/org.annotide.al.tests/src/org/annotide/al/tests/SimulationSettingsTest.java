package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.annotide.al.Simulation;
import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

    private static Simulation.Settings settings(int epochs, int trainBatch, int minSteps) {
        return new Simulation.Settings(List.of("random"), 300, 300, 10, 5, epochs, "n", trainBatch, 0.01, "cpu", Map.of(),
                minSteps);
    }

    @Test
    void withoutMinimumStepsEveryRoundTrainsTheGivenEpochs() {
        assertEquals(10, settings(10, 32, 0).epochsFor(300));
        assertEquals(10, settings(10, 32, 0).epochsFor(3000));
    }

    @Test
    void fewLabelsTrainMoreEpochsUntilTheMinimumStepsAreTaken() {
        Simulation.Settings s = settings(10, 32, 600);
        assertEquals(60, s.epochsFor(300)); // 10 steps an epoch (300 / 32, the last batch short)
        assertEquals(20, s.epochsFor(960)); // 30 steps an epoch
        assertEquals(10, s.epochsFor(3000)); // 94 steps an epoch: 10 epochs are 940 steps already
        assertEquals(600, s.epochsFor(1)); // one step an epoch
    }

    @Test
    void aNegativeMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings(10, 32, -1));
    }
}
