package org.annotide.headless.internal.ml;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.internal.StopOnSignal;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.model.ImageAsset;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.IProgressMonitor;

/** {@code annotide-cli predict PROJECT [--model ID] [--images REGEX] [--min-score X]}. */
public final class PredictVerb implements CliVerb {

    @Override
    public String name() {
        return "predict";
    }

    @Override
    public String summary() {
        return "Run a trained model over the project's images; predictions are stored as annotations to review";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli predict PROJECT [--model ID | --task T] [--images REGEX] [--min-score X] [--device D]

                Runs the active model (or the model named) over the project's images and stores what it predicts
                as annotations with provenance 'predicted', the model's id and the score: an image-level class for
                a classifier, boxes for a detector, masks for a segmenter. The editor shows them as predictions to
                accept or reject. Unreviewed predictions of the same model on the same image are replaced. Prints
                one line per stored prediction:
                  PREDICT <image> <class> <score>                  (classification; spaces in names become _)
                  PREDICT <image> <class> <score> <x> <y> <w> <h>  (detection, segmentation; image pixels)

                Options:
                  --model ID      a model id, unique prefix or name
                  --task T        without --model: the active model of this task (default: the active
                                  classifier, else detector, else segmenter)
                  --images REGEX  only images whose name contains a match (Java regex)
                  --min-score X   store only predictions scoring at least X (default 0)
                  --device D      auto (default), cpu, gpu or gpu:N

                Progress (images predicted; for an image over 16 megapixels, the windows it is predicted in) goes
                to standard error. Ctrl-C stops after the image or batch of windows at hand: what was predicted
                before is printed and stays stored, and the command fails (exit code 1).

                A prediction whose class does not allow its shape (a box of a class for polygons only) is not
                stored; such refusals are counted: REFUSED <count> <the class rule's words>.

                Exit codes: 0 done, 1 failed or cancelled, 3 done but some images could not be read (listed as
                SKIPPED) or some predictions were refused (REFUSED).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("model", "task", "images", "min-score", "device");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        double minScore = args.doubleOption("min-score", 0);
        String regex = args.option("images", null);
        if (regex != null) {
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new UsageException("--images is not a valid regular expression: " + e.getDescription());
            }
        }
        TrainerRegistry trainers = TrainerRegistry.installed();
        try (ProjectStore store = MlVerbs.open(args.path(0, "PROJECT"))) {
            ModelRegistry registry = new ModelRegistry(store, MlVerbs.ACCESS, trainers);
            TrainedModel model;
            if (args.option("model", null) != null) {
                model = registry.find(args.option("model", null));
            } else {
                TaskType task = MlVerbs.task(args.option("task", null));
                model = null;
                for (TaskType t : task != null ? List.of(task)
                        : List.of(TaskType.CLASSIFY, TaskType.DETECT, TaskType.SEGMENT)) {
                    model = model != null ? model : registry.active(t);
                }
                if (model == null) {
                    context.err().println("annotide-cli predict: the project has no active "
                            + (task == null ? "model" : MlVerbs.name(task) + " model")
                            + "; train or import one, or name one with --model");
                    return FAILED;
                }
            }
            Inference inference = new Inference(registry, MlVerbs.ACCESS, ImagePixels.installed());
            List<ImageAsset> images = inference.images(regex);
            IProgressMonitor progress = context.progress();
            TrainedModel chosen = model;
            progress.beginTask("predicting " + images.size() + " image(s) with " + MlVerbs.ACCESS.call(store, chosen::getName),
                    IProgressMonitor.UNKNOWN);
            Inference.Result result;
            // Ctrl-C: prediction stops after the image (or batch of windows) at hand; what was stored stays
            try (StopOnSignal signal = new StopOnSignal("predict", () -> progress.setCanceled(true), Duration.ofSeconds(30))) {
                result = inference.run(model, images, minScore, args.option("device", "auto"),
                        TrainingMonitor.following(progress::isCanceled, progress::subTask));
            }
            progress.done();
            for (Inference.Prediction p : result.predictions()) {
                StringBuilder line = new StringBuilder("PREDICT ").append(p.image()).append(' ')
                        .append(p.labelClass().replace(' ', '_')).append(' ')
                        .append(String.format(Locale.ROOT, "%.4f", p.score()));
                if (p.box() != null) {
                    for (double v : p.box()) {
                        line.append(' ').append(String.format(Locale.ROOT, "%.1f", v));
                    }
                }
                context.out().println(line);
            }
            for (DatasetInfo.Skipped s : result.skipped()) {
                context.out().println("SKIPPED " + s);
            }
            // predictions whose class does not allow their shape are not stored: how many, in the class rule's words
            result.refused().forEach((why, count) -> context.out().println("REFUSED " + count + " " + why));
            if (result.cancelled()) {
                context.err().println("annotide-cli predict: cancelled; the " + result.predictions().size()
                        + " prediction(s) above are stored, the images after them were not predicted");
                return FAILED;
            }
            return result.skipped().isEmpty() && result.refused().isEmpty() ? OK : PARTIAL;
        } catch (TrainingException e) {
            context.err().println("annotide-cli predict: " + e.getMessage());
            return FAILED;
        }
    }
}
