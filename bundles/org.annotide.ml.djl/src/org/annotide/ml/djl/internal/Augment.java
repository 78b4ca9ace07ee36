package org.annotide.ml.djl.internal;

import java.util.Random;

/**
 * Augmentation in Java (DJL's NDArray augmentations are not implemented on PyTorch): a random horizontal flip,
 * a random crop of the image padded by an eighth of its side (a shift), and colour jitter of brightness and
 * contrast; then normalisation. Writes one CHW float image into a batch buffer.
 */
final class Augment {

    private final int size;
    private final int channels;
    private final float[] mean;
    private final float[] std;

    Augment(int size, int channels, float[] mean, float[] std) {
        this.size = size;
        this.channels = channels;
        this.mean = mean;
        this.std = std;
    }

    /** Without augmentation: scale to 0..1 and normalise. */
    void plain(byte[] hwc, float[] out, int offset) {
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int source = (y * size + x) * channels;
                for (int c = 0; c < channels; c++) {
                    float v = (hwc[source + c] & 0xff) / 255f;
                    out[offset + c * plane + y * size + x] = (v - mean[c]) / std[c];
                }
            }
        }
    }

    void random(byte[] hwc, float[] out, int offset, Random random) {
        int plane = size * size;
        boolean flip = random.nextBoolean();
        int pad = Math.max(1, size / 8);
        int dx = random.nextInt(2 * pad + 1) - pad;
        int dy = random.nextInt(2 * pad + 1) - pad;
        float brightness = (random.nextFloat() - 0.5f) * 0.2f;
        float contrast = 1 + (random.nextFloat() - 0.5f) * 0.2f;
        for (int y = 0; y < size; y++) {
            int sy = y + dy;
            for (int x = 0; x < size; x++) {
                int sx = (flip ? size - 1 - x : x) + dx;
                boolean inside = sx >= 0 && sx < size && sy >= 0 && sy < size;
                int source = inside ? (sy * size + sx) * channels : 0;
                for (int c = 0; c < channels; c++) {
                    float v = inside ? (hwc[source + c] & 0xff) / 255f : 0f;
                    v = (v - 0.5f) * contrast + 0.5f + brightness;
                    out[offset + c * plane + y * size + x] = (v - mean[c]) / std[c];
                }
            }
        }
    }
}
