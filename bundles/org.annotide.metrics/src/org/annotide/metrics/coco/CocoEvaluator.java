package org.annotide.metrics.coco;

import java.nio.file.Path;

import org.annotide.metrics.internal.coco.CocoEvaluationEngine;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * COCO evaluation (bbox, segm, keypoints) that reproduces pycocotools' COCOeval: same loadRes rules, same
 * matching, same 101-point interpolated precision, same summary statistics. Reads COCO JSON directly.
 * <p>
 * Where pycocotools crashes instead of answering, this evaluator answers as documented in docs/metrics.md (an
 * empty results list evaluates as "no detections"; polygon or uncompressed-RLE results without "bbox" are
 * accepted; a ground truth without "num_keypoints" counts its labelled keypoints). Where pycocotools refuses,
 * it refuses too, with a {@link CocoDataException} naming the file and the offending element.
 */
public final class CocoEvaluator {

    private CocoEvaluator() {
    }

    /** Evaluates with pycocotools' default parameters for the type. */
    public static CocoEvalResult evaluate(Path groundTruth, Path detections, IouType type) {
        return evaluate(groundTruth, detections, CocoEvalParams.defaults(type), new NullProgressMonitor());
    }

    /**
     * @param groundTruth a COCO dataset JSON (images, annotations, categories)
     * @param detections  a COCO results JSON array (image_id, category_id, score and bbox/segmentation/keypoints)
     * @throws CocoDataException when a file cannot be read or evaluated; the message says where and why
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    public static CocoEvalResult evaluate(Path groundTruth, Path detections, CocoEvalParams params,
            IProgressMonitor monitor) {
        return CocoEvaluationEngine.evaluate(groundTruth, detections, params,
                monitor == null ? new NullProgressMonitor() : monitor);
    }
}
