package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.annotide.imaging.ImagePyramid;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.WindowedDetection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The windowing and merging of predictions on an image too large to read whole, with a deterministic detector (red
 * pixels' connected components, {@link RedBlobs}) so that what each window must find is known: a generated pyramidal
 * TIFF of 6000 x 5000 pixels (a few kB, its tiles mostly one colour) is read window by window through its tiles.
 */
class WindowedDetectionTest {

    private static final int WINDOW = 128;

    /** Squares placed against the windows of 128 pixels (stride 96, windows at 0, 96, 192, ...). */
    private static final List<Rectangle> SQUARES = List.of(
            new Rectangle(20, 20, 40, 40), // inside the first window
            new Rectangle(110, 300, 30, 30), // across the seam at x 128: whole only in the window at 96
            new Rectangle(1040, 200, 60, 60), // wider than the overlap: whole in no window, cut by two
            new Rectangle(2096, 2096, 60, 60), // at the corner of four windows, cut by each
            new Rectangle(300, 600, 20, 20), new Rectangle(325, 600, 20, 20), // two apart by 5 pixels stay two
            new Rectangle(5980, 4980, 20, 20)); // in the image's corner

    @TempDir
    static Path temp;

    private static ImagePixels.Located slide;

    @BeforeAll
    static void writeSlide() throws Exception {
        slide = Slides.write(temp, 6000, 5000, SQUARES);
    }

    @Test
    void windowsAreTheModelsSizeOverlapAndCoverTheImage() {
        WindowedDetection windows = new WindowedDetection(WINDOW);
        assertEquals(32, windows.overlap());
        List<Rectangle> all = windows.windows(1000, 700);
        BitSet covered = new BitSet(1000 * 700);
        for (Rectangle w : all) {
            assertEquals(WINDOW, w.width, w + " is a whole window");
            assertEquals(WINDOW, w.height, w + " is a whole window");
            assertTrue(w.x >= 0 && w.y >= 0 && w.x + w.width <= 1000 && w.y + w.height <= 700, w + " inside");
            for (int y = w.y; y < w.y + w.height; y++) {
                covered.set(y * 1000 + w.x, y * 1000 + w.x + w.width);
            }
        }
        assertEquals(1000 * 700, covered.cardinality(), "every pixel is in a window");
        assertEquals(List.of(0, 96, 192, 288, 384, 480, 576, 672, 768, 864, 872),
                all.stream().filter(w -> w.y == 0).map(w -> w.x).toList(), "stride 96, the last moved to the edge");
        assertEquals(List.of(new Rectangle(0, 0, 100, 60)), windows.windows(100, 60), "a small image is one window");
        assertThrows(IllegalArgumentException.class, () -> new WindowedDetection(4));
    }

    @Test
    void aLargeImageIsReadWindowByWindowAndObjectsAcrossSeamsAreFoundOnce() throws Exception {
        AtomicInteger progressCalls = new AtomicInteger();
        try (Recording pyramid = new Recording(ImagePixels.installed().open(slide))) {
            assertTrue((long) pyramid.width() * pyramid.height() > Inference.WHOLE_IMAGE_PIXELS,
                    "the image is too large for the whole-image path");
            List<Predictor.Detection> found = new WindowedDetection(WINDOW).detect(new RedBlobs(false), pyramid, 0.0,
                    TrainingMonitor.none(), (done, total) -> progressCalls.incrementAndGet());
            assertEquals(inOrder(SQUARES), boxes(found), "each square once, whole, in image pixels");
            assertEquals(WINDOW, pyramid.largestWidth, "no read wider than a window");
            assertEquals(WINDOW, pyramid.largestHeight, "no read taller than a window");
            assertEquals(0, pyramid.deepestLevel, "windows are read at full resolution");
            int windows = new WindowedDetection(WINDOW).windows(6000, 5000).size();
            assertEquals(windows, pyramid.reads, "each window is read once");
            assertEquals((windows + 15) / 16, progressCalls.get(), "progress after each batch");
        }
    }

    @Test
    void masksAcrossSeamsAreJoinedIntoOneMaskOfTheObjectsPixels() throws Exception {
        try (ImagePyramid pyramid = ImagePixels.installed().open(slide)) {
            List<Predictor.Detection> found = new WindowedDetection(WINDOW).detect(new RedBlobs(true), pyramid, 0.0,
                    TrainingMonitor.none(), WindowedDetection.Progress.none());
            assertEquals(SQUARES.size(), found.size());
            for (Predictor.Detection d : found) {
                Predictor.Mask m = d.mask();
                Rectangle square = new Rectangle((int) d.x(), (int) d.y(), (int) d.width(), (int) d.height());
                assertTrue(SQUARES.contains(square), square + " is a square");
                assertEquals(square, new Rectangle(m.x(), m.y(), m.width(), m.height()), "the mask's window is the box");
                assertEquals(square.width * square.height, m.pixels().cardinality(), "the mask is the square's pixels");
            }
        }
    }

    @Test
    void cancelStopsBetweenBatchesAndGivesNothing() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        TrainingMonitor cancelAfterTwo = TrainingMonitor.following(() -> batches.get() >= 2, message -> {
        });
        try (Recording pyramid = new Recording(ImagePixels.installed().open(slide))) {
            assertThrows(CancellationException.class, () -> new WindowedDetection(WINDOW).detect(new RedBlobs(false) {
                @Override
                public List<List<Detection>> detect(List<BufferedImage> images, double minScore) {
                    batches.incrementAndGet();
                    return super.detect(images, minScore);
                }
            }, pyramid, 0.0, cancelAfterTwo, WindowedDetection.Progress.none()));
            assertEquals(2, batches.get());
            assertEquals(32, pyramid.reads, "nothing read after the cancel");
        }
    }

    /** Boxes as rectangles, top to bottom, left to right. */
    static List<Rectangle> boxes(List<Predictor.Detection> found) {
        List<Rectangle> boxes = new ArrayList<>();
        for (Predictor.Detection d : found) {
            boxes.add(new Rectangle((int) Math.round(d.x()), (int) Math.round(d.y()), (int) Math.round(d.width()),
                    (int) Math.round(d.height())));
        }
        return inOrder(boxes);
    }

    static List<Rectangle> inOrder(List<Rectangle> rectangles) {
        List<Rectangle> sorted = new ArrayList<>(rectangles);
        sorted.sort(Comparator.comparingInt((Rectangle r) -> r.y).thenComparingInt(r -> r.x));
        return sorted;
    }

    /**
     * A deterministic detector for the windowing logic only: each 4-connected component of red pixels is one object
     * of class 0, its box the component's bounds, its score the share of the window it covers, its mask its pixels.
     */
    static class RedBlobs implements Predictor {
        private final boolean masks;

        RedBlobs(boolean masks) {
            this.masks = masks;
        }

        @Override
        public double[][] classify(List<BufferedImage> images) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<List<Detection>> detect(List<BufferedImage> images, double minScore) {
            List<List<Detection>> all = new ArrayList<>();
            for (BufferedImage image : images) {
                all.add(blobs(image));
            }
            return all;
        }

        private List<Detection> blobs(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            BitSet seen = new BitSet(w * h);
            List<Detection> found = new ArrayList<>();
            for (int start = 0; start < rgb.length; start++) {
                if (seen.get(start) || !Slides.isRed(rgb[start])) {
                    continue;
                }
                List<Integer> component = new ArrayList<>();
                ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
                seen.set(start);
                int x0 = w, y0 = h, x1 = -1, y1 = -1;
                while (!queue.isEmpty()) {
                    int p = queue.poll();
                    component.add(p);
                    int x = p % w;
                    int y = p / w;
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                    int[] next = { x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1 };
                    for (int q : next) {
                        if (q >= 0 && !seen.get(q) && Slides.isRed(rgb[q])) {
                            seen.set(q);
                            queue.add(q);
                        }
                    }
                }
                Mask mask = null;
                if (masks) {
                    BitSet pixels = new BitSet();
                    for (int p : component) {
                        pixels.set((p / w - y0) * (x1 - x0 + 1) + (p % w - x0));
                    }
                    mask = new Mask(x0, y0, x1 - x0 + 1, y1 - y0 + 1, pixels);
                }
                found.add(new Detection(0, (double) component.size() / rgb.length, x0, y0, x1 - x0 + 1, y1 - y0 + 1,
                        mask));
            }
            return found;
        }

        @Override
        public void close() {
        }
    }

    /** A pyramid that notes the largest region and deepest level asked of it. */
    static final class Recording implements ImagePyramid {
        private final ImagePyramid pyramid;
        int largestWidth;
        int largestHeight;
        int deepestLevel;
        int reads;

        Recording(ImagePyramid pyramid) {
            this.pyramid = pyramid;
        }

        @Override
        public int width() {
            return pyramid.width();
        }

        @Override
        public int height() {
            return pyramid.height();
        }

        @Override
        public int levelCount() {
            return pyramid.levelCount();
        }

        @Override
        public double downsample(int level) {
            return pyramid.downsample(level);
        }

        @Override
        public int levelWidth(int level) {
            return pyramid.levelWidth(level);
        }

        @Override
        public int levelHeight(int level) {
            return pyramid.levelHeight(level);
        }

        @Override
        public synchronized BufferedImage readRegion(int level, int x, int y, int width, int height)
                throws java.io.IOException {
            largestWidth = Math.max(largestWidth, width);
            largestHeight = Math.max(largestHeight, height);
            deepestLevel = Math.max(deepestLevel, level);
            reads++;
            return pyramid.readRegion(level, x, y, width, height);
        }

        @Override
        public void close() {
            pyramid.close();
        }
    }
}
