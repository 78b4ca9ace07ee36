package org.annotide.ui.editor.internal.edit;

import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.GlyphIndex;

/**
 * The review order of predictions: those not yet accepted or rejected (and not hidden) within a window,
 * in the order they were listed, so Accept and Reject can step from one to the next.
 */
public final class PendingPredictions {

    private PendingPredictions() {
    }

    /**
     * The first pending prediction listed after the given glyph sequence, wrapping around to the first of
     * all; null when none is pending.
     *
     * @param window minX, minY, maxX, maxY in image pixels
     */
    public static Annotation after(GlyphIndex index, double[] window, long afterSequence) {
        Glyph[] best = new Glyph[2];
        index.forEach(glyph -> {
            if (!glyph.has(Glyph.PREDICTED) || glyph.has(Glyph.ACCEPTED) || glyph.has(Glyph.REJECTED)
                    || glyph.has(Glyph.HIDDEN) || !glyph.intersects(window[0], window[1], window[2], window[3])) {
                return;
            }
            int slot = glyph.sequence() > afterSequence ? 0 : 1;
            if (best[slot] == null || glyph.sequence() < best[slot].sequence()) {
                best[slot] = glyph;
            }
        });
        Glyph next = best[0] != null ? best[0] : best[1];
        return next == null ? null : next.annotation();
    }
}
