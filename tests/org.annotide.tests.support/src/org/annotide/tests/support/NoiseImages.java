package org.annotide.tests.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;

/**
 * Grey PNG tiles of noise around a brightness, for tests that train a real classifier: bright and dark tiles are
 * told apart by what they are, not by a marker pixel.
 */
public final class NoiseImages {

    /** The brightness of {@link #brightAndDark}'s bright and dark images. */
    public static final int BRIGHT = 170;
    public static final int DARK = 40;

    private NoiseImages() {
    }

    /**
     * Writes {@code count} 32 × 32 grey PNGs {@code img0.png, img1.png, ...} into the folder, odd ones bright and even
     * ones dark, and returns an image asset (id {@code img0, img1, ...}) for each, in a project of none yet.
     */
    public static List<ImageAsset> brightAndDark(Path folder, int count, long seed) throws IOException {
        Random noise = new Random(seed);
        List<ImageAsset> images = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = write(folder.resolve("img" + i + ".png"), 32, i % 2 == 1 ? BRIGHT : DARK, noise);
            ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
            image.setId("img" + i);
            image.setName(file.getFileName().toString());
            image.setWidth(32);
            image.setHeight(32);
            image.setBands(1);
            image.setFormat("png");
            image.setLocation(file.toString());
            images.add(image);
        }
        return images;
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
