package org.annotide.ui.editor.internal.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.annotide.model.Annotation;

/**
 * The glyphs of one image in a {@link LooseGrid}, looked up by rectangle (viewport culling, tile rendering,
 * hit testing) or by annotation. The UI thread changes it; tile renderers on worker threads query it at
 * the same time, so every access takes a read or write lock and queries return copies.
 */
public final class GlyphIndex {

    /** Paint order: z-order first, then the order in which annotations were listed or added. */
    public static final Comparator<Glyph> DRAW_ORDER = Comparator.comparingInt(Glyph::zOrder)
            .thenComparingLong(Glyph::sequence);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LooseGrid grid;
    private final Map<Annotation, Glyph> byAnnotation;
    private Glyph[] glyphs;
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int used;

    /**
     * @param expectedSize how many glyphs to make room for at once (growing a map of a million costs time)
     */
    public GlyphIndex(double x, double y, double width, double height, int expectedSize) {
        grid = new LooseGrid(x, y, width, height);
        byAnnotation = new IdentityHashMap<>(Math.max(16, expectedSize));
        glyphs = new Glyph[Math.max(1024, expectedSize)];
    }

    /** Adds the glyph, or replaces the glyph of the same annotation. */
    public void put(Glyph glyph) {
        lock.writeLock().lock();
        try {
            Glyph old = byAnnotation.put(glyph.annotation(), glyph);
            int slot;
            if (old != null) {
                slot = old.slot;
                grid.remove(slot, old.minX(), old.minY(), old.maxX(), old.maxY());
            } else {
                slot = allocate();
            }
            glyph.slot = slot;
            glyphs[slot] = glyph;
            grid.insert(slot, glyph.minX(), glyph.minY(), glyph.maxX(), glyph.maxY());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** @return the removed glyph, or null when the annotation had none */
    public Glyph remove(Annotation annotation) {
        lock.writeLock().lock();
        try {
            Glyph old = byAnnotation.remove(annotation);
            if (old == null) {
                return null;
            }
            int slot = old.slot;
            grid.remove(slot, old.minX(), old.minY(), old.maxX(), old.maxY());
            glyphs[slot] = null;
            if (freeCount == freeSlots.length) {
                freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
            }
            freeSlots[freeCount++] = slot;
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Glyph get(Annotation annotation) {
        lock.readLock().lock();
        try {
            return byAnnotation.get(annotation);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return byAnnotation.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Glyphs intersecting the rectangle that have none of the excluded flags, in paint order.
     */
    public List<Glyph> query(double minX, double minY, double maxX, double maxY, int excludedFlags) {
        List<Glyph> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            grid.query(minX, minY, maxX, maxY, slot -> {
                Glyph glyph = glyphs[slot];
                if ((glyph.flags() & excludedFlags) == 0 && glyph.intersects(minX, minY, maxX, maxY)) {
                    found.add(glyph);
                }
                return true;
            });
        } finally {
            lock.readLock().unlock();
        }
        found.sort(DRAW_ORDER);
        return found;
    }

    /**
     * At most {@code limit} glyphs intersecting the rectangle that have none of the excluded flags, in no
     * particular order: a sample that costs the limit, not the number of glyphs in the rectangle.
     */
    public List<Glyph> sample(double minX, double minY, double maxX, double maxY, int excludedFlags, int limit) {
        List<Glyph> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            grid.query(minX, minY, maxX, maxY, slot -> {
                Glyph glyph = glyphs[slot];
                if ((glyph.flags() & excludedFlags) == 0 && glyph.intersects(minX, minY, maxX, maxY)) {
                    found.add(glyph);
                }
                return found.size() < limit;
            });
        } finally {
            lock.readLock().unlock();
        }
        return found;
    }

    /** How many glyphs without the excluded flags intersect the rectangle, counting no further than limit. */
    public int count(double minX, double minY, double maxX, double maxY, int excludedFlags, int limit) {
        int[] count = { 0 };
        lock.readLock().lock();
        try {
            grid.query(minX, minY, maxX, maxY, slot -> {
                Glyph glyph = glyphs[slot];
                if ((glyph.flags() & excludedFlags) == 0 && glyph.intersects(minX, minY, maxX, maxY)) {
                    count[0]++;
                }
                return count[0] < limit;
            });
        } finally {
            lock.readLock().unlock();
        }
        return count[0];
    }

    /** Visits every glyph (in no particular order) under the read lock; the visitor must not change the index. */
    public void forEach(Consumer<Glyph> visitor) {
        lock.readLock().lock();
        try {
            for (int i = 0; i < used; i++) {
                if (glyphs[i] != null) {
                    visitor.accept(glyphs[i]);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (used == glyphs.length) {
            glyphs = Arrays.copyOf(glyphs, used * 2);
        }
        return used++;
    }
}
