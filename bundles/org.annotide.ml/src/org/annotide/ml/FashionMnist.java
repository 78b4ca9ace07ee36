package org.annotide.ml;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Fashion-MNIST as Debian's {@code dataset-fashion-mnist} installs it (70,000 real 28x28 grey images, the
 * official train/test split), turned into what a user imports: PNG files and a CSV list of labels. For the
 * training benchmark and the tests.
 */
public final class FashionMnist {

    /** Where the Debian package puts the IDX files. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

    /** The class names in label order 0..9. */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    public static boolean isInstalled() {
        return Files.isRegularFile(DEBIAN_FOLDER.resolve("train-images-idx3-ubyte.gz"));
    }

    /**
     * Writes the first {@code limit} images of a split as {@code PREFIX-NNNNN.png} into {@code folder}, and a CSV
     * list {@code PREFIX.csv} (header {@code path,label}) beside them.
     *
     * @param split {@code train} or {@code t10k}
     * @param limit at most this many (0: all)
     * @return the CSV file
     */
    public static Path writePngs(String split, int limit, Path folder) throws IOException {
        if (!isInstalled()) {
            throw new IOException("Fashion-MNIST is not installed: apt-get install dataset-fashion-mnist");
        }
        IdxFiles.Images images = IdxFiles.readImages(DEBIAN_FOLDER.resolve(split + "-images-idx3-ubyte.gz"), limit);
        int[] labels = IdxFiles.readLabels(DEBIAN_FOLDER.resolve(split + "-labels-idx1-ubyte.gz"), limit);
        Files.createDirectories(folder);
        Path csv = folder.resolve(split + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("path,label\n");
            for (int i = 0; i < images.pixels().length; i++) {
                String name = String.format("%s-%05d.png", split, i);
                BufferedImage image = new BufferedImage(images.columns(), images.rows(), BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setDataElements(0, 0, images.columns(), images.rows(), images.pixels()[i]);
                ImageIO.write(image, "png", folder.resolve(name).toFile());
                out.write(name + "," + CLASSES.get(labels[i]) + "\n");
            }
        }
        return csv;
    }
}
