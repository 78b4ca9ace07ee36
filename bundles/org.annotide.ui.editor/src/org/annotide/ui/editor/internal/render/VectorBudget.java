package org.annotide.ui.editor.internal.render;

import java.util.Arrays;

/**
 * How many annotations a frame may draw as vectors on this machine: {@link FrameRenderer#VECTOR_LIMIT} at most, fewer
 * where drawing one costs more. Vector drawing goes through cairo to the display server, which on a slow machine, a
 * software-rendered display (a VM, Xvfb) or at high zoom (large shapes: more pixels to fill and stroke) costs several
 * times the 30 microseconds a shape the fixed limit assumed; above the limit the display tiles carry the annotations
 * rasterised and a frame is a few blits whatever the count. The cost of a shape is measured on the frames that draw
 * vectors (their wall time over the shapes drawn), and the limit is what fits in {@link #BUDGET_NANOS} at the median
 * of the last {@link #FRAMES} such frames. Until that many were measured the fixed limit holds: the first frames of a
 * fresh JVM run code not yet compiled, and a switch to rasterised tiles then would make the first image wait for
 * tiles composed with its annotations (seen: the first image in a fresh workbench 80 ms later). A median, not an
 * average, so that a frame held up by a collection or another process does not move it.
 */
final class VectorBudget {

    /** Wall time a frame may spend drawing annotations as vectors: half of a frame's CPU goal of 8 ms. */
    static final long BUDGET_NANOS = 4_000_000L;
    /** Below this, vectors are drawn whatever they cost: a handful of shapes is never worth a tile's detour. */
    static final int FLOOR = 50;
    /** Frames with fewer shapes say little about the cost of one (fixed costs dominate). */
    static final int MIN_SAMPLE = 20;
    /** Vector frames measured before the limit follows them, and over which the median is taken. */
    static final int FRAMES = 8;

    private final int ceiling;
    private final double[] nanosPerShape = new double[FRAMES];
    private int recorded;

    VectorBudget(int ceiling) {
        this.ceiling = ceiling;
    }

    /** A frame drew {@code shapes} annotations as vectors in {@code nanos}. */
    void record(int shapes, long nanos) {
        if (shapes < MIN_SAMPLE || nanos <= 0) {
            return;
        }
        nanosPerShape[recorded % FRAMES] = (double) nanos / shapes;
        recorded++;
    }

    /** The most annotations a frame draws as vectors now. */
    int limit() {
        if (recorded < FRAMES) {
            return ceiling;
        }
        double[] sorted = nanosPerShape.clone();
        Arrays.sort(sorted);
        double median = (sorted[FRAMES / 2 - 1] + sorted[FRAMES / 2]) / 2;
        long fits = (long) (BUDGET_NANOS / median);
        return (int) Math.max(Math.min(FLOOR, ceiling), Math.min(ceiling, fits));
    }
}
