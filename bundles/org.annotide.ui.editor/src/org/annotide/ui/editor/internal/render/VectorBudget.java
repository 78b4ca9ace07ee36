package org.annotide.ui.editor.internal.render;

/**
 * How many annotations a frame may draw as vectors on this machine: {@link FrameRenderer#VECTOR_LIMIT} at most, fewer
 * where drawing one costs more. Vector drawing goes through cairo to the display server, which on a slow machine, a
 * software-rendered display (a VM, Xvfb) or at high zoom (large shapes: more pixels to fill and stroke) costs several
 * times the 30 microseconds a shape the fixed limit assumed; above the limit the display tiles carry the annotations
 * rasterised and a frame is a few blits whatever the count. The cost of a shape is measured on the frames that draw
 * vectors (their wall time over the shapes drawn, averaged over recent frames), and the limit is what fits in
 * {@link #BUDGET_NANOS}; until a frame has measured it the fixed limit holds.
 */
final class VectorBudget {

    /** Wall time a frame may spend drawing annotations as vectors: half of a frame's CPU goal of 8 ms. */
    static final long BUDGET_NANOS = 4_000_000L;
    /** Below this, vectors are drawn whatever they cost: a handful of shapes is never worth a tile's detour. */
    static final int FLOOR = 50;
    /** Frames with fewer shapes say little about the cost of one (fixed costs dominate). */
    static final int MIN_SAMPLE = 20;
    /** Weight of the newest frame in the running average. */
    private static final double WEIGHT = 0.2;

    private final int ceiling;
    private double nanosPerShape = Double.NaN;

    VectorBudget(int ceiling) {
        this.ceiling = ceiling;
    }

    /** A frame drew {@code shapes} annotations as vectors in {@code nanos}. */
    void record(int shapes, long nanos) {
        if (shapes < MIN_SAMPLE || nanos <= 0) {
            return;
        }
        double perShape = (double) nanos / shapes;
        nanosPerShape = Double.isNaN(nanosPerShape) ? perShape : nanosPerShape + WEIGHT * (perShape - nanosPerShape);
    }

    /** The most annotations a frame draws as vectors now. */
    int limit() {
        if (Double.isNaN(nanosPerShape)) {
            return ceiling;
        }
        long fits = (long) (BUDGET_NANOS / nanosPerShape);
        return (int) Math.max(Math.min(FLOOR, ceiling), Math.min(ceiling, fits));
    }
}
