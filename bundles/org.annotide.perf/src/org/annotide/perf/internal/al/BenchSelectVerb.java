package org.annotide.perf.internal.al;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.annotide.al.LabelledImages;
import org.annotide.al.Scored;
import org.annotide.al.StrategyInput;
import org.annotide.al.StrategyRegistry;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.FashionMnist;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelFile;
import org.annotide.ml.PreparedDataset;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingResult;
import org.annotide.model.TaskType;

/**
 * {@code annotide-cli bench select}: how long the strategies take to score a large pool once the model has
 * predicted it. A small classifier is trained on Fashion-MNIST's first training images (the labelled items); it
 * predicts the other 59,000 training images, the 10,000 test images and, to reach 100,000, mirrored copies of
 * training images (probabilities and embeddings in one pass, not timed); then every installed strategy scores the
 * pool and picks a batch, timed. Prints {@code BENCH select_<strategy>_s} per strategy and {@code BENCH select_s},
 * their sum.
 */
public final class BenchSelectVerb implements CliVerb {

    @Override
    public String name() {
        return "bench select";
    }

    @Override
    public String summary() {
        return "Time the active-learning strategies on a pool of 100,000 real images with embeddings";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench select [--pool N] [--labelled N] [--batch N] [--epochs N] [--k K]

                Trains the n classifier on the first --labelled Fashion-MNIST training images (default 1000,
                --epochs 1), predicts a pool of --pool images (default 100000: the other training images, the test
                images, then mirrored training images) with embeddings, and times every installed strategy scoring
                that pool and picking --batch images (default 100). Needs Debian's dataset-fashion-mnist.
                Prints BENCH infer_images_per_s, BENCH embedding_dimension, BENCH select_<strategy>_s per strategy
                and BENCH select_s (all strategies together; the goal is at most 10 s).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("pool", "labelled", "batch", "epochs", "k");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int poolSize = args.intOption("pool", 100_000);
        int labelledCount = args.intOption("labelled", 1000);
        int batch = args.intOption("batch", 100);
        if (poolSize < 1 || labelledCount < 2 || batch < 1 || poolSize > 130_000 - labelledCount) {
            throw new UsageException("--pool 1..(130000 - labelled), --labelled at least 2, --batch at least 1");
        }
        if (!FashionMnist.isInstalled()) {
            context.err().println("annotide-cli bench select: Fashion-MNIST is not installed: apt-get install dataset-fashion-mnist");
            return FAILED;
        }
        ImagePixels reader = ImagePixels.installed();
        LabelledImages train = LabelledImages.read("fashion-mnist:train", null, 0, 28, reader);
        LabelledImages test = LabelledImages.read("fashion-mnist:t10k", null, 0, 28, reader);
        TrainerRegistry trainers = TrainerRegistry.installed();
        Trainer trainer = trainers.forTask(TaskType.CLASSIFY, "n").orElseThrow();
        int[] known = new int[labelledCount];
        for (int i = 0; i < known.length; i++) {
            known[i] = i;
        }
        String[] items = new String[train.count()];
        java.util.Arrays.fill(items, "");
        PreparedDataset data = new PreparedDataset(train.classes(), 28, 1, train.pixels(), train.labels(), items, known,
                known, new DatasetInfo(known.length, known.length, Map.of(), List.of()));
        TrainingConfig config = TrainingConfig.builder("bench-select", TaskType.CLASSIFY).modelSize("n")
                .epochs(args.intOption("epochs", 1)).batchSize(32).imageSize(28).device("cpu").build();
        Path work = Files.createTempDirectory("annotide-bench-select");
        try {
            TrainingResult result = trainer.train(data, config, null, TrainingMonitor.none(), work);
            ModelDescriptor d = new ModelDescriptor(UUID.randomUUID().toString(), "bench", trainer.id(), TaskType.CLASSIFY,
                    result.architecture(), train.classes(), 28, 1, result.mean(), result.std(), Map.of(),
                    result.metrics(), result.epochs(), Map.of(), System.currentTimeMillis());
            ModelFile file = ModelFile.write(work.resolve("bench.atm"), d, result.payload());
            double[][] probabilities = new double[poolSize][];
            float[][] embeddings = new float[poolSize][];
            double[] losses = new double[labelledCount];
            float[][] knownEmbeddings;
            long started = System.nanoTime();
            try (Predictor predictor = trainer.open(file, "cpu")) {
                int n = 0;
                List<BufferedImage> images = new ArrayList<>();
                int source = 0; // 0: training images after the labelled ones, 1: test images, 2: mirrored training images
                int next = labelledCount;
                while (n < poolSize) {
                    images.clear();
                    while (images.size() < 256 && n + images.size() < poolSize) {
                        if (source == 0 && next >= train.count()) {
                            source = 1;
                            next = 0;
                        } else if (source == 1 && next >= test.count()) {
                            source = 2;
                            next = 0;
                        }
                        images.add(source == 0 ? train.image(next) : source == 1 ? test.image(next) : mirror(train.image(next)));
                        next++;
                    }
                    Predictor.Output out = predictor.infer(images);
                    System.arraycopy(out.probabilities(), 0, probabilities, n, images.size());
                    System.arraycopy(out.embeddings(), 0, embeddings, n, images.size());
                    n += images.size();
                }
                List<BufferedImage> labelled = new ArrayList<>();
                for (int i : known) {
                    labelled.add(train.image(i));
                }
                Predictor.Output out = predictor.infer(labelled);
                knownEmbeddings = out.embeddings();
                for (int i = 0; i < labelledCount; i++) {
                    losses[i] = -Math.log(Math.max(out.probabilities()[i][train.labels()[i]], 1e-12));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            context.bench("infer_images_per_s", (poolSize + labelledCount) / seconds, "images/s");
            context.bench("embedding_dimension", embeddings[0].length, "");
            StrategyInput input = new StrategyInput(probabilities, embeddings, knownEmbeddings, losses,
                    Map.of("k", Integer.toString(args.intOption("k", 10))));
            double total = 0;
            for (StrategyRegistry.Entry e : StrategyRegistry.installed().entries()) {
                long t0 = System.nanoTime();
                Scored scored = e.strategy().score(input, batch, new Random(1));
                double s = (System.nanoTime() - t0) / 1e9;
                if (scored.batch().length != Math.min(batch, poolSize)) {
                    throw new IllegalStateException(e.id() + " picked " + scored.batch().length);
                }
                total += s;
                context.bench("select_" + e.id() + "_s", s, "s");
            }
            context.bench("select_s", total, "s");
            return OK;
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static BufferedImage mirror(BufferedImage image) {
        int w = image.getWidth();
        BufferedImage flipped = new BufferedImage(w, image.getHeight(), image.getType());
        var from = image.getRaster();
        var to = flipped.getRaster();
        for (int b = 0; b < from.getNumBands(); b++) {
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < w; x++) {
                    to.setSample(w - 1 - x, y, b, from.getSample(x, y, b));
                }
            }
        }
        return flipped;
    }
}
