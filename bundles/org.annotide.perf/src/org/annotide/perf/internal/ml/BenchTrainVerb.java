package org.annotide.perf.internal.ml;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.annotide.formats.LabelsCsv;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.ml.FashionMnist;
import org.annotide.ml.IdxFiles;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingQueue;
import org.annotide.ml.Trainer;
import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

/**
 * {@code annotide-cli bench train --fashion-mnist}: imports Fashion-MNIST as a user would (PNG files and a CSV of
 * labels through import-images' importer), trains the n classifier, measures top-1 on the official test images,
 * time per epoch, resident memory per epoch, training and inference throughput, and the same network trained by
 * PyTorch in Python (Debian's python3-torch) on the same data when it is installed.
 */
public final class BenchTrainVerb implements CliVerb {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @Override
    public String name() {
        return "bench train";
    }

    @Override
    public String summary() {
        return "Benchmark training: Fashion-MNIST with the n classifier, side by side with PyTorch in Python; generated scenes with the detector and the segmenter";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench train --fashion-mnist [--train N] [--test N] [--epochs N] [--batch N]
                        [--model n|s|m|resnet] [--work DIR] [--no-torch]
                       annotide-cli bench train --scenes [--images N] [--size N] [--epochs N] [--batch N]
                        [--model n|s|m] [--work DIR]

                --scenes: generates N scenes (default 1500, SIZE pixels square, default 64) of squares, discs and
                triangles with known geometry, trains the detector and then the segmenter on them (80 % train,
                20 % validate; defaults 30 epochs, batch 16) and prints every epoch and BENCH detect_map50,
                detect_map50_95, detect_precision, detect_recall, segment_mask_map50, segment_mask_map50_95,
                segment_map50 (of the last epoch, on the validation scenes) and the time per epoch.

                Needs Debian's dataset-fashion-mnist. Writes the first N training images (default all 60,000) as PNG
                files with a CSV list of labels, imports them into a new project exactly as
                'import-images PROJECT --csv FILE' does, trains the classifier (95 % of each class trains, 5 %
                validates; the best epoch's weights are kept) and predicts the first N official test images
                (default all 10,000). With python3-torch installed (run by /usr/bin/python3), the same network is
                trained in PyTorch on the same images with the same batch size and epochs.

                Prints BENCH lines: import_s, epoch_s (mean), rss_mb_epoch_<n>, heap_mb_epoch_<n>, test_top1,
                train_images_per_s, inference_images_per_s, and with PyTorch torch_train_images_per_s,
                torch_inference_images_per_s, torch_test_top1, train_ratio and inference_ratio (Annotide / PyTorch).

                Options:
                  --train N, --test N   how many images of each split (default 60000 and 10000)
                  --epochs N            default 15        --batch N   default 64
                  --model M             default n
                  --work DIR            keep the project and files there (default: a temporary folder, deleted)
                  --no-torch            skip the PyTorch run""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("train", "test", "epochs", "batch", "model", "work", "images", "size");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("fashion-mnist", "no-torch", "scenes");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        if (args.flag("scenes")) {
            String keep = args.option("work", null);
            Path folder = keep == null ? Files.createTempDirectory("annotide-bench-scenes") : Path.of(keep);
            try {
                return SceneBench.run(context, folder, args.intOption("images", 1500), args.intOption("size", 64),
                        args.intOption("epochs", 30), args.intOption("batch", 16), args.option("model", "n"));
            } finally {
                if (keep == null) {
                    FileTrees.deleteRecursively(folder);
                }
            }
        }
        if (!args.flag("fashion-mnist")) {
            throw new UsageException("give --fashion-mnist or --scenes (the data sets of this benchmark)");
        }
        if (!FashionMnist.isInstalled()) {
            context.err().println("annotide-cli bench train: Fashion-MNIST is not installed; apt-get install dataset-fashion-mnist");
            return FAILED;
        }
        int trainCount = args.intOption("train", 60000);
        int testCount = args.intOption("test", 10000);
        int epochs = args.intOption("epochs", 15);
        int batch = args.intOption("batch", 64);
        String modelSize = args.option("model", "n");
        String workOption = args.option("work", null);
        Path work = workOption == null ? Files.createTempDirectory("annotide-bench-train") : Path.of(workOption);
        try {
            return bench(context, work, trainCount, testCount, epochs, batch, modelSize, !args.flag("no-torch"));
        } finally {
            if (workOption == null) {
                FileTrees.deleteRecursively(work);
            }
        }
    }

    private static int bench(CliContext context, Path work, int trainCount, int testCount, int epochs, int batch,
            String modelSize, boolean torch) throws Exception {
        Path files = work.resolve("files");
        Path csv = FashionMnist.writePngs("train", trainCount, files);
        long started = System.nanoTime();
        TrainerRegistry trainers = TrainerRegistry.installed();
        try (ProjectStore store = ProjectStore.create(work.resolve("project"), "fashion-mnist");
                TrainingQueue queue = new TrainingQueue(trainers, ACCESS)) {
            ImportReport report = new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList)
                    .run(store, new ImportRequest(List.of(), null, false, csv), context.progress());
            context.bench("import_s", (System.nanoTime() - started) / 1e9, "s");
            if (report.hasRejections()) {
                context.err().println("bench train: the import rejected " + report.rejected().size() + " images");
                return FAILED;
            }
            List<Double> epochSeconds = new ArrayList<>();
            List<Double> imagesPerSecond = new ArrayList<>();
            queue.addEpochListener((job, epoch, total) -> {
                epochSeconds.add(epoch.millis() / 1000.0);
                Double speed = epoch.metrics().get("images_per_s");
                if (speed != null) {
                    imagesPerSecond.add(speed);
                }
                context.out().println(epoch.line());
                context.bench("rss_mb_epoch_" + epoch.epoch(), residentMb(), "MB");
                Runtime rt = Runtime.getRuntime();
                context.bench("heap_mb_epoch_" + epoch.epoch(), (rt.totalMemory() - rt.freeMemory()) / 1048576.0, "MB");
            });
            TrainingConfig config = TrainingConfig.builder("fashion-mnist " + modelSize, TaskType.CLASSIFY)
                    .modelSize(modelSize).epochs(epochs).batchSize(batch).imageSize(28).trainRatio(0.95)
                    .learningRate(0.01).device("auto").build();
            TrainingJob job = queue.submit(store, config);
            TrainingQueue.JobOutcome outcome = queue.await(job.getId());
            if (outcome.status() != JobStatus.COMPLETED) {
                context.err().println("bench train: training " + outcome.status().getLiteral().toLowerCase(Locale.ROOT)
                        + ": " + outcome.message());
                return FAILED;
            }
            context.bench("epoch_s", epochSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0), "s");
            // steady-state speed: the epochs after the first (warm-up), when there are several
            List<Double> steady = imagesPerSecond.size() > 1 ? imagesPerSecond.subList(1, imagesPerSecond.size()) : imagesPerSecond;
            double trainSpeed = steady.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            context.bench("train_images_per_s", trainSpeed, "images/s");

            ModelRegistry registry = new ModelRegistry(store, ACCESS, trainers);
            TrainedModel model = registry.find(outcome.modelId());
            context.bench("validation_top1", model.getMetrics().get("top1"), "");
            IdxFiles.Images test = IdxFiles.readImages(FashionMnist.DEBIAN_FOLDER.resolve("t10k-images-idx3-ubyte.gz"), testCount);
            int[] labels = IdxFiles.readLabels(FashionMnist.DEBIAN_FOLDER.resolve("t10k-labels-idx1-ubyte.gz"), testCount);
            List<BufferedImage> images = new ArrayList<>();
            for (byte[] pixels : test.pixels()) {
                BufferedImage image = new BufferedImage(test.columns(), test.rows(), BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setDataElements(0, 0, test.columns(), test.rows(), pixels);
                images.add(image);
            }
            Trainer trainer = trainers.byId(registry.modelFile(model).descriptor().trainer()).orElseThrow();
            List<String> classes = registry.modelFile(model).descriptor().classes();
            int right = 0;
            long inferenceNanos = 0;
            try (Predictor predictor = trainer.open(registry.modelFile(model), "auto")) {
                predictor.classify(images.subList(0, Math.min(batch, images.size()))); // warm-up
                for (int from = 0; from < images.size(); from += batch) {
                    List<BufferedImage> part = images.subList(from, Math.min(images.size(), from + batch));
                    long t = System.nanoTime();
                    double[][] scores = predictor.classify(part);
                    inferenceNanos += System.nanoTime() - t;
                    for (int i = 0; i < scores.length; i++) {
                        int best = 0;
                        for (int c = 1; c < scores[i].length; c++) {
                            if (scores[i][c] > scores[i][best]) {
                                best = c;
                            }
                        }
                        // the model's classes are in the project's order (first seen in the CSV), not label order
                        if (classes.get(best).equals(FashionMnist.CLASSES.get(labels[from + i]))) {
                            right++;
                        }
                    }
                }
            }
            double inferenceSpeed = images.size() / (inferenceNanos / 1e9);
            context.bench("test_top1", (double) right / images.size(), "");
            context.bench("inference_images_per_s", inferenceSpeed, "images/s");
            if (torch) {
                torch(context, work, trainCount, testCount, epochs, batch, trainSpeed, inferenceSpeed);
            }
        }
        return OK;
    }

    private static void torch(CliContext context, Path work, int trainCount, int testCount, int epochs, int batch,
            double trainSpeed, double inferenceSpeed) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            context.err().println("bench train: no /usr/bin/python3; the PyTorch comparison is skipped");
            return;
        }
        Path script = work.resolve("torch_bench.py");
        Files.writeString(script, TorchBench.SCRIPT);
        ProcessBuilder builder = new ProcessBuilder(python.toString(), script.toString(),
                FashionMnist.DEBIAN_FOLDER.toString(), Integer.toString(trainCount), Integer.toString(testCount),
                Integer.toString(epochs), Integer.toString(batch)).redirectErrorStream(true);
        Process process = builder.start();
        double torchTrain = Double.NaN;
        double torchInference = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("NO_TORCH")) {
                    context.err().println("bench train: python3-torch is not installed (apt-get install python3-torch);"
                            + " the PyTorch comparison is skipped");
                    process.waitFor(10, TimeUnit.SECONDS);
                    return;
                }
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 3 && parts[0].equals("BENCH")) {
                    context.out().println(line.trim());
                    double value = Double.parseDouble(parts[2]);
                    if (parts[1].equals("torch_train_images_per_s")) {
                        torchTrain = value;
                    } else if (parts[1].equals("torch_inference_images_per_s")) {
                        torchInference = value;
                    }
                } else {
                    context.err().println("torch: " + line);
                }
            }
        }
        int code = process.waitFor();
        if (code != 0) {
            context.err().println("bench train: the PyTorch run ended with exit code " + code);
            return;
        }
        context.bench("train_ratio", trainSpeed / torchTrain, "");
        context.bench("inference_ratio", inferenceSpeed / torchInference, "");
    }

    private static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return Double.NaN;
    }
}
