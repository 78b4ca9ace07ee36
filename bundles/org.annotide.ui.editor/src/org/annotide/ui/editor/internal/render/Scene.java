package org.annotide.ui.editor.internal.render;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;
import org.eclipse.swt.graphics.GC;

/** What a frame shows: read by {@link FrameRenderer} on the UI thread. */
public interface Scene {

    Viewport viewport();

    DisplayTiles tiles();

    GlyphIndex index();

    RenderStyle style();

    /** The tile window (minX, minY, maxX, maxY) when the editor shows a tile, else null. */
    double[] tileWindow();

    /** Glyphs to outline as selected. */
    Collection<Glyph> selectedGlyphs();

    /** Annotations being edited live: left out of normal drawing, their previews come from {@link #liveGlyphs()}. */
    Set<Annotation> excluded();

    /** Previews of shapes being edited or drawn. */
    List<Glyph> liveGlyphs();

    /** Texts shown at the top left, e.g. the image-level classes. */
    List<String> badges();

    /** A problem to show across the frame (pixels unreadable, pyramid being built), or null. */
    String message();

    boolean overviewVisible();

    /** The active tool's feedback: handles, rubber band, the shape being drawn. */
    void paintTool(GC gc);
}
