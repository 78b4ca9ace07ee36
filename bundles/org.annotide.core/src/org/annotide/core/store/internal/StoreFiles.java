package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The few file operations the store needs, in one place so tests can make them fail as a full disk
 * does.
 */
public class StoreFiles {

    public FileChannel openForWrite(Path path, OpenOption... options) throws IOException {
        List<OpenOption> all = new ArrayList<>(List.of(options));
        all.add(StandardOpenOption.WRITE);
        all.add(StandardOpenOption.READ);
        return FileChannel.open(path, all.toArray(OpenOption[]::new));
    }

    public FileChannel openForRead(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    /** Renames atomically, replacing the target. */
    public void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes a rename or a new file in the directory durable (fsync of the directory). */
    public void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
