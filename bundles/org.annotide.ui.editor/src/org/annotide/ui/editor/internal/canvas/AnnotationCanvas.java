package org.annotide.ui.editor.internal.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.core.store.StoreException;
import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;
import org.annotide.model.edit.ClassRules;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.edit.AnnotationSelection;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.AnnotationChanges;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.DisplayTiles;
import org.annotide.ui.editor.internal.render.FrameRenderer;
import org.annotide.ui.editor.internal.render.GlyphPainter;
import org.annotide.ui.editor.internal.render.DisplayAdjustment;
import org.annotide.ui.editor.internal.render.RenderStyle;
import org.annotide.ui.editor.internal.render.Scene;
import org.annotide.ui.editor.internal.render.TileRenderer;
import org.annotide.ui.editor.internal.tools.SelectTool;
import org.annotide.ui.editor.internal.tools.Tool;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.annotide.ui.editor.internal.tools.ToolSite;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The drawing surface of the annotation editor: shows an {@link ImageSession} through a {@link Viewport},
 * paints frames with a {@link FrameRenderer}, and hands mouse input to the active {@link Tool} (zoom,
 * pan and the overview are handled by {@link CanvasInput}). Plain SWT: the editor part and the benchmark
 * both use it.
 */
public final class AnnotationCanvas implements Scene, ToolSite {

    /** Tells the editor what to show in the status line and when the selection or model changed. */
    public interface Listener {
        default void pointer(double imageX, double imageY) {
        }

        default void viewChanged() {
        }

        default void hint(String text) {
        }

        /** A transient message, shown until {@link #actionStarted()}. */
        default void note(String text) {
        }

        /** The user began an action (a command, a click, the wheel): transient messages are stale. */
        default void actionStarted() {
        }

        default void selectionChanged() {
        }

        default void annotationsChanged(AnnotationChanges changes) {
        }

        /** A command failed (the project is read-only, the disk is full): the message says what happened. */
        default void commandFailed(String message) {
        }
    }

    /** Selections larger than this are outlined from a sample of the visible glyphs. */
    private static final int LARGE_SELECTION = 5_000;
    private static final double MIN_BRUSH = 1;
    private static final double MAX_BRUSH = 500;

    private final Canvas canvas;
    private final Display display;
    private final Viewport viewport = new Viewport();
    private final FrameRenderer renderer;
    private final AnnotationSelection selection = new AnnotationSelection();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean repaintPending = new AtomicBoolean();
    private final Set<Annotation> excluded = ConcurrentHashMap.newKeySet();
    private final Map<ToolKind, Tool> tools = new EnumMap<>(ToolKind.class);
    private final ImageAnnotations.Listener modelListener = this::modelChanged;
    private List<Glyph> live = List.of();
    private ImageSession session;
    private DisplayTiles tiles;
    private RenderStyle style = RenderStyle.DEFAULT;
    /** Applied by the tile workers: volatile. */
    private volatile DisplayAdjustment adjustment = DisplayAdjustment.NONE;
    private ToolKind toolKind = ToolKind.SELECT;
    private LabelClass currentClass;
    private double brushRadius = 12;
    private boolean overviewVisible = true;
    private boolean fitPending;
    private String statusMessage;
    private FrameRenderer.FrameResult lastFrame;
    /** Work waiting for a complete frame ({@link #afterCompleteFrame}). */
    private final List<Runnable> afterCompleteFrame = new ArrayList<>();

    /** The longest {@link #afterCompleteFrame} waits for a complete frame. */
    static final int COMPLETE_FRAME_WAIT_MS = 2_000;

    public AnnotationCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.NO_REDRAW_RESIZE);
        display = canvas.getDisplay();
        renderer = new FrameRenderer(display);
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> {
            Rectangle area = canvas.getClientArea();
            viewport.setScreenSize(area.width, area.height);
            if (fitPending && area.width > 1 && area.height > 1) {
                fitPending = false;
                viewport.fit();
                viewChanged();
            }
            canvas.redraw();
        });
        canvas.addDisposeListener(event -> dispose());
        selection.addListener(this::selectionChanged);
        new CanvasInput(this).install();
    }

    public Canvas control() {
        return canvas;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------ session

    /** Shows another image or tile; the previous session is closed. Fits the content to the screen. */
    public void setSession(ImageSession newSession) {
        cancelTool();
        if (session != null) {
            session.annotations().removeListener(modelListener);
            session.close();
        }
        session = newSession;
        selection.clear();
        live = List.of();
        excluded.clear();
        rebuildTiles();
        double[] window = session.window();
        viewport.setContent(window[0], window[1], window[2] - window[0], window[3] - window[1]);
        Rectangle area = canvas.getClientArea();
        viewport.setScreenSize(Math.max(1, area.width), Math.max(1, area.height));
        viewport.fit();
        // before the first layout the canvas has no size: fit again once it has one
        fitPending = area.width <= 1 || area.height <= 1;
        session.annotations().addListener(modelListener);
        viewChanged();
        canvas.redraw();
    }

    public ImageSession session() {
        return session;
    }

    /** Shows nothing: the session is closed and its annotations released (a read-only viewer that was emptied). */
    public void clearSession() {
        if (session != null) {
            cancelTool();
            session.annotations().removeListener(modelListener);
            session.close();
            session = null;
        }
        if (tiles != null) {
            tiles.dispose();
            tiles = null;
        }
        selection.clear();
        live = List.of();
        excluded.clear();
        canvas.redraw();
    }

    /** New pixels for the current image (after its pyramid was built). */
    public void pixelsChanged() {
        rebuildTiles();
        canvas.redraw();
    }

    private void rebuildTiles() {
        if (tiles != null) {
            tiles.dispose();
        }
        TileRenderer tileRenderer = new TileRenderer(session.pyramid(), session.imageWidth(), session.imageHeight(),
                session.annotations().index(), excluded, () -> style, () -> adjustment);
        tiles = new DisplayTiles(display, tileRenderer, session.imageWidth(), session.imageHeight(),
                DisplayTiles.defaultWorkers(), this::requestRepaint);
    }

    // ------------------------------------------------------------------ painting

    private void paint(GC gc) {
        if (session == null) {
            gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.fillRectangle(canvas.getClientArea());
            return;
        }
        lastFrame = renderer.paint(gc, this);
        StartupProbe.framePainted(display, lastFrame);
        if (lastFrame.complete() && !afterCompleteFrame.isEmpty()) {
            // from the event loop: what waits may make widgets, which a paint listener must not
            display.asyncExec(this::runAfterCompleteFrame);
        }
    }

    /**
     * Runs the action on the UI thread once a frame of this canvas is complete (every visible tile drawn), at once
     * when the last one was, and after {@link #COMPLETE_FRAME_WAIT_MS} at the latest (pixels that cannot be read, a
     * canvas not shown): for work that the first frame does not need and would otherwise wait for. Dropped when the
     * canvas is disposed first.
     */
    public void afterCompleteFrame(Runnable action) {
        afterCompleteFrame.add(action);
        if (lastFrame != null && lastFrame.complete()) {
            display.asyncExec(this::runAfterCompleteFrame);
        } else if (afterCompleteFrame.size() == 1) {
            display.timerExec(COMPLETE_FRAME_WAIT_MS, this::runAfterCompleteFrame);
        }
    }

    private void runAfterCompleteFrame() {
        if (canvas.isDisposed() || afterCompleteFrame.isEmpty()) {
            return;
        }
        List<Runnable> due = new ArrayList<>(afterCompleteFrame);
        afterCompleteFrame.clear();
        due.forEach(Runnable::run);
    }

    /** The outcome of the last paint; null before the first. */
    public FrameRenderer.FrameResult lastFrame() {
        return lastFrame;
    }

    /** Asks for a paint soon; safe from any thread, coalesced. */
    public void requestRepaint() {
        if (repaintPending.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                repaintPending.set(false);
                if (!canvas.isDisposed()) {
                    canvas.redraw();
                }
            });
        }
    }

    /** Shows the pixels brighter, with more contrast, another gamma or fewer channels; they stay as they are. */
    public void setDisplayAdjustment(DisplayAdjustment next) {
        if (next.equals(adjustment)) {
            return;
        }
        adjustment = next;
        if (tiles != null) {
            tiles.invalidateAll();
        }
        canvas.redraw();
    }

    public DisplayAdjustment displayAdjustment() {
        return adjustment;
    }

    public void setStyle(RenderStyle newStyle) {
        if (!newStyle.equals(style)) {
            style = newStyle;
            if (tiles != null) {
                tiles.invalidateOverlays();
            }
            canvas.redraw();
        }
    }

    public void setOverviewVisible(boolean visible) {
        overviewVisible = visible;
        canvas.redraw();
    }

    /** A note shown over the frame, e.g. that the pyramid is being built; null clears it. */
    public void setStatusMessage(String message) {
        statusMessage = message;
        canvas.redraw();
    }

    @Override
    public Viewport viewport() {
        return viewport;
    }

    @Override
    public DisplayTiles tiles() {
        return tiles;
    }

    @Override
    public GlyphIndex index() {
        return session.annotations().index();
    }

    @Override
    public RenderStyle style() {
        return style;
    }

    @Override
    public double[] window() {
        return session.window();
    }

    @Override
    public double[] tileWindow() {
        return session.tile() == null ? null : session.window();
    }

    /**
     * The selected glyphs to outline. A small selection is looked up glyph by glyph; for a large one
     * (Select All on a million) the visible glyphs are sampled and checked against the selection, so the
     * cost stays that of what can be drawn in a frame.
     */
    @Override
    public Collection<Glyph> selectedGlyphs() {
        if (selection.isEmpty() || session == null) {
            return List.of();
        }
        GlyphIndex index = index();
        List<Glyph> glyphs = new ArrayList<>();
        if (selection.size() <= LARGE_SELECTION) {
            for (Annotation annotation : selection.items()) {
                Glyph glyph = index.get(annotation);
                if (glyph != null) {
                    glyphs.add(glyph);
                }
            }
            return glyphs;
        }
        double[] visible = viewport.visibleImageBounds();
        for (Glyph glyph : index.sample(visible[0], visible[1], visible[2], visible[3], Glyph.HIDDEN, LARGE_SELECTION)) {
            if (selection.contains(glyph.annotation())) {
                glyphs.add(glyph);
            }
        }
        return glyphs;
    }

    @Override
    public Set<Annotation> excluded() {
        return excluded;
    }

    @Override
    public List<Glyph> liveGlyphs() {
        return live;
    }

    @Override
    public List<String> badges() {
        List<String> badges = new ArrayList<>();
        String tileId = session.tile() == null ? null : session.tile().getId();
        for (Annotation annotation : session.annotations().imageClassAnnotations()) {
            String scope = annotation.getAttributes().get(AnnotationCommands.TILE_ATTRIBUTE);
            if (scope == null || scope.equals(tileId)) {
                String name = annotation.getLabelClass() == null ? "(no class)" : annotation.getLabelClass().getName();
                badges.add(scope == null && tileId != null ? name + " (image)" : name);
            }
        }
        return badges;
    }

    @Override
    public String message() {
        if (statusMessage != null) {
            return statusMessage;
        }
        if (session.pixelProblem() != null) {
            return session.pixelProblem();
        }
        String failure = tiles.renderer().failure();
        if (failure != null) {
            return "Some pixels could not be read: " + failure;
        }
        String missing = session.pyramid() == null ? null : session.pyramid().missing();
        if (missing != null) {
            return missing; // a mirror's tiles not fetched yet, the server away
        }
        if (tiles.renderer().needsCoarserLevels(viewport.step())) {
            return "Zoom in to see the pixels: this image has no reduced levels yet";
        }
        return null;
    }

    @Override
    public boolean overviewVisible() {
        return overviewVisible;
    }

    @Override
    public void paintTool(GC gc) {
        tool().paint(gc);
    }

    // ------------------------------------------------------------------ tools

    public ToolKind toolKind() {
        return toolKind;
    }

    public Tool tool() {
        return tools.computeIfAbsent(toolKind, kind -> kind.create(this));
    }

    public void setTool(ToolKind kind) {
        if (kind == toolKind) {
            return;
        }
        tool().deactivate();
        toolKind = kind;
        tool().activate();
        hint(tool().hint());
        canvas.redraw();
    }

    /** Enter: finishes the shape being drawn. */
    public boolean finishTool() {
        return tool().finish();
    }

    /** Esc: abandons the shape being drawn, else clears the selection. */
    public boolean cancelTool() {
        if (tools.containsKey(toolKind) && tool().cancel()) {
            return true;
        }
        if (!selection.isEmpty()) {
            selection.clear();
            return true;
        }
        return false;
    }

    /**
     * Delete: removes the last point of a shape being drawn, else the active vertex of the selected
     * shape; false when neither applies (the caller then deletes the selected annotations).
     */
    public boolean deletePointOrVertex() {
        if (tool().deleteLast()) {
            return true;
        }
        return tools.get(ToolKind.SELECT) instanceof SelectTool select && toolKind == ToolKind.SELECT
                && select.deleteActiveVertex();
    }

    @Override
    public LabelClass currentClass() {
        return currentClass;
    }

    public void setCurrentClass(LabelClass labelClass) {
        currentClass = labelClass;
        hint(tool().hint());
        canvas.redraw();
    }

    @Override
    public double brushRadius() {
        return brushRadius;
    }

    /** Scales the brush by the factor, keeping it between 1 and 500 image pixels. */
    public void scaleBrush(double factor) {
        brushRadius = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, brushRadius * factor));
        note(String.format(Locale.ROOT, "Brush radius %.1f px", brushRadius));
        canvas.redraw();
    }

    // ------------------------------------------------------------------ ToolSite

    @Override
    public ImageAnnotations annotations() {
        return session.annotations();
    }

    @Override
    public AnnotationSelection selection() {
        return selection;
    }

    @Override
    public AnnotationCommands commands() {
        return session.commands();
    }

    @Override
    public GlyphPainter painter() {
        return renderer.painter();
    }

    @Override
    public void preview(List<Glyph> previews, Collection<Annotation> replaced) {
        live = List.copyOf(previews);
        if (!(excluded.size() == replaced.size() && excluded.containsAll(replaced))) {
            List<double[]> regions = regionsOf(excluded);
            excluded.clear();
            excluded.addAll(replaced);
            regions.addAll(regionsOf(excluded));
            tiles.invalidate(regions);
        }
    }

    @Override
    public void clearPreview() {
        live = List.of();
        if (!excluded.isEmpty()) {
            List<double[]> regions = regionsOf(excluded);
            excluded.clear();
            tiles.invalidate(regions);
        }
    }

    private List<double[]> regionsOf(Collection<Annotation> annotations) {
        List<double[]> regions = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Glyph glyph = index().get(annotation);
            if (glyph != null) {
                regions.add(new double[] { glyph.minX(), glyph.minY(), glyph.maxX(), glyph.maxY() });
            }
        }
        return regions;
    }

    @Override
    public boolean execute(Command command) {
        if (session.commands() == null || command == null || !command.canExecute()) {
            return false;
        }
        try {
            session.commands().domain().getCommandStack().execute(command);
            return true;
        } catch (StoreException e) {
            for (Listener listener : listeners) {
                listener.commandFailed(e.getMessage());
            }
            return false;
        }
    }

    @Override
    public Annotation create(Shape shape, String label) {
        if (session.commands() == null) {
            return null;
        }
        if (!ClassRules.allows(currentClass, shape.getKind())) {
            note(ClassRules.refusal(currentClass, shape.getKind()));
            return null;
        }
        Command command = session.commands().create(shape, currentClass, label);
        if (!execute(command)) {
            return null;
        }
        Annotation created = (Annotation) shape.eContainer();
        if (created != null) {
            selection.set(List.of(created));
        }
        return created;
    }

    @Override
    public void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    @Override
    public void hint(String text) {
        for (Listener listener : listeners) {
            listener.hint(text);
        }
    }

    @Override
    public void note(String text) {
        for (Listener listener : listeners) {
            listener.note(text);
        }
    }

    /**
     * Called as a user action begins (the editor's commands and edit actions, a press or the wheel on the
     * canvas), before it runs: what it says replaces the notes of the previous action.
     */
    public void actionStarted() {
        for (Listener listener : listeners) {
            listener.actionStarted();
        }
    }

    // ------------------------------------------------------------------ view

    public void zoomBy(int steps) {
        viewport.zoomBy(steps, viewport.screenWidth() / 2.0, viewport.screenHeight() / 2.0);
        viewChanged();
    }

    public void zoomAt(int steps, double screenX, double screenY) {
        viewport.zoomBy(steps, screenX, screenY);
        viewChanged();
    }

    public void fit() {
        viewport.fit();
        viewChanged();
    }

    public void actualSize() {
        viewport.actualSize();
        viewChanged();
    }

    public void panBy(long dx, long dy) {
        viewport.panBy(dx, dy);
        viewChanged();
    }

    public void centreOn(double imageX, double imageY) {
        viewport.centreOn(imageX, imageY);
        viewChanged();
    }

    /** Centres the view on an annotation, zooming in or out only as far as needed to show it whole. */
    public void reveal(Annotation annotation) {
        Glyph glyph = index().get(annotation);
        if (glyph == null) {
            return;
        }
        double width = Math.max(1, glyph.maxX() - glyph.minX());
        double height = Math.max(1, glyph.maxY() - glyph.minY());
        while (viewport.step() > Viewport.MIN_STEP
                && (width * viewport.scale() > viewport.screenWidth() * 0.9
                        || height * viewport.scale() > viewport.screenHeight() * 0.9)) {
            viewport.zoomBy(-1, viewport.screenWidth() / 2.0, viewport.screenHeight() / 2.0);
        }
        viewport.centreOn((glyph.minX() + glyph.maxX()) / 2, (glyph.minY() + glyph.maxY()) / 2);
        viewChanged();
    }

    void viewChanged() {
        for (Listener listener : listeners) {
            listener.viewChanged();
        }
        redraw();
    }

    void pointerMoved(double imageX, double imageY) {
        for (Listener listener : listeners) {
            listener.pointer(imageX, imageY);
        }
    }

    private void selectionChanged() {
        for (Listener listener : listeners) {
            listener.selectionChanged();
        }
        redraw();
    }

    private void modelChanged(AnnotationChanges changes) {
        if (changes.everything()) {
            tiles.invalidateOverlays();
        } else {
            tiles.invalidate(changes.regions());
        }
        GlyphIndex index = index();
        selection.retain(annotation -> annotation.eContainer() == session.image()
                && (index.get(annotation) == null || !index.get(annotation).has(Glyph.HIDDEN)));
        for (Listener listener : listeners) {
            listener.annotationsChanged(changes);
        }
        redraw();
    }

    boolean hasSession() {
        return session != null;
    }

    private void dispose() {
        if (tiles != null) {
            tiles.dispose();
        }
        if (session != null) {
            session.annotations().removeListener(modelListener);
            session.close();
            session = null;
        }
        renderer.dispose();
    }
}
