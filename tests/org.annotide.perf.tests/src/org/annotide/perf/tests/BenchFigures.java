package org.annotide.perf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures a bench printed ("BENCH name value [unit]", one a line), and checks that they are plausible. */
public final class BenchFigures {

    private static final Pattern LINE = Pattern.compile("BENCH (\\S+) (-?[0-9.]+(?:E-?[0-9]+)?)(?: (\\S+))?");

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final String output;

    public BenchFigures(String output) {
        this.output = output;
        for (String line : output.lines().toList()) {
            Matcher matcher = LINE.matcher(line);
            if (line.startsWith("BENCH ")) {
                assertTrue(matcher.matches(), "a BENCH line is 'BENCH name value [unit]': " + line);
                values.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
        }
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public double get(String name) {
        Double value = values.get(name);
        assertNotNull(value, "BENCH " + name + " printed:\n" + output);
        return value;
    }

    /** The figure is there, finite and above zero (a time, a size, a rate). */
    public double positive(String name) {
        double value = get(name);
        assertTrue(Double.isFinite(value) && value > 0, "BENCH " + name + " is positive: " + value);
        return value;
    }

    /** The figure is there and between the bounds. */
    public double between(String name, double low, double high) {
        double value = get(name);
        assertTrue(value >= low && value <= high, "BENCH " + name + " " + value + " within [" + low + ", " + high + "]");
        return value;
    }

    /** The figure agrees with a value computed from other printed (rounded to 4 decimals) figures. */
    public void agrees(String name, double expected) {
        double value = get(name);
        assertEquals(expected, value, 1e-3 + Math.abs(expected) * 0.02, "BENCH " + name);
    }
}
