package org.annotide.ui.editor.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.annotide.ui.editor.internal.geometry.Viewport;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * The display tiles of one canvas: a cache of SWT images at exact zoom steps, painted unscaled (a blit is
 * what keeps a frame within budget), and the requests that keep it filled.
 * <p>
 * A paint draws the visible tiles it has, asks the workers for missing and stale ones (centre first, then
 * a ring around the viewport for panning), and fills holes with what it has at other zooms or, last, the
 * whole-image thumbnail. A stale tile (its annotations changed) is drawn until its replacement arrives,
 * so a change never makes the image blink. UI thread only, except the worker callback.
 */
public final class DisplayTiles {

    /** SWT images kept: 240 x 256 KiB of native memory. */
    private static final int MAX_ENTRIES = 240;
    /** Installing is cheap (the image is made by the worker), but a frame never spends more than this on it. */
    private static final long INSTALL_BUDGET_NANOS = 2_000_000;
    /** When a batch touches more regions than this, their union is invalidated instead. */
    private static final int MAX_REGIONS = 64;

    private static final class Entry {
        Image image;
        int version;
        int renderedVersion = -1;
        int failedVersion = -1;

        boolean current() {
            return image != null && renderedVersion == version;
        }

        boolean wanted() {
            return renderedVersion != version && failedVersion != version;
        }
    }

    private final Display display;
    private final TileRenderer renderer;
    private final double imageWidth;
    private final double imageHeight;
    private final Runnable repaint;
    private final TileScheduler scheduler;
    private final TileImages images;
    private final Map<TileKey, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentLinkedQueue<Delivery> ready = new ConcurrentLinkedQueue<>();
    /** Versions of tiles rendered and waiting in {@link #ready}: not to be asked for again. */
    private final Map<TileKey, Integer> delivered = new ConcurrentHashMap<>();
    private final TileKey thumbnailKey;
    private final Entry thumbnail = new Entry();
    private volatile boolean disposed;
    private boolean loggedFailure;
    /** The last frame's image layer, scrolled in place; null paints every visible tile every frame. */
    private TileLayer layer;
    /** Until the first frame with nothing left to wait for, helper workers render beside the lasting ones. */
    private boolean firstFrame = true;
    /** Tiles installed so far: stand-ins are redrawn when it moves. */
    private long installs;
    private int composedTiles;
    private long composedPixels;
    private long composedTilesTotal;
    /** Tiles the workers composed (pixels and, for overlay tiles, the rasterised annotations) so far. */
    private final AtomicLong rendered = new AtomicLong();

    /**
     * @param repaint asks for a paint on the UI thread soon; called from worker threads, so it must be
     *                cheap and thread-safe (the canvas coalesces calls)
     */
    public DisplayTiles(Display display, TileRenderer renderer, double imageWidth, double imageHeight, int workers,
            Runnable repaint) {
        this.display = display;
        this.renderer = renderer;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.repaint = repaint;
        this.thumbnailKey = new TileKey(thumbnailStep(imageWidth, imageHeight), 0, 0, false);
        this.images = new TileImages(display);
        // the thumbnail is the one tile of its zoom: kept in the cache like the others, never evicted
        entries.put(thumbnailKey, thumbnail);
        this.scheduler = new TileScheduler(workers, firstFrameHelpers(workers), "Annotide", renderer::render,
                this::deliver);
        this.layer = new TileLayer(display);
        // the thumbnail is the first tile every view asks for, whatever its size and zoom: asked for now, a worker
        // reads it (in a fresh JVM also loading and first running the code that decodes and composes tiles) while
        // the UI thread still builds the editor and its first frame, instead of after that frame. Last: a worker may
        // deliver at once.
        scheduler.request(List.of(new TileScheduler.Job(thumbnailKey, thumbnail.version)));
    }

    /**
     * Whether frames keep the last frame's image layer and draw only what changed (the default), or draw every
     * visible tile every frame (how frames were made before; kept for the benchmark's comparison).
     */
    public void setScrolling(boolean scrolling) {
        if (scrolling == (layer != null)) {
            return;
        }
        if (scrolling) {
            layer = new TileLayer(display);
        } else {
            layer.dispose();
            layer = null;
        }
    }

    public boolean scrolling() {
        return layer != null;
    }

    /** Tiles drawn (whole or in part, image or stand-in) by the last paint. */
    public int composedTiles() {
        return composedTiles;
    }

    /** Tiles drawn by all paints so far: what a run of frames (a pan, an edit until it shows) cost. */
    public long composedTilesTotal() {
        return composedTilesTotal;
    }

    /**
     * Tiles composed by the workers so far (read from the pyramid's cache and, for overlay tiles, the annotations
     * rasterised over them); an edit adds the tiles it touched that are in or next to the view, and no others.
     */
    public long renderedTiles() {
        return rendered.get();
    }

    /** Pixels drawn from tiles or stand-ins by the last paint (a full repaint: the screen's area). */
    public long composedPixels() {
        return composedPixels;
    }

    /** A rendered tile as an SWT image, made on the worker thread; null when rendering failed. */
    private record Delivery(TileKey key, int version, Image image, RuntimeException error) {
    }

    /**
     * Runs on a worker: makes the SWT image there too (images are resources, not widgets, and may be
     * created on any thread), so installing a tile costs the UI thread a reference swap, not the copy of
     * its pixels into a cairo surface.
     */
    private void deliver(TileScheduler.Result result) {
        Image image = null;
        RuntimeException error = result.error();
        if (result.data() != null) {
            rendered.incrementAndGet();
        }
        if (result.data() != null && !disposed && !display.isDisposed()) {
            try {
                image = images.create(result.data());
            } catch (RuntimeException e) {
                error = e;
            }
        }
        delivered.put(result.key(), result.version());
        ready.add(new Delivery(result.key(), result.version(), image, error));
        if (disposed) {
            // dispose() may have drained the queue before this delivery arrived
            drain();
            return;
        }
        repaint.run();
    }

    /**
     * Worker threads for a machine: one core is left to the UI thread, whose frames must not wait behind
     * tile rendering (Java thread priorities do not reach the Linux scheduler); at most four.
     */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Helpers for the first frame: the cores the lasting workers leave free. Before a view's first frame the UI
     * thread only waits for tiles (it draws stand-ins at most), so the core kept for its frames would idle; on a
     * two-core machine two threads instead of one decode and compose the first frame's tiles, most of its time.
     */
    static int firstFrameHelpers(int workers) {
        return Math.max(0, Runtime.getRuntime().availableProcessors() - workers);
    }

    /** Worker threads alive now: the lasting workers, and the first frame's helpers until they end. */
    public int workerThreads() {
        return scheduler.liveWorkers();
    }

    /** The largest ladder step at which the whole image fits in one tile. */
    static int thumbnailStep(double width, double height) {
        double fit = TileKey.SIZE / Math.max(1, Math.max(width, height));
        int step = (int) Math.floor(Viewport.STEPS_PER_OCTAVE * Math.log(fit) / Math.log(2) + 1e-9);
        return Math.max(Viewport.MIN_STEP, Math.min(0, step));
    }

    public TileRenderer renderer() {
        return renderer;
    }

    /**
     * Paints the image tiles of the viewport over the whole screen area (the background around the image).
     *
     * @param overlay whether tiles carry the rasterised annotations
     * @return true when every visible tile was drawn current at the exact zoom
     */
    public boolean paint(GC gc, Viewport viewport, boolean overlay, Color background) {
        install();
        int size = TileKey.SIZE;
        int step = viewport.step();
        double scale = viewport.scale();
        long offsetX = viewport.offsetX();
        long offsetY = viewport.offsetY();
        int lastColumn = (int) Math.ceil(imageWidth * scale / size) - 1;
        int lastRow = (int) Math.ceil(imageHeight * scale / size) - 1;
        int c0 = (int) Math.max(0, Math.floorDiv(offsetX, size));
        int c1 = (int) Math.min(lastColumn, Math.floorDiv(offsetX + viewport.screenWidth() - 1, size));
        int r0 = (int) Math.max(0, Math.floorDiv(offsetY, size));
        int r1 = (int) Math.min(lastRow, Math.floorDiv(offsetY + viewport.screenHeight() - 1, size));

        List<TileScheduler.Job> jobs = new ArrayList<>();
        if (thumbnail.wanted() && !Integer.valueOf(thumbnail.version).equals(delivered.get(thumbnailKey))) {
            jobs.add(new TileScheduler.Job(thumbnailKey, thumbnail.version));
        }
        List<TileKey> visible = new ArrayList<>();
        List<TileKey> holes = new ArrayList<>();
        boolean complete = true;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                TileKey key = new TileKey(step, c, r, overlay);
                Entry entry = entries.computeIfAbsent(key, k -> new Entry());
                visible.add(key);
                if (entry.image == null) {
                    holes.add(key);
                }
                complete &= entry.current();
            }
        }
        double centreColumn = (offsetX + viewport.screenWidth() / 2.0) / size - 0.5;
        double centreRow = (offsetY + viewport.screenHeight() / 2.0) / size - 0.5;
        Comparator<TileKey> fromCentre = Comparator.comparingDouble(
                key -> Math.hypot(key.column() - centreColumn, key.row() - centreRow));
        visible.stream().sorted(fromCentre).forEach(key -> want(key, jobs));
        ring(step, overlay, c0, c1, r0, r1, lastColumn, lastRow).stream().sorted(fromCentre)
                .forEach(key -> want(key, jobs));
        scheduler.request(jobs);
        if (firstFrame && !visible.isEmpty() && (complete || pending() == 0)) {
            // the first frame that shows the image is whole (or nothing more will come): from now on the UI
            // thread's frames need a core (a frame before the canvas has its size shows no tile: not that one)
            firstFrame = false;
            scheduler.dismissHelpers();
        }

        if (layer != null) {
            layer.compose(viewport, overlay, visible, background, layerSource);
            Blit.draw(gc, layer.image(), 0, 0);
            composedTiles = layer.composedTiles();
            composedPixels = layer.composedPixels();
        } else {
            gc.setBackground(background);
            gc.fillRectangle(0, 0, viewport.screenWidth(), viewport.screenHeight());
            if (!holes.isEmpty()) {
                paintThumbnail(gc, viewport);
                paintFallbacks(gc, viewport, holes);
            }
            for (TileKey key : visible) {
                Entry entry = entries.get(key);
                if (entry != null && entry.image != null) {
                    Blit.draw(gc, entry.image, (int) (key.column() * (long) size - offsetX),
                            (int) (key.row() * (long) size - offsetY));
                }
            }
            composedTiles = visible.size();
            composedPixels = (long) viewport.screenWidth() * viewport.screenHeight();
        }
        composedTilesTotal += composedTiles;
        evict(visible.size());
        return complete;
    }

    private final TileLayer.Source layerSource = new TileLayer.Source() {
        @Override
        public Image image(TileKey key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.image;
        }

        @Override
        public void paintStandIn(GC gc, Viewport viewport, TileKey key) {
            paintThumbnail(gc, viewport);
            paintFallbacks(gc, viewport, List.of(key));
        }

        @Override
        public long installs() {
            return installs;
        }
    };

    /** The whole image at the thumbnail zoom, once rendered; null before. Not to be disposed. */
    public Image thumbnail() {
        return thumbnail.image;
    }

    /** Zoom step of {@link #thumbnail()}. */
    public int thumbnailStep() {
        return thumbnailKey.step();
    }

    /**
     * Marks overlay tiles stale whose drawing any of the image regions (glyph bounds) reaches, at every zoom in
     * the cache; the others stay as they are. A stale tile is rendered again only when it is wanted (visible or
     * next to the view).
     */
    public void invalidate(List<double[]> regions) {
        if (regions.isEmpty()) {
            return;
        }
        List<double[]> areas = regions.size() <= MAX_REGIONS ? regions : List.of(union(regions));
        for (Map.Entry<TileKey, Entry> item : entries.entrySet()) {
            if (!item.getKey().overlay()) {
                continue;
            }
            for (double[] region : areas) {
                if (item.getKey().touchedBy(region)) {
                    item.getValue().version++;
                    break;
                }
            }
        }
    }

    /** Marks every tile stale, the thumbnail too (the display adjustment changed). */
    public void invalidateAll() {
        for (Entry entry : entries.values()) {
            entry.version++;
        }
    }

    /** Marks every overlay tile stale (style or label colours changed). */
    public void invalidateOverlays() {
        for (Map.Entry<TileKey, Entry> item : entries.entrySet()) {
            if (item.getKey().overlay()) {
                item.getValue().version++;
            }
        }
    }

    /** Tiles asked for and not yet installed. */
    public int pending() {
        return scheduler.waiting() + ready.size();
    }

    public void dispose() {
        disposed = true;
        scheduler.stop();
        images.dispose();
        if (layer != null) {
            layer.dispose();
        }
        for (Entry entry : entries.values()) {
            if (entry.image != null) {
                entry.image.dispose();
            }
        }
        entries.clear();
        drain();
    }

    /** Frees delivered images nobody will install: here on the UI thread, else through it. */
    private void drain() {
        Delivery delivery;
        while ((delivery = ready.poll()) != null) {
            Image image = delivery.image();
            if (image == null || display.isDisposed()) {
                continue;
            }
            if (Display.getCurrent() == display) {
                image.dispose();
            } else {
                display.asyncExec(image::dispose);
            }
        }
        delivered.clear();
    }

    private void want(TileKey key, List<TileScheduler.Job> jobs) {
        Entry entry = entries.get(key);
        if (entry != null && entry != thumbnail && entry.wanted()
                && !Integer.valueOf(entry.version).equals(delivered.get(key))) {
            jobs.add(new TileScheduler.Job(key, entry.version));
        }
    }

    /** Tiles just outside the viewport, rendered when the visible ones are done so panning finds them. */
    private List<TileKey> ring(int step, boolean overlay, int c0, int c1, int r0, int r1, int lastColumn,
            int lastRow) {
        List<TileKey> ring = new ArrayList<>();
        for (int r = r0 - 1; r <= r1 + 1; r++) {
            for (int c = c0 - 1; c <= c1 + 1; c++) {
                boolean inside = r >= r0 && r <= r1 && c >= c0 && c <= c1;
                if (!inside && r >= 0 && c >= 0 && r <= lastRow && c <= lastColumn) {
                    TileKey key = new TileKey(step, c, r, overlay);
                    if (!entries.containsKey(key)) {
                        entries.put(key, new Entry());
                    }
                    ring.add(key);
                }
            }
        }
        return ring;
    }

    /** Installs delivered tiles, within a time budget so one frame never stalls. */
    private void install() {
        long deadline = System.nanoTime() + INSTALL_BUDGET_NANOS;
        Delivery delivery;
        while ((delivery = ready.poll()) != null) {
            delivered.remove(delivery.key(), delivery.version());
            Entry entry = entries.get(delivery.key());
            if (entry != null && entry.version == delivery.version() && delivery.image() != null) {
                if (entry.image != null) {
                    entry.image.dispose();
                }
                entry.image = delivery.image();
                entry.renderedVersion = delivery.version();
                installs++;
            } else {
                if (delivery.image() != null) {
                    delivery.image().dispose();
                }
                if (entry != null && entry.version == delivery.version()) {
                    entry.failedVersion = delivery.version();
                    logFailure(delivery.error());
                }
            }
            if (System.nanoTime() > deadline) {
                if (!ready.isEmpty()) {
                    repaint.run();
                }
                return;
            }
        }
    }

    private void paintThumbnail(GC gc, Viewport viewport) {
        if (thumbnail.image == null) {
            return;
        }
        double thumbScale = thumbnailKey.scale();
        int width = (int) Math.ceil(imageWidth * thumbScale);
        int height = (int) Math.ceil(imageHeight * thumbScale);
        gc.setInterpolation(SWT.LOW);
        Blit.draw(gc, thumbnail.image, 0, 0, Math.min(width, TileKey.SIZE), Math.min(height, TileKey.SIZE),
                (int) viewport.toScreenX(0), (int) viewport.toScreenY(0),
                (int) Math.round(Math.min(width, TileKey.SIZE) / thumbScale * viewport.scale()),
                (int) Math.round(Math.min(height, TileKey.SIZE) / thumbScale * viewport.scale()));
        gc.setInterpolation(SWT.DEFAULT);
    }

    /** Draws tiles of other zooms (and the other overlay mode) that cover the holes, nearest zoom last. */
    private void paintFallbacks(GC gc, Viewport viewport, List<TileKey> holes) {
        int step = viewport.step();
        List<Map.Entry<TileKey, Entry>> candidates = new ArrayList<>();
        for (Map.Entry<TileKey, Entry> item : entries.entrySet()) {
            TileKey key = item.getKey();
            if (item.getValue().image == null || (key.step() == step && holes.contains(key))) {
                continue;
            }
            double[] bounds = key.imageBounds();
            for (TileKey hole : holes) {
                if (hole.intersects(bounds) && !(key.step() == step && key.overlay() == hole.overlay())) {
                    candidates.add(item);
                    break;
                }
            }
        }
        candidates.sort(Comparator.comparingInt(
                (Map.Entry<TileKey, Entry> item) -> Math.abs(item.getKey().step() - step)).reversed());
        gc.setInterpolation(SWT.LOW);
        for (Map.Entry<TileKey, Entry> item : candidates) {
            double[] bounds = item.getKey().imageBounds();
            int x = (int) Math.floor(viewport.toScreenX(bounds[0]));
            int y = (int) Math.floor(viewport.toScreenY(bounds[1]));
            int width = (int) Math.ceil(viewport.toScreenX(bounds[2])) - x;
            int height = (int) Math.ceil(viewport.toScreenY(bounds[3])) - y;
            Blit.draw(gc, item.getValue().image, 0, 0, TileKey.SIZE, TileKey.SIZE, x, y, width, height);
        }
        gc.setInterpolation(SWT.DEFAULT);
    }

    private void evict(int keep) {
        int excess = entries.size() - Math.max(MAX_ENTRIES, keep * 2);
        for (Iterator<Entry> it = entries.values().iterator(); excess > 0 && it.hasNext();) {
            Entry entry = it.next();
            if (entry == thumbnail) {
                continue;
            }
            if (entry.image != null) {
                entry.image.dispose();
            }
            it.remove();
            excess--;
        }
    }

    private static double[] union(List<double[]> regions) {
        double[] union = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (double[] region : regions) {
            union[0] = Math.min(union[0], region[0]);
            union[1] = Math.min(union[1], region[1]);
            union[2] = Math.max(union[2], region[2]);
            union[3] = Math.max(union[3], region[3]);
        }
        return union;
    }

    private void logFailure(RuntimeException error) {
        if (!loggedFailure && error != null) {
            loggedFailure = true;
            ILog.of(DisplayTiles.class).error("Rendering an image tile failed; later failures are not logged", error);
        }
    }
}
