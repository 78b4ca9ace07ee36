package org.annotide.metrics.internal.similarity;

import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.BoxShape;
import org.annotide.model.Shape;

/** Exact IoU of two axis-aligned boxes (continuous coordinates, no rasterising). */
public final class BoxIou implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        BoxShape a = (BoxShape) reference;
        BoxShape b = (BoxShape) candidate;
        double w = Math.min(a.getX() + a.getWidth(), b.getX() + b.getWidth()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getY() + a.getHeight(), b.getY() + b.getHeight()) - Math.max(a.getY(), b.getY());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        double union = a.getWidth() * a.getHeight() + b.getWidth() * b.getHeight() - intersection;
        return union > 0 ? intersection / union : 0;
    }
}
