package org.annotide.ml.djl.internal;

import java.util.List;

import org.annotide.ml.PreparedDataset.ObjectTarget;
import org.annotide.ml.Predictor.Detection;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;

/**
 * What differs between the detector and the segmenter: the network, its loss, the targets the loss compares
 * with, and how the network's output becomes objects. Coordinates are pixels of the network input.
 */
interface ObjectHead {

    /** The network for an architecture ({@code n}, {@code s}, {@code m}). */
    Block network(String architecture, int classes, int size);

    /** The training loss; its labels are what {@link #targets} builds. */
    Loss loss(int classes);

    /** The labels of a batch for {@link #loss}, created in {@code manager}. */
    NDList targets(NDManager manager, List<List<ObjectTarget>> objects, int classes, int size);

    /**
     * The objects in a batch's output, scoring at least {@code minScore}, best first, at most {@code limit} per
     * image; masks (segmentation) as windows of the input.
     */
    List<List<Detection>> decode(NDArray output, int classes, int size, double minScore, int limit);

    /** True when the objects carry masks. */
    boolean masks();
}
