package org.annotide.ui.editor.internal.tools;

import org.eclipse.swt.graphics.GC;

/**
 * One way of working on the canvas: selecting and editing, or drawing one kind of shape. The canvas
 * handles zoom and pan itself and gives a tool the remaining mouse events, Enter (finish), Esc (cancel)
 * and Delete (remove the last point while drawing).
 */
public interface Tool {

    /** Shown in the status line and the tool bar. */
    String name();

    /** What to do next, for the status line. */
    String hint();

    default void activate() {
    }

    /** Drops anything half-drawn. */
    default void deactivate() {
        cancel();
    }

    void mouseDown(ToolEvent event);

    void mouseMove(ToolEvent event);

    void mouseUp(ToolEvent event);

    default void doubleClick(ToolEvent event) {
    }

    /** Enter: completes the shape being drawn; false when there is nothing to complete. */
    default boolean finish() {
        return false;
    }

    /** Esc: abandons the shape being drawn; false when there is nothing to abandon. */
    default boolean cancel() {
        return false;
    }

    /** Delete or Backspace while drawing: removes the last point; false when not drawing. */
    default boolean deleteLast() {
        return false;
    }

    /** Paints the tool's feedback over the frame. */
    default void paint(GC gc) {
    }
}
