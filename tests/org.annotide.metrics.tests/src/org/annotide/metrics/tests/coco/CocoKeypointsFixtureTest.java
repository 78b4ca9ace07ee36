package org.annotide.metrics.tests.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.CocoEvaluator;
import org.annotide.metrics.coco.IouType;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keypoints evaluation against pycocotools 2.0.11 on hand-made cases whose OKS lies between the thresholds
 * (tests/fixtures/coco-eval/make_keypoints.py): displaced, missing (v=0) and invisible (v=1) keypoints, a ground
 * truth without labelled keypoints, a crowd, areas on the range edges, detections with keypoints at (0, 0), an
 * unfound person and a detection on an image without ground truth.
 */
class CocoKeypointsFixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keypointsStatisticsEqualPycocotools() throws IOException {
        JsonNode expected = JSON.readTree(Fixtures.path("coco-eval/expected_keypoints_pycocotools.json").toFile())
                .get("keypoints");
        CocoEvalResult result = CocoEvaluator.evaluate(Fixtures.path("coco-eval/gt_keypoints.json"),
                Fixtures.path("coco-eval/dt_keypoints.json"), IouType.KEYPOINTS);
        double[] stats = result.stats();
        assertEquals(10, stats.length);
        for (int i = 0; i < stats.length; i++) {
            assertEquals(expected.get("stats").get(i).asDouble(), stats[i], 1e-12,
                    expected.get("stat_names").get(i).asText());
        }
        for (int k = 0; k < result.categoryIds().size(); k++) {
            JsonNode category = expected.get("per_category").get(String.valueOf(result.categoryIds().get(k)));
            assertEquals(category.get("AP").asDouble(), result.categoryAp(k), 1e-12, "AP");
            assertEquals(category.get("AP50").asDouble(), result.categoryAp50(k), 1e-12, "AP50");
        }
    }
}
