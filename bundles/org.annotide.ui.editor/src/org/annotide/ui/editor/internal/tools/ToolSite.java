package org.annotide.ui.editor.internal.tools;

import java.util.Collection;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.Shape;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.edit.AnnotationSelection;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.GlyphPainter;
import org.annotide.ui.editor.internal.render.RenderStyle;
import org.eclipse.emf.common.command.Command;

/** What the canvas offers its tools. */
public interface ToolSite {

    Viewport viewport();

    ImageAnnotations annotations();

    AnnotationSelection selection();

    AnnotationCommands commands();

    /** The class new shapes get: the palette's current class, or null. */
    LabelClass currentClass();

    RenderStyle style();

    GlyphPainter painter();

    /** The editable area in image pixels: minX, minY, maxX, maxY (the image, or a tile's window). */
    double[] window();

    /** Brush radius in image pixels. */
    double brushRadius();

    /** Shows previews instead of the listed annotations until {@link #clearPreview()}. */
    void preview(List<Glyph> previews, Collection<Annotation> replaced);

    void clearPreview();

    /** Executes a command on the project's command stack; false when it could not run. */
    boolean execute(Command command);

    /** Creates a manual annotation of the current class with the shape, selects it and returns it. */
    Annotation create(Shape shape, String label);

    void redraw();

    /** A short instruction for the status line: what to do next with the tool. */
    void hint(String text);

    /**
     * A transient message for the status line (a refusal, a changed setting): it shows over the tool's
     * instruction until the user's next action, so it never outlives what it was about.
     */
    void note(String text);
}
