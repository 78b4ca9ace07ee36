package org.annotide.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.model.PolygonShape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** {@link ShapeGeometry#fromJts}: JTS polygons back into the model's flat rings and parts. */
class ShapeGeometryFromJtsTest {

    private static final GeometryFactory JTS = ShapeGeometry.factory();

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(JTS).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aSimplePolygonIsOneRingWithoutItsClosingVertex() {
        PolygonShape shape = ShapeGeometry.fromJts(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 }, shape.getPoints());
        assertNull(shape.getRingEnds(), "one ring: ringEnds unset, as the drawing tools leave it");
        assertNull(shape.getPartEnds());
    }

    @Test
    void holesFollowTheirShell() {
        PolygonShape shape = ShapeGeometry.fromJts(wkt(
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2), (6 6, 8 6, 8 8, 6 8, 6 6))"));
        assertArrayEquals(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 2, 4, 4, 6, 6, 8, 6, 8, 8, 6, 8 },
                shape.getPoints());
        assertArrayEquals(new int[] { 4, 7, 11 }, shape.getRingEnds());
        assertNull(shape.getPartEnds(), "one part");
    }

    @Test
    void aMultiPolygonBecomesParts() {
        PolygonShape shape = ShapeGeometry.fromJts(wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), "
                + "(2 2, 4 2, 4 4, 2 2)), ((20 0, 30 0, 25 5, 20 0)))"));
        assertArrayEquals(new int[] { 4, 7, 10 }, shape.getRingEnds());
        assertArrayEquals(new int[] { 2, 3 }, shape.getPartEnds(), "the first part has a hole, the second none");
        assertEquals(20, shape.getPoints()[14]);
    }

    @Test
    void theRoundTripKeepsTheArea() {
        Geometry original = wkt("MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 80 20, 80 80, 20 80, 20 20)), "
                + "((200 0, 260 0, 260 60, 200 60, 200 0)))");
        PolygonShape shape = ShapeGeometry.fromJts(original);
        assertEquals(original.getArea(), ShapeGeometry.area(shape), 1e-9);
        assertTrue(ShapeGeometry.toJts(shape).equalsTopo(original));
    }

    @Test
    void aDifferenceThatLeavesNothingIsNull() {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry larger = wkt("POLYGON ((-1 -1, 11 -1, 11 11, -1 11, -1 -1))");
        assertNull(ShapeGeometry.fromJts(square.difference(larger)));
        assertNull(ShapeGeometry.fromJts(JTS.createPolygon()));
        assertNull(ShapeGeometry.fromJts(wkt("LINESTRING (0 0, 5 5)")), "a line has no area");
    }

    @Test
    void aCollectionKeepsOnlyItsPolygons() {
        PolygonShape shape = ShapeGeometry.fromJts(wkt(
                "GEOMETRYCOLLECTION (LINESTRING (0 0, 5 5), POLYGON ((0 0, 4 0, 4 4, 0 0)), POINT (9 9))"));
        assertArrayEquals(new double[] { 0, 0, 4, 0, 4, 4 }, shape.getPoints());
        assertNull(shape.getRingEnds());
    }
}
