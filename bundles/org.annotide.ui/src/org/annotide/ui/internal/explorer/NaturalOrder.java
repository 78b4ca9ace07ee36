package org.annotide.ui.internal.explorer;

import java.util.Comparator;

/**
 * Orders texts as people count: "tile 2" before "tile 10", "img9.png" before "img10.png"; runs of digits compare
 * by value, the rest case-insensitively, and equal texts by their exact characters so the order is total.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int startA = skipZeros(a, i, endA);
                int startB = skipZeros(b, j, endB);
                int lengths = Integer.compare(endA - startA, endB - startB);
                if (lengths != 0) {
                    return lengths;
                }
                for (int k = 0; k < endA - startA; k++) {
                    int digit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
                    if (digit != 0) {
                        return digit;
                    }
                }
                i = endA;
                j = endB;
            } else {
                int folded = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (folded != 0) {
                    return folded;
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipZeros(String text, int from, int end) {
        int start = from;
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        return start;
    }
}
