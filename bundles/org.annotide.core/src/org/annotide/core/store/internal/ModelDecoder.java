package org.annotide.core.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads what {@link ModelEncoder} wrote. References are resolved as soon as their target exists; the
 * others wait in a list of fixups until {@link #resolveFixups()}. Features the model no longer has are
 * skipped and reported as warnings.
 */
final class ModelDecoder {

    /**
     * A containment path read from the stream, from the root or, with a stash slot, from an object in
     * limbo.
     */
    record Path(int stashSlot, String[] features, int[] indices) {
        EObject resolve(EObject root, Limbo stash) {
            EObject current = stashSlot < 0 ? root : (EObject) stash.get(stashSlot);
            for (int i = 0; i < features.length && current != null; i++) {
                EStructuralFeature feature = current.eClass().getEStructuralFeature(features[i]);
                if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                    return null;
                }
                Object value = ((InternalEObject) current).eGet(feature, false, true);
                if (indices[i] < 0) {
                    current = (EObject) value;
                } else {
                    List<?> list = (List<?>) value;
                    current = indices[i] < list.size() ? (EObject) list.get(indices[i]) : null;
                }
            }
            return current;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(stashSlot < 0 ? "" : "limbo[" + stashSlot + "]");
            for (int i = 0; i < features.length; i++) {
                text.append('/').append(features[i]);
                if (indices[i] >= 0) {
                    text.append('[').append(indices[i]).append(']');
                }
            }
            return text.length() == 0 ? "/" : text.toString();
        }
    }

    private record Fixup(EObject owner, EStructuralFeature feature, Object[] values) {
    }

    private final BinaryInput in;
    private final EPackage ePackage;
    private EObject root;
    private final List<Fixup> fixups = new ArrayList<>();
    private final List<String> warnings;
    private final Limbo stash;
    /** Objects a record referred to before adding them; per record, like the recorder's. */
    private final java.util.Map<Integer, EObject> pending = new java.util.HashMap<>();

    /**
     * @param root  the project's root, or null when the stream starts with it (checkpoints)
     * @param stash the limbo that STASHED and ADOPT values name; shared by the records of a journal
     */
    ModelDecoder(BinaryInput in, EPackage ePackage, EObject root, Limbo stash, List<String> warnings) {
        this.in = in;
        this.ePackage = ePackage;
        this.root = root;
        this.stash = stash;
        this.warnings = warnings;
    }

    Limbo stash() {
        return stash;
    }

    /** Reads a contained object written by {@link ModelEncoder#writeContained}. */
    EObject readContained() throws IOException {
        int tag = in.readByte();
        if (tag != ValueTag.OBJECT && tag != ValueTag.PENDING_OBJECT) {
            throw new IOException("expected an object at byte " + in.position());
        }
        return (EObject) readElement(null, tag);
    }

    /** Reads a checkpoint's limbo section (after the root): the objects outside the project it refers to. */
    void readLimbo() throws IOException {
        while (in.readByte() == 1) {
            stash.admit(readObject());
        }
    }

    EObject readObject() throws IOException {
        return readObject(null);
    }

    /** Reads an object; into the given instance when one was created earlier for a PENDING reference. */
    private EObject readObject(EObject into) throws IOException {
        String className = in.readSymbol();
        EClass eClass = modelClass(className);
        if (into != null && into.eClass() != eClass) {
            throw new IOException("a pending " + into.eClass().getName() + " turned out to be a " + className);
        }
        EObject object = into != null ? into : EcoreUtil.create(eClass);
        if (root == null) {
            root = object;
        }
        for (String name = in.readSymbol(); name != null; name = in.readSymbol()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature == null || !ModelEncoder.isPersistent(feature)) {
                warnings.add("Skipped '" + name + "' of a " + className + ": the model no longer has it");
                skipValue(in.readByte());
            } else {
                readFeatureValue(object, feature);
            }
        }
        return object;
    }

    private EClass modelClass(String className) throws IOException {
        EClassifier classifier = className == null ? null : ePackage.getEClassifier(className);
        if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
            throw new IOException("unknown model class '" + className + "' at byte " + in.position());
        }
        return eClass;
    }

    private EObject pendingObject(int slot, EClass eClass) {
        return pending.computeIfAbsent(slot, key -> EcoreUtil.create(eClass));
    }

    /** Reads the whole value of a feature (see {@link ModelEncoder#writeFeatureValue}) into the object. */
    @SuppressWarnings("unchecked")
    void readFeatureValue(EObject object, EStructuralFeature feature) throws IOException {
        int tag = in.readByte();
        if (!feature.isMany()) {
            Object value = readElement(feature, tag);
            if (value instanceof Path path) {
                EObject target = path.resolve(root, stash);
                if (target == null) {
                    fixups.add(new Fixup(object, feature, new Object[] {path}));
                    return;
                }
                value = target;
            }
            object.eSet(feature, value);
            return;
        }
        if (tag != ValueTag.LIST) {
            throw new IOException("expected a list for " + feature.getName() + " at byte " + in.position());
        }
        int count = in.readCount(1);
        Object[] values = new Object[count];
        boolean resolved = true;
        for (int i = 0; i < count; i++) {
            values[i] = readElement(feature, in.readByte());
            if (values[i] instanceof Path path) {
                EObject target = path.resolve(root, stash);
                if (target == null) {
                    resolved = false;
                } else {
                    values[i] = target;
                }
            }
        }
        if (resolved) {
            InternalEList<Object> list = (InternalEList<Object>) ((InternalEObject) object).eGet(feature, false, true);
            for (Object value : values) {
                list.addUnique(value);
            }
        } else {
            fixups.add(new Fixup(object, feature, values));
        }
    }

    /** Reads one tagged value; a reference comes back as an unresolved {@link Path}. */
    Object readElement(EStructuralFeature feature, int tag) throws IOException {
        return switch (tag) {
            case ValueTag.NULL -> null;
            case ValueTag.OBJECT -> readObject();
            case ValueTag.REFERENCE -> readPath();
            case ValueTag.PENDING -> {
                EClass eClass = modelClass(in.readSymbol());
                yield pendingObject(in.readVarInt(), eClass);
            }
            case ValueTag.PENDING_OBJECT -> {
                int slot = in.readVarInt();
                yield readObject(pending.get(slot));
            }
            case ValueTag.STASHED -> readPath(in.readVarInt());
            case ValueTag.ADOPT -> {
                int slot = in.readVarInt();
                if (!(stash.get(slot) instanceof EObject adopted)) {
                    throw new IOException("journal adopts unknown object " + slot);
                }
                yield adopted;
            }
            default -> readData(feature, tag);
        };
    }

    /** Reads one value and resolves it now; for journal operations, whose targets must exist. */
    Object readResolvedElement(EStructuralFeature feature) throws IOException {
        Object value = readElement(feature, in.readByte());
        if (value instanceof Path path) {
            EObject target = path.resolve(root, stash);
            if (target == null) {
                throw new IOException("reference to missing object " + path);
            }
            return target;
        }
        return value;
    }

    Path readPath() throws IOException {
        return readPath(-1);
    }

    private Path readPath(int stashSlot) throws IOException {
        int depth = in.readCount(2);
        String[] features = new String[depth];
        int[] indices = new int[depth];
        for (int i = 0; i < depth; i++) {
            features[i] = in.readSymbol();
            indices[i] = in.readVarInt() - 1;
        }
        return new Path(stashSlot, features, indices);
    }

    private Object readData(EStructuralFeature feature, int tag) throws IOException {
        EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
        Class<?> javaType = type == null ? null : type.getInstanceClass();
        return switch (tag) {
            case ValueTag.FALSE -> Boolean.FALSE;
            case ValueTag.TRUE -> Boolean.TRUE;
            case ValueTag.INT -> narrow(in.readSignedVarLong(), javaType);
            case ValueTag.LONG -> in.readSignedVarLong();
            case ValueTag.DOUBLE -> in.readDouble();
            case ValueTag.FLOAT -> in.readFloat();
            case ValueTag.STRING -> in.readString();
            case ValueTag.DATE -> new Date(in.readSignedVarLong());
            case ValueTag.ENUM -> EcoreUtil.createFromString(type, in.readSymbol());
            case ValueTag.DOUBLES -> in.readDoubles();
            case ValueTag.INTS -> in.readInts();
            case ValueTag.TEXT_FORM -> EcoreUtil.createFromString(type, in.readString());
            default -> throw new IOException("unknown value tag " + tag + " at byte " + in.position());
        };
    }

    private static Object narrow(long value, Class<?> javaType) {
        if (javaType == short.class || javaType == Short.class) {
            return (short) value;
        }
        if (javaType == byte.class || javaType == Byte.class) {
            return (byte) value;
        }
        if (javaType == char.class || javaType == Character.class) {
            return (char) value;
        }
        return (int) value;
    }

    void skipValue(int tag) throws IOException {
        switch (tag) {
            case ValueTag.NULL, ValueTag.FALSE, ValueTag.TRUE -> {
            }
            case ValueTag.INT, ValueTag.LONG, ValueTag.DATE, ValueTag.ADOPT -> in.readVarLong();
            case ValueTag.PENDING -> {
                in.readSymbol();
                in.readVarLong();
            }
            case ValueTag.STASHED -> {
                in.readVarLong();
                readPath();
            }
            case ValueTag.DOUBLE -> in.readDouble();
            case ValueTag.FLOAT -> in.readFloat();
            case ValueTag.STRING, ValueTag.TEXT_FORM -> in.readString();
            case ValueTag.ENUM -> in.readSymbol();
            case ValueTag.DOUBLES -> in.readDoubles();
            case ValueTag.INTS -> in.readInts();
            case ValueTag.REFERENCE -> readPath();
            case ValueTag.OBJECT, ValueTag.PENDING_OBJECT -> {
                if (tag == ValueTag.PENDING_OBJECT) {
                    in.readVarLong();
                }
                in.readSymbol();
                for (String name = in.readSymbol(); name != null; name = in.readSymbol()) {
                    skipValue(in.readByte());
                }
            }
            case ValueTag.LIST -> {
                int count = in.readCount(1);
                for (int i = 0; i < count; i++) {
                    skipValue(in.readByte());
                }
            }
            default -> throw new IOException("unknown value tag " + tag + " at byte " + in.position());
        }
    }

    /** Resolves the references that pointed forward; those that still do not resolve are reported. */
    @SuppressWarnings("unchecked")
    void resolveFixups() {
        for (Fixup fixup : fixups) {
            List<Object> targets = new ArrayList<>(fixup.values().length);
            for (Object value : fixup.values()) {
                Object target = value instanceof Path path ? path.resolve(root, stash) : value;
                if (target == null) {
                    warnings.add("Dropped a reference of " + fixup.owner().eClass().getName() + "."
                            + fixup.feature().getName() + " to a missing object " + value);
                } else {
                    targets.add(target);
                }
            }
            if (fixup.feature().isMany()) {
                InternalEList<Object> list = (InternalEList<Object>) ((InternalEObject) fixup.owner())
                        .eGet(fixup.feature(), false, true);
                targets.forEach(list::addUnique);
            } else if (!targets.isEmpty()) {
                fixup.owner().eSet(fixup.feature(), targets.get(0));
            }
        }
        fixups.clear();
    }
}
