package org.annotide.ml.djl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.annotide.ml.ModelFile;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.ml.djl.internal.ClassificationTrainer;
import org.annotide.model.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictor.infer: the probabilities of classify and the penultimate layer's output from the same pass, on a
 * classifier trained on 600 real Fashion-MNIST images. The embeddings must carry the classes: a nearest-centroid
 * rule on them (centroids of the training images) must classify unseen images far above chance.
 */
class EmbeddingsTest {

    @TempDir
    Path temp;

    @Test
    void inferGivesTheClassifiersProbabilitiesAndItsPenultimateLayer() throws Exception {
        MnistSlice slice = MnistSlice.read(800, 600);
        int[] labels = slice.labels();
        ClassificationTrainer trainer = new ClassificationTrainer();
        TrainingConfig config = TrainingConfig.builder("embeddings", TaskType.CLASSIFY).modelSize("n").epochs(3)
                .batchSize(32).imageSize(28).device("cpu").build();
        TrainingResult result = trainer.train(slice.dataset(), config, null, TrainingMonitor.none(), temp);
        ModelFile file = MnistSlice.write(trainer, result, temp.resolve("e.atm"));
        List<BufferedImage> pictures = slice.pictures(0, 800);
        try (Predictor predictor = trainer.open(file, "cpu")) {
            Predictor.Output out = predictor.infer(pictures);
            double[][] classified = predictor.classify(pictures.subList(600, 650));
            for (int i = 0; i < 50; i++) {
                assertArrayEquals(classified[i], out.probabilities()[600 + i], 1e-6, "the same pass as classify");
            }
            float[][] e = out.embeddings();
            assertNotNull(e, "our classifiers expose their penultimate layer");
            assertEquals(800, e.length);
            assertEquals(128, e[0].length, "the n classifier's hidden layer");
            double positive = 0;
            for (float[] row : e) {
                for (float v : row) {
                    assertTrue(v >= 0, "after ReLU");
                    positive += v > 0 ? 1 : 0;
                }
            }
            assertTrue(positive > 800 * 10, "not a dead layer");
            double[][] centroids = new double[10][128];
            int[] counts = new int[10];
            for (int i = 0; i < 600; i++) {
                counts[labels[i]]++;
                for (int k = 0; k < 128; k++) {
                    centroids[labels[i]][k] += e[i][k];
                }
            }
            int right = 0;
            for (int i = 600; i < 800; i++) {
                int best = -1;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < 10; c++) {
                    if (counts[c] == 0) {
                        continue;
                    }
                    double s = 0;
                    for (int k = 0; k < 128; k++) {
                        double t = e[i][k] - centroids[c][k] / counts[c];
                        s += t * t;
                    }
                    if (s < bestDistance) {
                        bestDistance = s;
                        best = c;
                    }
                }
                right += best == labels[i] ? 1 : 0;
            }
            assertTrue(right > 100, "nearest centroid on embeddings: " + right + " of 200 (chance: 20)");
        }
    }
}
