package org.annotide.ui.editor.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The number of annotations a frame draws as vectors follows what one cost on this machine. */
class VectorBudgetTest {

    @Test
    void untilAFrameMeasuredTheFixedLimitHolds() {
        VectorBudget budget = new VectorBudget(250);
        assertEquals(250, budget.limit());
        budget.record(VectorBudget.MIN_SAMPLE - 1, 100_000_000L); // too few shapes to say what one costs
        assertEquals(250, budget.limit());
    }

    @Test
    void shapesThatCostMoreLowerTheLimitToWhatFitsTheBudget() {
        VectorBudget budget = new VectorBudget(250);
        budget.record(200, 200 * 40_000L); // 40 us a shape: 4 ms hold 100
        assertEquals(100, budget.limit());
        for (int i = 0; i < 50; i++) {
            budget.record(100, 100 * 80_000L); // the machine got slower (or the shapes larger): 80 us
        }
        assertEquals(50, budget.limit());
    }

    @Test
    void cheapShapesKeepTheCeilingAndCostlyOnesTheFloor() {
        VectorBudget fast = new VectorBudget(250);
        fast.record(200, 200 * 5_000L); // 5 us a shape: 800 would fit
        assertEquals(250, fast.limit(), "never above the fixed limit");
        VectorBudget slow = new VectorBudget(250);
        slow.record(60, 60 * 1_000_000L); // 1 ms a shape
        assertEquals(VectorBudget.FLOOR, slow.limit(), "a handful of shapes is drawn as vectors whatever they cost");
    }

    @Test
    void oneSlowFrameMovesTheAverageOnlyPartly() {
        VectorBudget budget = new VectorBudget(250);
        budget.record(100, 100 * 20_000L); // 20 us: 200 fit
        budget.record(100, 100 * 200_000L); // one frame ten times slower (a collection, another process)
        int limit = budget.limit();
        assertTrue(limit > VectorBudget.FLOOR && limit < 200, "between: " + limit);
    }
}
