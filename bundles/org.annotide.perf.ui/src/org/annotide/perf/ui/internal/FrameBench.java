package org.annotide.perf.ui.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.render.FrameRenderer;
import org.annotide.ui.editor.internal.render.OffscreenView;
import org.eclipse.swt.widgets.Display;

/**
 * Times frames of an {@link OffscreenView} at one zoom: first how long the view takes to settle (every
 * visible tile rendered at that zoom), then a run of frames paced at 60 Hz while the view pans, as when an
 * annotator drags the image (at the fit zoom, where there is nothing to pan, the frames are repaints).
 * Tiles keep arriving from the workers during the run and are installed inside the timed paints, so the
 * figures include that work.
 */
final class FrameBench {

    /**
     * What one zoom measured. Wall-clock frame times are what the user sees on this machine as loaded as it
     * is; the UI thread's CPU time per frame is what a frame costs, nearly unaffected by other processes
     * competing for the cores (painting into an offscreen image runs wholly on the UI thread).
     */
    record Result(double p50Millis, double p95Millis, double cpuP50Millis, double cpuP95Millis, double settleMillis,
            double incompletePercent, double tilesP50, double tilesP95, double composedP50Percent,
            double composedP95Percent, double vectorPercent) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final long FRAME_NANOS = 16_666_667L;
    private static final long SETTLE_TIMEOUT_NANOS = 120_000_000_000L;
    /** Pan per frame in screen pixels: about 2,600 pixels a second, a brisk drag. */
    private static final int PAN_X = 37;
    private static final int PAN_Y = 23;
    /** The pan turns around after this many frames, so the view stays on the image. */
    private static final int PAN_LEG = 60;

    private FrameBench() {
    }

    static Result run(OffscreenView view, int step, boolean pan, int frames) {
        Viewport viewport = view.viewport();
        if (step == Integer.MIN_VALUE) {
            viewport.fit();
        } else {
            viewport.zoomTo(step, viewport.screenWidth() / 2.0, viewport.screenHeight() / 2.0);
            viewport.centreOn(viewport.contentX() + viewport.contentWidth() / 2,
                    viewport.contentY() + viewport.contentHeight() / 2);
        }
        double settle = settle(view);
        double[] millis = new double[frames];
        double[] cpu = new double[frames];
        double[] tiles = new double[frames];
        double[] composed = new double[frames];
        double screen = (double) viewport.screenWidth() * viewport.screenHeight();
        int incomplete = 0;
        int vector = 0;
        for (int i = 0; i < frames; i++) {
            long frameStart = System.nanoTime();
            if (pan) {
                int direction = (i / PAN_LEG) % 2 == 0 ? 1 : -1;
                viewport.panBy(direction * PAN_X, direction * PAN_Y);
            }
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            FrameRenderer.FrameResult result = view.paint();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            tiles[i] = view.tiles().composedTiles();
            composed[i] = 100.0 * view.tiles().composedPixels() / screen;
            if (!result.complete()) {
                incomplete++;
            }
            if (!result.rasterised()) {
                vector++;
            }
            pump(view.display());
            long rest = FRAME_NANOS - (System.nanoTime() - frameStart);
            if (rest > 0) {
                sleep(rest);
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        Arrays.sort(tiles);
        Arrays.sort(composed);
        return new Result(percentile(millis, 50), percentile(millis, 95), percentile(cpu, 50), percentile(cpu, 95),
                settle, 100.0 * incomplete / frames, percentile(tiles, 50), percentile(tiles, 95),
                percentile(composed, 50), percentile(composed, 95), 100.0 * vector / frames);
    }

    /** Paints until a frame is complete and no tile is pending; milliseconds taken. */
    static double settle(OffscreenView view) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < SETTLE_TIMEOUT_NANOS) {
            pump(view.display());
            FrameRenderer.FrameResult result = view.paint();
            if (result.complete() && view.tiles().pending() == 0) {
                return (System.nanoTime() - start) / 1e6;
            }
            long waitStart = System.nanoTime();
            while (!view.repaintWanted() && System.nanoTime() - waitStart < 50_000_000L) {
                pump(view.display());
                sleep(200_000L);
            }
        }
        throw new IllegalStateException("the view did not settle within two minutes");
    }

    private static void pump(Display display) {
        while (display.readAndDispatch()) {
            // run what the workers posted
        }
    }

    static double percentile(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
