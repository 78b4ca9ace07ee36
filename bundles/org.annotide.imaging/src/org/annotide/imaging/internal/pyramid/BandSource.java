package org.annotide.imaging.internal.pyramid;

import java.awt.Rectangle;
import java.io.IOException;

/** The full-resolution pixels a pyramid is built from, read in horizontal bands. */
public interface BandSource {

    int width();

    int height();

    /** Rows read at once: a multiple of the tile size, larger for sources that decode from the start. */
    int bandRows(int tileSize);

    /** Width of the column pieces a band is read in, one per thread; the whole width for sequential sources. */
    int columnChunk();

    /** Reads a region as packed 8-bit pixels into {@code target} from {@code offset}, {@code scan} per row. Thread-safe. */
    void read(Rectangle region, int[] target, int offset, int scan) throws IOException;
}
