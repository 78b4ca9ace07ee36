package org.annotide.core.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annotide.model.PolygonShape;

/**
 * The rings of a {@link PolygonShape} grouped by part: {@code parts().get(p).get(0)} is the outer boundary of
 * part p, the following rings its holes. Each ring is a flat {@code x0 y0 x1 y1 ...} array without a repeated
 * closing vertex requirement (a repeated first vertex is kept as given).
 */
record PolygonRings(List<List<double[]>> parts) {

    static PolygonRings of(PolygonShape polygon) {
        double[] points = polygon.getPoints() == null ? new double[0] : polygon.getPoints();
        int vertices = points.length / 2;
        int[] ringEnds = polygon.getRingEnds() == null || polygon.getRingEnds().length == 0 ? new int[] { vertices }
                : polygon.getRingEnds();
        int[] partEnds = polygon.getPartEnds() == null || polygon.getPartEnds().length == 0
                ? new int[] { ringEnds.length }
                : polygon.getPartEnds();
        List<double[]> rings = new ArrayList<>(ringEnds.length);
        int start = 0;
        for (int ringEnd : ringEnds) {
            if (ringEnd < start || ringEnd > vertices) {
                throw new IllegalArgumentException("polygon ring ends " + Arrays.toString(ringEnds)
                        + " do not fit its " + vertices + " vertices");
            }
            rings.add(Arrays.copyOfRange(points, start * 2, ringEnd * 2));
            start = ringEnd;
        }
        List<List<double[]>> parts = new ArrayList<>(partEnds.length);
        int firstRing = 0;
        for (int partEnd : partEnds) {
            if (partEnd < firstRing || partEnd > rings.size()) {
                throw new IllegalArgumentException("polygon part ends " + Arrays.toString(partEnds)
                        + " do not fit its " + rings.size() + " rings");
            }
            if (partEnd > firstRing) {
                parts.add(rings.subList(firstRing, partEnd));
            }
            firstRing = partEnd;
        }
        return new PolygonRings(parts);
    }
}
