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

import org.annotide.core.store.StoreFiles;

/** The store's file operations on the real file system (see {@link StoreFiles#system()}). */
public final class SystemStoreFiles implements StoreFiles {

    public static final SystemStoreFiles INSTANCE = new SystemStoreFiles();

    private SystemStoreFiles() {
    }

    @Override
    public FileChannel openForWrite(Path path, OpenOption... options) throws IOException {
        List<OpenOption> all = new ArrayList<>(List.of(options));
        all.add(StandardOpenOption.WRITE);
        all.add(StandardOpenOption.READ);
        return FileChannel.open(path, all.toArray(OpenOption[]::new));
    }

    @Override
    public FileChannel openForRead(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    @Override
    public void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
