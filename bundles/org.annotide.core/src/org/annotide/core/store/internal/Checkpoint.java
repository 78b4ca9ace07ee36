package org.annotide.core.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.annotide.core.store.StoreFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * A whole-model snapshot in Annotide's binary form. Written to a temporary file, forced to disk and
 * renamed into place, so a checkpoint file is either complete or absent.
 *
 * <p>Layout: magic, format, generation, time; namespace URI; the object tree from the root; the limbo
 * (objects outside the project that the model still refers to, each introduced by a 1, ended by a 0); CRC-32C
 * of all that; end magic.
 */
final class Checkpoint {

    static final long MAGIC = 0x31_54_50_4B_43_44_54_41L; // "ATDCKPT1"
    static final long END_MAGIC = 0x44_4E_45_50_4B_43_44_41L;
    /** 2: with a limbo section. */
    static final int FORMAT = 2;
    private static final int BUFFER = 1 << 20;

    /** A checkpoint read back: the model and what it refers to outside itself. */
    record Content(EObject root, Limbo limbo) {
    }

    private Checkpoint() {
    }

    /** @return the limbo written, in slot order: the journal that follows starts from it */
    static Limbo write(StoreFiles files, Path target, long generation, EObject root) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Limbo limbo;
            try (FileChannel channel = files.openForWrite(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                BinaryOutput out = new BinaryOutput(channel, BUFFER);
                out.writeLong(MAGIC);
                out.writeInt(FORMAT);
                out.writeLong(generation);
                out.writeLong(System.currentTimeMillis());
                out.writeString(root.eClass().getEPackage().getNsURI());
                limbo = writeModel(out, root);
                out.flush();
                out.writeInt(out.crc());
                out.writeLong(END_MAGIC);
                out.flush();
                channel.force(true);
            }
            files.moveAtomically(temporary, target);
            files.syncDirectory(target.getParent());
            return limbo;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The tree, then the limbo its references lead to (which may lead to more limbo). */
    private static Limbo writeModel(BinaryOutput out, EObject root) throws IOException {
        Limbo limbo = new Limbo();
        ModelEncoder encoder = new ModelEncoder(out, root, true, new ModelEncoder.DetachedObjects() {
            @Override
            public void writeDetachedReference(ModelEncoder self, EObject target) throws IOException {
                EObject top = ModelEncoder.top(target);
                self.writeStashed(limbo.admit(top), top, target);
            }

            @Override
            public int pendingSlot(EObject object) {
                return -1;
            }
        });
        encoder.writeObject(root);
        for (int slot = 0; slot < limbo.size(); slot++) { // grows while limbo objects refer to more limbo
            out.writeByte(1);
            encoder.writeObject((EObject) limbo.get(slot));
        }
        out.writeByte(0);
        return limbo;
    }

    /**
     * The limbo a checkpoint of the model would hold, in the same order: for recovering from a damaged
     * checkpoint, whose following journal names limbo slots by that order.
     */
    static Limbo limboOf(EObject root) throws IOException {
        BinaryOutput sink = new BinaryOutput(Channels.newChannel(OutputStream.nullOutputStream()), BUFFER);
        return writeModel(sink, root);
    }

    static Content read(StoreFiles files, Path source, long generation, EPackage ePackage, List<String> warnings)
            throws IOException {
        try (FileChannel channel = files.openForRead(source)) {
            BinaryInput in = new BinaryInput(channel, 0, channel.size(), BUFFER);
            if (in.readLong() != MAGIC) {
                throw new IOException("not an Annotide checkpoint");
            }
            int format = in.readInt();
            if (format > FORMAT) {
                throw new IOException("written by a newer Annotide (format " + format + ")");
            }
            long storedGeneration = in.readLong();
            if (storedGeneration != generation) {
                throw new IOException("holds generation " + storedGeneration + ", not " + generation);
            }
            in.readLong();
            String nsUri = in.readString();
            if (!nsUri.equals(ePackage.getNsURI())) {
                throw new IOException("holds a model of " + nsUri);
            }
            Limbo limbo = new Limbo();
            ModelDecoder decoder = new ModelDecoder(in, ePackage, null, limbo, warnings);
            EObject root = decoder.readObject();
            if (format >= 2) {
                decoder.readLimbo();
            }
            decoder.resolveFixups();
            int crc = in.crc();
            if (in.readInt() != crc || in.readLong() != END_MAGIC || !in.atEnd()) {
                throw new IOException("damaged (checksum mismatch)");
            }
            return new Content(root, limbo);
        }
    }
}
