package org.annotide.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.ClassRules;

/**
 * Which selected annotations a relabel leaves alone, said in the status line: those whose shape kind the
 * class does not allow, and locked ones. Without it a class key on such a selection seemed to do nothing.
 */
public final class RelabelRules {

    private RelabelRules() {
    }

    /**
     * Why some of the annotations keep their class when given this one, e.g. "\"nucleus\" is for ellipse
     * only: 1 polygon and 2 boxes kept their class"; null when every one of them takes it.
     */
    public static String skipped(Collection<Annotation> annotations, LabelClass labelClass) {
        Map<ShapeKind, Long> disallowed = new EnumMap<>(ShapeKind.class);
        long locked = 0;
        for (Annotation annotation : annotations) {
            if (annotation.getShape() == null) {
                continue;
            }
            ShapeKind kind = annotation.getShape().getKind();
            if (!ClassRules.allows(labelClass, kind)) {
                disallowed.merge(kind, 1L, Long::sum);
            } else if (annotation.isLocked()) {
                locked++;
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!disallowed.isEmpty()) {
            List<String> counts = new ArrayList<>();
            disallowed.forEach((kind, count) -> counts.add(ClassRules.count(count, kind)));
            long total = disallowed.values().stream().mapToLong(Long::longValue).sum();
            reasons.add(ClassRules.onlyFor(labelClass) + ": " + joined(counts) + kept(total));
        }
        if (locked > 0) {
            reasons.add(locked + (locked == 1 ? " locked annotation" : " locked annotations") + kept(locked)
                    + " (Toggle Lock unlocks)");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private static String kept(long count) {
        return count == 1 ? " kept its class" : " kept their class";
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
