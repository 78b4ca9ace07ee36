package org.annotide.ui.editor.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number of annotations a frame draws as vectors follows what one cost on this machine. */
class VectorBudgetTest {

    private static void frames(VectorBudget budget, int frames, int shapes, long nanosPerShape) {
        for (int i = 0; i < frames; i++) {
            budget.record(shapes, shapes * nanosPerShape);
        }
    }

    @Test
    void untilEnoughFramesWereMeasuredTheFixedLimitHolds() {
        VectorBudget budget = new VectorBudget(250);
        assertEquals(250, budget.limit());
        frames(budget, VectorBudget.FRAMES - 1, 100, 1_000_000L); // a fresh JVM's first frames: slow, not yet telling
        assertEquals(250, budget.limit());
        frames(budget, 20, VectorBudget.MIN_SAMPLE - 1, 1_000_000L); // too few shapes to say what one costs
        assertEquals(250, budget.limit());
        frames(budget, 1, 100, 1_000_000L);
        assertEquals(VectorBudget.FLOOR, budget.limit(), "measured: 1 ms a shape");
    }

    @Test
    void shapesThatCostMoreLowerTheLimitToWhatFitsTheBudget() {
        VectorBudget budget = new VectorBudget(250);
        frames(budget, VectorBudget.FRAMES, 200, 40_000L); // 40 us a shape: 4 ms hold 100
        assertEquals(100, budget.limit());
        frames(budget, VectorBudget.FRAMES, 100, 64_000L); // the machine got slower (or the shapes larger)
        assertEquals(62, budget.limit());
        frames(budget, VectorBudget.FRAMES, 100, 20_000L); // and faster again
        assertEquals(200, budget.limit());
    }

    @Test
    void cheapShapesKeepTheCeilingAndCostlyOnesTheFloor() {
        VectorBudget fast = new VectorBudget(250);
        frames(fast, VectorBudget.FRAMES, 200, 5_000L); // 5 us a shape: 800 would fit
        assertEquals(250, fast.limit(), "never above the fixed limit");
        VectorBudget slow = new VectorBudget(250);
        frames(slow, VectorBudget.FRAMES, 60, 1_000_000L); // 1 ms a shape
        assertEquals(VectorBudget.FLOOR, slow.limit(), "a handful of shapes is drawn as vectors whatever they cost");
    }

    @Test
    void aFewSlowFramesDoNotMoveIt() {
        VectorBudget budget = new VectorBudget(250);
        frames(budget, VectorBudget.FRAMES, 100, 20_000L); // 20 us: 200 fit
        frames(budget, 2, 100, 500_000L); // two frames held up (a collection, another process)
        assertEquals(200, budget.limit());
    }
}
