package org.annotide.perf.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor benchmark run end to end on a tiny input (a generated 2,048 pixel pyramidal TIFF, 300 polygons, a
 * 320 x 240 frame, a few frames per zoom) on the workbench's UI thread: every figure it promises is printed as a
 * well-formed BENCH line and is plausible. Checks the harness, not the editor's speed.
 */
class EditorBenchApplicationTest {

    private static final Pattern LINE = Pattern.compile("BENCH (\\S+) (-?[0-9]+\\.[0-9]{2}) ?(\\S*)");
    private static final List<String> ZOOMS = List.of("fit", "1_8", "1_1");

    @Test
    void printsPlausibleFiguresForEveryZoom(@TempDir Path folder) throws Exception {
        Path tiff = folder.resolve("slide.tif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream figures = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream progress = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new EditorBenchApplication(figures, progress).run(Display.getCurrent(), "-tiff", tiff.toString(),
                    "-size", "2048", "-polygons", "300", "-frames", "12", "-screen", "320x240", "-compare", "-workbench", "0", "-cold", "0");
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        String context = "\nstdout:\n" + printed + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8);
        assertNotNull(Display.getCurrent(), "the test runs on the UI thread");
        assertTrue(Files.size(tiff) > 0, "the TIFF was generated");

        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : printed.lines().toList()) {
            Matcher matcher = LINE.matcher(line);
            assertTrue(matcher.matches(), "standard output holds only 'BENCH name value unit' lines: " + line + context);
            assertEquals(null, values.put(matcher.group(1), Double.parseDouble(matcher.group(2))),
                    "each figure once: " + matcher.group(1) + context);
        }

        positive(values, "generate_tiff_s", context);
        assertTrue(get(values, "cpu_cores", context) >= 1, context);
        get(values, "load_average_1m", context); // negative where the system cannot say
        positive(values, "first_paint_cold_ms", context);
        positive(values, "first_paint_ms", context);
        assertTrue(get(values, "index_ms_300", context) >= 0, context);
        positive(values, "machine_speed_index", context);
        for (String zoom : ZOOMS) {
            for (String variant : List.of("", "_repaint")) {
                frameFigures(values, "_300_" + zoom + variant, context);
            }
            // panning keeps the pixels on screen: a frame draws the strips that scrolled in, not every tile
            assertEquals(100, get(values, "composed_area_p50_pct_300_" + zoom + "_repaint", context), 0.01, context);
        }
        double panned = get(values, "composed_area_p50_pct_300_1_1", context);
        assertTrue(panned < 50, "a 37 x 23 pan of a 320 x 240 frame draws about a fifth of it, not " + panned + " %"
                + context);
        assertTrue(get(values, "composed_area_p50_pct_300_fit", context) < 1,
                "a repaint at fit with nothing changed draws no tile" + context);
        coldPhases(values, context);
        // generation, machine, first paints and index, the cold paint's phases and CPU, then eleven figures per zoom and
        // variant
        assertEquals(7 + 2 * EditorBenchApplication.COLD_PHASES.size() + ThreadCpu.GROUPS.size() + 11 * 2 * ZOOMS.size(), values.size(), "figures printed: " + values.keySet() + context);
    }

    @Test
    void firstPaintOnlyPrintsTheFirstPaintAndWhereItsTimeWent(@TempDir Path folder) throws Exception {
        Path tiff = folder.resolve("slide.tif");
        org.annotide.perf.SyntheticSlide.write(tiff,
                org.annotide.perf.SyntheticSlide.Options.of(2048, 2048).withPyramid(true),
                new org.eclipse.core.runtime.NullProgressMonitor());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream figures = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream progress = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new EditorBenchApplication(figures, progress).run(Display.getCurrent(), "-firstpaintonly", "-tiff",
                    tiff.toString(), "-screen", "320x240");
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        String context = "\nstdout:\n" + printed + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : printed.lines().toList()) {
            Matcher matcher = LINE.matcher(line);
            assertTrue(matcher.matches(), "only BENCH lines: " + line + context);
            values.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        coldPhases(values, context);
        for (String group : ThreadCpu.GROUPS) {
            assertTrue(get(values, "first_paint_cold_cpu_" + group + "_ms", context) >= 0, group + context);
        }
        assertEquals(1 + 2 * EditorBenchApplication.COLD_PHASES.size() + ThreadCpu.GROUPS.size(), values.size(),
                "the first paint, its phases and whose CPU it was, nothing else: " + values.keySet() + context);
    }

    /** Every phase is there, and those after the service was made add up to the first paint. */
    private static void coldPhases(Map<String, Double> values, String context) {
        double total = positive(values, "first_paint_cold_ms", context);
        double sum = 0;
        for (String phase : EditorBenchApplication.COLD_PHASES) {
            double millis = get(values, "first_paint_cold_" + phase + "_ms", context);
            assertTrue(millis >= 0, phase + context);
            assertTrue(get(values, "first_paint_cold_" + phase + "_classes", context) >= 0, phase + context);
            if (!phase.equals("service")) {
                sum += millis;
            }
        }
        assertEquals(total, sum, 0.05 * total + 1, "the phases cover the first paint" + context);
    }

    private static void frameFigures(Map<String, Double> values, String suffix, String context) {
        double p50 = positive(values, "frame_p50_ms" + suffix, context);
        double p95 = positive(values, "frame_p95_ms" + suffix, context);
        assertTrue(p50 <= p95, "p50 " + p50 + " <= p95 " + p95 + " at " + suffix + context);
        assertTrue(p95 < 10_000, "a 320 x 240 frame takes less than 10 s at " + suffix + context);
        double cpu50 = get(values, "frame_cpu_p50_ms" + suffix, context);
        double cpu95 = get(values, "frame_cpu_p95_ms" + suffix, context);
        assertTrue(cpu50 >= 0 && cpu50 <= cpu95, "cpu p50 " + cpu50 + " <= p95 " + cpu95 + context);
        assertTrue(get(values, "settle_ms" + suffix, context) >= 0, context);
        double incomplete = get(values, "incomplete_frames_pct" + suffix, context);
        assertTrue(incomplete >= 0 && incomplete <= 100, "incomplete frames a percentage: " + incomplete + context);
        double vector = get(values, "vector_frames_pct" + suffix, context);
        assertTrue(vector >= 0 && vector <= 100, "vector frames a percentage: " + vector + context);
        double tiles50 = get(values, "tiles_per_frame_p50" + suffix, context);
        assertTrue(tiles50 >= 0 && tiles50 <= get(values, "tiles_per_frame_p95" + suffix, context), context);
        double area50 = get(values, "composed_area_p50_pct" + suffix, context);
        double area95 = get(values, "composed_area_p95_pct" + suffix, context);
        assertTrue(area50 >= 0 && area50 <= area95 && area95 <= 100.01, "composed area " + area50 + " / " + area95
                + context);
    }

    private static double get(Map<String, Double> values, String name, String context) {
        Double value = values.get(name);
        assertNotNull(value, "BENCH " + name + " printed" + context);
        return value;
    }

    private static double positive(Map<String, Double> values, String name, String context) {
        double value = get(values, name, context);
        assertTrue(Double.isFinite(value) && value > 0, "BENCH " + name + " is positive: " + value + context);
        return value;
    }
}
