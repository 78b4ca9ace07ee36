package org.annotide.perf.internal.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;
import org.annotide.metrics.coco.CocoEvalParams;
import org.annotide.metrics.coco.CocoEvalResult;
import org.annotide.metrics.coco.CocoEvaluator;
import org.annotide.metrics.coco.IouType;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code annotide-cli bench evaluate}: times the COCO evaluator on generated data and, where pycocotools can
 * be imported, times pycocotools on the same files and checks that the statistics agree.
 */
public final class BenchEvaluateVerb implements CliVerb {

    /** Largest difference in any statistic that still counts as agreement (the fixtures are held to 1e-9). */
    private static final double AGREEMENT = 1e-9;

    @Override
    public String name() {
        return "bench evaluate";
    }

    @Override
    public String summary() {
        return "Time the COCO evaluator on generated data, against pycocotools when it is installed";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench evaluate [--images 5000] [--dets 50] [--iou-type bbox] [--seed 1]
                                                   [--python python3] [--launcher FILE] [--keep FOLDER]

                Generates a seeded COCO-like ground truth (about 7 objects per image, 80 classes) and DETS
                detections per image, evaluates them and prints
                  BENCH evaluate_s         seconds for reading both files and the whole evaluation (first run)
                  BENCH evaluate_warm_s    the same, run a second time in the same JVM
                When '<python> -c "import pycocotools"' works it then runs pycocotools on the same files and prints
                  BENCH pycocotools_s, BENCH speedup_vs_pycocotools (pycocotools_s / evaluate_s),
                  BENCH stats_max_abs_diff
                and fails (exit 1) if any statistic differs by more than 1e-9. Without pycocotools it says why
                and prints its own figures only.
                Then the whole process as a user runs it, start and loading included:
                  BENCH evaluate_process_s        annotide-cli evaluate --gt --dt --iou-type as a child process
                  BENCH pycocotools_process_s     python pycocotools_bench.py, from spawning the interpreter to exit
                  BENCH process_speedup_vs_pycocotools  pycocotools_process_s / evaluate_process_s
                (without an installed annotide-cli, or without pycocotools, it says so and leaves those out).
                Run it with --images 100 and --images 5000 for the figures docs/metrics.md reports.

                Options:
                  --images N         images to generate (default 5000)
                  --dets N           detections per image (default 50)
                  --iou-type TYPE    bbox, segm or keypoints (default bbox)
                  --seed N           random seed (default 1)
                  --python PATH      Python interpreter to try for pycocotools (default python3)
                  --launcher FILE    the annotide-cli to time as a whole process (default: this installation's)
                  --keep FOLDER      write the generated files there and keep them (default: a temporary folder)""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("images", "dets", "iou-type", "seed", "python", "launcher", "keep");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int images = args.intOption("images", 5000);
        int dets = args.intOption("dets", 50);
        if (images < 1 || dets < 0) {
            throw new UsageException("--images must be at least 1 and --dets at least 0");
        }
        IouType type;
        try {
            type = IouType.fromCocoName(args.option("iou-type", "bbox"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--iou-type " + e.getMessage());
        }
        String keep = args.option("keep", null);
        Path folder = keep == null ? Files.createTempDirectory("annotide-bench-evaluate")
                : Files.createDirectories(Path.of(keep));
        try {
            Path gt = folder.resolve("bench_gt.json");
            Path dt = folder.resolve("bench_dt.json");
            long objects = new BenchDataGenerator(images, dets, type, args.intOption("seed", 1)).write(gt, dt);
            context.err().printf("Generated %d images, %d objects, %d detections (%s) in %s%n", images, objects,
                    (long) images * dets, type.cocoName(), folder);
            CocoEvalParams params = CocoEvalParams.defaults(type);
            long start = System.nanoTime();
            CocoEvalResult result = CocoEvaluator.evaluate(gt, dt, params, new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            CocoEvaluator.evaluate(gt, dt, params, new NullProgressMonitor());
            double warmSeconds = (System.nanoTime() - start) / 1e9;
            context.out().println("STATS " + type.cocoName() + " " + joined(result.stats()));
            context.bench("evaluate_s", seconds, "s");
            context.bench("evaluate_warm_s", warmSeconds, "s");
            double process = wholeProcess(context, args.option("launcher", null), gt, dt, type);
            return compareWithPycocotools(context, args.option("python", "python3"), gt, dt, type, folder, result,
                    seconds, process);
        } finally {
            if (keep == null) {
                FileTrees.deleteRecursively(folder);
            }
        }
    }

    /**
     * Seconds for {@code annotide-cli evaluate} on the files as a child process (JVM and OSGi start, loading and
     * evaluation), or NaN (and a note) when no launcher can be run.
     */
    private static double wholeProcess(CliContext context, String given, Path gt, Path dt, IouType type)
            throws IOException, InterruptedException {
        Path launcher = given != null ? Path.of(given) : installedLauncher();
        if (launcher == null || !Files.isExecutable(launcher)) {
            context.err().println("No whole-process figures: " + (launcher == null ? "not started from an installed"
                    + " product" : launcher + " is not an executable annotide-cli") + "; name one with --launcher");
            return Double.NaN;
        }
        Path errors = Files.createTempFile("annotide-bench-evaluate", ".err");
        try {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(launcher.toString(), "evaluate", "--gt", gt.toString(), "--dt",
                    dt.toString(), "--iou-type", type.cocoName()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            int exit = child.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                List<String> lines = Files.readAllLines(errors);
                context.err().println("No whole-process figures: " + launcher + " evaluate exited with " + exit + ": "
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
                return Double.NaN;
            }
            context.bench("evaluate_process_s", seconds, "s");
            return seconds;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** annotide-cli of the installation this JVM runs from, or null outside an installed product. */
    private static Path installedLauncher() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new java.net.URI(area.replace(" ", "%20"))).resolve("annotide-cli");
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Path.of(area.replaceFirst("^file:", "")).resolve("annotide-cli");
        }
    }

    private int compareWithPycocotools(CliContext context, String python, Path gt, Path dt, IouType type, Path folder,
            CocoEvalResult result, double seconds, double process) throws Exception {
        PycocotoolsRunner pycocotools = new PycocotoolsRunner(python);
        if (!pycocotools.available()) {
            context.err().println("pycocotools is not available (" + python + " -c \"import pycocotools\": "
                    + pycocotools.whyUnavailable() + "); no comparison, Annotide's own figures only");
            return OK;
        }
        context.err().println("Running pycocotools on the same files ...");
        PycocotoolsRunner.Outcome reference = pycocotools.run(gt, dt, type, folder);
        double[] ours = result.stats();
        double difference = 0;
        for (int i = 0; i < ours.length; i++) {
            difference = Math.max(difference, Math.abs(ours[i] - reference.stats()[i]));
        }
        context.out().println("STATS pycocotools " + type.cocoName() + " " + joined(reference.stats()));
        context.bench("pycocotools_s", reference.seconds(), "s");
        context.bench("speedup_vs_pycocotools", reference.seconds() / seconds, "x");
        context.out().println("BENCH stats_max_abs_diff " + difference);
        context.bench("pycocotools_process_s", reference.processSeconds(), "s");
        if (!Double.isNaN(process)) {
            context.bench("process_speedup_vs_pycocotools", reference.processSeconds() / process, "x");
        }
        if (difference > AGREEMENT) {
            context.err().println("The statistics differ from pycocotools' by " + difference);
            return FAILED;
        }
        return OK;
    }

    private static String joined(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.length() == 0 ? "" : " ").append(value);
        }
        return text.toString();
    }
}
