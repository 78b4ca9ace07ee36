package org.annotide.ml.djl.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.annotide.ml.DatasetInfo;
import org.annotide.ml.FashionMnist;
import org.annotide.ml.IdxFiles;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingResult;
import org.annotide.model.TaskType;

/**
 * The first images of Fashion-MNIST's training split, read from Debian's IDX files: the first {@code train} of them
 * are a classifier's training (and validation) items, the rest are held out for tests. Skips the test when the
 * dataset is not installed.
 */
record MnistSlice(IdxFiles.Images images, int[] labels, int train) {

    static MnistSlice read(int total, int train) throws IOException {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        Path folder = FashionMnist.DEBIAN_FOLDER;
        return new MnistSlice(IdxFiles.readImages(folder.resolve("train-images-idx3-ubyte.gz"), total),
                IdxFiles.readLabels(folder.resolve("train-labels-idx1-ubyte.gz"), total), train);
    }

    PreparedDataset dataset() {
        int[] items = new int[train];
        for (int i = 0; i < train; i++) {
            items[i] = i;
        }
        String[] names = new String[labels.length];
        Arrays.fill(names, "");
        return new PreparedDataset(FashionMnist.CLASSES, 28, 1, images.pixels(), labels, names, items, items,
                new DatasetInfo(train, train, Map.of(), List.of()));
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) as a user's pictures. */
    List<BufferedImage> pictures(int from, int to) {
        List<BufferedImage> pictures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, 28, 28, images.pixels()[i]);
            pictures.add(image);
        }
        return pictures;
    }

    /** The model file of a classifier trained on this slice. */
    static ModelFile write(Trainer trainer, TrainingResult result, Path file) throws IOException {
        ModelDescriptor d = new ModelDescriptor(UUID.randomUUID().toString(), "slice", trainer.id(), TaskType.CLASSIFY,
                result.architecture(), FashionMnist.CLASSES, 28, 1, result.mean(), result.std(), Map.of(),
                result.metrics(), result.epochs(), Map.of(), 0);
        return ModelFile.write(file, d, result.payload());
    }
}
