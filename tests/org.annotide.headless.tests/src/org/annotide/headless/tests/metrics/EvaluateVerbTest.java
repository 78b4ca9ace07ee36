package org.annotide.headless.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.metrics.EvaluateVerb;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The evaluate command as a script sees it: text, exit codes. */
class EvaluateVerbTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... words) {
        List<CliVerb> commands = List.of(new EvaluateVerb());
        return HeadlessApplication.run(List.of(words), commands, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsPycocotoolsSummaryThenFullPrecisionStats() {
        int code = run("evaluate", "--gt", Fixtures.path("coco-eval/gt_dataset.json").toString(), "--dt",
                Fixtures.path("coco-eval/dt_dataset.json").toString(), "--iou-type", "bbox");
        assertEquals(CliVerb.OK, code, errors());
        List<String> lines = output().lines().toList();
        assertEquals(13, lines.size(), output());
        assertEquals(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.695", lines.get(0));
        assertEquals(" Average Precision  (AP) @[ IoU=0.50:0.95 | area= small | maxDets=100 ] = -1.000", lines.get(3));
        assertEquals(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = 0.667", lines.get(6));
        String[] stats = lines.get(12).split(" ");
        assertEquals("STATS", stats[0]);
        assertEquals("bbox", stats[1]);
        assertEquals(14, stats.length);
        // pycocotools 2.0.11's AP and APm for this pair (expected_gt_dataset_pycocotools.json)
        assertEquals(0.6947194719471946, Double.parseDouble(stats[2]), 1e-9);
        assertEquals(0.7920792079207921, Double.parseDouble(stats[6]), 1e-9);
    }

    @Test
    void jsonOutputCarriesStatsAndPerCategoryAp() {
        int code = run("evaluate", "--gt", Fixtures.path("coco-eval/gt_dataset.json").toString(), "--dt",
                Fixtures.path("coco-eval/dt_dataset.json").toString(), "--iou-type", "segm", "--json");
        assertEquals(CliVerb.OK, code, errors());
        String json = output().trim();
        assertTrue(json.startsWith("{\"iouType\":\"segm\""), json);
        assertTrue(json.contains("\"stats\":[0.6947194719471946,"), json);
        assertTrue(json.contains("{\"id\":3,\"name\":\"arrow\",\"AP\":0.9999999999999998"), json);
    }

    @Test
    void detectionsOnUnknownImagesFailWithLoadResMessage() {
        int code = run("evaluate", "--gt", Fixtures.path("coco-eval/gt_ignore_test.json").toString(), "--dt",
                Fixtures.path("coco-eval/dt_ignore_test.json").toString(), "--iou-type", "bbox");
        assertEquals(CliVerb.FAILED, code);
        assertTrue(errors().contains("Results do not correspond to current coco set"), errors());
        assertTrue(output().isEmpty(), output());
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertEquals(CliVerb.USAGE, run("evaluate", "--gt", Fixtures.path("coco-eval/gt_dataset.json").toString()));
        assertTrue(errors().contains("missing --dt"), errors());
        assertEquals(CliVerb.USAGE, run("evaluate", "--gt", Fixtures.path("coco-eval/gt_dataset.json").toString(),
                "--dt", Fixtures.path("coco-eval/dt_dataset.json").toString(), "--iou-type", "mask"));
    }
}
