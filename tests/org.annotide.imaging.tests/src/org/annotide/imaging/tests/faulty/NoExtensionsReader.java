package org.annotide.imaging.tests.faulty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;

/** A faulty plug-in's reader that names no file extension. */
public final class NoExtensionsReader implements ImageFormatReader {

    @Override
    public Set<String> fileExtensions() {
        return null;
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
