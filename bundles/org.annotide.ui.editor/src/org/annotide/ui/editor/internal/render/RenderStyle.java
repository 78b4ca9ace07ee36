package org.annotide.ui.editor.internal.render;

/**
 * How annotations look, from the editor preferences; immutable so worker threads can share it.
 *
 * @param fillAlpha    opacity of shape interiors, 0-255
 * @param handleSize   side of a vertex handle in screen pixels
 * @param selectionRgb outline colour of selected annotations, 0xRRGGBB
 * @param showScores   whether predictions show their score
 * @param backgroundRgb colour around and under the image
 */
public record RenderStyle(int fillAlpha, int handleSize, int selectionRgb, boolean showScores, int backgroundRgb) {

    public static final RenderStyle DEFAULT = new RenderStyle(64, 7, 0xffff00, true, 0x2b2b2b);

    public RenderStyle {
        fillAlpha = Math.max(0, Math.min(255, fillAlpha));
        handleSize = Math.max(3, Math.min(25, handleSize));
    }

    /** Below this many screen pixels a shape is drawn as a dot: its outline would be a blur anyway. */
    public static final double DOT_SIZE = 2.5;

    /** Predictions and their scores are labelled only when at least this large on screen. */
    public static final double LABEL_SIZE = 28;
}
