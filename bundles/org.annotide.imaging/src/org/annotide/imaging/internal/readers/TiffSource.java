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

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

import org.annotide.imaging.ImageInfo;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.internal.io.ChannelImageInputStream;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;

/**
 * A TIFF or BigTIFF file read by TwelveMonkeys' TIFF reader, one reader per resolution level. The levels
 * are page 0 and every page or SubIFD that is a smaller copy of it (one scale explains both sides,
 * and the long side is at least 1.9 times shorter than the level before), which covers page-series
 * pyramids (vips, OME, Aperio SVS) and SubIFD pyramids alike. Each level's reader sees a header pointing at that level's directory.
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
    private final ImageReader[] readers;
    private final ChannelImageInputStream[] streams;
    private final ImageInfo info;

    TiffSource(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            structure = TiffStructure.read(channel);
            levels = pyramidLevels(structure);
            for (TiffStructure.Directory level : levels) {
                if (level.dataEnd() > structure.length()) {
                    throw new IOException("the file is cut short: its pixels need " + level.dataEnd() + " bytes, it has "
                            + structure.length());
                }
            }
            readers = new ImageReader[levels.size()];
            streams = new ChannelImageInputStream[levels.size()];
            info = ImageTypes.info(reader(0), 0, structure.bigTiff ? "BigTIFF" : "TIFF", 1);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    static List<TiffStructure.Directory> pyramidLevels(TiffStructure structure) {
        TiffStructure.Directory base = structure.pages.get(0);
        List<TiffStructure.Directory> candidates = new ArrayList<>(structure.pages.subList(1, structure.pages.size()));
        candidates.addAll(structure.subDirectories);
        candidates.removeIf(d -> d.samplesPerPixel() != base.samplesPerPixel() || !scaledCopy(base, d));
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
        return Math.max(directory.width(), directory.height());
    }

    /**
     * True when one downsample factor d explains both sides of the smaller image, each side being
     * the base side divided by d and rounded either way (so within one pixel).
     */
    private static boolean scaledCopy(TiffStructure.Directory base, TiffStructure.Directory smaller) {
        double low = Math.max(base.width() / (smaller.width() + 1.0), base.height() / (smaller.height() + 1.0));
        double high = Math.min(smaller.width() > 1 ? base.width() / (smaller.width() - 1.0) : Double.MAX_VALUE,
                smaller.height() > 1 ? base.height() / (smaller.height() - 1.0) : Double.MAX_VALUE);
        return low <= high && high > 1.0;
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
        return levels.get(level).width();
    }

    @Override
    public int levelHeight(int level) {
        return levels.get(level).height();
    }

    @Override
    public boolean isRandomAccess(int level) {
        TiffStructure.Directory directory = levels.get(level);
        return directory.tiled()
                || (long) Math.min(directory.rowsPerStrip(), directory.height()) * directory.width() <= MAX_RANDOM_ACCESS_STRIP;
    }

    @Override
    public Dimension preferredBlock(int level) {
        TiffStructure.Directory directory = levels.get(level);
        if (directory.tiled()) {
            return new Dimension(directory.tileWidth(), directory.tileHeight());
        }
        int strip = Math.max(1, Math.min(directory.rowsPerStrip(), directory.height()));
        long rows = Math.max(strip, MIN_BLOCK_PIXELS / directory.width());
        rows = (rows + strip - 1) / strip * strip;
        return new Dimension(directory.width(), (int) Math.min(directory.height(), rows));
    }

    @Override
    public BufferedImage read(int level, Rectangle region) throws IOException {
        ImageReader reader = reader(level);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(region);
        return reader.read(0, param);
    }

    private ImageReader reader(int level) throws IOException {
        if (readers[level] == null) {
            ChannelImageInputStream stream = new ChannelImageInputStream(channel,
                    structure.headerStartingAt(levels.get(level).offset()));
            ImageReader reader = SPI.createReaderInstance();
            reader.setInput(stream, false, true);
            streams[level] = stream;
            readers[level] = reader;
        }
        return readers[level];
    }

    @Override
    public void close() throws IOException {
        try {
            if (readers != null) {
                for (int i = 0; i < readers.length; i++) {
                    if (readers[i] != null) {
                        readers[i].dispose();
                        streams[i].close();
                    }
                }
            }
        } finally {
            channel.close();
        }
    }
}
