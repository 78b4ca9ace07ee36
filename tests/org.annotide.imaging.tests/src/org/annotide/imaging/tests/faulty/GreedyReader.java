package org.annotide.imaging.tests.faulty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;

/** A faulty plug-in's reader, asked before the built-ins (high priority): its canRead throws on any file. */
public final class GreedyReader implements ImageFormatReader {

    @Override
    public Set<String> fileExtensions() {
        return Set.of("png", "tif");
    }

    @Override
    public boolean canRead(byte[] head) {
        throw new ArrayIndexOutOfBoundsException("Index 64 out of bounds for length 64");
    }

    @Override
    public ImageInfo readInfo(Path file) throws IOException {
        throw new IOException("unreachable");
    }

    @Override
    public ImageSource open(Path file) throws IOException {
        throw new IOException("unreachable");
    }
}
