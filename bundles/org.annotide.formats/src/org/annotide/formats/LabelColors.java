package org.annotide.formats;

/** Distinct display colours for classes that arrive without one. */
public final class LabelColors {

    private static final String[] PALETTE = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
            "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000", "#aaffc3",
            "#808000", "#ffd8b1", "#000075", "#808080", "#ffe119"};

    private LabelColors() {
    }

    public static String forIndex(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** {@code #rrggbb} for the three components 0-255. */
    public static String hex(int red, int green, int blue) {
        return String.format("#%02x%02x%02x", red & 0xff, green & 0xff, blue & 0xff);
    }

    /** The components of {@code #rrggbb}, or null when the text is not such a colour. */
    public static int[] parse(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        int value = Integer.parseInt(color.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
