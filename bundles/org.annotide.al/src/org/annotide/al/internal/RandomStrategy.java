package org.annotide.al.internal;

import java.util.Random;

import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;

/**
 * {@code random}, the baseline: every pool item scores a uniform draw in [0, 1) from the caller's random source (in
 * pool order), so the batch is a uniform random sample without replacement, reproducible from the seed.
 */
public final class RandomStrategy implements Strategy {

    @Override
    public String id() {
        return "random";
    }

    @Override
    public Scored score(StrategyInput input, int batch, Random random) {
        double[] scores = new double[input.poolSize()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextDouble();
        }
        return Scored.top(scores, batch);
    }
}
