package org.annotide.ml.djl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.Predictor.Detection;
import org.annotide.ml.Predictor.Mask;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.loss.Loss;

/**
 * Instance segmentation as semantic segmentation followed by connected components. The network is a small
 * encoder-decoder: full-resolution features, and an encoder down to an eighth of the input whose features are
 * narrowed by a 1x1 convolution and brought back up by repetition ({@code NDArray.repeat}: DJL's transposed convolution is not implemented on
 * PyTorch) and joined to the full-resolution ones, then a convolution and a 1x1 convolution to one logit per class plus background for
 * every pixel. Loss: per-pixel softmax cross-entropy, object pixels weighted {@link #FOREGROUND_WEIGHT}. Decoding: every pixel takes its most probable label; the
 * foreground pixels form 4-connected components; each component is one object of the class with the largest
 * summed probability over its pixels, scored by the mean of that probability. Components smaller than
 * {@link #minArea} are noise.
 */
final class SegmentHead implements ObjectHead {

    static final int DEPTH = 8;
    /** Object pixels count this many times a background pixel in the loss (objects cover a small part of a scene). */
    static final float FOREGROUND_WEIGHT = 3;

    @Override
    public boolean masks() {
        return true;
    }

    @Override
    public Block network(String architecture, int classes, int size) {
        int w = GridHead.width(architecture);
        SequentialBlock stem = new SequentialBlock();
        GridHead.conv(GridHead.conv(stem, w, 3), w, 3);
        SequentialBlock deep = new SequentialBlock();
        deep.add(GridHead.pool());
        GridHead.conv(GridHead.conv(deep, 2 * w, 3), 2 * w, 3).add(GridHead.pool());
        GridHead.conv(GridHead.conv(deep, 4 * w, 3), 4 * w, 3).add(GridHead.pool());
        GridHead.conv(GridHead.conv(GridHead.conv(deep, 8 * w, 3), 8 * w, 3), 2 * w, 1);
        deep.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().repeat(2, DEPTH).repeat(3, DEPTH))));
        SequentialBlock net = new SequentialBlock().add(stem)
                .add(new ParallelBlock(list -> new NDList(NDArrays.concat(
                        new NDList(list.get(0).singletonOrThrow(), list.get(1).singletonOrThrow()), 1)),
                        Arrays.asList(Blocks.identityBlock(), deep)));
        GridHead.conv(net, w, 3);
        net.add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(classes + 1).build());
        return net;
    }

    @Override
    public Loss loss(int classes) {
        return new Loss("pixel_loss") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray p = predictions.singletonOrThrow();
                Shape s = p.getShape();
                long pixels = s.get(0) * s.get(2) * s.get(3);
                return p.logSoftmax(1).mul(labels.singletonOrThrow()).sum().neg().div(pixels);
            }
        };
    }

    @Override
    public NDList targets(NDManager manager, List<List<ObjectTarget>> objects, int classes, int size) {
        int n = objects.size();
        int plane = size * size;
        int labels = classes + 1;
        float[] oneHot = new float[n * labels * plane];
        for (int i = 0; i < n; i++) {
            int[] label = new int[plane]; // 0 background, c + 1 class c; later objects paint over earlier ones
            for (ObjectTarget t : objects.get(i)) {
                BitSet mask = t.mask();
                for (int p = mask.nextSetBit(0); p >= 0 && p < plane; p = mask.nextSetBit(p + 1)) {
                    label[p] = t.label() + 1;
                }
            }
            for (int p = 0; p < plane; p++) {
                oneHot[(i * labels + label[p]) * plane + p] = label[p] == 0 ? 1 : FOREGROUND_WEIGHT;
            }
        }
        return new NDList(manager.create(oneHot, new Shape(n, labels, size, size)));
    }

    static int minArea(int size) {
        return Math.max(4, size * size / 2000);
    }

    @Override
    public List<List<Detection>> decode(NDArray output, int classes, int size, double minScore, int limit) {
        int n = (int) output.getShape().get(0);
        int labels = classes + 1;
        int plane = size * size;
        float[] p = output.softmax(1).toFloatArray();
        List<List<Detection>> all = new ArrayList<>();
        int minArea = minArea(size);
        for (int i = 0; i < n; i++) {
            int base = i * labels * plane;
            boolean[] foreground = new boolean[plane];
            for (int q = 0; q < plane; q++) {
                float background = p[base + q];
                for (int c = 1; c < labels; c++) {
                    if (p[base + c * plane + q] > background) {
                        foreground[q] = true;
                        break;
                    }
                }
            }
            List<Detection> found = new ArrayList<>();
            boolean[] seen = new boolean[plane];
            int[] queue = new int[plane];
            for (int start = 0; start < plane; start++) {
                if (!foreground[start] || seen[start]) {
                    continue;
                }
                int head = 0;
                int tail = 0;
                queue[tail++] = start;
                seen[start] = true;
                while (head < tail) {
                    int q = queue[head++];
                    int x = q % size;
                    int y = q / size;
                    if (x > 0) tail = visit(q - 1, foreground, seen, queue, tail);
                    if (x < size - 1) tail = visit(q + 1, foreground, seen, queue, tail);
                    if (y > 0) tail = visit(q - size, foreground, seen, queue, tail);
                    if (y < size - 1) tail = visit(q + size, foreground, seen, queue, tail);
                }
                if (tail < minArea) {
                    continue;
                }
                double[] sums = new double[labels];
                int x0 = size;
                int y0 = size;
                int x1 = -1;
                int y1 = -1;
                for (int k = 0; k < tail; k++) {
                    int q = queue[k];
                    for (int c = 1; c < labels; c++) {
                        sums[c] += p[base + c * plane + q];
                    }
                    x0 = Math.min(x0, q % size);
                    x1 = Math.max(x1, q % size);
                    y0 = Math.min(y0, q / size);
                    y1 = Math.max(y1, q / size);
                }
                int best = 1;
                for (int c = 2; c < labels; c++) {
                    if (sums[c] > sums[best]) {
                        best = c;
                    }
                }
                double score = sums[best] / tail;
                if (score < minScore) {
                    continue;
                }
                int w = x1 - x0 + 1;
                int h = y1 - y0 + 1;
                BitSet pixels = new BitSet(w * h);
                for (int k = 0; k < tail; k++) {
                    int q = queue[k];
                    pixels.set((q / size - y0) * w + (q % size - x0));
                }
                found.add(new Detection(best - 1, score, x0, y0, w, h, new Mask(x0, y0, w, h, pixels)));
            }
            found.sort(Comparator.comparingDouble(Detection::score).reversed());
            all.add(found.size() > limit ? new ArrayList<>(found.subList(0, limit)) : found);
        }
        return all;
    }

    private static int visit(int q, boolean[] foreground, boolean[] seen, int[] queue, int tail) {
        if (foreground[q] && !seen[q]) {
            seen[q] = true;
            queue[tail++] = q;
        }
        return tail;
    }
}
