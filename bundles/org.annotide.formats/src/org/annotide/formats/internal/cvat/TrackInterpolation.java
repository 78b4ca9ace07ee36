package org.annotide.formats.internal.cvat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames between two keyframes of a CVAT track, computed by the rules of CVAT's server (the code that writes
 * every frame of a track into a CVAT for video export and turns tracks into shapes for every other format), learnt
 * from {@code cvat/apps/dataset_manager/annotation.py} ({@code TrackManager.get_interpolated_shapes}):
 * <ul>
 * <li>{@code box} and {@code ellipse}: every number moves linearly with the frame; the rotation turns by the
 * shorter way round ((Δ + 180) mod 360 − 180 degrees; a half turn of exactly −180 is turned by +1 degree, as
 * CVAT's {@code find_angle_diff} does);</li>
 * <li>{@code points}: linearly when both keyframes hold exactly one point, otherwise the earlier keyframe's points
 * stay until the next keyframe;</li>
 * <li>{@code polygon} and {@code polyline}: each vertex is placed by its relative position along the outline (a
 * polygon is closed for this by repeating its first vertex); every vertex of the earlier keyframe is paired with
 * the later keyframe's vertex nearest in that position, every vertex of the later one left over with the earlier
 * vertex nearest to it; each pair moves linearly, and runs of interpolated vertices closer together than half the
 * average spacing of the vertices they came from are thinned (a run of two that close becomes their midpoint), so
 * the number of vertices changes between keyframes of different vertex counts, as in CVAT;</li>
 * <li>{@code mask}: not interpolated (CVAT does not track masks).</li>
 * </ul>
 * Occlusion, z-order and attributes of a frame are those of the keyframe before it.
 */
final class TrackInterpolation {

    private TrackInterpolation() {
    }

    /** True when frames between keyframes of this element are computed; false for masks. */
    static boolean interpolates(String type) {
        return !type.equals("mask");
    }

    /** The shape at {@code frame}, strictly between keyframes {@code left} and {@code right} (same element). */
    static TrackShape between(TrackShape left, TrackShape right, int frame) {
        double offset = (frame - left.frame()) / (double) (right.frame() - left.frame());
        return switch (left.type()) {
            case "box", "ellipse" -> linear(left, right, frame, offset);
            case "points" -> left.points().length == 2 && right.points().length == 2
                    ? linear(left, right, frame, offset)
                    : left.at(frame, left.points().clone(), left.rotation());
            case "polygon" -> left.at(frame, outline(left.points(), right.points(), offset, true), left.rotation());
            case "polyline" -> left.at(frame, outline(left.points(), right.points(), offset, false), left.rotation());
            default -> left.at(frame, left.points().clone(), left.rotation());
        };
    }

    /** The keyframe's shape copied to a later frame (after a track's last keyframe). */
    static TrackShape propagated(TrackShape keyframe, int frame) {
        return keyframe.at(frame, keyframe.points().clone(), keyframe.rotation());
    }

    /**
     * The attributes a keyframe ends up with: its own, plus those of the keyframe before it that it does not
     * set itself (CVAT carries attributes forward from keyframe to keyframe).
     */
    static Map<String, String> inherited(Map<String, String> previous, Map<String, String> own) {
        Map<String, String> merged = new LinkedHashMap<>(own);
        previous.forEach(merged::putIfAbsent);
        return merged;
    }

    private static TrackShape linear(TrackShape left, TrackShape right, int frame, double offset) {
        double[] a = left.points();
        double[] b = right.points();
        if (a.length != b.length) {
            return left.at(frame, a.clone(), left.rotation());
        }
        double[] points = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            points[i] = a[i] + (b[i] - a[i]) * offset;
        }
        double rotation = floorMod(left.rotation() + turn(right.rotation(), left.rotation()) * offset + 360, 360);
        return left.at(frame, points, rotation);
    }

    /** CVAT's {@code find_angle_diff}: the signed turn from {@code from} to {@code to}, the shorter way. */
    static double turn(double to, double from) {
        double difference = floorMod(to - from + 180, 360) - 180;
        if (Math.abs(difference) >= 180) {
            // only -180 gets here; CVAT's expression then yields 1 (kept, so that frames agree with CVAT's)
            difference = difference > 0 ? 360 + Math.abs(difference) : 1;
        }
        return difference;
    }

    private static double floorMod(double value, double modulus) {
        double rest = value % modulus;
        return rest < 0 ? rest + modulus : rest;
    }

    // ---- polygons and polylines

    private static double[] outline(double[] leftFlat, double[] rightFlat, double offset, boolean closed) {
        double[][] left = pairs(leftFlat, closed);
        double[][] right = pairs(rightFlat, closed);
        if (left.length == 0 || right.length == 0) {
            return leftFlat.clone();
        }
        double[] leftPosition = positions(left);
        double[] rightPosition = positions(right);

        // each earlier vertex with the later vertex nearest in position, then each later vertex left over with
        // the earlier vertex nearest to it; every list in order of the later vertices
        List<List<Integer>> pairing = new ArrayList<>();
        boolean[] paired = new boolean[right.length];
        for (double position : leftPosition) {
            int nearest = nearest(position, rightPosition);
            List<Integer> partners = new ArrayList<>();
            partners.add(nearest);
            pairing.add(partners);
            paired[nearest] = true;
        }
        for (int j = 0; j < right.length; j++) {
            if (!paired[j]) {
                pairing.get(nearest(rightPosition[j], leftPosition)).add(j);
            }
        }
        pairing.forEach(partners -> partners.sort(null));

        List<double[]> moved = new ArrayList<>();
        int[] firstMoved = new int[left.length];
        for (int i = 0; i < left.length; i++) {
            firstMoved[i] = moved.size();
            for (int j : pairing.get(i)) {
                moved.add(new double[] {left[i][0] + (right[j][0] - left[i][0]) * offset,
                        left[i][1] + (right[j][1] - left[i][1]) * offset});
            }
        }

        List<double[]> kept = new ArrayList<>();
        Integer open = null;
        for (int i = 0; i < left.length; i++) {
            List<Integer> partners = pairing.get(i);
            if (partners.size() == 1) {
                if (open == null) {
                    open = i;
                } else if (partners.get(0).intValue() != pairing.get(open).get(0).intValue()) {
                    thinLeftRun(open, i - 1, left, moved, firstMoved, kept);
                    open = i;
                }
            } else {
                if (open != null) {
                    thinLeftRun(open, i - 1, left, moved, firstMoved, kept);
                    open = null;
                }
                int from = partners.get(0);
                int to = partners.get(partners.size() - 1);
                int first = firstMoved[i];
                int last = first + partners.size() - 1;
                kept.addAll(thin(length(right, from, to), to - from + 1, first, last, moved));
            }
        }
        if (open != null) {
            thinLeftRun(open, left.length - 1, left, moved, firstMoved, kept);
        }

        int count = closed ? Math.max(kept.size() - 1, 0) : kept.size();
        double[] flat = new double[count * 2];
        for (int i = 0; i < count; i++) {
            flat[2 * i] = kept.get(i)[0];
            flat[2 * i + 1] = kept.get(i)[1];
        }
        return flat;
    }

    /** A run of earlier vertices {@code from..to} that share one partner. */
    private static void thinLeftRun(int from, int to, double[][] left, List<double[]> moved, int[] firstMoved,
            List<double[]> kept) {
        int first = firstMoved[from];
        int last = firstMoved[to];
        if (first == last) {
            kept.add(moved.get(first));
            return;
        }
        kept.addAll(thin(length(left, from, to), to - from + 1, first, last, moved));
    }

    /**
     * Vertices {@code first..last} of {@code moved}, dropping each that lies closer than half the average spacing
     * ({@code length / (2 count)}) to the last one kept; the last vertex is always kept, and two vertices that
     * close become their midpoint.
     */
    private static List<double[]> thin(double length, int count, int first, int last, List<double[]> moved) {
        double threshold = length / (2.0 * count);
        List<double[]> kept = new ArrayList<>();
        kept.add(moved.get(first));
        int latest = first;
        for (int k = first + 1; k < last; k++) {
            if (distance(moved.get(latest), moved.get(k)) >= threshold) {
                kept.add(moved.get(k));
                latest = k;
            }
        }
        kept.add(moved.get(last));
        if (kept.size() == 2 && distance(moved.get(first), moved.get(last)) < threshold) {
            double[] a = kept.get(0);
            double[] b = kept.get(1);
            return List.of(new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2});
        }
        return kept;
    }

    private static double[][] pairs(double[] flat, boolean closed) {
        int count = flat.length / 2;
        if (count == 0) {
            return new double[0][];
        }
        double[][] points = new double[closed ? count + 1 : count][];
        for (int i = 0; i < count; i++) {
            points[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
        }
        if (closed) {
            points[count] = points[0];
        }
        return points;
    }

    /** Each vertex's distance along the outline from its start, as a share of the whole length. */
    private static double[] positions(double[][] points) {
        double total = length(points, 0, points.length - 1);
        double[] positions = new double[points.length];
        double walked = 0;
        for (int i = 1; i < points.length; i++) {
            walked += distance(points[i - 1], points[i]);
            positions[i] = total > 0 ? walked / total : 0;
        }
        return positions;
    }

    private static double length(double[][] points, int from, int to) {
        double length = 0;
        for (int i = from + 1; i <= to; i++) {
            length += distance(points[i - 1], points[i]);
        }
        return length;
    }

    /** The index of the value nearest to {@code value}; the first one on a tie. */
    private static int nearest(double value, double[] values) {
        int best = 0;
        double bestDistance = Math.abs(value - values[0]);
        for (int i = 1; i < values.length; i++) {
            double distance = Math.abs(value - values[i]);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return Math.sqrt(dx * dx + dy * dy);
    }
}
