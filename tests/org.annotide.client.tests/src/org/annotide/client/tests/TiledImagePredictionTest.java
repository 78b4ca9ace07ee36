package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.WindowedDetection;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;

/**
 * Prediction on a large image that a mirror shows tile by tile ({@link Slide}, 6000 x 4000 pixels on a real server on
 * loopback): the windows are read through the mirror's tiles, pixel for pixel the server's file, each level-0 tile
 * fetched once and no overview; with the server away a window not at hand stops the prediction with why, rather than
 * predicting on stand-ins.
 */
class TiledImagePredictionTest extends ServerAndMirrors {

    private static final int WINDOW = 512;

    /** Finds nothing; checks that window {@code i} holds the server file's pixels of the i-th window. */
    private static final class Checking implements Predictor {
        final List<Rectangle> windows;
        final Path file;
        int next;

        Checking(List<Rectangle> windows, Path file) {
            this.windows = windows;
            this.file = file;
        }

        @Override
        public double[][] classify(List<BufferedImage> images) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<List<Detection>> detect(List<BufferedImage> images, double minScore) throws IOException {
            List<List<Detection>> none = new ArrayList<>();
            for (BufferedImage image : images) {
                Rectangle window = windows.get(next++);
                Slide.assertSamePixels(ImagePixels.installed().read(file, window), image, 0, window.width);
                none.add(List.of());
            }
            return none;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aMirrorsLargeImageIsPredictedThroughItsTilesEachFetchedOnce() throws Exception {
        server = new TeamServer(temp);
        Slide.add(server);
        Client a = client("admin");
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        assertFalse(Files.exists(DefaultImageService.locate(a.store().folder(), image)), "not downloaded whole");
        assertTrue((long) Slide.WIDTH * Slide.HEIGHT > Inference.WHOLE_IMAGE_PIXELS, "too large to read whole");
        ImagePixels.Located where = a.onOwner(() -> ImagePixels.locate(a.store().folder(), image));
        Path file = server.store.folder().resolve("images/slide.tif");
        WindowedDetection windows = new WindowedDetection(WINDOW);
        Checking checking = new Checking(windows.windows(Slide.WIDTH, Slide.HEIGHT), file);
        long before = a.remote.fetched().requests();

        try (ImagePyramid served = ImagePixels.installed().open(where)) {
            assertTrue(windows.detect(checking, served, 0.0, TrainingMonitor.none(),
                    WindowedDetection.Progress.none()).isEmpty());
        }

        assertEquals(checking.windows.size(), checking.next, "every window seen");
        int tiles = ((Slide.WIDTH + Slide.TILE - 1) / Slide.TILE) * ((Slide.HEIGHT + Slide.TILE - 1) / Slide.TILE);
        assertEquals(before + tiles, a.remote.fetched().requests(), "each level-0 tile fetched once, no overview");
    }

    @Test
    void withTheServerAwayAWindowNotAtHandStopsThePredictionWithWhy() throws Exception {
        server = new TeamServer(temp);
        Slide.add(server);
        Client a = client("admin");
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        ImagePixels.Located where = a.onOwner(() -> ImagePixels.locate(a.store().folder(), image));
        serverAway(a);
        WindowedDetection windows = new WindowedDetection(WINDOW);
        Checking checking = new Checking(windows.windows(Slide.WIDTH, Slide.HEIGHT),
                server.store.folder().resolve("images/slide.tif"));
        try (ImagePyramid served = ImagePixels.installed().open(where)) {
            IOException away = assertThrows(IOException.class, () -> windows.detect(checking, served, 0.0,
                    TrainingMonitor.none(), WindowedDetection.Progress.none()));
            assertTrue(away.getMessage().contains("not all of its pixels are at hand"), away.getMessage());
        }
        assertEquals(0, checking.next, "nothing predicted on stand-ins");
    }
}
