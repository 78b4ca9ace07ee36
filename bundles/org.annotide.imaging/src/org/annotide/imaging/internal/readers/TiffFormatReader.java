package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;

/**
 * TIFF and BigTIFF through TwelveMonkeys: strips or tiles, 8/16-bit grey, RGB and RGBA, uncompressed,
 * LZW, Deflate, PackBits or JPEG, with pyramids as page series or SubIFDs.
 */
public final class TiffFormatReader implements ImageFormatReader {

    @Override
    public Set<String> fileExtensions() {
        return Set.of("tif", "tiff", "btf", "tf8", "svs");
    }

    @Override
    public boolean canRead(byte[] head) {
        return TiffStructure.isTiff(head);
    }

    @Override
    public ImageInfo readInfo(Path file) throws IOException {
        try (TiffSource source = new TiffSource(file, true)) {
            return source.info();
        }
    }

    @Override
    public ImageSource open(Path file) throws IOException {
        return new TiffSource(file, false);
    }
}
