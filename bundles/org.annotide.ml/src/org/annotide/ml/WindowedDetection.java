package org.annotide.ml;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.TileGrid;

/**
 * Runs a detector or segmenter over an image too large to read whole, as QuPath and SAHI do: in windows of the model's
 * input size at full resolution (level 0), so that the network sees the image at the scale it trained on (a model
 * trained on whole images of its input size, or on tiles of that size). Neighbouring windows overlap by
 * {@link #OVERLAP} of a window, so that an object smaller than the overlap lies whole in at least one window; the
 * windows are the cells of a {@link TileGrid}, as an image's tiles are cut, the last row and column moved inwards to
 * stay whole. Each window is read through the pyramid's region
 * reads (its tiles, decoded into the imaging tile cache), never more than a window at once; what a window finds is moved
 * to image pixels, and the finds of all windows are merged across their overlaps by {@link SeamMerge}.
 * <p>
 * Memory: a batch of {@link #BATCH} window rasters and their network input, the imaging tile cache's bound, and the
 * objects found; never a raster of the image.
 */
public final class WindowedDetection {

    /** Share of a window that overlaps its neighbour (SAHI's default is 0.2). */
    public static final double OVERLAP = 0.25;

    /** Windows sent to the network at once. */
    static final int BATCH = 16;

    private final int window;
    private final int overlap;
    private final TileGrid grid;

    /** @param window side of a window in level-0 pixels (the model's input size) */
    public WindowedDetection(int window) {
        if (window < 8) {
            throw new IllegalArgumentException("a window of " + window + " pixels is too small to detect in");
        }
        this.window = window;
        this.overlap = (int) Math.round(window * OVERLAP);
        this.grid = new TileGrid(window, overlap);
    }

    public int window() {
        return window;
    }

    public int overlap() {
        return overlap;
    }

    /**
     * The windows over an image of width x height, row by row: the cells of a {@link TileGrid} of the window's size and
     * overlap, the last row and column shifted to end at the image's edge; one when the image fits in a window.
     */
    public List<Rectangle> windows(int width, int height) {
        List<Rectangle> windows = new ArrayList<>();
        for (long i = 0, n = grid.tileCount(width, height); i < n; i++) {
            windows.add(window(i, width, height));
        }
        return windows;
    }

    /** Window {@code i} (row-major) of an image; a gigapixel image's windows are never listed all at once. */
    private Rectangle window(long i, int width, int height) {
        int columns = grid.count(width);
        int row = (int) (i / columns);
        int column = (int) (i % columns);
        return new Rectangle(grid.start(column, width), grid.start(row, height), grid.extent(column, width),
                grid.extent(row, height));
    }

    /**
     * The objects the predictor finds in the image at level 0, in image pixels, merged across window overlaps, best
     * first.
     *
     * @param progress told after each batch how many windows of how many are done
     * @throws CancellationException when the monitor asks to stop (nothing of the image is returned)
     * @throws IOException           when a window cannot be read (a served image whose tiles are not at hand says so)
     */
    public List<Predictor.Detection> detect(Predictor predictor, ImagePyramid image, double minScore,
            TrainingMonitor monitor, Progress progress) throws Exception {
        int width = image.width();
        int height = image.height();
        long total = grid.tileCount(width, height);
        SeamMerge merge = new SeamMerge(grid.stride());
        for (long from = 0; from < total; from += BATCH) {
            if (monitor.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            List<Rectangle> batch = new ArrayList<>(BATCH);
            for (long i = from; i < Math.min(total, from + BATCH); i++) {
                batch.add(window(i, width, height));
            }
            List<BufferedImage> pixels = new ArrayList<>(batch.size());
            for (Rectangle w : batch) {
                pixels.add(image.readRegion(0, w.x, w.y, w.width, w.height));
                if (image.missing() != null) {
                    throw new IOException("not all of its pixels are at hand: " + image.missing());
                }
            }
            List<List<Predictor.Detection>> found = predictor.detect(pixels, minScore);
            pixels.clear(); // the rasters can go before the merge grows
            for (int i = 0; i < batch.size(); i++) {
                Rectangle w = batch.get(i);
                for (Predictor.Detection d : found.get(i)) {
                    merge.add(toImage(d, w), cut(d, w, width, height));
                }
            }
            progress.windowsDone(from + batch.size(), total);
        }
        return merge.result();
    }

    /** What a caller shows while the windows of one image are predicted. */
    public interface Progress {
        void windowsDone(long done, long total);

        static Progress none() {
            return (done, total) -> {
            };
        }
    }

    /** A detection in window pixels moved to image pixels (the window is read at scale 1). */
    static Predictor.Detection toImage(Predictor.Detection d, Rectangle w) {
        Predictor.Mask mask = d.mask() == null ? null
                : new Predictor.Mask(d.mask().x() + w.x, d.mask().y() + w.y, d.mask().width(), d.mask().height(),
                        d.mask().pixels());
        return new Predictor.Detection(d.label(), d.score(), d.x() + w.x, d.y() + w.y, d.width(), d.height(), mask);
    }

    /**
     * Whether the window's edge cuts the detection: its box reaches (within a pixel) a side of the window that is not
     * the image's border, so the object may go on in the neighbouring window.
     */
    static boolean cut(Predictor.Detection d, Rectangle w, int imageWidth, int imageHeight) {
        double slack = 1.0;
        return (w.x > 0 && d.x() <= slack) || (w.y > 0 && d.y() <= slack)
                || (w.x + w.width < imageWidth && d.x() + d.width() >= w.width - slack)
                || (w.y + w.height < imageHeight && d.y() + d.height() >= w.height - slack);
    }
}
