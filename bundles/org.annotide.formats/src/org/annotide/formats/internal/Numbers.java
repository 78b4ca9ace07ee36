package org.annotide.formats.internal;

import java.math.BigDecimal;

/** Numbers as text: shortest exact decimal form, never scientific notation, whole numbers without ".0". */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.indexOf('E') >= 0 ? new BigDecimal(text).toPlainString() : text;
    }

    /** A decimal rounded to at most {@code digits} fraction digits, trailing zeros removed. */
    public static String format(double value, int digits) {
        BigDecimal rounded = new BigDecimal(value).setScale(digits, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Parses a number, or returns NaN when the text is not one. */
    public static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Flat "x,y;x,y" points (CVAT); null when malformed. */
    public static double[] parsePoints(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] pairs = trimmed.split(";");
        double[] points = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            if (xy.length != 2) {
                return null;
            }
            points[2 * i] = parse(xy[0]);
            points[2 * i + 1] = parse(xy[1]);
            if (Double.isNaN(points[2 * i]) || Double.isNaN(points[2 * i + 1])) {
                return null;
            }
        }
        return points;
    }

    public static String formatPoints(double[] points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i > 0) {
                text.append(';');
            }
            text.append(format(points[i])).append(',').append(format(points[i + 1]));
        }
        return text.toString();
    }
}
