package org.annotide.ui.editor.internal.edit;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.ClassRules;
import org.annotide.ui.editor.internal.geometry.RingEdit;

/**
 * Which selections a hole can be cut into or a part added to: exactly one unlocked annotation whose shape
 * a polygon can stand for, of a class that allows polygons (the edit turns the shape into one).
 */
public final class RingEditRules {

    private RingEditRules() {
    }

    /** Why the edit cannot apply to the selection, for the status line; null when it can. */
    public static String refusal(List<Annotation> selection, RingEdit edit) {
        if (selection.size() != 1) {
            return "Select one polygon, box, rotated box or ellipse to " + edit.verb();
        }
        Annotation annotation = selection.get(0);
        ShapeKind kind = annotation.getShape() == null ? null : annotation.getShape().getKind();
        if (kind == null || !RingEdit.accepts(kind)) {
            return "Holes and parts are for polygons, boxes, rotated boxes and ellipses, not for "
                    + (kind == null ? "annotations without a shape" : ClassRules.name(kind) + " annotations");
        }
        if (annotation.isLocked()) {
            return "The selected annotation is locked: unlock it (Toggle Lock) to " + edit.verb() + " it";
        }
        if (!ClassRules.allows(annotation.getLabelClass(), ShapeKind.POLYGON)) {
            return "Cannot " + edit.verb() + " this " + ClassRules.name(kind) + ": it would become a polygon, and "
                    + ClassRules.onlyFor(annotation.getLabelClass());
        }
        return null;
    }
}
