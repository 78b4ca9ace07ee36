package org.annotide.formats.internal;

import org.annotide.model.ImageAsset;

/**
 * Subsets (train, val, ...) live in image metadata under {@code subset}. "default" is what datumaro, CVAT and
 * Annotide's exporters call the images of no subset, so reading "default" sets none and writing none writes
 * "default".
 */
public final class Subsets {

    public static final String KEY = "subset";
    public static final String DEFAULT = "default";

    private Subsets() {
    }

    /** Records a subset read from a file; "default" and blanks record none. */
    public static void set(ImageAsset image, String subset) {
        if (subset != null && !subset.isBlank() && !subset.equals(DEFAULT)) {
            image.getMetadata().put(KEY, subset);
        }
    }

    /** The subset to write: the image's, or "default". */
    public static String of(ImageAsset image) {
        String subset = image.getMetadata().get(KEY);
        return subset == null || subset.isBlank() ? DEFAULT : subset;
    }

    /** Null for "default" and blanks, else the name. */
    public static String named(String subset) {
        return subset == null || subset.isBlank() || subset.equals(DEFAULT) ? null : subset;
    }
}
