package org.annotide.metrics.internal.similarity;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.Shape;
import org.locationtech.jts.geom.Geometry;

/**
 * Buffered overlap of two polylines: each line is widened into a band of half-width
 * {@link SimilarityContext#polylineTolerance()} pixels (round caps and joins) and the IoU of the two bands is
 * the similarity. Identical lines score 1; lines further apart than twice the tolerance score 0; a line that
 * runs alongside the other within the tolerance scores by how much of their length they share.
 */
public final class PolylineOverlap implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        double tolerance = context.polylineTolerance();
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("the polyline tolerance must be positive, not " + tolerance);
        }
        Geometry a = ShapeGeometry.toJts(reference).buffer(tolerance);
        Geometry b = ShapeGeometry.toJts(candidate).buffer(tolerance);
        return AreaIou.iou(a, b);
    }
}
