package org.annotide.metrics.tests.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.metrics.coco.CocoDataException;
import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.CocoEvaluator;
import org.annotide.metrics.coco.IouType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small cases whose COCO numbers can be worked out by hand. */
class CocoEvaluatorTest {

    @TempDir
    Path folder;

    private static final String IMAGES = "\"images\":[{\"id\":1,\"height\":100,\"width\":100}]";
    private static final String CATEGORIES = "\"categories\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]";

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    private Path groundTruth(String annotations) throws IOException {
        return write("gt.json", "{" + IMAGES + "," + CATEGORIES + ",\"annotations\":[" + annotations + "]}");
    }

    @Test
    void perfectDetectionScoresOneAndAbsentSizesAreMinusOne() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"score\":0.9}]");
        double[] stats = CocoEvaluator.evaluate(gt, dt, IouType.BBOX).stats();
        // area 100 is "small" (below 32^2); category 2 has no ground truth and is left out of every mean.
        // Precision is tp / (tp + fp + np.spacing(1)), so a perfect AP is 1 - 2.2e-16 as in pycocotools
        assertArrayEquals(new double[] { 1, 1, 1, 1, -1, -1, 1, 1, 1, 1, -1, -1 }, stats, 1e-15);
    }

    @Test
    void falsePositiveRankedFirstHalvesPrecision() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        // the false positive (no overlap) outranks the hit: precision is 1/2 at recall 1, and the
        // interpolated precision is 1/2 at every recall point
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[50,50,10,10],\"score\":0.9},"
                + "{\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"score\":0.5}]");
        double[] stats = CocoEvaluator.evaluate(gt, dt, IouType.BBOX).stats();
        assertEquals(0.5, stats[0], 1e-12);
        assertEquals(0.5, stats[1], 1e-12);
        // with one detection per image only the false positive counts: recall 0
        assertEquals(0, stats[6]);
        assertEquals(1, stats[7]);
    }

    @Test
    void partialOverlapCountsOnlyAtLowThresholds() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        // IoU = 80 / 120 = 2/3: a hit at 0.50, 0.55, 0.60, 0.65 and a miss from 0.70 on
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[0,2,10,10],\"score\":0.9}]");
        double[] stats = CocoEvaluator.evaluate(gt, dt, IouType.BBOX).stats();
        assertEquals(1, stats[1], 1e-15);
        assertEquals(0, stats[2]);
        assertEquals(0.4, stats[0], 1e-12);
        assertEquals(0.4, stats[8], 1e-12);
    }

    @Test
    void detectionInsideACrowdRegionIsIgnored() throws IOException {
        String gtBox = "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}";
        String crowd = "{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[20,20,30,30],\"area\":900,\"iscrowd\":%d}";
        String detections = "[{\"image_id\":1,\"category_id\":1,\"bbox\":[25,25,5,5],\"score\":0.95},"
                + "{\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"score\":0.9}]";
        Path dt = write("dt.json", detections);
        // crowd: the top detection lies inside the crowd box (IoU over its own area = 1), so it is ignored
        double crowdAp = CocoEvaluator.evaluate(groundTruth(gtBox + "," + String.format(crowd, 1)), dt, IouType.BBOX)
                .stats()[1];
        assertEquals(1, crowdAp, 1e-12);
        // not a crowd: the same detection is a false positive ranked first, and the second object is missed
        CocoEvalResult plain = CocoEvaluator.evaluate(groundTruth(gtBox + "," + String.format(crowd, 0)), dt,
                IouType.BBOX);
        assertEquals(0.5 * 51 / 101, plain.stats()[1], 1e-12);
    }

    @Test
    void groundTruthWithIdZeroIsTreatedAsUnmatchedLikePycocotools() throws IOException {
        // pycocotools stores the matched ground truth's id and reads 0 as "no match": a faithful quirk
        Path gt = groundTruth("{\"id\":0,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"score\":0.9}]");
        assertEquals(0, CocoEvaluator.evaluate(gt, dt, IouType.BBOX).stats()[0]);
    }

    @Test
    void keypointsIdenticalToTheGroundTruthScoreOne() throws IOException {
        StringBuilder keypoints = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            keypoints.append(i == 0 ? "" : ",").append(10 + 3 * i).append(',').append(20 + 2 * i).append(",2");
        }
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[5,5,60,60],\"area\":2500,"
                + "\"iscrowd\":0,\"num_keypoints\":17,\"keypoints\":[" + keypoints + "]}");
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"keypoints\":[" + keypoints + "],\"score\":0.8}]");
        CocoEvalResult result = CocoEvaluator.evaluate(gt, dt, IouType.KEYPOINTS);
        assertEquals(10, result.stats().length);
        assertEquals(1, result.stats()[0], 1e-12);
        assertEquals(1, result.stats()[3], 1e-12, "area 2500 is medium");
        assertEquals(-1, result.stats()[4]);
        assertTrue(result.summaryLines().get(0).contains("maxDets= 20"));
    }

    @Test
    void segmentationOfPolygonsAgainstRle() throws IOException {
        // ground truth: the polygon of the 10x10 square; detection: the same pixels as compressed RLE
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"segmentation\":[[0,0,10,0,10,10,0,10]],"
                + "\"area\":100,\"bbox\":[0,0,10,10],\"iscrowd\":0}");
        String counts = org.annotide.core.geometry.CocoRle.fromBox(0, 0, 10, 10, 100, 100).toCompressedString();
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"segmentation\":{\"size\":[100,100],\"counts\":\""
                + counts + "\"},\"score\":0.7}]");
        CocoEvalResult result = CocoEvaluator.evaluate(gt, dt, IouType.SEGM);
        assertEquals(1, result.stats()[0], 1e-12);
    }

    @Test
    void summaryLinesHavePycocotoolsLayout() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[0,2,10,10],\"score\":0.9}]");
        CocoEvalResult result = CocoEvaluator.evaluate(gt, dt, IouType.BBOX);
        assertEquals(12, result.summaryLines().size());
        assertEquals(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.400",
                result.summaryLines().get(0));
        assertEquals(" Average Precision  (AP) @[ IoU=0.75      | area=   all | maxDets=100 ] = 0.000",
                result.summaryLines().get(2));
        assertEquals(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=medium | maxDets=100 ] = -1.000",
                result.summaryLines().get(10));
    }

    @Test
    void numpyLinspaceThresholds() {
        CocoEvalParams params = CocoEvalParams.defaults(IouType.BBOX);
        // numpy's linspace gives 0.8999999999999999, not 0.9; the summary's exact lookups depend on it
        assertEquals(0.8999999999999999, params.iouThresholds()[8]);
        assertEquals(0.75, params.iouThresholds()[5]);
        assertEquals(0.5700000000000001, params.recallThresholds()[57]);
        assertEquals(101, params.recallThresholds().length);
    }

    @Test
    void badInputIsRefusedWithTheFileAndPlace() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10],\"area\":100,\"iscrowd\":0}");
        Path dt = write("dt.json", "[{\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"score\":0.9}]");
        CocoDataException error = assertThrows(CocoDataException.class, () -> CocoEvaluator.evaluate(gt, dt, IouType.BBOX));
        assertTrue(error.getMessage().contains("gt.json"), error.getMessage());
        assertTrue(error.getMessage().contains("annotations[0].bbox"), error.getMessage());
        Path notAnArray = write("dt2.json", "{\"annotations\":[]}");
        Path goodGt = groundTruth("");
        CocoDataException notList = assertThrows(CocoDataException.class,
                () -> CocoEvaluator.evaluate(goodGt, notAnArray, IouType.BBOX));
        assertTrue(notList.getMessage().contains("not a JSON array"), notList.getMessage());
        Path truncated = write("dt3.json", "[{\"image_id\":1,\n\"category_id\":");
        CocoDataException invalid = assertThrows(CocoDataException.class,
                () -> CocoEvaluator.evaluate(goodGt, truncated, IouType.BBOX));
        assertTrue(invalid.getMessage().contains("dt3.json line 2, column ") && invalid.getMessage().contains("not valid JSON"),
                invalid.getMessage());
        assertFalse(invalid.getMessage().contains("REDACTED"), "no note about Jackson's own settings: " + invalid.getMessage());
    }

    @Test
    void noDetectionsGivesZeroWhereThereIsGroundTruth() throws IOException {
        Path gt = groundTruth("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[0,0,10,10],\"area\":100,\"iscrowd\":0}");
        Path dt = write("dt.json", "[]");
        double[] stats = CocoEvaluator.evaluate(gt, dt, IouType.BBOX).stats();
        assertEquals(0, stats[0]);
        assertEquals(-1, stats[4], "no medium-sized ground truth");
    }
}
