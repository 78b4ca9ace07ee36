package org.annotide.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImageService;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.canvas.AnnotationCanvas;
import org.annotide.ui.editor.internal.canvas.ImageSession;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The annotation editor's canvas, read-only, for views that show annotations without editing them (the trainer
 * evaluation's ground truth beside a submission): the same pixels (pyramids, tiles, display adjustment), the same
 * drawing of every shape kind, zoom and pan with the wheel and the middle button, and a click selects. It edits
 * nothing: every edit command is refused.
 * <p>
 * What it shows is an {@link ImageAsset} that need not belong to any store (a display copy made by the caller, in a
 * {@code Project} of its own for the classes' colours), over the pixels of an image of a project folder.
 */
public final class AnnotationViewer {

    private final AnnotationCanvas canvas;
    private final List<Consumer<List<Annotation>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> viewListeners = new CopyOnWriteArrayList<>();
    private boolean following;

    public AnnotationViewer(Composite parent) {
        canvas = new AnnotationCanvas(parent);
        canvas.addListener(new AnnotationCanvas.Listener() {
            @Override
            public void selectionChanged() {
                List<Annotation> selected = canvas.selection().items();
                selectionListeners.forEach(listener -> listener.accept(selected));
            }

            @Override
            public void viewChanged() {
                viewListeners.forEach(Runnable::run);
            }
        });
    }

    /** The SWT control, for layout data. */
    public Canvas control() {
        return canvas.control();
    }

    /**
     * Shows the annotations of {@code shown} over the pixels of {@code pixels}, an image of the project in
     * {@code projectFolder}; fits the image to the view.
     *
     * @return null when the pixels were read, else why not (the annotations are drawn on a blank image then)
     */
    public String show(Path projectFolder, ImageAsset pixels, ImageAsset shown) {
        ImageService service = EditorPlugin.getDefault().imageService();
        ImagePyramid pyramid = null;
        String problem = null;
        try {
            pyramid = service.open(projectFolder, pixels);
        } catch (IOException | RuntimeException e) {
            problem = "The pixels of " + pixels.getName() + " cannot be read: " + e.getMessage();
        }
        ImageAnnotations annotations = ImageAnnotations.acquire(shown, canvas.control().getDisplay()::asyncExec);
        canvas.setSession(new ImageSession(shown, null, annotations, new AnnotationCommands(null, shown,
                annotation -> false), pyramid, problem));
        return problem;
    }

    /** Shows nothing; what was shown is let go. */
    public void clear() {
        canvas.clearSession();
    }

    /** True while something is shown. */
    public boolean isShowing() {
        return canvas.session() != null;
    }

    /** The image shown (the display copy given to {@link #show}), or null. */
    public ImageAsset shown() {
        return canvas.session() == null ? null : canvas.session().image();
    }

    /** Outlines the annotations in the selection colour and brings the first into view. */
    public void select(Collection<Annotation> annotations) {
        if (canvas.session() == null) {
            return;
        }
        List<Annotation> shown = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation != null && canvas.session().annotations().isVisible(annotation)) {
                shown.add(annotation);
            }
        }
        canvas.selection().set(shown);
        if (!shown.isEmpty()) {
            canvas.reveal(shown.get(0));
        }
    }

    public List<Annotation> selection() {
        return canvas.selection().items();
    }

    /** Told of every change of the selection (a click on the canvas, {@link #select}). */
    public void addSelectionListener(Consumer<List<Annotation>> listener) {
        selectionListeners.add(listener);
    }

    public void fit() {
        if (canvas.session() != null) {
            canvas.fit();
        }
    }

    /** Zoom level and visible centre of this viewer follow the other's, both ways: side by side they move as one. */
    public void linkViews(AnnotationViewer other) {
        viewListeners.add(() -> other.copyView(this));
        other.viewListeners.add(() -> copyView(other));
    }

    private void copyView(AnnotationViewer from) {
        if (following || from.following || canvas.session() == null || from.canvas.session() == null) {
            return;
        }
        following = true;
        try {
            var source = from.canvas.viewport();
            var target = canvas.viewport();
            double[] visible = source.visibleImageBounds();
            target.zoomTo(source.step(), target.screenWidth() / 2.0, target.screenHeight() / 2.0);
            canvas.centreOn((visible[0] + visible[2]) / 2, (visible[1] + visible[3]) / 2);
        } finally {
            following = false;
        }
    }

    /** The zoom as the editor's status line says it, e.g. "100%". */
    public String zoomLabel() {
        return canvas.viewport().zoomLabel();
    }
}
