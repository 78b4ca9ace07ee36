package com.example.annotide.acme;

import org.annotide.metrics.ShapeSimilarity;
import org.annotide.metrics.SimilarityContext;
import org.annotide.model.BoxShape;
import org.annotide.model.Shape;

/**
 * The Dice coefficient of two axis-aligned boxes, 2 |A ∩ B| / (|A| + |B|): the overlap measure the ACME Lab scores
 * its annotators with. Above IoU for any partial overlap (Dice = 2 IoU / (1 + IoU)). Stateless and thread-safe.
 */
public final class BoxDiceSimilarity implements ShapeSimilarity {

    @Override
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        BoxShape a = (BoxShape) reference;
        BoxShape b = (BoxShape) candidate;
        double w = Math.min(a.getX() + a.getWidth(), b.getX() + b.getWidth()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getY() + a.getHeight(), b.getY() + b.getHeight()) - Math.max(a.getY(), b.getY());
        double areas = a.getWidth() * a.getHeight() + b.getWidth() * b.getHeight();
        if (areas <= 0) {
            return 0;
        }
        double intersection = w > 0 && h > 0 ? w * h : 0;
        return 2 * intersection / areas;
    }
}
