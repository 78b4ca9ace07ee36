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

    /**
     * @param cachePaths keep computed paths of referenced objects; only valid while the model does not
     *                   change, that is while writing a checkpoint
     */
    ModelEncoder(BinaryOutput out, EObject root, boolean cachePaths) {
        this.out = out;
        this.root = root;
        this.pathCache = cachePaths ? new IdentityHashMap<>() : null;
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
            out.writeByte(ValueTag.OBJECT);
            writeObject((EObject) value);
        } else {
            writeReference((EObject) value);
        }
    }

    void writeReference(EObject target) throws IOException {
        out.writeByte(ValueTag.REFERENCE);
        writePath(target);
    }

    /** Path from the root: a step is a containment feature and an index (-1 for single-valued features). */
    void writePath(EObject target) throws IOException {
        List<int[]> steps = pathCache == null ? null : pathCache.get(target);
        if (steps == null) {
            steps = new ArrayList<>();
            EObject current = target;
            while (current != root) {
                EObject container = current.eContainer();
                if (container == null) {
                    throw new IllegalStateException("Cannot store a reference to " + target
                            + ": it is not part of the project");
                }
                EReference feature = current.eContainmentFeature();
                int index = feature.isMany()
                        ? ((List<?>) ((InternalEObject) container).eGet(feature, false, true)).indexOf(current)
                        : -1;
                steps.add(new int[] {container.eClass().getFeatureID(feature), index});
                current = container;
            }
            Collections.reverse(steps);
            if (pathCache != null) {
                pathCache.put(target, steps);
            }
        }
        out.writeVarInt(steps.size());
        EObject current = root;
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
