package org.annotide.al.internal;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/** {@code least_confidence}: score = 1 - max_c p_c. An item the model is least sure of comes first. */
public final class LeastConfidenceStrategy implements Strategy {

    @Override
    public String id() {
        return "least_confidence";
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[][] p = input.probabilities();
        double[] scores = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double v : p[i]) {
                best = Math.max(best, v);
            }
            scores[i] = 1 - best;
        }
        return Scored.top(scores, batch);
    }
}
