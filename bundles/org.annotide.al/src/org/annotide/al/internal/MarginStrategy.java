package org.annotide.al.internal;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code margin}: score = 1 - (p_(1) - p_(2)), where p_(1) and p_(2) are the two highest class probabilities. A
 * small margin between the two most likely classes (a high score) comes first.
 */
public final class MarginStrategy implements Strategy {

    @Override
    public String id() {
        return "margin";
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[][] p = input.probabilities();
        double[] scores = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double first = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (double v : p[i]) {
                if (v > first) {
                    second = first;
                    first = v;
                } else if (v > second) {
                    second = v;
                }
            }
            scores[i] = 1 - (first - second);
        }
        return Scored.top(scores, batch);
    }
}
