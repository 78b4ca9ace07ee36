package com.example.annotide.acme;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code acme_ratio}, ratio sampling: score = p_(2) / p_(1), the probability of the second most likely class over
 * that of the most likely one. It is 1 when the model cannot tell the two apart and near 0 when it is sure; unlike
 * the margin it reads the two probabilities relative to each other, so a pool item whose probability mass is spread
 * over many classes is not favoured for that alone. Stateless and pure, as the extension point asks.
 */
public final class RatioStrategy implements Strategy {

    @Override
    public String id() {
        return "acme_ratio";
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[][] p = input.probabilities();
        double[] scores = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double first = 0;
            double second = 0;
            for (double v : p[i]) {
                if (v > first) {
                    second = first;
                    first = v;
                } else if (v > second) {
                    second = v;
                }
            }
            scores[i] = first > 0 ? second / first : 1;
        }
        return Scored.top(scores, batch);
    }
}
