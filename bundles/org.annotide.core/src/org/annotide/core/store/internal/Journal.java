package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>File layout: magic, generation; then records of [int payload length][int CRC-32C][payload].
 */
public final class Journal implements ModelChangeListener, ModelEncoder.DetachedObjects, AutoCloseable {

    static final long MAGIC = 0x31_4C_4E_52_4A_44_54_41L; // "ATDJRNL1" little-endian
    static final int FILE_HEADER = 16;
    static final int RECORD_HEADER = 8;

    private final FileChannel channel;
    private final EObject root;
    /** Objects removed from a containment in the current record, so that re-adding one keeps identity. */
    private final Map<EObject, Integer> stash = new IdentityHashMap<>();
    /** Objects outside the project that changes of the current record referred to (undo re-links first). */
    private final Map<EObject, Integer> pending = new IdentityHashMap<>();
    /** One buffer for all records: allocating 64 KB per change would feed the garbage collector for nothing. */
    private final BinaryOutput out;
    private final ModelEncoder encoder;
    private long recordStart = -1;
    private int operations;
    private IOException failure;
    private long records;

    private Journal(FileChannel channel, EObject root, long end) throws IOException {
        this.channel = channel;
        this.root = root;
        this.out = new BinaryOutput(channel, 1 << 16);
        this.encoder = new ModelEncoder(out, root, false, this);
        channel.position(end);
    }

    /** Creates a new, empty journal for the given checkpoint generation. */
    static Journal create(StoreFiles files, Path path, long generation, EObject root) throws IOException {
        FileChannel channel = files.openForWrite(path, StandardOpenOption.CREATE_NEW);
        try {
            ByteBuffer header = ByteBuffer.allocate(FILE_HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.putLong(MAGIC).putLong(generation).flip();
            while (header.hasRemaining()) {
                channel.write(header);
            }
            channel.force(true);
            files.syncDirectory(path.getParent());
            return new Journal(channel, root, FILE_HEADER);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Continues an existing journal after its last valid record, cutting off a torn tail. */
    static Journal append(StoreFiles files, Path path, long validEnd, EObject root) throws IOException {
        FileChannel channel = files.openForWrite(path);
        try {
            if (channel.size() > validEnd) {
                channel.truncate(validEnd);
                channel.force(true);
            }
            return new Journal(channel, root, validEnd);
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
        ByteBuffer placeholder = ByteBuffer.allocate(RECORD_HEADER);
        while (placeholder.hasRemaining()) {
            channel.write(placeholder);
        }
        out.reset();
    }

    private void endRecord() {
        recordStart = -1;
        out.reset();
        stash.clear();
        pending.clear();
        operations = 0;
    }

    /** True when changes have been recorded that are not yet committed. */
    public boolean hasPendingChanges() {
        return operations > 0 || failure != null;
    }

    /** Records committed since this journal was opened. */
    public long records() {
        return records;
    }

    /** Bytes in the file, valid after a commit. */
    public long size() throws IOException {
        return channel.position();
    }

    /** Seals the current record and forces it to disk. Nothing to do when nothing changed. */
    public void commit() throws IOException {
        if (failure != null) {
            IOException cause = failure;
            abort();
            throw cause;
        }
        if (operations == 0) {
            return;
        }
        try {
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

    /** Forgets the current record: cuts what of it reached the file. */
    public void abort() {
        failure = null;
        if (recordStart >= 0) {
            try {
                channel.truncate(recordStart);
                channel.position(recordStart);
            } catch (IOException e) {
                // the unsealed record stays behind as a torn tail, which replay ignores
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
                || !ModelEncoder.isPersistent(feature)) {
            return;
        }
        try {
            record(owner, feature, notification);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private void record(EObject owner, EStructuralFeature feature, Notification n) throws IOException {
        startRecord();
        boolean containment = feature instanceof EReference reference && reference.isContainment();
        switch (n.getEventType()) {
            case Notification.SET -> {
                if (containment && n.getOldValue() instanceof EObject old) {
                    stash.put(old, stash.size());
                }
                writeHeader(JournalOp.SET, owner, feature);
                out.writeVarInt(feature.isMany() ? n.getPosition() + 1 : 0);
                writeValue(feature, n.getNewValue(), containment);
            }
            case Notification.UNSET -> {
                if (containment && n.getOldValue() instanceof EObject old) {
                    stash.put(old, stash.size());
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
                    stash.put((EObject) n.getOldValue(), stash.size());
                }
                writeHeader(JournalOp.REMOVE, owner, feature);
                out.writeVarInt(n.getPosition());
            }
            case Notification.REMOVE_MANY -> {
                List<?> removed = (List<?>) n.getOldValue();
                if (containment) {
                    removed.forEach(old -> stash.put((EObject) old, stash.size()));
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
            default -> {
                return;
            }
        }
        operations++;
    }

    /**
     * A reference to an object outside the project: into an object this record removed (kept by replay),
     * or to one a later change of this record will add (replay creates it now and fills it in then).
     */
    @Override
    public void writeDetachedReference(EObject target) throws IOException {
        EObject top = target;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        Integer slot = stash.get(top);
        if (slot != null) {
            out.writeByte(ValueTag.STASHED);
            out.writeVarInt(slot);
            encoder.writeSteps(top, ModelEncoder.steps(top, target));
            return;
        }
        Integer known = pending.get(target);
        int newSlot = known != null ? known : pending.size();
        pending.putIfAbsent(target, newSlot);
        out.writeByte(ValueTag.PENDING);
        out.writeSymbol(target.eClass().getName());
        out.writeVarInt(newSlot);
    }

    @Override
    public int pendingSlot(EObject object) {
        Integer slot = pending.get(object);
        return slot == null ? -1 : slot;
    }

    private void writeHeader(int op, EObject owner, EStructuralFeature feature) throws IOException {
        out.writeByte(op);
        encoder.writePath(owner);
        out.writeSymbol(feature.getName());
    }

    private void writeValue(EStructuralFeature feature, Object value, boolean containment) throws IOException {
        Integer slot = containment && value != null ? stash.get(value) : null;
        if (slot != null) {
            out.writeByte(ValueTag.ADOPT);
            out.writeVarInt(slot);
        } else {
            encoder.writeElement(feature, value);
        }
    }
}
