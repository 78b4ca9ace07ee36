package org.annotide.tests.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Grey PNG tiles of noise around a brightness, for tests that train a real classifier: bright and dark tiles are
 * told apart by what they are, not by a marker pixel.
 */
public final class NoiseImages {

    private NoiseImages() {
    }

    /** Writes a {@code size} × {@code size} grey PNG whose pixels are {@code base} plus up to 59 of noise. */
    public static Path write(Path file, int size, int base, Random noise) throws IOException {
        BufferedImage picture = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                picture.getRaster().setSample(x, y, 0, Math.min(255, base + noise.nextInt(60)));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }
}
