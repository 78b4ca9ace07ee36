package org.annotide.imaging.internal.pyramid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageSource;

/**
 * Open sources of one file, one per concurrently reading thread (sources are not thread-safe), up to a
 * limit; further readers wait for a source to come back.
 */
public final class SourcePool implements AutoCloseable {

    /** Work done with a borrowed source. */
    public interface Task<T> {
        T run(ImageSource source) throws IOException;
    }

    private final ImageFormatReader reader;
    private final Path file;
    private final int limit;
    private final Deque<ImageSource> idle = new ArrayDeque<>();
    private final List<ImageSource> all = new ArrayList<>();
    private boolean closed;

    /** @param first an already open source of the file, which the pool takes over */
    public SourcePool(ImageFormatReader reader, Path file, ImageSource first, int limit) {
        this.reader = reader;
        this.file = file;
        this.limit = Math.max(1, limit);
        idle.add(first);
        all.add(first);
    }

    public <T> T use(Task<T> task) throws IOException {
        ImageSource source = borrow();
        try {
            return task.run(source);
        } finally {
            giveBack(source);
        }
    }

    private ImageSource borrow() throws IOException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IOException("the image " + file + " was closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (all.size() < limit) {
                    all.add(null); // reserve the slot while opening outside the lock
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting to read " + file);
                }
            }
        }
        ImageSource opened = null;
        try {
            opened = reader.open(file);
            return opened;
        } finally {
            synchronized (this) {
                all.remove(null);
                if (opened != null) {
                    all.add(opened);
                }
                notifyAll();
            }
        }
    }

    private synchronized void giveBack(ImageSource source) {
        if (closed) {
            closeQuietly(source);
            return;
        }
        idle.push(source);
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (ImageSource source : idle) {
            closeQuietly(source);
        }
        idle.clear();
        all.clear();
        notifyAll();
    }

    private static void closeQuietly(ImageSource source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // a file we only read from: nothing was left unwritten
        }
    }
}
