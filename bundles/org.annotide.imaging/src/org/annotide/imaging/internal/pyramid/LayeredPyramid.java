package org.annotide.imaging.internal.pyramid;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annotide.imaging.BlockPyramid;
import org.annotide.imaging.TileCache;

/**
 * A pyramid of a file assembled from levels of different origins (the file's own levels, the pyramid cache, levels
 * halved in memory), all read block by block through the shared tile cache; it owns the sources it reads.
 */
public final class LayeredPyramid extends BlockPyramid {

    private final List<AutoCloseable> resources = new ArrayList<>();

    LayeredPyramid(TileCache cache, boolean alpha) {
        super(cache, alpha);
    }

    void addLevel(Level level) {
        add(level);
    }

    void replaceLastLevel(Level level) {
        replaceLast(level);
    }

    void own(AutoCloseable resource) {
        resources.add(resource);
    }

    /** A region of a level as packed pixels, for a level halved from it. */
    int[] pixels(int level, int x, int y, int width, int height) throws IOException {
        return readPixels(level, x, y, width, height);
    }

    @Override
    public void close() {
        super.close();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // sources only read: closing cannot lose data
            }
        }
        resources.clear();
    }
}
