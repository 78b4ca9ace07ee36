package org.annotide.metrics.internal.coco;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * Ids (image, category, annotation) compared the way Python compares them as dict keys, since that is what
 * decides which detections belong to which image in pycocotools: numbers are equal by value ({@code 1 == 1.0}),
 * strings only to strings ({@code 2299 != "2299"}). Numbers are normalised to {@link Long} when integral, so
 * plain {@code equals}/{@code hashCode} give Python's semantics.
 */
public final class PyKey {

    private PyKey() {
    }

    /** Python-equal numbers map to equal keys: integral values become Long, others stay Double. */
    public static Object number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p63) {
            return (long) value;
        }
        return value;
    }

    public static Object integer(long value) {
        return value;
    }

    public static Object bigInteger(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    public static Object bool(boolean value) {
        return value ? 1L : 0L; // Python: True == 1
    }

    /** The numeric value numpy would store for the id in a float array, or NaN for a non-number. */
    public static double asDouble(Object key) {
        return key instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    /** How pycocotools shows an id: strings quoted. */
    public static String describe(Object key) {
        return key instanceof String string ? "'" + string + "'" : String.valueOf(key);
    }

    /**
     * Python's {@code sorted()} order for ids of one kind: numbers by value, strings by code point.
     *
     * @throws IllegalArgumentException when numbers and strings are mixed (Python raises TypeError there)
     */
    public static final Comparator<Object> ORDER = (a, b) -> {
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb);
        }
        if (a instanceof Number na && b instanceof Number nb) {
            if (a instanceof Long la && b instanceof Long lb) {
                return Long.compare(la, lb);
            }
            return toBig(na).compareTo(toBig(nb));
        }
        throw new IllegalArgumentException("ids mix numbers and strings (" + describe(a) + ", " + describe(b)
                + "): pycocotools cannot sort them either");
    };

    private static BigDecimal toBig(Number number) {
        if (number instanceof Double d) {
            return new BigDecimal(d);
        }
        return number instanceof BigInteger big ? new BigDecimal(big) : BigDecimal.valueOf(number.longValue());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
