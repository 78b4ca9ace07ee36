package org.annotide.core.store.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects that are, for the moment, outside the project but may come back or are still referred to: what
 * a change removed (undo re-adds it, a move adds it elsewhere) and what the model still refers to after
 * it was removed. Each gets a slot number, in order of arrival, that the journal and the checkpoint use to
 * name it; the recorder and the replay build the same list, so slot numbers agree. The list lives as long
 * as a journal: a checkpoint starts a new one holding only what the model still refers to.
 */
final class Limbo {

    private final List<Object> objects = new ArrayList<>();
    private final Map<Object, Integer> slots = new IdentityHashMap<>();

    Limbo() {
    }

    /** Gives the object a slot unless it has one; returns its slot. */
    int admit(Object object) {
        Integer slot = slots.get(object);
        if (slot != null) {
            return slot;
        }
        slots.put(object, objects.size());
        objects.add(object);
        return objects.size() - 1;
    }

    /** The object's slot, or -1. */
    int slotOf(Object object) {
        Integer slot = slots.get(object);
        return slot == null ? -1 : slot;
    }

    Object get(int slot) {
        return slot >= 0 && slot < objects.size() ? objects.get(slot) : null;
    }

    int size() {
        return objects.size();
    }

    /**
     * Forgets the objects admitted after the first {@code size}: those of a record that never reached the
     * file, whose slots replay will not see.
     */
    void truncate(int size) {
        while (objects.size() > size) {
            slots.remove(objects.remove(objects.size() - 1));
        }
    }
}
