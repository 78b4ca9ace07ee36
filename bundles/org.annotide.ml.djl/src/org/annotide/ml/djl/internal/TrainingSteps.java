package org.annotide.ml.djl.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import ai.djl.nn.Block;

/** Steps every trainer's epoch loop takes the same way: the seeded order of the samples, the weights on disk. */
final class TrainingSteps {

    private TrainingSteps() {
    }

    /** Fisher-Yates in place, so a seed gives the same epochs on every run. */
    static void shuffle(int[] items, Random random) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** The block's parameters in DJL's format, the file a model's predictor loads. */
    static void save(Block block, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            block.saveParameters(out);
        }
    }
}
