package org.annotide.core.tests.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.annotide.core.store.StoreFiles;

/**
 * Store files on a disk that misbehaves: it fills up (once the byte budget is spent every write fails as
 * ENOSPC does), or its next directory fsync or truncation fails as EIO does.
 */
final class FaultyFiles implements StoreFiles {

    private final StoreFiles disk = StoreFiles.system();

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
    }

    void fillUpAfter(long bytes) {
        budget.set(bytes);
    }

    void freeSpace() {
        budget.set(Long.MAX_VALUE);
    }

    @Override
    public FileChannel openForWrite(Path path, OpenOption... options) throws IOException {
        return new LimitedChannel(disk.openForWrite(path, options));
    }

    @Override
    public FileChannel openForRead(Path path) throws IOException {
        return disk.openForRead(path);
    }

    @Override
    public void moveAtomically(Path from, Path to) throws IOException {
        disk.moveAtomically(from, to);
    }

    private final class LimitedChannel extends FileChannel {
        private final FileChannel delegate;

        LimitedChannel(FileChannel delegate) {
            this.delegate = delegate;
        }

        private void spend(int bytes) throws IOException {
            if (budget.addAndGet(-bytes) < 0) {
                budget.set(0);
                throw new IOException("No space left on device");
            }
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
            return delegate.write(src);
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
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            delegate.force(metaData);
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
            return delegate.write(src, position);
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
