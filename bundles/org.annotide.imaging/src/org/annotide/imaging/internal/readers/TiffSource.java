package org.annotide.imaging.internal.readers;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageReader;

import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.io.ChannelImageInputStream;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;

/**
 * A TIFF or BigTIFF file read by tiles (or strips) with TwelveMonkeys' TIFF reader. The tiles a region
 * needs are shown to the reader as a small TIFF of their own ({@link TiffStructure#blocks}), which it
 * decodes whole: it reads only those tiles, whatever the image's size, and never sees the image's full
 * size. (Given the real directory it refuses images of more than 512 times the file's bytes, and for
 * other than JPEG compression it decodes every tile of the image for any region, then fails to clip.)
 * <p>
 * The levels are page 0 and every page or SubIFD that is a smaller copy of it (one scale explains both
 * sides, and the long side is at least 1.9 times shorter than the level before), which covers
 * page-series pyramids (vips, OME, Aperio SVS) and SubIFD pyramids alike.
 * <p>
 * Opened for reading ({@link TiffFormatReader#open}) it reads every directory's entries but no table of tile
 * offsets: a region's tiles are looked up entry by entry, and a tile lying beyond the file's end is refused
 * when it is read. Opened to describe the file before an import ({@link TiffFormatReader#readInfo}) it
 * checks every level's pixel data against the file's length first.
 */
final class TiffSource implements ImageSource {

    /** A strip holding more pixels than this makes the file practically sequential. */
    private static final long MAX_RANDOM_ACCESS_STRIP = 64L << 20;
    /** Strips are read in blocks of at least this many pixels, so narrow images are not read row by row. */
    private static final long MIN_BLOCK_PIXELS = 1L << 20;

    private static final TIFFImageReaderSpi SPI = new TIFFImageReaderSpi();

    private final FileChannel channel;
    private final TiffStructure structure;
    private final List<TiffStructure.Directory> levels;
    private final ImageReader reader;
    private final JpegBlocks jpegBlocks = new JpegBlocks();
    private final ImageInfo info;

    /** @param verify whether to check every level's pixel data against the file's length now */
    TiffSource(Path file, boolean verify) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            structure = TiffStructure.read(channel);
            levels = pyramidLevels(structure);
            if (verify) {
                structure.verify(levels);
            }
            reader = SPI.createReaderInstance();
            TiffStructure.Directory base = levels.get(0);
            show(structure.blocks(base, 0, 0, 0, 0));
            info = ImageTypes.info(reader, 0, structure.bigTiff ? "BigTIFF" : "TIFF", 1, base.width, base.height);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static List<TiffStructure.Directory> pyramidLevels(TiffStructure structure) {
        TiffStructure.Directory base = structure.pages.get(0);
        List<TiffStructure.Directory> candidates = new ArrayList<>(structure.pages.subList(1, structure.pages.size()));
        candidates.addAll(structure.subDirectories);
        candidates.removeIf(d -> d.samplesPerPixel != base.samplesPerPixel || !scaledCopy(base, d));
        candidates.sort(Comparator.comparingInt(TiffSource::longSide).reversed());
        List<TiffStructure.Directory> levels = new ArrayList<>();
        levels.add(base);
        for (TiffStructure.Directory candidate : candidates) {
            if (longSide(candidate) * 1.9 <= longSide(levels.get(levels.size() - 1))) {
                levels.add(candidate);
            }
        }
        return levels;
    }

    private static int longSide(TiffStructure.Directory directory) {
        return Math.max(directory.width, directory.height);
    }

    /**
     * True when one downsample factor d explains both sides of the smaller image, each side being
     * the base side divided by d and rounded either way (so within one pixel).
     */
    private static boolean scaledCopy(TiffStructure.Directory base, TiffStructure.Directory smaller) {
        double low = Math.max(base.width / (smaller.width + 1.0), base.height / (smaller.height + 1.0));
        double high = Math.min(smaller.width > 1 ? base.width / (smaller.width - 1.0) : Double.MAX_VALUE,
                smaller.height > 1 ? base.height / (smaller.height - 1.0) : Double.MAX_VALUE);
        return low <= high && high > 1.0;
    }

    /** What opening and reading cost so far, for the tests: directories parsed, whole tables, single entries. */
    int[] reads() {
        return new int[] { structure.directoriesRead(), structure.tablesRead(), (int) structure.entriesRead() };
    }

    /** Tiles decoded by the JDK's JPEG reader directly so far, not through TwelveMonkeys (for the tests). */
    int jpegTilesDecodedDirectly() {
        return jpegBlocks.decoded();
    }

    @Override
    public ImageInfo info() {
        return info;
    }

    @Override
    public int levelCount() {
        return levels.size();
    }

    @Override
    public int levelWidth(int level) {
        return levels.get(level).width;
    }

    @Override
    public int levelHeight(int level) {
        return levels.get(level).height;
    }

    @Override
    public boolean isRandomAccess(int level) {
        TiffStructure.Directory directory = levels.get(level);
        return directory.tiled() || (long) directory.blockHeight() * directory.width <= MAX_RANDOM_ACCESS_STRIP;
    }

    @Override
    public Dimension preferredBlock(int level) {
        TiffStructure.Directory directory = levels.get(level);
        if (directory.tiled()) {
            return new Dimension(directory.tileWidth, directory.tileHeight);
        }
        int strip = directory.blockHeight();
        long rows = Math.max(strip, MIN_BLOCK_PIXELS / directory.width);
        rows = (rows + strip - 1) / strip * strip;
        return new Dimension(directory.width, (int) Math.min(directory.height, rows));
    }

    @Override
    public BufferedImage read(int level, Rectangle region) throws IOException {
        TiffStructure.Directory directory = levels.get(level);
        if (region.isEmpty() || !new Rectangle(0, 0, directory.width, directory.height).contains(region)) {
            throw new IllegalArgumentException("region " + region + " is not inside the level's " + directory.width + "x"
                    + directory.height + " pixels");
        }
        int blockWidth = directory.blockWidth();
        int blockHeight = directory.blockHeight();
        int firstColumn = region.x / blockWidth;
        int firstRow = region.y / blockHeight;
        int lastColumn = (region.x + region.width - 1) / blockWidth;
        int lastRow = (region.y + region.height - 1) / blockHeight;
        BufferedImage blocks = null;
        if (firstColumn == lastColumn && firstRow == lastRow && JpegBlocks.applies(directory)) {
            // one tile that is a JPEG file of its own: the blocks a display reads, see JpegBlocks
            blocks = jpegBlocks.decode(directory, structure.block(directory, firstColumn, firstRow));
        }
        if (blocks == null) {
            show(structure.blocks(directory, firstColumn, firstRow, lastColumn, lastRow));
            blocks = reader.read(0);
        }
        int x = region.x - firstColumn * blockWidth;
        int y = region.y - firstRow * blockHeight;
        if (x == 0 && y == 0 && blocks.getWidth() == region.width && blocks.getHeight() == region.height) {
            return blocks;
        }
        return blocks.getSubimage(x, y, region.width, region.height);
    }

    private void show(TiffStructure.View view) throws IOException {
        reader.setInput(new ChannelImageInputStream(channel, view.head(), view.tailStart(), view.tail()), true, true);
    }

    @Override
    public void close() throws IOException {
        try {
            jpegBlocks.dispose();
            if (reader != null) {
                reader.dispose();
            }
        } finally {
            channel.close();
        }
    }
}
