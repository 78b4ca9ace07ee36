package org.annotide.ml;

import java.util.BitSet;
import java.util.List;

/**
 * A dataset in memory, ready for any engine: every usable image (or tile) resized to a square of
 * {@link #imageSize()} pixels as 8-bit samples, row by row, channel-interleaved ({@code HWC}), its label
 * (classification) or its objects (detection and segmentation, {@link #objects(int)}), and the
 * train/validation split. Normalisation ({@link #mean()}, {@link #std()}, per channel on the 0..1
 * scale) is measured on the training split and travels with the model.
 */
public final class PreparedDataset {

    private final List<String> classes;
    private final int imageSize;
    private final int channels;
    private final byte[][] pixels;
    private final int[] labels;
    private final List<List<ObjectTarget>> objects;
    private final String[] items;
    private final int[] train;
    private final int[] validation;
    private final DatasetInfo info;
    private final float[] mean;
    private final float[] std;

    /**
     * One object of a detection or segmentation item, in the pixels of the network input (the square of
     * {@link #imageSize()}).
     *
     * @param label class index
     * @param mask  the object's pixels, row-major over the whole input ({@code y * imageSize + x}); null for detection
     */
    public record ObjectTarget(int label, double x, double y, double width, double height, BitSet mask) {
    }

    public PreparedDataset(List<String> classes, int imageSize, int channels, byte[][] pixels, int[] labels,
            String[] items, int[] train, int[] validation, DatasetInfo info) {
        this(classes, imageSize, channels, pixels, labels, null, items, train, validation, info);
    }

    /** A detection or segmentation dataset: per item its objects. */
    public PreparedDataset(List<String> classes, int imageSize, int channels, byte[][] pixels,
            List<List<ObjectTarget>> objects, String[] items, int[] train, int[] validation, DatasetInfo info) {
        this(classes, imageSize, channels, pixels, new int[pixels.length], List.copyOf(objects), items, train,
                validation, info);
        java.util.Arrays.fill(labels, -1);
    }

    private PreparedDataset(List<String> classes, int imageSize, int channels, byte[][] pixels, int[] labels,
            List<List<ObjectTarget>> objects, String[] items, int[] train, int[] validation, DatasetInfo info) {
        this.objects = objects;
        this.classes = List.copyOf(classes);
        this.imageSize = imageSize;
        this.channels = channels;
        this.pixels = pixels;
        this.labels = labels;
        this.items = items;
        this.train = train;
        this.validation = validation;
        this.info = info;
        this.mean = new float[channels];
        this.std = new float[channels];
        measure();
    }

    private void measure() {
        double[] sum = new double[channels];
        double[] squares = new double[channels];
        long n = 0;
        for (int index : train) {
            byte[] p = pixels[index];
            for (int i = 0; i < p.length; i += channels) {
                for (int c = 0; c < channels; c++) {
                    double v = (p[i + c] & 0xff) / 255.0;
                    sum[c] += v;
                    squares[c] += v * v;
                }
            }
            n += p.length / channels;
        }
        for (int c = 0; c < channels; c++) {
            double m = n == 0 ? 0.5 : sum[c] / n;
            double variance = n == 0 ? 0 : squares[c] / n - m * m;
            mean[c] = (float) m;
            std[c] = (float) Math.max(Math.sqrt(Math.max(variance, 0)), 1e-3);
        }
    }

    public List<String> classes() {
        return classes;
    }

    public int imageSize() {
        return imageSize;
    }

    /** 1 (grey) or 3 (RGB). */
    public int channels() {
        return channels;
    }

    /** Samples of item {@code i}: {@code imageSize * imageSize * channels} bytes, HWC. */
    public byte[] pixels(int i) {
        return pixels[i];
    }

    /** The class of item {@code i} (classification); -1 in a detection or segmentation dataset. */
    public int label(int i) {
        return labels[i];
    }

    /** True for a detection or segmentation dataset. */
    public boolean hasObjects() {
        return objects != null;
    }

    /** The objects of item {@code i} (detection and segmentation); empty in a classification dataset. */
    public List<ObjectTarget> objects(int i) {
        return objects == null ? List.of() : objects.get(i);
    }

    /** The image name (or image name and tile) of item {@code i}, for reports. */
    public String item(int i) {
        return items[i];
    }

    public int size() {
        return pixels.length;
    }

    /** Indices of the training items. */
    public int[] train() {
        return train.clone();
    }

    /** Indices of the validation items. */
    public int[] validation() {
        return validation.clone();
    }

    public DatasetInfo info() {
        return info;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] std() {
        return std.clone();
    }
}
