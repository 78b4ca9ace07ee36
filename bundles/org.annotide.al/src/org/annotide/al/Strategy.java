package org.annotide.al;

import java.util.Random;

/**
 * A sampling strategy, contributed through the extension point {@code org.annotide.al.strategies}. Stateless and
 * pure: the same input and random seed give the same result; it never changes a project.
 */
public interface Strategy {

    /** The id of the extension (e.g. {@code entropy}), recorded in every selection round. */
    String id();

    /** True when {@link #score} reads the embeddings (of the pool, and of the labelled items). */
    default boolean needsEmbeddings() {
        return false;
    }

    /** True when {@link #score} reads the labelled items' losses. */
    default boolean needsLosses() {
        return false;
    }

    /**
     * Scores every pool item and picks {@code batch} of them (fewer when the pool is smaller).
     *
     * @throws IllegalArgumentException when the input lacks what the strategy needs (a clear message)
     */
    Scored score(StrategyInput input, int batch, Random random);
}
