package org.annotide.ml.djl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.Predictor.Detection;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.loss.Loss;

/**
 * The anchor-free, YOLO-style grid detector. A convolutional backbone brings the input down by {@link #STRIDE};
 * every cell of the resulting grid predicts, in {@code 5 + classes} channels, an objectness logit, the object's
 * centre inside the cell (two logits through a sigmoid), its width and height (logarithms of the size in cells)
 * and class logits. The cell that holds an object's centre is responsible for it. Loss (summed per image): binary
 * cross-entropy of objectness (negatives weighted 0.5), squared error of centre and log-size on responsible cells
 * (weight 5), and softmax cross-entropy of the class there. Decoding scores each cell by objectness times its best
 * class probability and removes overlapping boxes of the same class by non-maximum suppression (IoU 0.5).
 */
final class GridHead implements ObjectHead {

    static final int STRIDE = 8;
    static final double NMS_IOU = 0.5;

    @Override
    public boolean masks() {
        return false;
    }

    static int width(String architecture) {
        return switch (architecture) {
            case "n" -> 16;
            case "s" -> 24;
            case "m" -> 32;
            default -> throw new IllegalArgumentException("the detector comes in sizes n, s and m, not " + architecture);
        };
    }

    static SequentialBlock conv(SequentialBlock block, int filters, int kernel) {
        return block.add(Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(kernel / 2, kernel / 2)).optBias(false).setFilters(filters).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    static Block pool() {
        return Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2));
    }

    @Override
    public Block network(String architecture, int classes, int size) {
        int w = width(architecture);
        SequentialBlock net = new SequentialBlock();
        conv(net, w, 3).add(pool());
        conv(conv(net, 2 * w, 3), 2 * w, 3).add(pool());
        conv(conv(net, 4 * w, 3), 4 * w, 3).add(pool());
        conv(conv(conv(net, 8 * w, 3), 4 * w, 1), 8 * w, 3);
        net.add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(5 + classes).build());
        return net;
    }

    @Override
    public Loss loss(int classes) {
        return new Loss("grid_loss") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray p = predictions.singletonOrThrow();
                NDArray responsible = labels.get(0);
                NDArray box = labels.get(1);
                NDArray cls = labels.get(2);
                long n = p.getShape().get(0);
                NDArray logit = p.get(":, 0:1");
                NDArray bce = Activation.relu(logit).sub(logit.mul(responsible)).add(logit.abs().neg().exp().add(1).log());
                NDArray objectness = bce.mul(responsible).sum()
                        .add(bce.mul(responsible.neg().add(1)).sum().mul(0.5f));
                NDArray centre = Activation.sigmoid(p.get(":, 1:3")).sub(box.get(":, 0:2")).square();
                NDArray extent = p.get(":, 3:5").sub(box.get(":, 2:4")).square();
                NDArray geometry = centre.add(extent).mul(responsible).sum().mul(5f);
                NDArray classification = p.get(":, 5:").logSoftmax(1).mul(cls).sum().neg();
                return objectness.add(geometry).add(classification).div(n);
            }
        };
    }

    @Override
    public NDList targets(NDManager manager, List<List<ObjectTarget>> objects, int classes, int size) {
        int n = objects.size();
        int g = size / STRIDE;
        int plane = g * g;
        float[] responsible = new float[n * plane];
        float[] box = new float[n * 4 * plane];
        float[] cls = new float[n * classes * plane];
        for (int i = 0; i < n; i++) {
            // larger objects first, so that a small one sharing a cell takes it (it has no other chance)
            List<ObjectTarget> sorted = new ArrayList<>(objects.get(i));
            sorted.sort(Comparator.comparingDouble((ObjectTarget t) -> -t.width() * t.height()));
            for (ObjectTarget t : sorted) {
                double cx = (t.x() + t.width() / 2) / STRIDE;
                double cy = (t.y() + t.height() / 2) / STRIDE;
                int gx = Math.max(0, Math.min(g - 1, (int) Math.floor(cx)));
                int gy = Math.max(0, Math.min(g - 1, (int) Math.floor(cy)));
                int cell = gy * g + gx;
                responsible[i * plane + cell] = 1;
                box[(i * 4) * plane + cell] = (float) Math.max(0, Math.min(1, cx - gx));
                box[(i * 4 + 1) * plane + cell] = (float) Math.max(0, Math.min(1, cy - gy));
                box[(i * 4 + 2) * plane + cell] = (float) Math.log(Math.max(t.width(), 1) / STRIDE);
                box[(i * 4 + 3) * plane + cell] = (float) Math.log(Math.max(t.height(), 1) / STRIDE);
                for (int c = 0; c < classes; c++) {
                    cls[(i * classes + c) * plane + cell] = c == t.label() ? 1 : 0;
                }
            }
        }
        return new NDList(manager.create(responsible, new Shape(n, 1, g, g)), manager.create(box, new Shape(n, 4, g, g)),
                manager.create(cls, new Shape(n, classes, g, g)));
    }

    @Override
    public List<List<Detection>> decode(NDArray output, int classes, int size, double minScore, int limit) {
        Shape shape = output.getShape();
        int n = (int) shape.get(0);
        int channels = (int) shape.get(1);
        int g = (int) shape.get(2);
        int plane = g * g;
        float[] p = output.toFloatArray();
        double stride = (double) size / g;
        List<List<Detection>> all = new ArrayList<>();
        double[] probabilities = new double[classes];
        for (int i = 0; i < n; i++) {
            List<Detection> found = new ArrayList<>();
            int base = i * channels * plane;
            for (int cell = 0; cell < plane; cell++) {
                double objectness = sigmoid(p[base + cell]);
                if (objectness < minScore) {
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    probabilities[c] = p[base + (5 + c) * plane + cell];
                    max = Math.max(max, probabilities[c]);
                }
                double sum = 0;
                int best = 0;
                for (int c = 0; c < classes; c++) {
                    probabilities[c] = Math.exp(probabilities[c] - max);
                    sum += probabilities[c];
                    if (probabilities[c] > probabilities[best]) {
                        best = c;
                    }
                }
                double score = objectness * probabilities[best] / sum;
                if (score < minScore) {
                    continue;
                }
                int gx = cell % g;
                int gy = cell / g;
                double cx = (gx + sigmoid(p[base + plane + cell])) * stride;
                double cy = (gy + sigmoid(p[base + 2 * plane + cell])) * stride;
                double w = Math.exp(Math.min(10, p[base + 3 * plane + cell])) * stride;
                double h = Math.exp(Math.min(10, p[base + 4 * plane + cell])) * stride;
                double x0 = Math.max(0, cx - w / 2);
                double y0 = Math.max(0, cy - h / 2);
                double x1 = Math.min(size, cx + w / 2);
                double y1 = Math.min(size, cy + h / 2);
                // a box under one input pixel on a side (an untrained head makes them) can be neither drawn nor
                // matched: it would reach the project as a zero-width annotation
                if (x1 - x0 >= 1 && y1 - y0 >= 1) {
                    found.add(new Detection(best, score, x0, y0, x1 - x0, y1 - y0, null));
                }
            }
            all.add(suppress(found, NMS_IOU, limit));
        }
        return all;
    }

    /** Non-maximum suppression per class: best first, dropping boxes that overlap a kept one by more than iou. */
    static List<Detection> suppress(List<Detection> found, double iou, int limit) {
        List<Detection> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            boolean overlaps = false;
            for (Detection k : kept) {
                if (k.label() == d.label() && iou(k, d) > iou) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(d);
                if (kept.size() == limit) {
                    break;
                }
            }
        }
        return kept;
    }

    static double iou(Detection a, Detection b) {
        double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
