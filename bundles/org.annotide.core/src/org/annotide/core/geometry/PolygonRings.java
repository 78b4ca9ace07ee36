package org.annotide.core.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.annotide.model.PolygonShape;

/**
 * The rings of a {@link PolygonShape} grouped by part: {@code parts().get(p).get(0)} is the outer boundary of
 * part p, the following rings its holes. Each ring is a flat {@code x0 y0 x1 y1 ...} array without a repeated
 * closing vertex requirement (a repeated first vertex is kept as given).
 * <p>
 * This is the one reading of a polygon's {@code ringEnds} and {@code partEnds} in Annotide (core, imaging and
 * the formats use it):
 * <ul>
 * <li>{@code ringEnds} are cumulative vertex counts; unset or empty means one ring of all vertices;</li>
 * <li>{@code partEnds} are cumulative ring counts; unset or empty means one part of all rings;</li>
 * <li>ends that decrease or point past the vertices (rings) are an error: {@link #of} throws an
 * {@link IllegalArgumentException} that names them, {@link #problem} says why without throwing;</li>
 * <li>vertices after the last ring end belong to no ring; a part without rings is dropped.</li>
 * </ul>
 *
 * @param parts the parts, each a non-empty list of rings (outer first); unmodifiable
 */
public record PolygonRings(List<List<double[]>> parts) {

    public PolygonRings {
        parts = Collections.unmodifiableList(parts);
    }

    /** The rings and parts of the polygon (copies of its points). */
    public static PolygonRings of(PolygonShape polygon) {
        String problem = problem(polygon);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        double[] points = points(polygon);
        int[] ringEnds = ringEnds(polygon, points.length / 2);
        int[] partEnds = partEnds(polygon, ringEnds.length);
        List<double[]> rings = new ArrayList<>(ringEnds.length);
        int start = 0;
        for (int ringEnd : ringEnds) {
            rings.add(Arrays.copyOfRange(points, start * 2, ringEnd * 2));
            start = ringEnd;
        }
        List<List<double[]>> parts = new ArrayList<>(partEnds.length);
        int firstRing = 0;
        for (int partEnd : partEnds) {
            if (partEnd > firstRing) {
                parts.add(Collections.unmodifiableList(rings.subList(firstRing, partEnd)));
            }
            firstRing = partEnd;
        }
        return new PolygonRings(parts);
    }

    /** Why the polygon's ends cannot be read (see the class comment), or null when they can. */
    public static String problem(PolygonShape polygon) {
        int vertices = points(polygon).length / 2;
        int[] ringEnds = ringEnds(polygon, vertices);
        int start = 0;
        for (int ringEnd : ringEnds) {
            if (ringEnd < start || ringEnd > vertices) {
                return "polygon ring ends " + Arrays.toString(ringEnds) + " do not fit its " + vertices + " vertices";
            }
            start = ringEnd;
        }
        int[] partEnds = partEnds(polygon, ringEnds.length);
        int firstRing = 0;
        for (int partEnd : partEnds) {
            if (partEnd < firstRing || partEnd > ringEnds.length) {
                return "polygon part ends " + Arrays.toString(partEnds) + " do not fit its " + ringEnds.length
                        + " rings";
            }
            firstRing = partEnd;
        }
        return null;
    }

    /** Every ring of every part, in order. */
    public List<double[]> rings() {
        List<double[]> rings = new ArrayList<>();
        for (List<double[]> part : parts) {
            rings.addAll(part);
        }
        return rings;
    }

    /** True when some part has a hole (more than one ring). */
    public boolean hasHoles() {
        for (List<double[]> part : parts) {
            if (part.size() > 1) {
                return true;
            }
        }
        return false;
    }

    private static double[] points(PolygonShape polygon) {
        return polygon.getPoints() == null ? new double[0] : polygon.getPoints();
    }

    private static int[] ringEnds(PolygonShape polygon, int vertices) {
        int[] ends = polygon.getRingEnds();
        return ends == null || ends.length == 0 ? new int[] { vertices } : ends;
    }

    private static int[] partEnds(PolygonShape polygon, int rings) {
        int[] ends = polygon.getPartEnds();
        return ends == null || ends.length == 0 ? new int[] { rings } : ends;
    }
}
