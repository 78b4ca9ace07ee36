package org.annotide.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

import org.annotide.core.store.internal.SystemStoreFiles;

/**
 * The few file operations the project store needs, in one place so that a caller (a test, a crash
 * harness) can hand {@link ProjectStore#create(Path, org.annotide.model.Project, StoreFiles)} a disk that
 * fails as a full or broken one does. Everyone else uses {@link #system()}, which is what the overloads
 * without this parameter use.
 */
public interface StoreFiles {

    /** The real file system. */
    static StoreFiles system() {
        return SystemStoreFiles.INSTANCE;
    }

    /** Opens a file for reading and writing (WRITE and READ are added to the options). */
    FileChannel openForWrite(Path path, OpenOption... options) throws IOException;

    FileChannel openForRead(Path path) throws IOException;

    /** Renames atomically, replacing the target. */
    void moveAtomically(Path from, Path to) throws IOException;

    /** Makes a rename or a new file in the directory durable (fsync of the directory). */
    void syncDirectory(Path directory) throws IOException;
}
