package org.annotide.headless.internal.ml;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.internal.StopOnSignal;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.JobStatus;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code annotide-cli train PROJECT --task classify|detect|segment ...}. */
public final class TrainVerb implements CliVerb {

    /** The final metrics printed as METRIC lines, in this order, when the task has them. */
    static final List<String> FINAL_METRICS = List.of("top1", "top5", "precision", "recall", "map50", "map50_95",
            "mask_map50", "mask_map50_95");

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "Train a model on a project's images or training sets; the model joins the project's registry";
    }

    @Override
    public String usage() {
        StringBuilder installed = new StringBuilder();
        for (org.annotide.ml.Trainer trainer : TrainerRegistry.installed().trainers()) {
            installed.append(String.format("  %-9s %-22s %s%n", trainer.task().getLiteral().toLowerCase(Locale.ROOT),
                    String.join(",", trainer.architectures()), trainer.id()));
        }
        return """
                Usage: annotide-cli train PROJECT --task classify|detect|segment [--name N] [--training-set NAME]...
                        [--classes a,b,...] [--kinds box,polygon,...] [--model n|s|m|resnet|linear] [--epochs N] [--batch N]
                        [--image-size N] [--lr X] [--train-ratio 0.8] [--seed 42] [--device auto|cpu|gpu[:N]]
                        [--from MODEL_ID] [--json]

                Trains a model as a job of the project (it stays in the project's job list) and registers the
                result. Classification learns from image-level class labels (e.g. imported with
                'import-images --csv'): of every image, or of the tiles of the training sets named (repeat
                --training-set, or separate names by commas). Images that cannot be used are skipped and counted
                in the dataset info ('jobs PROJECT' and 'models PROJECT show ID' show it). Detection learns from
                the boxes around the annotations of the kinds chosen (default: box, rotated_box, ellipse, polygon,
                mask); segmentation from their pixels (default kinds: polygon, mask). Detection and segmentation
                need an image size that is a multiple of 8 (at least 32); images are scaled to it.

                Prints one line per epoch,
                  EPOCH <n> train_loss <x> val_loss <y> <metric> <v> ... time_s <t>
                then one line per final validation metric, METRIC <name> <value>, and MODEL <id>. The first model
                of a task type becomes active. Ctrl-C cancels the job (nothing is registered).

                Options:
                  --task T          classify, detect (grid detector) or segment (segmenter + connected components)
                  --name N          the job's and model's name (default: the task and the date)
                  --training-set S  train on the tiles of training set S (repeatable); default: all images
                  --classes a,b     the classes in output order (default: all classes with examples)
                  --kinds k,...     for detect/segment: box, rotated_box, ellipse, polygon, mask
                  --model M         n, s, m (small CNNs of growing width), resnet or linear (classify only;
                                    linear: logistic regression on the pixels; default n),
                                    or an architecture an installed plug-in's trainer offers (listed below)
                  --epochs N        default 100         --batch N        default 16
                  --image-size N    network input side in pixels (default 64)
                  --lr X            initial learning rate (default 0.01; Adam runs at a tenth of it, cosine decay)
                  --train-ratio R   share of each class used for training (default 0.8), the rest validates
                  --seed N          default 42          --device D       auto (default), cpu, gpu or gpu:N
                  --from ID         start from a registered model (fine-tuning: same classes and size)
                  --json            print one JSON object at the end instead of the lines

                Exit codes: 0 completed, 1 failed or cancelled, 2 wrong command line.

                Example:
                  annotide-cli train shoes --task classify --model n --epochs 10 --image-size 28
                  annotide-cli train cells --task detect --kinds box,ellipse --epochs 30 --image-size 128

                Installed trainers (task, models, trainer id):
                """ + installed.toString().stripTrailing();
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("task", "name", "training-set", "classes", "kinds", "model", "epochs", "batch", "image-size", "lr",
                "train-ratio", "seed", "device", "from");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        TaskType task = MlVerbs.task(args.requiredOption("task"));
        String name = args.option("name", MlVerbs.name(task) + " " + java.time.LocalDateTime.now().withNano(0));
        TrainingConfig config;
        try {
            List<String> sets = args.options("training-set").stream().flatMap(s -> MlVerbs.list(s).stream()).toList();
            Set<ShapeKind> kinds = EnumSet.noneOf(ShapeKind.class);
            for (String kind : MlVerbs.list(args.option("kinds", null))) {
                ShapeKind k = ShapeKind.get(kind.toUpperCase(Locale.ROOT));
                if (k == null) {
                    throw new UsageException("unknown annotation kind '" + kind + "'");
                }
                kinds.add(k);
            }
            config = TrainingConfig.builder(name, task).trainingSets(sets)
                    .classes(MlVerbs.list(args.option("classes", null))).kinds(kinds)
                    .modelSize(args.option("model", "n")).epochs(args.intOption("epochs", TrainingConfig.DEFAULT_EPOCHS))
                    .batchSize(args.intOption("batch", TrainingConfig.DEFAULT_BATCH))
                    .imageSize(args.intOption("image-size", TrainingConfig.DEFAULT_IMAGE_SIZE))
                    .learningRate(args.doubleOption("lr", TrainingConfig.DEFAULT_LEARNING_RATE))
                    .trainRatio(args.doubleOption("train-ratio", TrainingConfig.DEFAULT_TRAIN_RATIO))
                    .seed(args.intOption("seed", (int) TrainingConfig.DEFAULT_SEED))
                    .device(args.option("device", "auto")).fromModelId(args.option("from", null)).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean json = args.flag("json");
        TrainerRegistry trainers = TrainerRegistry.installed();
        try (ProjectStore store = MlVerbs.open(args.path(0, "PROJECT"));
                TrainingQueue queue = new TrainingQueue(trainers, MlVerbs.ACCESS)) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode result = mapper.createObjectNode();
            ArrayNode epochs = result.putArray("epochs");
            queue.addEpochListener((job, epoch, total) -> {
                if (json) {
                    ObjectNode e = epochs.addObject();
                    e.put("epoch", epoch.epoch());
                    e.put("train_loss", epoch.trainLoss());
                    e.put("val_loss", epoch.validationLoss());
                    epoch.metrics().forEach(e::put);
                    e.put("time_s", epoch.millis() / 1000.0);
                } else {
                    context.out().println(epoch.line());
                    context.out().flush();
                }
            });
            queue.addStatusListener((job, status, message) -> {
                context.err().println("train: " + status.getLiteral().toLowerCase(Locale.ROOT)
                        + (message == null ? "" : " (" + message + ")"));
            });
            TrainingJob job;
            try {
                job = queue.submit(store, config);
            } catch (TrainingException e) {
                context.err().println("annotide-cli train: " + e.getMessage());
                return FAILED;
            }
            String jobId = job.getId();
            TrainingQueue.JobOutcome outcome;
            // Ctrl-C: the job is cancelled and the process ends once it has stopped (at most 5 s later)
            try (StopOnSignal signal = new StopOnSignal("train", () -> queue.cancel(jobId), java.time.Duration.ofSeconds(5))) {
                outcome = queue.await(jobId);
            }
            result.put("job", jobId);
            result.put("status", outcome.status().getLiteral().toLowerCase(Locale.ROOT));
            if (outcome.status() != JobStatus.COMPLETED) {
                if (json) {
                    result.put("error", outcome.message());
                    context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
                }
                context.err().println("annotide-cli train: the job " + outcome.status().getLiteral().toLowerCase(Locale.ROOT)
                        + (outcome.message() == null ? "" : ": " + outcome.message()));
                return FAILED;
            }
            TrainedModel model = new ModelRegistry(store, MlVerbs.ACCESS, trainers).find(outcome.modelId());
            Map<String, Double> metrics = model.getMetrics().map();
            if (json) {
                ObjectNode m = result.putObject("metrics");
                metrics.forEach(m::put);
                result.put("model", model.getId());
                result.put("active", model.isActive());
                context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                for (String metric : FINAL_METRICS) {
                    Double value = metrics.get(metric);
                    if (value != null) {
                        context.out().println("METRIC " + metric + " " + MlVerbs.number(value));
                    }
                }
                context.out().println("MODEL " + model.getId());
            }
            return OK;
        }
    }
}
