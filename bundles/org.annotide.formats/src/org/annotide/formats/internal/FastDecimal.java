package org.annotide.formats.internal;

/**
 * Parses the plain decimals annotation files are full of ({@code 123.45}, {@code -7.5}) without the general
 * parser: with at most 15 significant digits the digits form an exact double m, 10^k is exact for k up to 22, and
 * IEEE division rounds m / 10^k correctly, which is exactly the value {@link Double#parseDouble} returns.
 * Anything else (exponents, more digits) is left to the general parser.
 */
public final class FastDecimal {

    private static final double[] POWERS = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = power;
            power *= 10;
        }
    }

    private FastDecimal() {
    }

    /** The value of {@code text[offset, offset + length)}, or NaN when it is not a plain short decimal. */
    public static double parse(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = false;
        if (i < end && text[i] == '-') {
            negative = true;
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                if (digits > 0 || c != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
            if (digits > 15) {
                return Double.NaN;
            }
        }
        int scale = Math.max(fraction, 0);
        if (scale > 22 || length == 0 || (negative && length == 1)) {
            return Double.NaN;
        }
        double value = mantissa / POWERS[scale];
        return negative ? -value : value;
    }
}
