package org.annotide.core.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes model objects in Annotide's binary form: an object is its class name and its set features as
 * (name, tagged value) pairs; contained objects nest; references are containment paths from the root.
 */
final class ModelEncoder {

    private final BinaryOutput out;
    private final EObject root;
    private final Map<EObject, List<int[]>> pathCache;

    /** How a journal writes references to objects that are, for the moment, outside the project. */
    interface DetachedObjects {
        /** Writes a tagged value standing for a reference to the detached target. */
        void writeDetachedReference(ModelEncoder encoder, EObject target) throws IOException;

        /** The slot under which a detached object was referenced before it was added, or -1. */
        int pendingSlot(EObject object);
    }

    private final DetachedObjects detached;
    /** Only while paths are not cached (journals): see {@link #steps(EObject, EObject, Map)}. */
    private final Map<EObject, Integer> indexHints;

    /**
     * @param cachePaths keep computed paths of referenced objects; only valid while the model does not
     *                   change, that is while writing a checkpoint
     * @param detached   how to write references to objects outside the project
     */
    ModelEncoder(BinaryOutput out, EObject root, boolean cachePaths, DetachedObjects detached) {
        this.out = out;
        this.root = root;
        this.pathCache = cachePaths ? new IdentityHashMap<>() : null;
        this.indexHints = cachePaths ? null : new IdentityHashMap<>();
        this.detached = detached;
    }

    static boolean isPersistent(EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
            return false;
        }
        return !(feature instanceof EReference reference && reference.isContainer());
    }

    void writeObject(EObject object) throws IOException {
        out.writeSymbol(object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (isPersistent(feature) && object.eIsSet(feature)) {
                out.writeSymbol(feature.getName());
                writeFeatureValue(feature, ((InternalEObject) object).eGet(feature, false, true));
            }
        }
        out.writeVarInt(BinaryOutput.END);
    }

    /** The whole value of a feature: a list for many-valued features. */
    void writeFeatureValue(EStructuralFeature feature, Object value) throws IOException {
        if (feature.isMany()) {
            List<?> list = (List<?>) value;
            out.writeByte(ValueTag.LIST);
            out.writeVarInt(list.size());
            for (Object element : list) {
                writeElement(feature, element);
            }
        } else {
            writeElement(feature, value);
        }
    }

    /** One value of a feature: a datum, a contained object or a reference. */
    void writeElement(EStructuralFeature feature, Object value) throws IOException {
        if (value == null) {
            out.writeByte(ValueTag.NULL);
        } else if (feature instanceof EAttribute attribute) {
            writeData(attribute.getEAttributeType(), value);
        } else if (((EReference) feature).isContainment()) {
            writeContained((EObject) value);
        } else {
            writeReference((EObject) value);
        }
    }

    /**
     * A reference: the target's containment path from the root. A target outside the project is handed
     * to the {@link DetachedObjects} policy: the journal's, or a checkpoint's limbo.
     */
    void writeReference(EObject target) throws IOException {
        List<int[]> steps = stepsFromRoot(target);
        if (steps != null) {
            out.writeByte(ValueTag.REFERENCE);
            writeSteps(root, steps);
        } else {
            detached.writeDetachedReference(this, target);
        }
    }

    /** A contained object: marked when earlier changes of the record referred to it before it was added. */
    void writeContained(EObject object) throws IOException {
        int slot = detached.pendingSlot(object);
        if (slot >= 0) {
            out.writeByte(ValueTag.PENDING_OBJECT);
            out.writeVarInt(slot);
        } else {
            out.writeByte(ValueTag.OBJECT);
        }
        writeObject(object);
    }

    /** The topmost container of an object outside the project: what was removed from it, as a whole. */
    static EObject top(EObject object) {
        EObject top = object;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        return top;
    }

    /** Writes a reference into a limbo object: its slot, then the path inside it. */
    void writeStashed(int slot, EObject top, EObject target) throws IOException {
        out.writeByte(ValueTag.STASHED);
        out.writeVarInt(slot);
        writeSteps(top, steps(top, target));
    }

    /** The path of an object that must be part of the project, e.g. the owner of a change. */
    void writePath(EObject target) throws IOException {
        List<int[]> steps = stepsFromRoot(target);
        if (steps == null) {
            throw new IllegalStateException("Cannot store a change of " + target + ": it is not part of the project");
        }
        writeSteps(root, steps);
    }

    private List<int[]> stepsFromRoot(EObject target) {
        List<int[]> steps = pathCache == null ? null : pathCache.get(target);
        if (steps == null) {
            steps = steps(root, target, indexHints);
            if (steps != null && pathCache != null) {
                pathCache.put(target, steps);
            }
        }
        return steps;
    }

    /** Containment steps from an ancestor down to the object (feature id, index or -1), or null if not below it. */
    static List<int[]> steps(EObject ancestor, EObject target) {
        return steps(ancestor, target, null);
    }

    /**
     * @param hints where objects were last found in their lists, checked before searching: an edit usually
     *              touches the same objects again, and a search through an image's million annotations
     *              would cost a millisecond per change
     */
    private static List<int[]> steps(EObject ancestor, EObject target, Map<EObject, Integer> hints) {
        List<int[]> steps = new ArrayList<>();
        EObject current = target;
        while (current != ancestor) {
            EObject container = current.eContainer();
            if (container == null) {
                return null;
            }
            EReference feature = current.eContainmentFeature();
            int index = -1;
            if (feature.isMany()) {
                List<?> list = (List<?>) ((InternalEObject) container).eGet(feature, false, true);
                Integer hint = hints == null ? null : hints.get(current);
                if (hint != null && hint < list.size() && list.get(hint) == current) {
                    index = hint;
                } else {
                    index = list.indexOf(current);
                    if (hints != null) {
                        if (hints.size() > 4096) {
                            hints.clear();
                        }
                        hints.put(current, index);
                    }
                }
            }
            steps.add(new int[] {container.eClass().getFeatureID(feature), index});
            current = container;
        }
        Collections.reverse(steps);
        return steps;
    }

    /** Writes steps as (feature name, index + 1) pairs, walking down from the ancestor to name features. */
    void writeSteps(EObject ancestor, List<int[]> steps) throws IOException {
        out.writeVarInt(steps.size());
        EObject current = ancestor;
        for (int[] step : steps) {
            EStructuralFeature feature = current.eClass().getEStructuralFeature(step[0]);
            out.writeSymbol(feature.getName());
            out.writeVarInt(step[1] + 1);
            Object value = ((InternalEObject) current).eGet(feature, false, true);
            current = (EObject) (step[1] < 0 ? value : ((List<?>) value).get(step[1]));
        }
    }

    void writeData(EDataType type, Object value) throws IOException {
        switch (value) {
            case Boolean b -> out.writeByte(b ? ValueTag.TRUE : ValueTag.FALSE);
            case Integer i -> {
                out.writeByte(ValueTag.INT);
                out.writeSignedVarLong(i);
            }
            case Long l -> {
                out.writeByte(ValueTag.LONG);
                out.writeSignedVarLong(l);
            }
            case Double d -> {
                out.writeByte(ValueTag.DOUBLE);
                out.writeDouble(d);
            }
            case Float f -> {
                out.writeByte(ValueTag.FLOAT);
                out.writeFloat(f);
            }
            case String s -> {
                out.writeByte(ValueTag.STRING);
                out.writeString(s);
            }
            case Date date -> {
                out.writeByte(ValueTag.DATE);
                out.writeSignedVarLong(date.getTime());
            }
            case Enumerator literal -> {
                out.writeByte(ValueTag.ENUM);
                out.writeSymbol(literal.getLiteral());
            }
            case double[] doubles -> {
                out.writeByte(ValueTag.DOUBLES);
                out.writeDoubles(doubles);
            }
            case int[] ints -> {
                out.writeByte(ValueTag.INTS);
                out.writeInts(ints);
            }
            default -> {
                out.writeByte(ValueTag.TEXT_FORM);
                out.writeString(EcoreUtil.convertToString(type, value));
            }
        }
    }
}
