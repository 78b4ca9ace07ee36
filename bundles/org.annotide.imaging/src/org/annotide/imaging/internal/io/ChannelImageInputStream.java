package org.annotide.imaging.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A buffered image input stream over a file channel, reading with positional reads so that several
 * streams can share one channel. It can show a different file than the one on disk: other first
 * bytes ({@code head}) and extra bytes after the end ({@code tail}). Given a rewritten TIFF header and
 * a directory appended after the end, a TIFF reader sees one tile of a huge image as a small image of
 * its own, whose pixel data are the original bytes where they lie.
 */
public final class ChannelImageInputStream extends ImageInputStreamImpl {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final FileChannel channel;
    private final byte[] header;
    private final long fileLength;
    private final long tailStart;
    private final byte[] tail;
    private final long length;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private long bufferStart;
    private int bufferLength;

    public ChannelImageInputStream(FileChannel channel) throws IOException {
        this(channel, null, 0, null);
    }

    /**
     * @param header    bytes shown instead of the file's first bytes, or null for the file as it is
     * @param tailStart where the tail bytes appear, at or after the file's end
     * @param tail      bytes shown from {@code tailStart} on, or null for none
     */
    public ChannelImageInputStream(FileChannel channel, byte[] header, long tailStart, byte[] tail) throws IOException {
        this.channel = channel;
        this.header = header;
        this.fileLength = channel.size();
        if (tail != null && tailStart < fileLength) {
            throw new IllegalArgumentException("the tail must start at or after the file's end");
        }
        this.tailStart = tailStart;
        this.tail = tail;
        this.length = tail == null ? fileLength : tailStart + tail.length;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= length) {
            return -1;
        }
        if (streamPos < bufferStart || streamPos >= bufferStart + bufferLength) {
            fill(streamPos);
        }
        return buffer[(int) (streamPos++ - bufferStart)] & 0xFF;
    }

    /**
     * Reads as many bytes as asked unless the end comes first: some decoders (the JDK's PNG reader among
     * them) misread short reads, which the contract allows but files on disk never produce.
     */
    @Override
    public int read(byte[] target, int offset, int count) throws IOException {
        checkClosed();
        if (offset < 0 || count < 0 || offset + count > target.length) {
            throw new IndexOutOfBoundsException();
        }
        bitOffset = 0;
        if (count == 0) {
            return 0;
        }
        if (streamPos >= length) {
            return -1;
        }
        int wanted = (int) Math.min(count, length - streamPos);
        int done = 0;
        while (done < wanted) {
            int step;
            if (streamPos >= bufferStart && streamPos < bufferStart + bufferLength) {
                step = (int) Math.min(wanted - done, bufferStart + bufferLength - streamPos);
                System.arraycopy(buffer, (int) (streamPos - bufferStart), target, offset + done, step);
            } else if (wanted - done >= BUFFER_SIZE) {
                step = readAt(streamPos, target, offset + done, wanted - done);
            } else {
                fill(streamPos);
                step = Math.min(wanted - done, bufferLength);
                System.arraycopy(buffer, 0, target, offset + done, step);
            }
            streamPos += step;
            done += step;
        }
        return done;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isCached() {
        return false;
    }

    private void fill(long position) throws IOException {
        bufferStart = position;
        bufferLength = readAt(position, buffer, 0, (int) Math.min(BUFFER_SIZE, length - position));
    }

    private int readAt(long position, byte[] target, int offset, int count) throws IOException {
        if (tail != null && position >= fileLength) {
            if (position < tailStart) {
                int gap = (int) Math.min(count, tailStart - position);
                java.util.Arrays.fill(target, offset, offset + gap, (byte) 0);
                return gap;
            }
            int available = (int) Math.min(count, tail.length - (position - tailStart));
            if (available <= 0) {
                throw new java.io.EOFException("unexpected end of file at byte " + position);
            }
            System.arraycopy(tail, (int) (position - tailStart), target, offset, available);
            return available;
        }
        count = (int) Math.min(count, fileLength - position);
        ByteBuffer view = ByteBuffer.wrap(target, offset, count);
        long at = position;
        while (view.hasRemaining()) {
            int read = channel.read(view, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        int read = (int) (at - position);
        if (read == 0) {
            throw new java.io.EOFException("unexpected end of file at byte " + position);
        }
        if (header != null && position < header.length) {
            int overlap = (int) Math.min(header.length - position, read);
            System.arraycopy(header, (int) position, target, offset, overlap);
        }
        return read;
    }
}
