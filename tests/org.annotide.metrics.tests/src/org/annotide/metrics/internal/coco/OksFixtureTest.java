package org.annotide.metrics.internal.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.IouType;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * OKS pair by pair against pycocotools' computeOks (COCOeval.ious) on tests/fixtures/coco-eval/gt_keypoints.json:
 * the per-pair values pin the sigmas, the area scaling, the skipped unlabelled keypoints and the branch for a
 * ground truth without labelled keypoints, which the summary statistics see only through the thresholds.
 */
class OksFixtureTest {

    @Test
    void everyPairsOksEqualsPycocotools() throws IOException {
        Path gtFile = Fixtures.path("coco-eval/gt_keypoints.json");
        Path dtFile = Fixtures.path("coco-eval/dt_keypoints.json");
        GroundTruth gt = new CocoJsonReader(gtFile, false, true).readGroundTruth();
        AnnotationTable dt = ResultsLoader.load(dtFile, gt, IouType.KEYPOINTS);
        OksComputer oks = new OksComputer(gt, dt, CocoEvalParams.defaults(IouType.KEYPOINTS).keypointSigmas(),
                dtFile.toString());
        JsonNode pairs = new ObjectMapper().readTree(Fixtures.path("coco-eval/expected_keypoints_pycocotools.json")
                .toFile()).get("keypoints").get("oks");
        assertEquals(31, pairs.size(), "pairs in the reference");
        for (JsonNode pair : pairs) {
            int gtRow = rowOf(gt.annotations, pair.get("gt_id").asLong());
            int dtRow = pair.get("dt_index").asInt();
            double value = oks.compute(new int[] { gtRow }, 0, 1, new int[] { dtRow }, 1)[0];
            double reference = pair.get("oks").asDouble();
            // absolute for the many near-zero values, relative where pycocotools' value is far from zero
            assertEquals(reference, value, Math.max(1e-14, Math.abs(reference) * 1e-12),
                    "OKS of ground truth " + pair.get("gt_id") + " and detection " + dtRow);
        }
    }

    private static int rowOf(AnnotationTable table, long id) {
        for (int row = 0; row < table.size; row++) {
            if (PyKey.integer(id).equals(table.id[row])) {
                return row;
            }
        }
        throw new AssertionError("no ground truth with id " + id);
    }
}
