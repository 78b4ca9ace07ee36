package org.annotide.ui.editor.internal.geometry;

/**
 * A point of a shape the user can drag: a vertex, a box corner or edge, an ellipse axis end, or the
 * rotation knob. {@code index} identifies it for {@link ShapeEdits#moveHandle}.
 */
public record Handle(int index, double x, double y, Role role) {

    public enum Role {
        VERTEX, CORNER, EDGE, AXIS, ROTATION
    }
}
