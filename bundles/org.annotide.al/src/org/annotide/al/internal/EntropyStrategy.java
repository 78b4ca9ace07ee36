package org.annotide.al.internal;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code entropy}: score = -sum_c p_c ln p_c (natural logarithm, 0 ln 0 = 0), the Shannon entropy of the
 * predicted distribution; at most ln C for C classes (uniform), 0 for a certain prediction.
 */
public final class EntropyStrategy implements Strategy {

    @Override
    public String id() {
        return "entropy";
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[][] p = input.probabilities();
        double[] scores = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double h = 0;
            for (double v : p[i]) {
                if (v > 0) {
                    h -= v * Math.log(v);
                }
            }
            scores[i] = h;
        }
        return Scored.top(scores, batch);
    }
}
