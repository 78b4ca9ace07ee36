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
        void writeDetachedReference(EObject target) throws IOException;

        /** The slot under which a detached object was referenced before it was added, or -1. */
        int pendingSlot(EObject object);
    }

    private final DetachedObjects detached;

    /**
     * @param cachePaths keep computed paths of referenced objects; only valid while the model does not
     *                   change, that is while writing a checkpoint
     * @param detached   how to write references to objects outside the project; null to leave them out
     */
    ModelEncoder(BinaryOutput out, EObject root, boolean cachePaths, DetachedObjects detached) {
        this.out = out;
        this.root = root;
        this.pathCache = cachePaths ? new IdentityHashMap<>() : null;
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
            if (detached == null && feature instanceof EReference reference && !reference.isContainment()) {
                list = list.stream().filter(target -> isInProject((EObject) target)).toList();
            }
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
            int slot = detached == null ? -1 : detached.pendingSlot((EObject) value);
            if (slot >= 0) {
                out.writeByte(ValueTag.PENDING_OBJECT);
                out.writeVarInt(slot);
            } else {
                out.writeByte(ValueTag.OBJECT);
            }
            writeObject((EObject) value);
        } else {
            writeReference((EObject) value);
        }
    }

    /**
     * A reference: the target's containment path from the root. A target outside the project is handed
     * to the {@link DetachedObjects} policy, or, without one (checkpoints), written as null: an object
     * that is not in the project cannot be found again.
     */
    void writeReference(EObject target) throws IOException {
        List<int[]> steps = stepsFromRoot(target);
        if (steps != null) {
            out.writeByte(ValueTag.REFERENCE);
            writeSteps(root, steps);
        } else if (detached != null) {
            detached.writeDetachedReference(target);
        } else {
            out.writeByte(ValueTag.NULL);
        }
    }

    /** The path of an object that must be part of the project, e.g. the owner of a change. */
    void writePath(EObject target) throws IOException {
        List<int[]> steps = stepsFromRoot(target);
        if (steps == null) {
            throw new IllegalStateException("Cannot store a change of " + target + ": it is not part of the project");
        }
        writeSteps(root, steps);
    }

    boolean isInProject(EObject object) {
        return stepsFromRoot(object) != null;
    }

    private List<int[]> stepsFromRoot(EObject target) {
        List<int[]> steps = pathCache == null ? null : pathCache.get(target);
        if (steps == null) {
            steps = steps(root, target);
            if (steps != null && pathCache != null) {
                pathCache.put(target, steps);
            }
        }
        return steps;
    }

    /** Containment steps from an ancestor down to the object (feature id, index or -1), or null if not below it. */
    static List<int[]> steps(EObject ancestor, EObject target) {
        List<int[]> steps = new ArrayList<>();
        EObject current = target;
        while (current != ancestor) {
            EObject container = current.eContainer();
            if (container == null) {
                return null;
            }
            EReference feature = current.eContainmentFeature();
            int index = feature.isMany()
                    ? ((List<?>) ((InternalEObject) container).eGet(feature, false, true)).indexOf(current)
                    : -1;
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
