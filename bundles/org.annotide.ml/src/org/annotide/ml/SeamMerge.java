package org.annotide.ml;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.core.geometry.CocoRle;

/**
 * Merges the objects that overlapping windows found in one image (in image pixels) so that each object is stored once.
 * Greedy, best score first, per class, like SAHI's non-maximum merging:
 * <ul>
 * <li>an object whose box overlaps a kept one of its class by IoU above {@link #IOU} is the same object: when neither
 * was cut by a window's edge it is dropped (non-maximum suppression, the detector's own rule within a window);</li>
 * <li>when one of the two was cut by a window's edge ({@link WindowedDetection#cut}) and the smaller box lies mostly
 * (above {@link #IOU} of its area) inside the other, they are the two halves of one object seen across a seam: they
 * become one, box and mask the union, score the higher.</li>
 * </ul>
 * Box overlaps are {@link CocoRle#boxIou}'s. Kept objects are indexed on a grid of window strides, so an image of
 * millions of objects compares each with its neighbours only.
 */
final class SeamMerge {

    static final double IOU = 0.5;

    private static final class Found {
        final int label;
        double score;
        final double[] box;
        BitSet mask;
        int maskX;
        int maskY;
        int maskWidth;
        int maskHeight;
        boolean cut;

        Found(Predictor.Detection d, boolean cut) {
            label = d.label();
            score = d.score();
            box = new double[] { d.x(), d.y(), d.width(), d.height() };
            if (d.mask() != null) {
                mask = d.mask().pixels();
                maskX = d.mask().x();
                maskY = d.mask().y();
                maskWidth = d.mask().width();
                maskHeight = d.mask().height();
            }
            this.cut = cut;
        }

        Predictor.Detection detection() {
            Predictor.Mask m = mask == null ? null : new Predictor.Mask(maskX, maskY, maskWidth, maskHeight, mask);
            return new Predictor.Detection(label, score, box[0], box[1], box[2], box[3], m);
        }
    }

    private final int cell;
    private final List<Found> pending = new ArrayList<>();

    /** @param cell side of the index's cells in pixels (a window's stride) */
    SeamMerge(int cell) {
        this.cell = Math.max(1, cell);
    }

    /** One object a window found, in image pixels; {@code cut} when the window's inner edge cuts it. */
    void add(Predictor.Detection detection, boolean cut) {
        pending.add(new Found(detection, cut));
    }

    /** The merged objects, best first. */
    List<Predictor.Detection> result() {
        pending.sort(Comparator.comparingDouble((Found f) -> f.score).reversed());
        List<Found> kept = new ArrayList<>();
        Map<Long, List<Found>> grid = new HashMap<>();
        for (Found candidate : pending) {
            Found same = null;
            for (Found k : near(grid, candidate.box)) {
                if (k.label == candidate.label && sameObject(k, candidate)) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(candidate);
                index(grid, candidate);
            } else if (same.cut || candidate.cut) {
                union(same, candidate);
                index(grid, same);
            }
        }
        pending.clear();
        List<Predictor.Detection> merged = new ArrayList<>(kept.size());
        kept.sort(Comparator.comparingDouble((Found f) -> f.score).reversed());
        for (Found f : kept) {
            merged.add(f.detection());
        }
        return merged;
    }

    private static boolean sameObject(Found a, Found b) {
        if (CocoRle.boxIou(a.box, 0, b.box, 0, false) > IOU) {
            return true;
        }
        if (!a.cut && !b.cut) {
            return false;
        }
        double w = Math.min(a.box[0] + a.box[2], b.box[0] + b.box[2]) - Math.max(a.box[0], b.box[0]);
        double h = Math.min(a.box[1] + a.box[3], b.box[1] + b.box[3]) - Math.max(a.box[1], b.box[1]);
        if (w <= 0 || h <= 0) {
            return false;
        }
        double smaller = Math.min(a.box[2] * a.box[3], b.box[2] * b.box[3]);
        return smaller > 0 && w * h / smaller > IOU;
    }

    /** {@code into} becomes the union of both: box, mask (pixels of either), the higher score. */
    private static void union(Found into, Found other) {
        double x0 = Math.min(into.box[0], other.box[0]);
        double y0 = Math.min(into.box[1], other.box[1]);
        double x1 = Math.max(into.box[0] + into.box[2], other.box[0] + other.box[2]);
        double y1 = Math.max(into.box[1] + into.box[3], other.box[1] + other.box[3]);
        into.box[0] = x0;
        into.box[1] = y0;
        into.box[2] = x1 - x0;
        into.box[3] = y1 - y0;
        into.score = Math.max(into.score, other.score);
        if (into.mask != null && other.mask != null) {
            int mx0 = Math.min(into.maskX, other.maskX);
            int my0 = Math.min(into.maskY, other.maskY);
            int mx1 = Math.max(into.maskX + into.maskWidth, other.maskX + other.maskWidth);
            int my1 = Math.max(into.maskY + into.maskHeight, other.maskY + other.maskHeight);
            BitSet pixels = new BitSet((mx1 - mx0) * (my1 - my0));
            copy(into, pixels, mx0, my0, mx1 - mx0);
            copy(other, pixels, mx0, my0, mx1 - mx0);
            into.mask = pixels;
            into.maskX = mx0;
            into.maskY = my0;
            into.maskWidth = mx1 - mx0;
            into.maskHeight = my1 - my0;
        } else if (into.mask == null && other.mask != null) {
            into.mask = other.mask;
            into.maskX = other.maskX;
            into.maskY = other.maskY;
            into.maskWidth = other.maskWidth;
            into.maskHeight = other.maskHeight;
        }
    }

    private static void copy(Found from, BitSet target, int x0, int y0, int width) {
        for (int i = from.mask.nextSetBit(0); i >= 0; i = from.mask.nextSetBit(i + 1)) {
            int x = from.maskX + i % from.maskWidth;
            int y = from.maskY + i / from.maskWidth;
            target.set((y - y0) * width + (x - x0));
        }
    }

    /** The kept objects registered in the cells a box touches, best first. */
    private List<Found> near(Map<Long, List<Found>> grid, double[] box) {
        Set<Found> near = new LinkedHashSet<>();
        forCells(box, key -> {
            List<Found> in = grid.get(key);
            if (in != null) {
                near.addAll(in);
            }
        });
        List<Found> best = new ArrayList<>(near);
        best.sort(Comparator.comparingDouble((Found f) -> f.score).reversed());
        return best;
    }

    private void index(Map<Long, List<Found>> grid, Found found) {
        forCells(found.box, key -> {
            List<Found> in = grid.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!in.contains(found)) {
                in.add(found);
            }
        });
    }

    private void forCells(double[] box, java.util.function.LongConsumer action) {
        long c0 = (long) Math.floor(box[0] / cell);
        long r0 = (long) Math.floor(box[1] / cell);
        long c1 = (long) Math.floor((box[0] + box[2]) / cell);
        long r1 = (long) Math.floor((box[1] + box[3]) / cell);
        for (long r = r0; r <= r1; r++) {
            for (long c = c0; c <= c1; c++) {
                action.accept((r << 32) ^ (c & 0xffffffffL));
            }
        }
    }
}
