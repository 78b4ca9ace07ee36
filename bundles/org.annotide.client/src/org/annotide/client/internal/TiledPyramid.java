package org.annotide.client.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.annotide.imaging.ImagePyramid;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A large image of a mirror as the server describes its pyramid (levels, sizes, 256-pixel tile grid), its pixels read
 * tile by tile through {@link RemoteTiles}: from the mirror's disk, else from the server. A tile neither has now is
 * drawn as a grey hatched stand-in and {@link #missing()} says why; when the server is back the pyramid tells its
 * listeners to read again. Thread-safe.
 */
final class TiledPyramid implements ImagePyramid {

    /** Decoded tiles kept for the regions that overlap them (a view reads each tile for several of its own). */
    private static final int DECODED_TILES = 48;
    private static final int STAND_IN = 0x8c8c8c;
    private static final int STAND_IN_HATCH = 0x6e6e6e;

    private record Level(int width, int height, double downsample) {
    }

    private final RemoteTiles tiles;
    private final String imageId;
    private final String name;
    private final int tileSize;
    private final List<Level> levels = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, BufferedImage> decoded = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, BufferedImage> eldest) {
            return size() > DECODED_TILES;
        }
    };
    private volatile String missing;

    TiledPyramid(RemoteTiles tiles, String imageId, String name, JsonNode description) throws IOException {
        this.tiles = tiles;
        this.imageId = imageId;
        this.name = name;
        this.tileSize = description.path("tile_size").asInt(256);
        for (JsonNode level : description.path("levels")) {
            levels.add(new Level(level.path("width").asInt(), level.path("height").asInt(),
                    level.path("downsample").asDouble(1)));
        }
        if (levels.isEmpty() || tileSize <= 0 || levels.get(0).width() <= 0 || levels.get(0).height() <= 0) {
            throw new IOException("the server's description of the pyramid of '" + name + "' names no levels");
        }
    }

    @Override
    public int width() {
        return levels.get(0).width();
    }

    @Override
    public int height() {
        return levels.get(0).height();
    }

    @Override
    public int levelCount() {
        return levels.size();
    }

    @Override
    public double downsample(int level) {
        return level(level).downsample();
    }

    @Override
    public int levelWidth(int level) {
        return level(level).width();
    }

    @Override
    public int levelHeight(int level) {
        return level(level).height();
    }

    @Override
    public BufferedImage readRegion(int level, int x, int y, int width, int height) throws IOException {
        Level l = level(level);
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("cannot read a region of " + width + "x" + height + " pixels");
        }
        BufferedImage region = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = (int) Math.min(l.width(), (long) x + width);
        int bottom = (int) Math.min(l.height(), (long) y + height);
        if (left >= right || top >= bottom) {
            return region;
        }
        Graphics2D g = region.createGraphics();
        try {
            for (int row = top / tileSize; row <= (bottom - 1) / tileSize; row++) {
                for (int column = left / tileSize; column <= (right - 1) / tileSize; column++) {
                    int tileX = column * tileSize - x;
                    int tileY = row * tileSize - y;
                    BufferedImage tile = tile(level, column, row);
                    if (tile != null) {
                        g.drawImage(tile, tileX, tileY, null);
                    } else {
                        standIn(region, tileX, tileY, Math.min(tileSize, l.width() - column * tileSize),
                                Math.min(tileSize, l.height() - row * tileSize));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return region;
    }

    private BufferedImage tile(int level, int column, int row) throws IOException {
        long key = ((long) level << 48) | ((long) row << 24) | column;
        synchronized (decoded) {
            BufferedImage tile = decoded.get(key);
            if (tile != null) {
                return tile;
            }
        }
        String[] problem = new String[1];
        byte[] png = tiles.tile(imageId, level, column, row, problem);
        if (png == null) {
            missing = "Some tiles of " + name + " are not in this mirror and " + problem[0]
                    + ": they show hatched until they can be fetched";
            return null;
        }
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(png));
        if (tile == null) {
            throw new IOException("tile " + level + "/" + column + "/" + row + " of '" + name + "' is no PNG");
        }
        synchronized (decoded) {
            decoded.put(key, tile);
        }
        return tile;
    }

    /** A tile not at hand: grey with diagonal hatching, so that it is never taken for the image's own pixels. */
    private static void standIn(BufferedImage region, int x0, int y0, int width, int height) {
        for (int y = Math.max(0, y0); y < Math.min(region.getHeight(), y0 + height); y++) {
            for (int x = Math.max(0, x0); x < Math.min(region.getWidth(), x0 + width); x++) {
                region.setRGB(x, y, ((x - x0) + (y - y0)) % 8 < 2 ? STAND_IN_HATCH : STAND_IN);
            }
        }
    }

    @Override
    public String missing() {
        return missing;
    }

    @Override
    public void whenPixelsArrive(Runnable listener) {
        listeners.add(listener);
    }

    /** The server is back: what was missing may be fetched now; the listeners read again. */
    void arrived() {
        missing = null;
        listeners.forEach(Runnable::run);
    }

    private Level level(int level) {
        if (level < 0 || level >= levels.size()) {
            throw new IllegalArgumentException("level " + level + " does not exist; the pyramid has " + levels.size());
        }
        return levels.get(level);
    }

    @Override
    public void close() {
        listeners.clear();
        tiles.closed(this);
    }
}
