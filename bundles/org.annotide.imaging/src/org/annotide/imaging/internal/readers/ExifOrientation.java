package org.annotide.imaging.internal.readers;

import java.io.IOException;
import java.io.InputStream;

import javax.imageio.stream.MemoryCacheImageInputStream;

import org.annotide.imaging.internal.tiff.TiffTags;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/** The EXIF Orientation tag, parsed by TwelveMonkeys' TIFF metadata reader. */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /**
     * The Orientation of IFD0 in EXIF data (a TIFF structure, as in a JPEG APP1 segment after its
     * identifier or in a PNG eXIf chunk). Absent, out-of-range or damaged EXIF counts as 1: the pixels
     * are still good, only their rotation is unknown.
     */
    static int read(InputStream exif) {
        try {
            Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(exif));
            Directory ifd0 = directory instanceof CompoundDirectory compound && compound.directoryCount() > 0
                    ? compound.getDirectory(0) : directory;
            Entry entry = ifd0.getEntryById(TiffTags.ORIENTATION);
            if (entry != null && entry.getValue() instanceof Number number) {
                int value = number.intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
