package org.annotide.formats.tests;

import org.annotide.model.MaskShape;

/** Counting the foreground pixels of a model mask straight from its runs. */
final class MaskPixels {

    private MaskPixels() {
    }

    static long count(MaskShape mask) {
        long count = 0;
        int[] counts = mask.getCounts();
        for (int i = 1; i < counts.length; i += 2) {
            count += counts[i];
        }
        return count;
    }
}
