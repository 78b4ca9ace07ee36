package org.annotide.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.annotide.model.Annotation;

/**
 * The selected annotations of one editor, in the order they were selected, and the active vertex (the
 * handle last clicked) when exactly one annotation is selected.
 */
public final class AnnotationSelection {

    private final Set<Annotation> items = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int activeVertex = -1;

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public List<Annotation> items() {
        return new ArrayList<>(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public boolean contains(Annotation annotation) {
        return items.contains(annotation);
    }

    /** The only selected annotation, or null. */
    public Annotation single() {
        return items.size() == 1 ? items.iterator().next() : null;
    }

    public int activeVertex() {
        return items.size() == 1 ? activeVertex : -1;
    }

    public void setActiveVertex(int vertex) {
        if (activeVertex != vertex) {
            activeVertex = vertex;
            fire();
        }
    }

    public void set(Collection<Annotation> annotations) {
        if (items.size() == annotations.size() && items.containsAll(annotations)) {
            return;
        }
        items.clear();
        items.addAll(annotations);
        activeVertex = -1;
        fire();
    }

    public void add(Collection<Annotation> annotations) {
        if (items.addAll(annotations)) {
            activeVertex = -1;
            fire();
        }
    }

    public void toggle(Annotation annotation) {
        if (!items.remove(annotation)) {
            items.add(annotation);
        }
        activeVertex = -1;
        fire();
    }

    public void clear() {
        if (!items.isEmpty() || activeVertex != -1) {
            items.clear();
            activeVertex = -1;
            fire();
        }
    }

    /** Drops annotations that no longer qualify, e.g. deleted or hidden ones. */
    public void retain(Predicate<Annotation> keep) {
        if (items.removeIf(keep.negate())) {
            activeVertex = -1;
            fire();
        }
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
