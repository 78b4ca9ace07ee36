package org.annotide.al;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.formats.LabelsCsv;
import org.annotide.ml.FashionMnist;
import org.annotide.ml.IdxFiles;
import org.annotide.ml.ImagePixels;

/**
 * Images with known labels in memory, for the oracle simulation: every image scaled to a square of {@code size}
 * pixels, 8-bit samples, row by row, channel-interleaved (HWC), and its class index.
 */
public record LabelledImages(List<String> classes, int size, int channels, byte[][] pixels, int[] labels) {

    public LabelledImages {
        classes = List.copyOf(classes);
        if (pixels.length != labels.length) {
            throw new IllegalArgumentException(pixels.length + " images for " + labels.length + " labels");
        }
    }

    public int count() {
        return pixels.length;
    }

    /**
     * Reads a data set:
     * <ul>
     * <li>{@code fashion-mnist:train} or {@code fashion-mnist:t10k}: Debian's {@code dataset-fashion-mnist}
     * (IDX files, 28x28 grey);</li>
     * <li>a labels CSV read by {@link LabelsCsv} (the reader of {@code import-images --csv}), one label per image;</li>
     * <li>a folder with one sub-folder of images per class (the class is the folder's name).</li>
     * </ul>
     *
     * @param classes the class order to use, or null to take it from the data (sorted names; Fashion-MNIST's own
     *                order for that set)
     * @param limit   read at most this many images (0: all)
     * @param size    the side images are scaled to (Fashion-MNIST: 28 whatever is given)
     */
    public static LabelledImages read(String spec, List<String> classes, int limit, int size, ImagePixels reader)
            throws IOException {
        if (spec.startsWith("fashion-mnist:")) {
            String split = spec.substring("fashion-mnist:".length());
            if (!split.equals("train") && !split.equals("t10k")) {
                throw new IOException("Fashion-MNIST has the splits train and t10k, not '" + split + "'");
            }
            if (!FashionMnist.isInstalled()) {
                throw new IOException("Fashion-MNIST is not installed: apt-get install dataset-fashion-mnist");
            }
            IdxFiles.Images images = IdxFiles.readImages(FashionMnist.DEBIAN_FOLDER.resolve(split + "-images-idx3-ubyte.gz"), limit);
            int[] labels = IdxFiles.readLabels(FashionMnist.DEBIAN_FOLDER.resolve(split + "-labels-idx1-ubyte.gz"), limit);
            return new LabelledImages(FashionMnist.CLASSES, images.rows(), 1, images.pixels(), labels);
        }
        Path path = Path.of(spec);
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> folders = Files.list(path)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> inside = Files.list(folder)) {
                        for (Path f : inside.filter(Files::isRegularFile).sorted().toList()) {
                            files.add(f);
                            names.add(folder.getFileName().toString());
                        }
                    }
                }
            }
        } else if (Files.isRegularFile(path)) {
            // the one labels-CSV reader of the product (import-images --csv and the csv format read it too)
            LabelsCsv.Table table = LabelsCsv.read(path);
            LabelsCsv.Problem problem = table.unreadable() != null ? table.unreadable()
                    : table.rejected().isEmpty() ? null : table.rejected().get(0);
            if (problem != null) {
                throw new IOException(path + " " + problem.where() + ": " + problem.reason());
            }
            Path folder = path.toAbsolutePath().getParent();
            for (LabelsCsv.Row row : table.rows()) {
                if (row.labels().size() != 1) {
                    throw new IOException(path + " line " + row.line() + ": the simulation needs exactly one label per"
                            + " image, found " + row.labels().size());
                }
                Path file = LabelsCsv.resolve(row.image(), folder);
                if (file == null) {
                    throw new IOException(path + " line " + row.line() + ": '" + row.image() + "' is not a valid path");
                }
                files.add(file);
                names.add(row.labels().get(0));
            }
        } else {
            throw new IOException(spec + " is neither a folder, a CSV file nor fashion-mnist:train|t10k");
        }
        if (limit > 0 && files.size() > limit) {
            files = files.subList(0, limit);
            names = names.subList(0, limit);
        }
        List<String> order = classes != null ? classes : names.stream().distinct().sorted().toList();
        byte[][] pixels = new byte[files.size()][];
        int[] labels = new int[files.size()];
        int channels = 1;
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            labels[i] = order.indexOf(names.get(i));
            if (labels[i] < 0) {
                throw new IOException(files.get(i) + ": the class '" + names.get(i) + "' is not one of " + order);
            }
            BufferedImage image = reader.read(files.get(i), null);
            if (image.getRaster().getNumBands() >= 3) {
                channels = 3;
            }
            images.add(image);
        }
        for (int i = 0; i < images.size(); i++) {
            pixels[i] = ImagePixels.samples(images.get(i), size, channels);
        }
        return new LabelledImages(order, size, channels, pixels, labels);
    }

    /** Image {@code i} as a picture (grey or RGB) for a predictor. */
    public BufferedImage image(int i) {
        byte[] p = pixels[i];
        if (channels == 1) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, size, size, p);
            return image;
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int o = (y * size + x) * 3;
                image.setRGB(x, y, (p[o] & 0xff) << 16 | (p[o + 1] & 0xff) << 8 | (p[o + 2] & 0xff));
            }
        }
        return image;
    }
}
