package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.StoreFiles;
import org.annotide.model.util.ModelChangeListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The append-only log of changes since the last checkpoint. Model notifications are encoded as they
 * happen into the current record, which is streamed to the file; {@link #commit()} seals the record
 * (length and CRC in its header) and forces it to disk. A record is only valid once sealed, so a crash
 * part-way leaves a torn tail that replay ignores and truncates.
 *
 * <p>Objects that leave the project go to a {@link Limbo} that lasts as long as the journal, so that
 * re-adding one (a move, an undo) and references to one keep its identity on replay. Changes made to an
 * object while it is outside the project are not seen (its resource is gone); EMF commands never make
 * them, since a command stack only undoes or redoes a change while its objects are back in place.
 *
 * <p>File layout: magic, generation; then records of [int payload length][int CRC-32C][payload].
 */
public final class Journal implements ModelChangeListener, ModelEncoder.DetachedObjects, AutoCloseable {

    static final long MAGIC = 0x31_4C_4E_52_4A_44_54_41L; // "ATDJRNL1" little-endian
    static final int FILE_HEADER = 16;
    static final int RECORD_HEADER = 8;

    private final FileChannel channel;
    private final Limbo limbo;
    /** Objects outside the project that changes of the current record referred to before adding them. */
    private final Map<EObject, Integer> pending = new IdentityHashMap<>();
    /** Pending slots whose object the record has written in full (as it was added). */
    private final Set<Integer> filled = new HashSet<>();
    /** One buffer for all records: allocating 64 KB per change would feed the garbage collector for nothing. */
    private final BinaryOutput out;
    private final ModelEncoder encoder;
    private long recordStart = -1;
    /** The limbo's size when the current record started: an aborted record takes its admissions back. */
    private int limboMark;
    private int operations;
    private IOException failure;
    private boolean broken;
    private long records;

    private Journal(FileChannel channel, EObject root, Limbo limbo, long end) throws IOException {
        this.channel = channel;
        this.limbo = limbo;
        this.out = new BinaryOutput(channel, 1 << 16);
        this.encoder = new ModelEncoder(out, root, false, this);
        channel.position(end);
    }

    /**
     * Creates a new, empty journal for the given checkpoint generation.
     *
     * @param limbo what the checkpoint kept outside the project, in its slot order
     */
    static Journal create(StoreFiles files, Path path, long generation, EObject root, Limbo limbo) throws IOException {
        FileChannel channel = files.openForWrite(path, StandardOpenOption.CREATE_NEW);
        try {
            ByteBuffer header = ByteBuffer.allocate(FILE_HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.putLong(MAGIC).putLong(generation).flip();
            while (header.hasRemaining()) {
                channel.write(header);
            }
            channel.force(true);
            files.syncDirectory(path.getParent());
            return new Journal(channel, root, limbo, FILE_HEADER);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Continues an existing journal after its last valid record, cutting off a torn tail.
     *
     * @param limbo the limbo as the replay of this journal left it
     */
    static Journal append(StoreFiles files, Path path, long validEnd, EObject root, Limbo limbo) throws IOException {
        FileChannel channel = files.openForWrite(path);
        try {
            if (channel.size() > validEnd) {
                channel.truncate(validEnd);
                channel.force(true);
            }
            return new Journal(channel, root, limbo, validEnd);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Starts a record on its first operation: a header to be filled in by commit, then the payload. */
    private void startRecord() throws IOException {
        if (recordStart >= 0) {
            return;
        }
        recordStart = channel.position();
        limboMark = limbo.size();
        ByteBuffer placeholder = ByteBuffer.allocate(RECORD_HEADER);
        while (placeholder.hasRemaining()) {
            channel.write(placeholder);
        }
        out.reset();
    }

    private void endRecord() {
        recordStart = -1;
        out.reset();
        pending.clear();
        filled.clear();
        operations = 0;
    }

    /** Records committed since this journal was opened. */
    public long records() {
        return records;
    }

    /** Bytes in the file, valid after a commit. */
    public long size() throws IOException {
        return channel.position();
    }

    /** How many objects outside the project this journal's limbo holds (each stays on the heap until a checkpoint). */
    int limboSize() {
        return limbo.size();
    }

    /**
     * True when a failed record could not be cut off the file: a later record would follow a torn one and
     * be lost on replay, so nothing more may be written here.
     */
    public boolean isBroken() {
        return broken;
    }

    /** Seals the current record and forces it to disk. Nothing to do when nothing changed. */
    public void commit() throws IOException {
        if (broken) {
            throw new IOException("the journal could not be repaired after an earlier failure");
        }
        if (failure != null) {
            IOException cause = failure;
            abort();
            throw cause;
        }
        if (operations == 0) {
            return;
        }
        try {
            writeUnfilledPending();
            out.flush();
            long payload = out.size();
            if (payload > Integer.MAX_VALUE) {
                throw new IOException("A single change of " + payload + " bytes is too large for the journal");
            }
            ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt((int) payload).putInt(out.crc()).flip();
            while (header.hasRemaining()) {
                channel.write(header, recordStart + header.position());
            }
            channel.force(false);
            records++;
        } catch (IOException e) {
            abort();
            throw e;
        }
        endRecord();
    }

    /**
     * Objects the record referred to before they were added and that were never added: the model refers to
     * them though they are outside it. Their topmost containers go to limbo in full, so replay knows them.
     * Writing one can refer to further such objects, so this goes on until every one is written, as the
     * checkpoint's limbo section does.
     */
    private void writeUnfilledPending() throws IOException {
        boolean wrote = true;
        while (wrote) {
            wrote = false;
            for (Map.Entry<EObject, Integer> entry : new ArrayList<>(pending.entrySet())) {
                EObject top = ModelEncoder.top(entry.getKey());
                if (filled.contains(entry.getValue()) || limbo.slotOf(top) >= 0) {
                    continue;
                }
                out.writeByte(JournalOp.LIMBO);
                encoder.writeContained(top);
                limbo.admit(top);
                wrote = true;
            }
        }
    }

    /** Forgets the current record: cuts what of it reached the file, and its slots in limbo. */
    public void abort() {
        failure = null;
        if (recordStart >= 0) {
            limbo.truncate(limboMark);
            try {
                channel.truncate(recordStart);
                channel.position(recordStart);
            } catch (IOException e) {
                // Appending behind an unsealed record would hide every later record from replay.
                broken = true;
            }
        }
        endRecord();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    // ------------------------------------------------------------------ recording notifications

    @Override
    public void modelChanged(Notification notification) {
        if (failure != null || notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
                || !(notification.getFeature() instanceof EStructuralFeature feature)
                || !ModelEncoder.isPersistent(feature) || !isJournaled(notification.getEventType())) {
            return;
        }
        try {
            startRecord();
            record(owner, feature, notification);
            operations++;
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static boolean isJournaled(int eventType) {
        return switch (eventType) {
            case Notification.SET, Notification.UNSET, Notification.ADD, Notification.ADD_MANY, Notification.REMOVE,
                    Notification.REMOVE_MANY, Notification.MOVE -> true;
            default -> false;
        };
    }

    private void record(EObject owner, EStructuralFeature feature, Notification n) throws IOException {
        boolean containment = feature instanceof EReference reference && reference.isContainment();
        switch (n.getEventType()) {
            case Notification.SET -> {
                if (containment && n.getOldValue() instanceof EObject old) {
                    limbo.admit(old);
                }
                writeHeader(JournalOp.SET, owner, feature);
                out.writeVarInt(feature.isMany() ? n.getPosition() + 1 : 0);
                writeValue(feature, n.getNewValue(), containment);
            }
            case Notification.UNSET -> {
                if (containment && n.getOldValue() instanceof EObject old) {
                    limbo.admit(old);
                }
                writeHeader(JournalOp.UNSET, owner, feature);
            }
            case Notification.ADD -> {
                writeHeader(JournalOp.ADD, owner, feature);
                out.writeVarInt(n.getPosition());
                writeValue(feature, n.getNewValue(), containment);
            }
            case Notification.ADD_MANY -> {
                List<?> values = (List<?>) n.getNewValue();
                writeHeader(JournalOp.ADD_MANY, owner, feature);
                out.writeVarInt(n.getPosition());
                out.writeVarInt(values.size());
                for (Object value : values) {
                    writeValue(feature, value, containment);
                }
            }
            case Notification.REMOVE -> {
                if (containment) {
                    limbo.admit(n.getOldValue());
                }
                writeHeader(JournalOp.REMOVE, owner, feature);
                out.writeVarInt(n.getPosition());
            }
            case Notification.REMOVE_MANY -> {
                List<?> removed = (List<?>) n.getOldValue();
                if (containment) {
                    removed.forEach(limbo::admit);
                }
                int[] positions = (int[]) n.getNewValue();
                writeHeader(JournalOp.REMOVE_MANY, owner, feature);
                if (positions == null) {
                    out.writeVarInt(0);
                    out.writeVarInt(removed.size());
                } else {
                    out.writeVarInt(1);
                    out.writeInts(positions);
                }
            }
            case Notification.MOVE -> {
                writeHeader(JournalOp.MOVE, owner, feature);
                out.writeVarInt((Integer) n.getOldValue());
                out.writeVarInt(n.getPosition());
            }
            default -> throw new IllegalStateException("not a journaled change: " + n.getEventType());
        }
    }

    private void writeHeader(int op, EObject owner, EStructuralFeature feature) throws IOException {
        out.writeByte(op);
        encoder.writePath(owner);
        out.writeSymbol(feature.getName());
    }

    private void writeValue(EStructuralFeature feature, Object value, boolean containment) throws IOException {
        int slot = containment && value != null ? limbo.slotOf(value) : -1;
        if (slot >= 0) {
            out.writeByte(ValueTag.ADOPT);
            out.writeVarInt(slot);
        } else {
            encoder.writeElement(feature, value);
        }
    }

    /**
     * A reference to an object outside the project: into an object in limbo (replay keeps those), or to one
     * a later change of this record adds (replay creates it now and fills it in then).
     */
    @Override
    public void writeDetachedReference(ModelEncoder encoder, EObject target) throws IOException {
        EObject top = ModelEncoder.top(target);
        int slot = limbo.slotOf(top);
        if (slot >= 0) {
            encoder.writeStashed(slot, top, target);
            return;
        }
        Integer known = pending.get(target);
        int pendingSlot = known != null ? known : pending.size();
        pending.putIfAbsent(target, pendingSlot);
        out.writeByte(ValueTag.PENDING);
        out.writeSymbol(target.eClass().getName());
        out.writeVarInt(pendingSlot);
    }

    @Override
    public int pendingSlot(EObject object) {
        Integer slot = pending.get(object);
        if (slot == null) {
            return -1;
        }
        filled.add(slot);
        return slot;
    }
}
