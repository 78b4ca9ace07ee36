package org.annotide.ui.editor.internal.geometry;

/**
 * Reading a polygon's cumulative ends (vertex count at the end of each ring, ring count at the end of each
 * part) the one way the editor draws, hits and edits it, so that what is drawn is what is edited.
 */
public final class RingEnds {

    private RingEnds() {
    }

    /** The ends when they fit {@code total} and never decrease; otherwise one run covering all. */
    public static int[] consistent(int[] ends, int total) {
        if (ends == null || ends.length == 0 || ends[ends.length - 1] != total) {
            return new int[] { total };
        }
        int previous = 0;
        for (int end : ends) {
            if (end < previous) {
                return new int[] { total };
            }
            previous = end;
        }
        return ends;
    }
}
