package org.annotide.metrics.internal.similarity;

import java.util.List;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.MaskShape;
import org.annotide.model.Shape;

/**
 * Pixel-exact IoU of two masks, computed on runs in the smallest window holding both (never on the whole
 * image).
 */
public final class MaskIou implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        MaskShape a = (MaskShape) reference;
        MaskShape b = (MaskShape) candidate;
        int x0 = Math.min(a.getX(), b.getX());
        int y0 = Math.min(a.getY(), b.getY());
        int x1 = Math.max(a.getX() + a.getWidth(), b.getX() + b.getWidth());
        int y1 = Math.max(a.getY() + a.getHeight(), b.getY() + b.getHeight());
        int height = y1 - y0;
        int width = x1 - x0;
        if (height <= 0 || width <= 0) {
            return 0;
        }
        CocoRle ra = ShapeGeometry.toCocoRle(shifted(a, x0, y0), height, width);
        CocoRle rb = ShapeGeometry.toCocoRle(shifted(b, x0, y0), height, width);
        if (ra.area() == 0 || rb.area() == 0) {
            return 0;
        }
        long intersection = CocoRle.merge(List.of(ra, rb), true).area();
        return (double) intersection / (ra.area() + rb.area() - intersection);
    }

    private static MaskShape shifted(MaskShape mask, int dx, int dy) {
        MaskShape copy = AnnotideFactory.eINSTANCE.createMaskShape();
        copy.setX(mask.getX() - dx);
        copy.setY(mask.getY() - dy);
        copy.setWidth(mask.getWidth());
        copy.setHeight(mask.getHeight());
        copy.setCounts(mask.getCounts());
        return copy;
    }
}
