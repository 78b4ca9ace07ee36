package org.annotide.imaging.internal.pyramid;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.imaging.ImageFormatReader;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImageSource;
import org.annotide.imaging.TileCache;
import org.annotide.imaging.internal.pixels.Downsampler;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.imaging.internal.tiff.TileFormat;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Decides which levels an image's pyramid has and where each comes from:
 * <ol>
 * <li>the file's own levels (all of them);</li>
 * <li>when those already reach an overview of at most {@value #TOP_SIZE} pixels: nothing more;</li>
 * <li>else when the smallest file level is small ({@link SourceLevel#WHOLE_LEVEL_PIXELS}): halved levels
 * computed in memory;</li>
 * <li>else the project's pyramid cache, built from the smallest file level, when it exists; a sequential
 * base level (PNG, JPEG, one-strip TIFF) is copied into the cache too so it can be read by tile.</li>
 * </ol>
 */
public final class PyramidAssembler {

    /** A pyramid is complete once its smallest level's long side is at most this. */
    public static final int TOP_SIZE = 1024;
    public static final int CACHE_TILE = 512;
    private static final float CACHE_JPEG_QUALITY = 0.85f;

    private final ImageFormats formats;
    private final TileCache tiles;
    private final int readersPerFile = Math.max(2, Runtime.getRuntime().availableProcessors());

    public PyramidAssembler(ImageFormats formats, TileCache tiles) {
        this.formats = formats;
        this.tiles = tiles;
    }

    public TileCache tiles() {
        return tiles;
    }

    public ImagePyramid open(Path file, Path cacheFile) throws IOException {
        ImageFormatReader reader = formats.readerFor(file);
        ImageSource probe = reader.open(file);
        SourcePool pool = new SourcePool(reader, file, probe, readersPerFile);
        LayeredPyramid pyramid = new LayeredPyramid(tiles, probe.info().hasAlpha());
        pyramid.own(pool);
        try {
            String key = PyramidCacheFiles.fingerprint(file);
            int base = probe.levelCount() - 1;
            for (int level = 0; level <= base; level++) {
                pyramid.addLevel(new SourceLevel(pool, probe, level, downsample(probe, level), key + "#" + level));
            }
            if (isComplete(probe)) {
                return pyramid;
            }
            if (isSmall(probe)) {
                for (int level = base; Math.max(pyramid.levelWidth(level), pyramid.levelHeight(level)) > TOP_SIZE; level++) {
                    pyramid.addLevel(new HalvedLevel(pyramid, level, pyramid.levelWidth(level), pyramid.levelHeight(level),
                            pyramid.downsample(level), key + "#halved" + (level + 1)));
                }
                return pyramid;
            }
            addCacheLevels(pyramid, probe, cacheFile);
            return pyramid;
        } catch (IOException | RuntimeException e) {
            pyramid.close();
            throw e;
        }
    }

    public boolean needsPyramid(Path file, Path cacheFile) throws IOException {
        try (ImageSource probe = formats.readerFor(file).open(file)) {
            return !isComplete(probe) && !isSmall(probe) && !cacheMatches(probe, cacheFile);
        }
    }

    /** Builds the cache file unless the image needs none; removes caches of earlier versions of the file. */
    public void build(Path file, Path cacheFile, IProgressMonitor monitor) throws IOException {
        ImageFormatReader reader = formats.readerFor(file);
        ImageSource probe = reader.open(file);
        try (SourcePool pool = new SourcePool(reader, file, probe, readersPerFile)) {
            if (isComplete(probe) || isSmall(probe) || cacheMatches(probe, cacheFile)) {
                return;
            }
            int base = probe.levelCount() - 1;
            SourceBands bands = new SourceBands(pool, probe, base);
            boolean alpha = probe.info().hasAlpha();
            long rawBytes = (long) bands.width() * bands.height() * (alpha ? 4 : 3);
            // a copied base stays lossless; overviews are JPEG unless they need alpha
            PyramidBuilder.Options options = new PyramidBuilder.Options(CACHE_TILE, !probe.isRandomAccess(base), true,
                    alpha ? TileFormat.DEFLATE_RGBA : TileFormat.DEFLATE_RGB,
                    alpha ? TileFormat.DEFLATE_RGBA : TileFormat.JPEG_RGB, CACHE_JPEG_QUALITY, rawBytes > (3L << 30),
                    TiffWriter.Layout.PAGES, "Annotide pyramid cache of " + file.toAbsolutePath());
            Files.createDirectories(cacheFile.getParent());
            new PyramidBuilder(bands, options).build(cacheFile, "Building the pyramid of " + file.getFileName(), monitor);
        }
        removeOtherVersions(cacheFile);
    }

    private void addCacheLevels(LayeredPyramid pyramid, ImageSource probe, Path cacheFile) throws IOException {
        if (!Files.isRegularFile(cacheFile)) {
            return;
        }
        ImageFormatReader reader = formats.readerFor(cacheFile);
        ImageSource cache = reader.open(cacheFile);
        if (!matches(probe, cache)) {
            cache.close();
            return;
        }
        SourcePool pool = new SourcePool(reader, cacheFile, cache, readersPerFile);
        pyramid.own(pool);
        int base = probe.levelCount() - 1;
        double baseDownsample = pyramid.downsample(base);
        String key = PyramidCacheFiles.fingerprint(cacheFile);
        boolean includesBase = includesBase(probe, cache);
        for (int page = 0; page < cache.levelCount(); page++) {
            int halvings = includesBase ? page : page + 1;
            SourceLevel level = new SourceLevel(pool, cache, page, baseDownsample * (1 << halvings), key + "#" + page);
            if (halvings == 0) {
                pyramid.replaceLastLevel(level);
            } else {
                pyramid.addLevel(level);
            }
        }
    }

    private boolean cacheMatches(ImageSource probe, Path cacheFile) {
        if (!Files.isRegularFile(cacheFile)) {
            return false;
        }
        try (ImageSource cache = formats.readerFor(cacheFile).open(cacheFile)) {
            return matches(probe, cache);
        } catch (IOException e) {
            return false; // a damaged cache is rebuilt
        }
    }

    /** The cache holds exactly the levels a build from the probe's smallest level writes. */
    private static boolean matches(ImageSource probe, ImageSource cache) {
        int base = probe.levelCount() - 1;
        int width = probe.levelWidth(base);
        int height = probe.levelHeight(base);
        int page = 0;
        if (!includesBase(probe, cache)) {
            width = Downsampler.halve(width);
            height = Downsampler.halve(height);
        }
        while (true) {
            if (page >= cache.levelCount() || cache.levelWidth(page) != width || cache.levelHeight(page) != height) {
                return false;
            }
            page++;
            if (Math.max(width, height) <= CACHE_TILE) {
                return page == cache.levelCount();
            }
            width = Downsampler.halve(width);
            height = Downsampler.halve(height);
        }
    }

    private static boolean includesBase(ImageSource probe, ImageSource cache) {
        int base = probe.levelCount() - 1;
        return cache.levelWidth(0) == probe.levelWidth(base) && cache.levelHeight(0) == probe.levelHeight(base);
    }

    private static boolean isComplete(ImageSource probe) {
        int top = probe.levelCount() - 1;
        return Math.max(probe.levelWidth(top), probe.levelHeight(top)) <= TOP_SIZE;
    }

    private static boolean isSmall(ImageSource probe) {
        int top = probe.levelCount() - 1;
        return (long) probe.levelWidth(top) * probe.levelHeight(top) <= SourceLevel.WHOLE_LEVEL_PIXELS;
    }

    private static double downsample(ImageSource source, int level) {
        if (level == 0) {
            return 1;
        }
        return ((double) source.levelWidth(0) / source.levelWidth(level)
                + (double) source.levelHeight(0) / source.levelHeight(level)) / 2;
    }

    private static void removeOtherVersions(Path cacheFile) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(cacheFile.getParent(), "*.tif")) {
            for (Path sibling : siblings) {
                if (!sibling.equals(cacheFile)) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }
}
