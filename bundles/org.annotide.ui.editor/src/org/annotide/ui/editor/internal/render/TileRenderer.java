package org.annotide.ui.editor.internal.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.annotide.imaging.ImagePyramid;
import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.eclipse.swt.graphics.ImageData;

/**
 * Composes display tiles on worker threads: the image pixels of the tile's area, resampled from the
 * pyramid level just finer than the zoom, and, for overlay tiles, the annotations rasterised on top.
 * The pixel part is kept in a small cache so that an annotation change re-composes a tile without
 * reading the image again. Thread-safe.
 */
public final class TileRenderer {

    /** Pixel-only tiles kept for re-composition: 160 x 256 KiB. */
    private static final int BASE_CACHE_TILES = 160;
    /** The largest region read for one tile: 16 times the tile's own pixels. */
    private static final long MAX_REGION_PIXELS = 16L * TileKey.SIZE * TileKey.SIZE;

    private final ImagePyramid pyramid;
    private final double imageWidth;
    private final double imageHeight;
    private final GlyphIndex index;
    private final Set<Annotation> excluded;
    private final Supplier<RenderStyle> style;
    private final Supplier<DisplayAdjustment> adjustment;
    private final Map<Long, BufferedImage> bases = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, BufferedImage> eldest) {
            return size() > BASE_CACHE_TILES;
        }
    };
    private volatile String failure;
    private final Set<Integer> tooCoarseSteps = ConcurrentHashMap.newKeySet();

    /**
     * @param pyramid  the pixels, or null when they cannot be read (tiles then show the background)
     * @param excluded annotations being edited live, left out of rasterised overlays (a concurrent set)
     */
    public TileRenderer(ImagePyramid pyramid, double imageWidth, double imageHeight, GlyphIndex index,
            Set<Annotation> excluded, Supplier<RenderStyle> style) {
        this(pyramid, imageWidth, imageHeight, index, excluded, style, () -> DisplayAdjustment.NONE);
    }

    /**
     * @param adjustment how the pixels are shown (brightness, contrast, gamma, channels), applied to each tile
     *                   as it is composed; the cached pixels stay as read
     */
    public TileRenderer(ImagePyramid pyramid, double imageWidth, double imageHeight, GlyphIndex index,
            Set<Annotation> excluded, Supplier<RenderStyle> style, Supplier<DisplayAdjustment> adjustment) {
        this.adjustment = adjustment;
        this.pyramid = pyramid;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.index = index;
        this.excluded = excluded;
        this.style = style;
    }

    /** The last pixel read failure, or null. */
    public String failure() {
        return failure;
    }

    /** True when tiles of this zoom step were left blank: the pyramid has no level coarse enough for it. */
    public boolean needsCoarserLevels(int step) {
        return tooCoarseSteps.contains(step);
    }

    public ImageData render(TileKey key) {
        BufferedImage base = adjustment.get().apply(base(key));
        if (!key.overlay()) {
            return AwtImages.toImageData(base);
        }
        BufferedImage tile = new BufferedImage(TileKey.SIZE, TileKey.SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.drawImage(base, 0, 0, null);
            double scale = key.scale();
            double[] bounds = key.imageBounds();
            // outlines and dots reach a few screen pixels beyond a glyph's bounds
            double margin = TileKey.OVERLAY_MARGIN / scale;
            List<Glyph> glyphs = index.query(bounds[0] - margin, bounds[1] - margin, bounds[2] + margin,
                    bounds[3] + margin, Glyph.HIDDEN);
            if (!excluded.isEmpty()) {
                glyphs.removeIf(glyph -> excluded.contains(glyph.annotation()));
            }
            g.setClip(0, 0, TileKey.SIZE, TileKey.SIZE);
            new GlyphRasterizer(style.get()).draw(g, glyphs, bounds[0], bounds[1], scale);
        } finally {
            g.dispose();
        }
        return AwtImages.toImageData(tile);
    }

    private BufferedImage base(TileKey key) {
        long id = ((long) key.step() & 0xffff) << 48 | ((long) key.row() & 0xffffff) << 24 | (key.column() & 0xffffff);
        synchronized (bases) {
            BufferedImage cached = bases.get(id);
            if (cached != null) {
                return cached;
            }
        }
        BufferedImage base = readBase(key);
        synchronized (bases) {
            bases.put(id, base);
        }
        return base;
    }

    private BufferedImage readBase(TileKey key) {
        BufferedImage tile = new BufferedImage(TileKey.SIZE, TileKey.SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setColor(new Color(style.get().backgroundRgb()));
            g.fillRect(0, 0, TileKey.SIZE, TileKey.SIZE);
            if (pyramid != null) {
                drawPixels(g, key);
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            g.dispose();
        }
        return tile;
    }

    private void drawPixels(Graphics2D g, TileKey key) throws IOException {
        double scale = key.scale();
        double[] bounds = key.imageBounds();
        double x0 = Math.max(0, bounds[0]);
        double y0 = Math.max(0, bounds[1]);
        double x1 = Math.min(imageWidth, bounds[2]);
        double y1 = Math.min(imageHeight, bounds[3]);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int level = level(scale);
        double downsample = pyramid.downsample(level);
        int levelX0 = (int) Math.floor(x0 / downsample);
        int levelY0 = (int) Math.floor(y0 / downsample);
        int levelX1 = Math.min(pyramid.levelWidth(level), (int) Math.ceil(x1 / downsample));
        int levelY1 = Math.min(pyramid.levelHeight(level), (int) Math.ceil(y1 / downsample));
        if (levelX1 <= levelX0 || levelY1 <= levelY0) {
            return;
        }
        if ((long) (levelX1 - levelX0) * (levelY1 - levelY0) > MAX_REGION_PIXELS) {
            // only full resolution is there yet (the pyramid is being built): reading it for an overview
            // would decode gigapixels for one tile
            tooCoarseSteps.add(key.step());
            return;
        }
        BufferedImage region = pyramid.readRegion(level, levelX0, levelY0, levelX1 - levelX0, levelY1 - levelY0);
        double factor = downsample * scale;
        AffineTransform transform = new AffineTransform();
        transform.translate((levelX0 * downsample - bounds[0]) * scale, (levelY0 * downsample - bounds[1]) * scale);
        transform.scale(factor, factor);
        // magnified pixels stay crisp squares, as annotators want to see them; reduced ones are filtered
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, factor >= 2
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(region, transform, null);
    }

    /** The coarsest level still at least as fine as the screen: its downsample is at most 1 / scale. */
    int level(double scale) {
        int best = 0;
        for (int level = 1; level < pyramid.levelCount(); level++) {
            if (pyramid.downsample(level) <= 1 / scale + 1e-9) {
                best = level;
            }
        }
        return best;
    }
}
