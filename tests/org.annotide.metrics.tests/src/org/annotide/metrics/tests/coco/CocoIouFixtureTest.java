package org.annotide.metrics.tests.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.CocoRle;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The core RLE port against pycocotools' own IoU matrices for the fixture pair (ious_gt_dataset_pycocotools.json:
 * per "image,category" the matrix [detection by descending score][ground truth in file order]).
 */
class CocoIouFixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void maskAndBoxIousEqualPycocotools() throws IOException {
        JsonNode gt = JSON.readTree(Fixtures.path("coco-eval/gt_dataset.json").toFile());
        JsonNode dt = JSON.readTree(Fixtures.path("coco-eval/dt_dataset.json").toFile());
        JsonNode expected = JSON.readTree(Fixtures.path("coco-eval/ious_gt_dataset_pycocotools.json").toFile());
        int checked = 0;
        for (String type : List.of("bbox", "segm")) {
            for (Map.Entry<String, JsonNode> pair : expected.get(type).properties()) {
                String[] key = pair.getKey().split(",");
                int image = Integer.parseInt(key[0]);
                int category = Integer.parseInt(key[1]);
                List<JsonNode> gts = select(gt.get("annotations"), image, category);
                List<JsonNode> dts = select(dt, image, category);
                dts.sort((a, b) -> Double.compare(b.get("score").asDouble(), a.get("score").asDouble()));
                boolean[] crowd = new boolean[gts.size()];
                for (int g = 0; g < gts.size(); g++) {
                    crowd[g] = gts.get(g).get("iscrowd").asInt() != 0;
                }
                double[][] ious;
                if (type.equals("bbox")) {
                    ious = CocoRle.boxIou(boxes(dts), boxes(gts), crowd);
                } else {
                    JsonNode size = imageSize(gt, image);
                    ious = CocoRle.iou(rles(dts, size), rles(gts, size), crowd);
                }
                JsonNode matrix = pair.getValue();
                assertEquals(matrix.size(), ious.length, pair.getKey());
                for (int d = 0; d < ious.length; d++) {
                    for (int g = 0; g < ious[d].length; g++) {
                        assertEquals(matrix.get(d).get(g).asDouble(), ious[d][g], 1e-12, type + " " + pair.getKey());
                        checked++;
                    }
                }
            }
        }
        assertEquals(18, checked);
    }

    private static List<JsonNode> select(JsonNode annotations, int image, int category) {
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode annotation : annotations) {
            if (annotation.get("image_id").asInt() == image && annotation.get("category_id").asInt() == category) {
                selected.add(annotation);
            }
        }
        return selected;
    }

    private static double[][] boxes(List<JsonNode> annotations) {
        double[][] boxes = new double[annotations.size()][4];
        for (int i = 0; i < boxes.length; i++) {
            for (int j = 0; j < 4; j++) {
                boxes[i][j] = annotations.get(i).get("bbox").get(j).asDouble();
            }
        }
        return boxes;
    }

    private static JsonNode imageSize(JsonNode gt, int image) {
        for (JsonNode candidate : gt.get("images")) {
            if (candidate.get("id").asInt() == image) {
                return candidate;
            }
        }
        throw new AssertionError("no image " + image);
    }

    private static List<CocoRle> rles(List<JsonNode> annotations, JsonNode image) {
        int height = image.get("height").asInt();
        int width = image.get("width").asInt();
        List<CocoRle> rles = new ArrayList<>();
        for (JsonNode annotation : annotations) {
            List<CocoRle> parts = new ArrayList<>();
            for (JsonNode polygon : annotation.get("segmentation")) {
                double[] xy = new double[polygon.size()];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = polygon.get(i).asDouble();
                }
                parts.add(CocoRle.fromPolygon(xy, height, width));
            }
            rles.add(CocoRle.merge(parts, false));
        }
        return rles;
    }
}
