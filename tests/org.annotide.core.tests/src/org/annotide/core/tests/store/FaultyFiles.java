package org.annotide.core.tests.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.annotide.core.store.StoreFiles;

/**
 * Store files on a disk that misbehaves: it fills up (once the byte budget is spent every write fails as
 * ENOSPC does), or its next directory fsync or truncation fails as EIO does.
 * <p>
 * It also keeps the books on durability, as a power cut would judge them (a SIGKILL keeps the page cache, so
 * crash tests cannot see a missing fsync): bytes written to a file and not yet forced, files renamed while
 * holding such bytes, and directories whose new entries (a created file, a rename) have not been forced by a
 * directory fsync since.
 */
final class FaultyFiles implements StoreFiles {

    private final StoreFiles disk = StoreFiles.system();

    private final Map<Path, Long> unforced = new ConcurrentHashMap<>();
    private final Set<Path> directoriesToSync = ConcurrentHashMap.newKeySet();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicLong forces = new AtomicLong();

    private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
    private volatile boolean failNextDirectorySync;
    private volatile boolean failTruncation;

    void failNextDirectorySync() {
        failNextDirectorySync = true;
    }

    void failTruncation(boolean fail) {
        failTruncation = fail;
    }

    @Override
    public void syncDirectory(Path directory) throws IOException {
        if (failNextDirectorySync) {
            failNextDirectorySync = false;
            throw new IOException("Input/output error (directory fsync)");
        }
        disk.syncDirectory(directory);
        directoriesToSync.remove(directory.toAbsolutePath().normalize());
        events.add("syncdir " + directory.getFileName());
    }

    @Override
    public FileChannel openForRead(Path path) throws IOException {
        return disk.openForRead(path);
    }

    @Override
    public void moveAtomically(Path from, Path to) throws IOException {
        long pending = unforcedBytes(from);
        if (pending > 0) {
            violations.add("renamed " + from.getFileName() + " to " + to.getFileName() + " with " + pending
                    + " bytes not forced");
        }
        disk.moveAtomically(from, to);
        unforced.remove(key(from));
        directoriesToSync.add(key(to).getParent());
        events.add("move " + from.getFileName() + " " + to.getFileName());
    }

    /** Bytes written to this file and not forced since. */
    long unforcedBytes(Path path) {
        return unforced.getOrDefault(key(path), 0L);
    }

    /** Bytes written and not forced, over all files. */
    long unforcedBytes() {
        return unforced.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Files with bytes written and not forced. */
    Set<Path> filesWithUnforcedBytes() {
        Set<Path> files = ConcurrentHashMap.newKeySet();
        unforced.forEach((path, bytes) -> {
            if (bytes > 0) {
                files.add(path);
            }
        });
        return files;
    }

    /** Directories with an entry (a new file, a rename) that no directory fsync has made durable yet. */
    Set<Path> directoriesAwaitingSync() {
        return Set.copyOf(directoriesToSync);
    }

    /** Renames of files whose bytes had not been forced: after a power cut the new name may hold garbage. */
    List<String> durabilityViolations() {
        return List.copyOf(violations);
    }

    /** What happened, in order: "create NAME", "force NAME", "move FROM TO", "syncdir NAME". */
    List<String> events() {
        return List.copyOf(events);
    }

    long forces() {
        return forces.get();
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    void fillUpAfter(long bytes) {
        budget.set(bytes);
    }

    void freeSpace() {
        budget.set(Long.MAX_VALUE);
    }

    @Override
    public FileChannel openForWrite(Path path, OpenOption... options) throws IOException {
        boolean existed = Files.exists(path);
        FileChannel channel = disk.openForWrite(path, options);
        // the lock file holds no state: whether its name survives a power cut does not matter
        if (!existed && !path.getFileName().toString().equals(".lock") && (List.of(options).contains(StandardOpenOption.CREATE)
                || List.of(options).contains(StandardOpenOption.CREATE_NEW))) {
            directoriesToSync.add(key(path).getParent());
            events.add("create " + path.getFileName());
        }
        return new LimitedChannel(channel, key(path));
    }

    private final class LimitedChannel extends FileChannel {
        private final FileChannel delegate;
        private final Path path;

        LimitedChannel(FileChannel delegate, Path path) {
            this.delegate = delegate;
            this.path = path;
        }

        private void spend(int bytes) throws IOException {
            if (budget.addAndGet(-bytes) < 0) {
                budget.set(0);
                throw new IOException("No space left on device");
            }
        }

        private int written(int bytes) {
            if (bytes > 0) {
                unforced.merge(path, (long) bytes, Long::sum);
            }
            return bytes;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return delegate.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return delegate.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            spend(src.remaining());
            return written(delegate.write(src));
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public long position() throws IOException {
            return delegate.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            delegate.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return delegate.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            if (failTruncation) {
                throw new IOException("Input/output error (truncate)");
            }
            delegate.truncate(size);
            unforced.merge(path, 1L, Long::sum); // the new size is metadata to force
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            delegate.force(metaData);
            unforced.remove(path);
            forces.incrementAndGet();
            events.add("force " + path.getFileName());
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return delegate.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("not used by the store");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return delegate.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            spend(src.remaining());
            return written(delegate.write(src, position));
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return delegate.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return delegate.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return delegate.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            delegate.close();
        }
    }
}
