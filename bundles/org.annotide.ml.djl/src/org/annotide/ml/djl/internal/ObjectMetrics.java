package org.annotide.ml.djl.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.core.geometry.CocoRle;
import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.CocoEvaluator;
import org.annotide.metrics.coco.IouType;
import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.Predictor.Detection;
import org.annotide.ml.Predictor.Mask;

/**
 * Validation metrics of detection and segmentation, in the pixels of the network input: the ground truth and
 * the detections are written as COCO JSON and evaluated by org.annotide.metrics' COCO evaluator (pycocotools'
 * rules): {@code map50}, {@code map50_95} on boxes, and with masks {@code mask_map50}, {@code mask_map50_95}.
 * {@code precision} and {@code recall} count detections scoring at least {@link #SCORE} matched greedily (best
 * score first, same class) to a ground-truth box with IoU at least 0.5.
 */
final class ObjectMetrics {

    static final double SCORE = 0.5;

    private ObjectMetrics() {
    }

    static Map<String, Double> evaluate(List<List<ObjectTarget>> truth, List<List<Detection>> found, int classes,
            int size, boolean masks, Path work) throws IOException {
        Path gt = work.resolve("validation-gt.json");
        Path dt = work.resolve("validation-dt.json");
        Files.writeString(gt, groundTruth(truth, classes, size, masks), StandardCharsets.UTF_8);
        Files.writeString(dt, detections(found, size, masks), StandardCharsets.UTF_8);
        Map<String, Double> metrics = new LinkedHashMap<>();
        double[] pr = precisionRecall(truth, found);
        metrics.put("precision", pr[0]);
        metrics.put("recall", pr[1]);
        CocoEvalResult boxes = CocoEvaluator.evaluate(gt, dt, IouType.BBOX);
        metrics.put("map50", zero(boxes.stats()[1]));
        metrics.put("map50_95", zero(boxes.stats()[0]));
        if (masks) {
            CocoEvalResult segm = CocoEvaluator.evaluate(gt, dt, IouType.SEGM);
            metrics.put("mask_map50", zero(segm.stats()[1]));
            metrics.put("mask_map50_95", zero(segm.stats()[0]));
        }
        Files.deleteIfExists(gt);
        Files.deleteIfExists(dt);
        return metrics;
    }

    /** COCO's -1 (no ground truth, no detections) counts as 0 here. */
    private static double zero(double value) {
        return value < 0 || Double.isNaN(value) ? 0 : value;
    }

    static double[] precisionRecall(List<List<ObjectTarget>> truth, List<List<Detection>> found) {
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < truth.size(); i++) {
            List<ObjectTarget> gt = truth.get(i);
            actual += gt.size();
            boolean[] matched = new boolean[gt.size()];
            List<Detection> sorted = new ArrayList<>(found.get(i));
            sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
            for (Detection d : sorted) {
                if (d.score() < SCORE) {
                    continue;
                }
                predicted++;
                int best = -1;
                double bestIou = 0.5;
                for (int g = 0; g < gt.size(); g++) {
                    ObjectTarget t = gt.get(g);
                    if (matched[g] || t.label() != d.label()) {
                        continue;
                    }
                    double iou = GridHead.iou(d, new Detection(t.label(), 1, t.x(), t.y(), t.width(), t.height(), null));
                    if (iou >= bestIou) {
                        bestIou = iou;
                        best = g;
                    }
                }
                if (best >= 0) {
                    matched[best] = true;
                    truePositives++;
                }
            }
        }
        return new double[] {predicted == 0 ? 0 : (double) truePositives / predicted,
                actual == 0 ? 0 : (double) truePositives / actual};
    }

    private static String groundTruth(List<List<ObjectTarget>> truth, int classes, int size, boolean masks) {
        StringBuilder json = new StringBuilder("{\"images\":[");
        for (int i = 0; i < truth.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"width\":").append(size)
                    .append(",\"height\":").append(size).append('}');
        }
        json.append("],\"categories\":[");
        for (int c = 0; c < classes; c++) {
            json.append(c == 0 ? "" : ",").append("{\"id\":").append(c + 1).append(",\"name\":\"c").append(c + 1)
                    .append("\"}");
        }
        json.append("],\"annotations\":[");
        int id = 1;
        for (int i = 0; i < truth.size(); i++) {
            for (ObjectTarget t : truth.get(i)) {
                json.append(id == 1 ? "" : ",").append("{\"id\":").append(id++).append(",\"image_id\":").append(i + 1)
                        .append(",\"category_id\":").append(t.label() + 1).append(",\"iscrowd\":0,\"bbox\":")
                        .append(box(t.x(), t.y(), t.width(), t.height()));
                if (masks) {
                    json.append(",\"area\":").append(t.mask().cardinality()).append(",\"segmentation\":")
                            .append(rle(t.mask(), 0, 0, size, size, size));
                } else {
                    json.append(",\"area\":").append(number(t.width() * t.height()));
                }
                json.append('}');
            }
        }
        return json.append("]}").toString();
    }

    private static String detections(List<List<Detection>> found, int size, boolean masks) {
        StringBuilder json = new StringBuilder("[");
        boolean first = true;
        for (int i = 0; i < found.size(); i++) {
            for (Detection d : found.get(i)) {
                json.append(first ? "" : ",").append("{\"image_id\":").append(i + 1).append(",\"category_id\":")
                        .append(d.label() + 1).append(",\"score\":").append(number(d.score())).append(",\"bbox\":")
                        .append(box(d.x(), d.y(), d.width(), d.height()));
                if (masks && d.mask() != null) {
                    Mask m = d.mask();
                    json.append(",\"segmentation\":").append(rle(m.pixels(), m.x(), m.y(), m.width(), m.height(), size));
                }
                json.append('}');
                first = false;
            }
        }
        return json.append(']').toString();
    }

    /** A window's row-major pixels placed into the size x size input, as compressed COCO RLE JSON. */
    private static String rle(BitSet pixels, int x0, int y0, int w, int h, int size) {
        byte[] columnMajor = new byte[size * size];
        for (int p = pixels.nextSetBit(0); p >= 0 && p < w * h; p = pixels.nextSetBit(p + 1)) {
            int x = x0 + p % w;
            int y = y0 + p / w;
            if (x < size && y < size) {
                columnMajor[x * size + y] = 1;
            }
        }
        String counts = CocoRle.encode(columnMajor, size, size).toCompressedString();
        return "{\"size\":[" + size + "," + size + "],\"counts\":\"" + counts.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}";
    }

    private static String box(double x, double y, double w, double h) {
        return "[" + number(x) + "," + number(y) + "," + number(w) + "," + number(h) + "]";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
