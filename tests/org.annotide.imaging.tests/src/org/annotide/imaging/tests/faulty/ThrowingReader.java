package org.annotide.imaging.tests.faulty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;

/** A faulty plug-in's reader: its constructor throws, as one whose native library is missing would. */
public final class ThrowingReader implements ImageFormatReader {

    public ThrowingReader() {
        throw new UnsatisfiedLinkError("no acmeimg in java.library.path");
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("acm");
    }

    @Override
    public boolean canRead(byte[] head) {
        return false;
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
