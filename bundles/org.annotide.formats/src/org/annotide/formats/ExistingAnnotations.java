package org.annotide.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;

/**
 * The annotations a project image already holds, as {@link ImportCommand} checks incoming ones against them:
 * an incoming annotation equal to one of them (same class, kind, flags, provenance, score, attributes and
 * geometry within {@link #TOLERANCE} pixels; ids, dates and group numbers do not count) is already in the
 * project, so importing the same file again adds nothing. Each existing annotation absorbs at most one incoming
 * one, so a file that really holds two equal boxes still adds its second box to a project holding one.
 */
final class ExistingAnnotations {

    /** Far below any annotation tool's precision, far above a decimal round trip's error. */
    static final double TOLERANCE = 1e-6;

    private final Map<String, List<Annotation>> byContent = new HashMap<>();

    ExistingAnnotations(ImageAsset image) {
        for (Annotation annotation : image.getAnnotations()) {
            byContent.computeIfAbsent(content(annotation), key -> new ArrayList<>()).add(annotation);
        }
    }

    /** True when an equal annotation not matched before is on the image; that one is then used up. */
    boolean absorbs(Annotation incoming) {
        List<Annotation> candidates = byContent.get(content(incoming));
        if (candidates == null) {
            return false;
        }
        for (Iterator<Annotation> iterator = candidates.iterator(); iterator.hasNext();) {
            if (ModelComparison.sameShape(iterator.next().getShape(), incoming.getShape(), TOLERANCE)) {
                iterator.remove();
                return true;
            }
        }
        return false;
    }

    /** Everything compared exactly; the class by name because incoming classes are not yet mapped. */
    private static String content(Annotation annotation) {
        return (annotation.getLabelClass() == null ? "" : annotation.getLabelClass().getName()) + '|'
                + (annotation.getShape() == null ? "" : annotation.getShape().getKind()) + '|' + annotation.isCrowd()
                + '|' + annotation.isOccluded() + '|' + annotation.getProvenance() + '|' + annotation.getScore() + '|'
                + annotation.getModelVersion() + '|' + new TreeMap<>(annotation.getAttributes().map());
    }
}
