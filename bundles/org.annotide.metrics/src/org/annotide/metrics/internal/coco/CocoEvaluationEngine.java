package org.annotide.metrics.internal.coco;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.IouType;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Runs evaluate + accumulate + summarize, one category per task, categories in parallel. */
public final class CocoEvaluationEngine {

    private CocoEvaluationEngine() {
    }

    public static CocoEvalResult evaluate(Path gtFile, Path dtFile, CocoEvalParams params, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "COCO " + params.iouType().cocoName() + " evaluation", 100);
        progress.subTask("Reading " + gtFile);
        GroundTruth gt = new CocoJsonReader(gtFile, params.iouType() == IouType.SEGM,
                params.iouType() == IouType.KEYPOINTS).readGroundTruth();
        progress.worked(10);
        checkCancelled(progress);
        progress.subTask("Reading " + dtFile);
        AnnotationTable dt = ResultsLoader.load(dtFile, gt, params.iouType());
        progress.worked(10);
        checkCancelled(progress);
        return evaluate(gt, dt, dtFile.toString(), params, progress.split(80));
    }

    static CocoEvalResult evaluate(GroundTruth gt, AnnotationTable dt, String dtFile, CocoEvalParams params,
            IProgressMonitor monitor) {
        EvaluationIndex index = new EvaluationIndex(gt, dt);
        IouComputer iou = switch (params.iouType()) {
            case BBOX -> new BoxIouComputer(gt, dt);
            case SEGM -> new MaskIouComputer(gt, dt, dtFile);
            case KEYPOINTS -> new OksComputer(gt, dt, params.keypointSigmas(), dtFile);
        };
        int t = params.iouThresholds().length;
        int r = params.recallThresholds().length;
        int k = index.categories();
        int a = params.areaRanges().length;
        int m = params.maxDetections().length;
        double[] precision = new double[t * r * k * a * m];
        double[] recall = new double[t * k * a * m];
        Arrays.fill(precision, -1);
        Arrays.fill(recall, -1);
        CategoryEvaluator evaluator = new CategoryEvaluator(index, gt, dt, params, iou);
        SubMonitor progress = SubMonitor.convert(monitor, "Evaluating " + k + " categories", k);
        // categories write disjoint slices of precision and recall, so they run in parallel without locks
        IntStream.range(0, k).parallel().forEach(category -> {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            evaluator.evaluate(category, precision, recall);
        });
        progress.worked(k);
        return new CocoEvalResult(params, index.categoryIds, index.imageIds.size(), precision, recall,
                id -> gt.categoryName(id));
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
