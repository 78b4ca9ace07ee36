package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * A whole-model snapshot in Annotide's binary form. Written to a temporary file, forced to disk and
 * renamed into place, so a checkpoint file is either complete or absent.
 *
 * <p>Layout: magic, format, generation, time; namespace URI; the object tree from the root; CRC-32C of
 * all that; end magic.
 */
final class Checkpoint {

    static final long MAGIC = 0x31_54_50_4B_43_44_54_41L; // "ATDCKPT1"
    static final long END_MAGIC = 0x44_4E_45_50_4B_43_44_41L;
    static final int FORMAT = 1;
    private static final int BUFFER = 1 << 20;

    private Checkpoint() {
    }

    static void write(StoreFiles files, Path target, long generation, EObject root) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel channel = files.openForWrite(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                BinaryOutput out = new BinaryOutput(channel, BUFFER);
                out.writeLong(MAGIC);
                out.writeInt(FORMAT);
                out.writeLong(generation);
                out.writeLong(System.currentTimeMillis());
                out.writeString(root.eClass().getEPackage().getNsURI());
                new ModelEncoder(out, root, true, null).writeObject(root);
                out.flush();
                out.writeInt(out.crc());
                out.writeLong(END_MAGIC);
                out.flush();
                channel.force(true);
            }
            files.moveAtomically(temporary, target);
            files.syncDirectory(target.getParent());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    static EObject read(StoreFiles files, Path source, long generation, EPackage ePackage, List<String> warnings)
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
            ModelDecoder decoder = new ModelDecoder(in, ePackage, null, warnings);
            EObject root = decoder.readObject();
            decoder.resolveFixups();
            int crc = in.crc();
            if (in.readInt() != crc || in.readLong() != END_MAGIC || !in.atEnd()) {
                throw new IOException("damaged (checksum mismatch)");
            }
            return root;
        }
    }
}
