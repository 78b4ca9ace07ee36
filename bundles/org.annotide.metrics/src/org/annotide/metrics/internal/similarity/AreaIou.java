package org.annotide.metrics.internal.similarity;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.Shape;
import org.locationtech.jts.geom.Geometry;

/**
 * IoU of any two area shapes (box, rotated box, polygon with holes, ellipse, mask) computed on their JTS
 * geometries: ellipses as polygons within {@link ShapeGeometry#ELLIPSE_TOLERANCE}, masks as their pixel squares.
 */
public final class AreaIou implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        Geometry a = ShapeGeometry.toJts(reference);
        Geometry b = ShapeGeometry.toJts(candidate);
        return iou(a, b);
    }

    static double iou(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return 0;
        }
        double intersection = a.intersection(b).getArea();
        double union = a.getArea() + b.getArea() - intersection;
        return union > 0 ? intersection / union : 0;
    }
}
