package org.annotide.ui.training.internal;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * A strategy contributed by this fragment through {@code org.annotide.al.strategies}, as a third party would: the
 * most confident images first (score {@code max_c p_c}), the opposite of least confidence, so a view that ignores
 * the chosen strategy shows another order.
 */
public final class ConfidentFirstStrategy implements Strategy {

    public static final String ID = "test_confident_first";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[] scores = new double[input.probabilities().length];
        for (int i = 0; i < scores.length; i++) {
            double max = 0;
            for (double p : input.probabilities()[i]) {
                max = Math.max(max, p);
            }
            scores[i] = max;
        }
        return Scored.top(scores, batch);
    }
}
