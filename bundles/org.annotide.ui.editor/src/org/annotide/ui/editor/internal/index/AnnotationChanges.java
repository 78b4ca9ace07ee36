package org.annotide.ui.editor.internal.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.annotide.model.Annotation;

/**
 * What one batch of model changes did to an image's annotations: the image regions whose drawing changed
 * (old and new bounds of every changed glyph), the annotations that left the image, and whether everything
 * or the image-level classes must be redrawn.
 */
public final class AnnotationChanges {

    private final List<double[]> regions = new ArrayList<>();
    private final Set<Annotation> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean everything;
    private boolean imageClasses;
    private boolean listChanged;

    void addRegion(Glyph glyph) {
        if (glyph != null) {
            regions.add(new double[] { glyph.minX(), glyph.minY(), glyph.maxX(), glyph.maxY() });
        }
    }

    void addRemoved(Annotation annotation) {
        removed.add(annotation);
        listChanged = true;
    }

    void markListChanged() {
        listChanged = true;
    }

    void markEverything() {
        everything = true;
    }

    void markImageClasses() {
        imageClasses = true;
    }

    boolean isEmpty() {
        return regions.isEmpty() && removed.isEmpty() && !everything && !imageClasses && !listChanged;
    }

    /** Image rectangles (minX, minY, maxX, maxY) to redraw. */
    public List<double[]> regions() {
        return regions;
    }

    public Set<Annotation> removed() {
        return removed;
    }

    public boolean everything() {
        return everything;
    }

    public boolean imageClasses() {
        return imageClasses;
    }

    /** Annotations were added to or removed from the image. */
    public boolean listChanged() {
        return listChanged;
    }
}
