package org.annotide.ui.editor.internal.part;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.ui.editor.internal.render.AwtImages;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The tiles of the image as a strip of thumbnails under the canvas. Click selects a tile, Ctrl-click
 * toggles one, Shift-click selects a range; the selection (as Tiles) is the editor's selection while the
 * strip has focus, so "New Training Set from Selection" takes it. Double-click (or Enter) opens a tile. The
 * drop-down limits the strip to the tiles of one training set. Only visible thumbnails are drawn and
 * loaded, so an image cut into ten thousand tiles costs what fits on screen. The strip's widgets are made when the
 * first image with tiles is shown (most images have none, and a GTK drop-down is slow to make), and it hides itself
 * while the image shown has no tiles.
 */
final class Filmstrip {

    static final int THUMB = 96;
    private static final int ITEM_WIDTH = THUMB + 12;
    private static final int ITEM_HEIGHT = THUMB + 22;
    private static final int CACHE = 256;

    private final Composite parent;
    /** The strip's widgets: null until an image with tiles is shown. */
    private Composite root;
    private Combo filter;
    private Canvas strip;
    private final Supplier<ImagePyramid> pixels;
    private final Consumer<Tile> onOpen;
    private final Runnable onSelection;
    private final Runnable onFocus;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Annotide filmstrip thumbnails");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Tile, Image> thumbnails = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<Tile> loading = new LinkedHashSet<>();
    private final Set<Tile> selected = new LinkedHashSet<>();
    private final List<TrainingSet> filters = new ArrayList<>();
    private List<Tile> allTiles = List.of();
    private List<Tile> shown = List.of();
    private ImageAsset image;
    private Tile current;
    private int anchor = -1;
    private int offset;
    /** Thumbnails are read only once the editor's first frame is complete: until then the tile workers have the cores. */
    private boolean thumbnailsStarted;

    /**
     * @param parent      the editor's composite (a grid of two columns): the strip is its last row
     * @param onSelection the selected tiles changed
     * @param onFocus     the strip got the keyboard focus
     */
    Filmstrip(Composite parent, Supplier<ImagePyramid> pixels, Consumer<Tile> onOpen, Runnable onSelection,
            Runnable onFocus) {
        this.parent = parent;
        this.pixels = pixels;
        this.onOpen = onOpen;
        this.onSelection = onSelection;
        this.onFocus = onFocus;
        parent.addListener(SWT.Dispose, event -> dispose());
    }

    private void create() {
        root = new Composite(parent, SWT.NONE);
        root.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false, 2, 1));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        root.setLayout(layout);
        Label label = new Label(root, SWT.NONE);
        label.setText("Tiles:");
        filter = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        filter.setData("annotide.role", "filmstripFilter");
        filter.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        filter.addListener(SWT.Selection, event -> applyFilter());
        strip = new Canvas(root, SWT.H_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        strip.setData("annotide.role", "filmstrip");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = ITEM_HEIGHT + 2;
        strip.setLayoutData(data);
        strip.addListener(SWT.Paint, event -> paint(event.gc));
        strip.addListener(SWT.Resize, event -> updateScrollBar());
        strip.addListener(SWT.MouseDown, this::mouseDown);
        strip.addListener(SWT.MouseDoubleClick, this::doubleClick);
        strip.addListener(SWT.KeyDown, this::keyDown);
        strip.addListener(SWT.MouseVerticalWheel, event -> scrollTo(offset - event.count * ITEM_WIDTH / 2));
        strip.getHorizontalBar().addListener(SWT.Selection, event -> scrollTo(strip.getHorizontalBar().getSelection()));
        strip.addListener(SWT.FocusIn, event -> onFocus.run());
    }

    /**
     * Shows the tiles of the image, marking the current one; keeps the filter if it still applies. The strip shows
     * only while the image has tiles.
     */
    void show(ImageAsset newImage, Tile newCurrent) {
        boolean sameImage = newImage == image;
        image = newImage;
        current = newCurrent;
        allTiles = new ArrayList<>(image.getTiles());
        allTiles.sort(Comparator.comparingInt(Tile::getTileIndex));
        if (!sameImage) {
            selected.clear();
            clearThumbnails();
        }
        selected.retainAll(allTiles);
        boolean made = false;
        if (root == null) {
            if (allTiles.isEmpty()) {
                return;
            }
            create();
            made = true;
        }
        setVisible(!allTiles.isEmpty(), made);
        TrainingSet active = filter.getSelectionIndex() > 0 && filter.getSelectionIndex() - 1 < filters.size()
                ? filters.get(filter.getSelectionIndex() - 1)
                : null;
        refreshFilters(active);
        applyFilter();
        reveal(current);
    }

    private void setVisible(boolean visible, boolean relayout) {
        GridData data = (GridData) root.getLayoutData();
        if (data.exclude == visible || relayout) {
            data.exclude = !visible;
            root.setVisible(visible);
            parent.layout(true);
        }
    }

    IStructuredSelection selection() {
        return new StructuredSelection(new ArrayList<>(selected));
    }

    private void refreshFilters(TrainingSet keep) {
        filters.clear();
        List<String> items = new ArrayList<>();
        items.add("All tiles (" + allTiles.size() + ")");
        if (image != null && image.eContainer() instanceof Project project) {
            for (TrainingSet set : project.getTrainingSets()) {
                long count = set.getTiles().stream().filter(tile -> tile.getImage() == image).count();
                if (count > 0) {
                    filters.add(set);
                    items.add(set.getName() + " (" + count + ")");
                }
            }
        }
        filter.setItems(items.toArray(String[]::new));
        int index = keep == null ? 0 : filters.indexOf(keep) + 1;
        filter.select(Math.max(0, index));
        root.layout(true);
    }

    private void applyFilter() {
        int index = filter.getSelectionIndex();
        if (index > 0 && index - 1 < filters.size()) {
            Set<Tile> members = new LinkedHashSet<>(filters.get(index - 1).getTiles());
            shown = allTiles.stream().filter(members::contains).toList();
        } else {
            shown = allTiles;
        }
        updateScrollBar();
        strip.redraw();
    }

    private void paint(GC gc) {
        Point size = strip.getSize();
        gc.setBackground(strip.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, size.x, size.y);
        int first = Math.max(0, offset / ITEM_WIDTH);
        int last = Math.min(shown.size() - 1, (offset + size.x) / ITEM_WIDTH);
        List<Tile> wanted = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Tile tile = shown.get(i);
            int x = i * ITEM_WIDTH - offset + 6;
            Image thumbnail = thumbnails.get(tile);
            if (thumbnail != null) {
                gc.drawImage(thumbnail, x, 2);
            } else {
                gc.setBackground(strip.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.fillRectangle(x, 2, THUMB, THUMB);
                wanted.add(tile);
            }
            if (selected.contains(tile)) {
                gc.setForeground(strip.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setLineWidth(3);
                gc.drawRectangle(x - 2, 1, THUMB + 3, THUMB + 2);
            }
            if (tile == current) {
                gc.setForeground(strip.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                gc.setLineWidth(2);
                gc.drawRectangle(x - 1, 1, THUMB + 1, THUMB + 1);
            }
            gc.setLineWidth(1);
            gc.setForeground(strip.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(tile.getTileIndex() + " [" + tile.getRow() + "," + tile.getColumn() + "]", x, THUMB + 4, true);
        }
        if (thumbnailsStarted) {
            load(wanted);
        }
    }

    /** Reads the thumbnails shown from now on (the editor's first frame is complete). */
    void startThumbnails() {
        thumbnailsStarted = true;
        if (strip != null && !strip.isDisposed()) {
            strip.redraw();
        }
    }

    private void load(List<Tile> wanted) {
        ImagePyramid pyramid = pixels.get();
        if (pyramid == null) {
            return;
        }
        for (Tile tile : wanted) {
            if (loading.add(tile)) {
                try {
                    loader.execute(() -> {
                        ImageData data = thumbnail(pyramid, tile);
                        strip.getDisplay().asyncExec(() -> install(tile, data));
                    });
                } catch (RejectedExecutionException e) {
                    return;
                }
            }
        }
    }

    private void install(Tile tile, ImageData data) {
        loading.remove(tile);
        if (strip.isDisposed() || data == null || tile.getImage() != image) {
            return;
        }
        Image old = thumbnails.put(tile, new Image(strip.getDisplay(), data));
        if (old != null) {
            old.dispose();
        }
        while (thumbnails.size() > CACHE) {
            Map.Entry<Tile, Image> eldest = thumbnails.entrySet().iterator().next();
            eldest.getValue().dispose();
            thumbnails.remove(eldest.getKey());
        }
        strip.redraw();
    }

    /** The tile's region from the pyramid level closest to thumbnail size, fitted into the thumbnail. */
    private static ImageData thumbnail(ImagePyramid pyramid, Tile tile) {
        try {
            double needed = Math.max(tile.getWidth(), tile.getHeight()) / (double) THUMB;
            int level = 0;
            for (int l = 1; l < pyramid.levelCount(); l++) {
                if (pyramid.downsample(l) <= needed) {
                    level = l;
                }
            }
            double downsample = pyramid.downsample(level);
            int x = (int) Math.floor(tile.getX() / downsample);
            int y = (int) Math.floor(tile.getY() / downsample);
            int width = Math.max(1, Math.min(pyramid.levelWidth(level) - x, (int) Math.ceil(tile.getWidth() / downsample)));
            int height = Math.max(1, Math.min(pyramid.levelHeight(level) - y, (int) Math.ceil(tile.getHeight() / downsample)));
            if ((long) width * height > 16L * 1024 * 1024) {
                return null;
            }
            BufferedImage region = pyramid.readRegion(level, x, y, width, height);
            BufferedImage thumb = new BufferedImage(THUMB, THUMB, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = thumb.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(Color.DARK_GRAY);
                g.fillRect(0, 0, THUMB, THUMB);
                double scale = Math.min(THUMB / (double) width, THUMB / (double) height);
                int drawnWidth = (int) Math.round(width * scale);
                int drawnHeight = (int) Math.round(height * scale);
                // edge tiles are narrower than the others: centred, they read as a sliver of the image
                g.drawImage(region, (THUMB - drawnWidth) / 2, (THUMB - drawnHeight) / 2, drawnWidth, drawnHeight, null);
            } finally {
                g.dispose();
            }
            return AwtImages.toImageData(thumb);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void mouseDown(Event event) {
        strip.setFocus();
        int index = (event.x + offset) / ITEM_WIDTH;
        if (event.button != 1 || index < 0 || index >= shown.size()) {
            return;
        }
        Tile tile = shown.get(index);
        if ((event.stateMask & SWT.SHIFT) != 0 && anchor >= 0 && anchor < shown.size()) {
            if ((event.stateMask & SWT.MOD1) == 0) {
                selected.clear();
            }
            for (int i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
                selected.add(shown.get(i));
            }
        } else if ((event.stateMask & SWT.MOD1) != 0) {
            if (!selected.remove(tile)) {
                selected.add(tile);
            }
            anchor = index;
        } else {
            selected.clear();
            selected.add(tile);
            anchor = index;
        }
        strip.redraw();
        onSelection.run();
    }

    private void doubleClick(Event event) {
        int index = (event.x + offset) / ITEM_WIDTH;
        if (event.button == 1 && index >= 0 && index < shown.size()) {
            onOpen.accept(shown.get(index));
        }
    }

    private void keyDown(Event event) {
        if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && selected.size() == 1) {
            onOpen.accept(selected.iterator().next());
        }
    }

    private void reveal(Tile tile) {
        int index = shown.indexOf(tile);
        if (index < 0) {
            return;
        }
        int width = Math.max(ITEM_WIDTH, strip.getSize().x);
        if (index * ITEM_WIDTH < offset || (index + 1) * ITEM_WIDTH > offset + width) {
            scrollTo(index * ITEM_WIDTH - width / 2 + ITEM_WIDTH / 2);
        }
    }

    private void scrollTo(int newOffset) {
        int max = Math.max(0, shown.size() * ITEM_WIDTH - strip.getSize().x);
        offset = Math.max(0, Math.min(max, newOffset));
        ScrollBar bar = strip.getHorizontalBar();
        bar.setSelection(offset);
        strip.redraw();
    }

    private void updateScrollBar() {
        ScrollBar bar = strip.getHorizontalBar();
        int total = shown.size() * ITEM_WIDTH;
        int visible = Math.max(1, strip.getSize().x);
        bar.setValues(Math.min(offset, Math.max(0, total - visible)), 0, Math.max(total, visible), visible,
                ITEM_WIDTH, visible);
        scrollTo(offset);
    }

    private void clearThumbnails() {
        for (Image thumbnail : thumbnails.values()) {
            thumbnail.dispose();
        }
        thumbnails.clear();
        loading.clear();
    }

    private void dispose() {
        loader.shutdownNow();
        if (strip == null) {
            return;
        }
        clearThumbnails();
    }
}
