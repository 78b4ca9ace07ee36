package org.annotide.model.util;

import java.util.Arrays;
import java.util.StringJoiner;

/** Text form of the model's array data types: numbers separated by single spaces. */
public final class ArrayText {

    private ArrayText() {
    }

    public static double[] parseDoubles(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        return Arrays.stream(trimmed.split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
    }

    public static int[] parseInts(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(trimmed.split("[\\s,]+")).mapToInt(Integer::parseInt).toArray();
    }

    public static String format(double[] values) {
        if (values == null) {
            return null;
        }
        StringJoiner joiner = new StringJoiner(" ");
        for (double value : values) {
            joiner.add(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
        }
        return joiner.toString();
    }

    public static String format(int[] values) {
        if (values == null) {
            return null;
        }
        StringJoiner joiner = new StringJoiner(" ");
        for (int value : values) {
            joiner.add(Integer.toString(value));
        }
        return joiner.toString();
    }
}
