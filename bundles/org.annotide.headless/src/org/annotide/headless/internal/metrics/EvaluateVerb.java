package org.annotide.headless.internal.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.metrics.coco.CocoDataException;
import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.CocoEvaluator;
import org.annotide.metrics.coco.IouType;

/** {@code annotide-cli evaluate}: COCO evaluation of a results file against a ground truth, as pycocotools. */
public final class EvaluateVerb implements CliVerb {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "COCO evaluation (bbox, segm, keypoints) of detections against a ground truth, as pycocotools";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli evaluate --gt GT.json --dt DT.json --iou-type bbox|segm|keypoints [--json]
                                             [--kpt-sigmas S1,S2,...]

                Evaluates the detections DT.json (a COCO results array: image_id, category_id, score and bbox,
                segmentation or keypoints) against the COCO dataset GT.json as pycocotools' COCOeval does with its
                default parameters (one difference, in segm: a detection's area, which sorts it into the small,
                medium or large range, is its mask's area even when it also carries a bbox; pycocotools then takes
                the bbox's; see docs/metrics.md), and prints the summary in pycocotools' layout followed by one line
                  STATS <iou-type> s1 ... s12   (keypoints: 10 values; -1 where nothing could be measured)
                with every statistic at full precision.

                Options:
                  --gt FILE           ground truth (COCO dataset JSON)
                  --dt FILE           detections (COCO results JSON array)
                  --iou-type TYPE     bbox, segm or keypoints
                  --json              one JSON object instead: iouType, statNames, stats, per-category AP and AP50
                  --kpt-sigmas LIST   OKS sigmas, one per keypoint (default: COCO's 17 person sigmas)

                Detections on images the ground truth does not have are refused, as pycocotools' loadRes does.

                Example:
                  annotide-cli evaluate --gt instances_val2017.json --dt detections.json --iou-type bbox""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("gt", "dt", "iou-type", "kpt-sigmas");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) {
        args.expectPositionals(0, 0);
        Path gt = existing(args.requiredOption("gt"), "--gt");
        Path dt = existing(args.requiredOption("dt"), "--dt");
        IouType type;
        try {
            type = IouType.fromCocoName(args.requiredOption("iou-type"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--iou-type " + e.getMessage());
        }
        CocoEvalParams params = CocoEvalParams.defaults(type);
        String sigmas = args.option("kpt-sigmas", null);
        if (sigmas != null) {
            params = params.withKeypointSigmas(parseSigmas(sigmas));
        }
        CocoEvalResult result;
        try {
            result = CocoEvaluator.evaluate(gt, dt, params, context.progress());
        } catch (CocoDataException e) {
            context.err().println("annotide-cli evaluate: " + e.getMessage());
            return FAILED;
        }
        if (args.flag("json")) {
            context.out().println(EvaluationJson.of(result));
        } else {
            result.summaryLines().forEach(context.out()::println);
            context.out().println(statsLine(result));
        }
        return OK;
    }

    /** {@code STATS <type> s1 ... sN} with each value as Double.toString writes it (shortest exact form). */
    static String statsLine(CocoEvalResult result) {
        StringBuilder line = new StringBuilder("STATS ").append(result.iouType().cocoName());
        for (double stat : result.stats()) {
            line.append(' ').append(stat);
        }
        return line.toString();
    }

    private static Path existing(String value, String option) {
        Path path = Path.of(value);
        if (Files.isDirectory(path)) {
            throw new UsageException(option + " " + value + ": a folder, not a JSON file");
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " " + value + ": no such file");
        }
        return path;
    }

    private static double[] parseSigmas(String text) {
        String[] parts = text.split(",");
        double[] sigmas = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                sigmas[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--kpt-sigmas: '" + parts[i] + "' is not a number");
            }
            if (!(sigmas[i] > 0)) {
                throw new UsageException("--kpt-sigmas: sigmas must be positive");
            }
        }
        return sigmas;
    }
}
