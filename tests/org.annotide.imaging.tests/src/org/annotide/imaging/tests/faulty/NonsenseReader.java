package org.annotide.imaging.tests.faulty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;

/** A faulty plug-in's reader for files starting with {@code ACMEIMG}: its readInfo answers null. */
public final class NonsenseReader implements ImageFormatReader {

    private static final byte[] MAGIC = "ACMEIMG".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Set<String> fileExtensions() {
        return Set.of("acm");
    }

    @Override
    public boolean canRead(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public ImageInfo readInfo(Path file) {
        return null;
    }

    @Override
    public ImageSource open(Path file) throws IOException {
        throw new IOException("not an image");
    }
}
