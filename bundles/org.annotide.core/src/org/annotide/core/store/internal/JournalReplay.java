package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

/** Applies the sealed records of a journal to the model loaded from the checkpoint it follows. */
final class JournalReplay {

    /** How far the journal was valid, and how many records were applied. */
    record Result(long validEnd, long records, boolean tornTail) {
    }

    private JournalReplay() {
    }

    /**
     * @param limbo the checkpoint's limbo on entry; on return, what the journal's changes left in limbo
     */
    static Result replay(FileChannel channel, long generation, EObject root, EPackage ePackage, Limbo limbo,
            List<String> warnings) throws IOException {
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(Journal.FILE_HEADER).order(ByteOrder.LITTLE_ENDIAN);
        if (size < Journal.FILE_HEADER || channel.read(header, 0) < Journal.FILE_HEADER
                || header.getLong(0) != Journal.MAGIC) {
            throw new IOException("not an Annotide journal");
        }
        if (header.getLong(8) != generation) {
            throw new IOException("journal belongs to generation " + header.getLong(8) + ", not " + generation);
        }
        long position = Journal.FILE_HEADER;
        long records = 0;
        ByteBuffer recordHeader = ByteBuffer.allocate(Journal.RECORD_HEADER).order(ByteOrder.LITTLE_ENDIAN);
        while (position + Journal.RECORD_HEADER <= size) {
            recordHeader.clear();
            channel.read(recordHeader, position);
            int length = recordHeader.getInt(0);
            int crc = recordHeader.getInt(4);
            long payloadStart = position + Journal.RECORD_HEADER;
            if (length <= 0 || payloadStart + length > size || !crcMatches(channel, payloadStart, length, crc)) {
                return new Result(position, records, true);
            }
            BinaryInput in = new BinaryInput(channel, payloadStart, payloadStart + length, 1 << 16);
            ModelDecoder decoder = new ModelDecoder(in, ePackage, root, limbo, warnings);
            while (!in.atEnd()) {
                apply(in, decoder, root, warnings);
            }
            position = payloadStart + length;
            records++;
        }
        return new Result(position, records, position < size);
    }

    private static boolean crcMatches(FileChannel channel, long start, int length, int expected) throws IOException {
        BinaryInput in = new BinaryInput(channel, start, start + length, 1 << 16);
        in.skip(length);
        return in.crc() == expected;
    }

    @SuppressWarnings("unchecked")
    private static void apply(BinaryInput in, ModelDecoder decoder, EObject root, List<String> warnings)
            throws IOException {
        int op = in.readByte();
        Limbo limbo = decoder.stash();
        if (op == JournalOp.LIMBO) {
            limbo.admit(decoder.readContained());
            decoder.resolveFixups();
            return;
        }
        ModelDecoder.Path ownerPath = decoder.readPath();
        EObject owner = ownerPath.resolve(root, limbo);
        String featureName = in.readSymbol();
        if (owner == null) {
            throw new IOException("journal changes a missing object " + ownerPath);
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(featureName);
        if (feature == null) {
            warnings.add("Skipped a change of '" + featureName + "' of a " + owner.eClass().getName()
                    + ": the model no longer has it");
            skip(in, decoder, op);
            return;
        }
        boolean containment = feature instanceof EReference reference && reference.isContainment();
        InternalEList<Object> list = feature.isMany()
                ? (InternalEList<Object>) ((InternalEObject) owner).eGet(feature, false, true)
                : null;
        switch (op) {
            case JournalOp.SET -> {
                int position = in.readVarInt() - 1;
                Object value = decoder.readResolvedElement(feature);
                Object old;
                if (list != null) {
                    old = list.setUnique(position, value);
                } else {
                    old = containment ? owner.eGet(feature, false) : null;
                    owner.eSet(feature, value);
                }
                if (containment && old != null) {
                    limbo.admit(old);
                }
            }
            case JournalOp.UNSET -> {
                if (list != null) {
                    if (containment) {
                        list.forEach(limbo::admit);
                    }
                    list.clear();
                } else {
                    Object old = containment ? owner.eGet(feature, false) : null;
                    owner.eUnset(feature);
                    if (old != null) {
                        limbo.admit(old);
                    }
                }
            }
            case JournalOp.ADD -> {
                int position = in.readVarInt();
                list.addUnique(position, decoder.readResolvedElement(feature));
            }
            case JournalOp.ADD_MANY -> {
                int position = in.readVarInt();
                int count = in.readCount(1);
                Object[] values = new Object[count];
                for (int i = 0; i < count; i++) {
                    values[i] = decoder.readResolvedElement(feature);
                }
                list.addAllUnique(position, Arrays.asList(values));
            }
            case JournalOp.REMOVE -> {
                Object old = list.remove(in.readVarInt());
                if (containment) {
                    limbo.admit(old);
                }
            }
            case JournalOp.REMOVE_MANY -> {
                if (in.readVarInt() == 0) {
                    int count = in.readVarInt();
                    if (count != list.size()) {
                        throw new IOException("journal clears " + count + " elements of " + featureName
                                + " but there are " + list.size());
                    }
                    if (containment) {
                        list.forEach(limbo::admit);
                    }
                    list.clear();
                } else {
                    int[] positions = in.readInts();
                    if (containment) {
                        for (int position : positions) {
                            limbo.admit(list.get(position));
                        }
                    }
                    for (int i = positions.length - 1; i >= 0; i--) {
                        list.remove(positions[i]);
                    }
                }
            }
            case JournalOp.MOVE -> {
                int from = in.readVarInt();
                int to = in.readVarInt();
                list.move(to, from);
            }
            default -> throw new IOException("unknown journal operation " + op);
        }
        decoder.resolveFixups();
    }

    /** Passes over an operation on a feature the model no longer has; its values describe themselves. */
    private static void skip(BinaryInput in, ModelDecoder decoder, int op) throws IOException {
        switch (op) {
            case JournalOp.SET, JournalOp.ADD -> {
                in.readVarInt();
                decoder.skipValue(in.readByte());
            }
            case JournalOp.UNSET -> {
                // nothing follows
            }
            case JournalOp.ADD_MANY -> {
                in.readVarInt();
                int count = in.readCount(1);
                for (int i = 0; i < count; i++) {
                    decoder.skipValue(in.readByte());
                }
            }
            case JournalOp.REMOVE -> in.readVarInt();
            case JournalOp.REMOVE_MANY -> {
                if (in.readVarInt() == 0) {
                    in.readVarInt();
                } else {
                    in.readInts();
                }
            }
            case JournalOp.MOVE -> {
                in.readVarInt();
                in.readVarInt();
            }
            default -> throw new IOException("unknown journal operation " + op);
        }
    }
}
