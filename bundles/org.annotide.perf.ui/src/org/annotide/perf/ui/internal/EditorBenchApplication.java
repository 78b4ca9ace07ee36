package org.annotide.perf.ui.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImageService;
import org.annotide.perf.MachineSpeed;
import org.annotide.perf.SyntheticAnnotations;
import org.annotide.perf.SyntheticSlide;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.ui.editor.internal.geometry.Viewport;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.OffscreenView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * {@code annotide -application org.annotide.perf.ui.editorbench [options]}: renders the editor's frames
 * offscreen (a display is needed, Xvfb will do) and prints only {@code BENCH name value unit} lines on
 * standard output; progress goes to standard error.
 * <pre>
 * -tiff FILE        the pyramidal TIFF to show (default: generated once, 100,000 x 100,000, in the temp folder)
 * -size N           side of the generated TIFF (default 100000)
 * -polygons A,B,C   polygon counts (default 10000,100000,1000000)
 * -frames N         frames timed per zoom (default 240)
 * -screen WxH       frame size (default 1280x960)
 * -shots FOLDER     also save the last frame of each run as PNG
 * -compare          before each zoom's figures, the same frames drawing every tile every frame (suffix _repaint)
 * -workbench N      starts of the product's workbench to time (default 3: the first on an empty workspace, then
 *                   restarts, each with the product's AOT cache and without; 0 skips them and -firstimage; only in a
 *                   materialized product)
 * -firstimage N     pairs of workbench starts that open the demo's first image once the window is up, with and
 *                   without the first-image warm-up (default 3; 0 skips them)
 * -cold N           fresh product JVMs that each open the TIFF and paint it once (default 5, median printed as
 *                   cold_first_paint_ms; with the product's AOT cache and, alternating, without it when it has one;
 *                   0 skips them; only in a materialized product)
 * -firstpaintonly   what each of those JVMs runs: the first paint and its phases, nothing else (the TIFF
 *                   generated first when it does not exist); also the product build's AOT training run
 * </pre>
 */
public final class EditorBenchApplication implements IApplication {

    /** The steps of a first paint, as {@link #firstPaint} marks them. */
    static final List<String> COLD_PHASES = List.of("service", "open", "index", "view", "first_frame", "tiles");

    /** 1:8 on the zoom ladder. */
    private static final int ONE_EIGHTH = -3 * Viewport.STEPS_PER_OCTAVE;

    private final PrintStream out;
    private final PrintStream err;

    public EditorBenchApplication() {
        this(System.out, System.err);
    }

    /** For the tests: figures go to {@code out}, progress to {@code err}. */
    EditorBenchApplication(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Options options;
        try {
            options = Options.parse(args == null ? new String[0] : args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println("usage: -application org.annotide.perf.ui.editorbench [-tiff FILE] [-size N] "
                    + "[-polygons A,B,C] [-frames N] [-screen WxH] [-shots FOLDER] [-compare] [-workbench N] [-cold N]");
            return 2;
        }
        context.applicationRunning();
        Display display = Display.getDefault();
        try {
            run(display, options);
            return IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * Runs the benchmark with these options on a display the caller owns (and keeps: it is not disposed),
     * on that display's thread; what {@link #start} does after parsing. For the tests.
     */
    void run(Display display, String... args) throws IOException {
        run(display, Options.parse(args));
    }

    private void run(Display display, Options options) throws IOException {
        Path tiff = options.tiff != null ? options.tiff
                : Path.of(System.getProperty("java.io.tmpdir"), "annotide-bench", "slide-" + options.size + ".tif");
        if (!Files.exists(tiff)) {
            Files.createDirectories(tiff.toAbsolutePath().getParent());
            err.println("generating a " + options.size + " x " + options.size + " pyramidal TIFF in " + tiff + " ...");
            long start = System.nanoTime();
            SyntheticSlide.write(tiff, SyntheticSlide.Options.of(options.size, options.size).withPyramid(true),
                    new NullProgressMonitor());
            bench("generate_tiff_s", (System.nanoTime() - start) / 1e9, "s");
        }
        Path folder = tiff.toAbsolutePath().getParent();
        String location = tiff.toAbsolutePath().toString();
        if (options.firstPaintOnly) {
            firstPaint(display, options, folder, location, "first_paint_cold_ms", "first-paint-cold");
            return;
        }
        // frame times depend on what else runs: say how busy the machine was
        bench("cpu_cores", Runtime.getRuntime().availableProcessors(), "cores");
        bench("load_average_1m", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                "");
        // a fixed loop, so that figures from machines of different speeds can be compared
        bench("machine_speed_index", MachineSpeed.index(), "Mops/s");
        workbenchStarts(options);
        coldStarts(options, tiff.toAbsolutePath());

        // the first opening pays for loading and compiling the image and rendering code, which a
        // workbench that has shown any image before has done already: both are measured
        int[] size = firstPaint(display, options, folder, location, "first_paint_cold_ms", "first-paint-cold");
        firstPaint(display, options, folder, location, "first_paint_ms", "first-paint");
        int imageWidth = size[0];
        int imageHeight = size[1];
        ImageService service = new DefaultImageService();

        for (int count : options.polygons) {
            String label = label(count);
            err.println("building " + count + " polygons ...");
            ImageAsset image = SyntheticAnnotations.image(location, imageWidth, imageHeight, count, 20261123L);
            long indexStart = System.nanoTime();
            ImageAnnotations annotations = ImageAnnotations.acquire(image, display::asyncExec);
            bench("index_ms_" + label, (System.nanoTime() - indexStart) / 1e6, "ms");
            ImagePyramid pyramid = service.open(folder, image);
            try (OffscreenView view = new OffscreenView(display, annotations, pyramid, options.width, options.height)) {
                measure(view, label, "fit", Integer.MIN_VALUE, false, options);
                measure(view, label, "1_8", ONE_EIGHTH, true, options);
                measure(view, label, "1_1", 0, true, options);
            } finally {
                annotations.release();
                pyramid.close();
            }
            // the next count builds a model of its own; do not measure it beside this one's garbage
            System.gc();
        }
    }

    /**
     * Starts the product's workbench in child processes: once on an empty workspace (the demo is generated and
     * opened), then again on that workspace (the editor comes back), with the product's AOT cache and, alternating,
     * without it when it has one; from the process start to the first complete editor frame. Then {@code -firstimage}
     * pairs of starts with no editor restored that open the demo's first image once the window is up, with and
     * without the first-image warm-up, alternating. Skipped with a note when this does not run in a materialized
     * product.
     */
    private void workbenchStarts(Options options) throws IOException {
        if (options.workbenchStarts == 0) {
            return;
        }
        WorkbenchStart starter = WorkbenchStart.ofRunningProduct(err);
        if (starter == null) {
            err.println("not running in a materialized product: workbench start not measured");
            return;
        }
        boolean compareAot = starter.aotCache() != null;
        Path folder = Files.createTempDirectory("annotide-bench-workbench");
        try {
            Path workspace = folder.resolve("workspace");
            Path configuration = folder.resolve("configuration");
            err.println("starting the workbench on an empty workspace ...");
            WorkbenchStart.Figures first = starter.run(workspace, configuration, true);
            bench("workbench_first_start_ms", first.completeFrameMillis(), "ms");
            int restarts = options.workbenchStarts - 1;
            List<WorkbenchStart.Figures> cached = new ArrayList<>();
            List<WorkbenchStart.Figures> plain = new ArrayList<>();
            double[] loads = new double[restarts];
            for (int i = 0; i < restarts; i++) {
                loads[i] = loadAverage();
                err.println("restarting the workbench (" + (i + 1) + " of " + restarts + ", load " + loads[i] + ") ...");
                cached.add(starter.run(workspace, configuration, true));
                if (compareAot) {
                    plain.add(starter.run(workspace, configuration, false));
                }
            }
            if (restarts > 0) {
                printMedian("workbench_start_load_1m", loads, "");
                printStarts("", cached);
                if (compareAot) {
                    printStarts("_no_aot", plain);
                }
            }
            firstImages(options, starter, workspace, configuration);
        } catch (IOException e) {
            err.println("workbench start not measured: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Medians of the restarts' first frame and first complete frame, the names ending in {@code suffix}. */
    private void printStarts(String suffix, List<WorkbenchStart.Figures> starts) {
        printMedian("workbench_first_frame" + suffix + "_ms",
                starts.stream().mapToDouble(WorkbenchStart.Figures::firstFrameMillis).toArray(), "ms");
        printMedian("workbench_start" + suffix + "_ms",
                starts.stream().mapToDouble(WorkbenchStart.Figures::completeFrameMillis).toArray(), "ms");
    }

    /**
     * The first image a user opens in a freshly started workbench: {@code workbench_first_image_ms} (with the
     * warm-up, as the product runs) and {@code workbench_first_image_no_warmup_ms}, alternating.
     */
    private void firstImages(Options options, WorkbenchStart starter, Path workspace, Path configuration)
            throws IOException {
        if (options.firstImages == 0) {
            return;
        }
        double[] warm = new double[options.firstImages];
        double[] warmUps = new double[options.firstImages];
        double[] plain = new double[options.firstImages];
        double[] loads = new double[options.firstImages];
        for (int i = 0; i < options.firstImages; i++) {
            loads[i] = loadAverage();
            err.println("first image in a fresh workbench (" + (i + 1) + " of " + options.firstImages + ", load "
                    + loads[i] + ") ...");
            Map<String, Double> figures = starter.firstImage(workspace, configuration, true);
            warm[i] = figures.get("workbench_first_image_ms");
            warmUps[i] = figures.getOrDefault("workbench_warmup_ms", Double.NaN);
            plain[i] = starter.firstImage(workspace, configuration, false).get("workbench_first_image_ms");
        }
        printMedian("workbench_first_image_load_1m", loads, "");
        printMedian("workbench_first_image_ms", warm, "ms");
        printMedian("workbench_warmup_ms", warmUps, "ms");
        printMedian("workbench_first_image_no_warmup_ms", plain, "ms");
    }

    private void printMedian(String name, double[] values, String unit) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        bench(name, FrameBench.percentile(sorted, 50), unit);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The first paint in fresh JVMs of the product, as a user meets it (the product started, the first image
     * opened): {@code -cold} child processes each run {@code -firstpaintonly}. When the product has an AOT cache
     * the children alternate with and without it, so both medians come from the same minutes of this shared
     * machine; the load average beside them says how shared it was.
     */
    private void coldStarts(Options options, Path tiff) throws IOException {
        if (options.coldStarts == 0) {
            return;
        }
        WorkbenchStart starter = WorkbenchStart.ofRunningProduct(err);
        if (starter == null) {
            err.println("not running in a materialized product: cold first paint in fresh JVMs not measured");
            return;
        }
        Path aot = starter.aotCache();
        List<String> withCache = aot == null ? List.of() : List.of("-XX:AOTCache=" + aot);
        List<String> arguments = List.of("-application", "org.annotide.perf.ui.editorbench", "-firstpaintonly",
                "-tiff", tiff.toString(), "-screen", options.width + "x" + options.height, "-nosplash");
        Path configuration = Files.createTempDirectory("annotide-bench-cold");
        try {
            // the first start of a configuration area installs the bundles into it: not counted
            err.println("cold first paint: preparing a configuration area ...");
            starter.figures(withCache, configuration, arguments, "paint the image");
            List<double[]> cached = new ArrayList<>();
            List<double[]> plain = new ArrayList<>();
            double[] loads = new double[options.coldStarts];
            for (int i = 0; i < options.coldStarts; i++) {
                loads[i] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                err.println("cold first paint " + (i + 1) + " of " + options.coldStarts + " (load " + loads[i] + ") ...");
                cached.add(coldFigures(starter.figures(withCache, configuration, arguments, "paint the image")));
                if (aot != null) {
                    plain.add(coldFigures(starter.figures(List.of(), configuration, arguments, "paint the image")));
                }
            }
            java.util.Arrays.sort(loads);
            bench("cold_first_paint_load_1m", FrameBench.percentile(loads, 50), "");
            printCold("cold_first_paint", cached);
            if (aot != null) {
                printCold("cold_first_paint_no_aot", plain);
            }
        } catch (IOException e) {
            err.println("cold first paint not measured: " + e.getMessage());
        } finally {
            deleteQuietly(configuration);
        }
    }

    /** What a {@code -firstpaintonly} child prints beside its total: the phases, then the CPU of each thread group. */
    private static final List<String> COLD_PARTS = java.util.stream.Stream.concat(COLD_PHASES.stream(),
            ThreadCpu.GROUPS.stream().map(group -> "cpu_" + group)).toList();

    /** The total, then the {@link #COLD_PARTS} a child printed (NaN where it printed none). */
    private static double[] coldFigures(java.util.Map<String, Double> figures) throws IOException {
        double[] values = new double[COLD_PARTS.size() + 1];
        Double total = figures.get("first_paint_cold_ms");
        if (total == null) {
            throw new IOException("a child printed no first_paint_cold_ms");
        }
        values[0] = total;
        for (int i = 0; i < COLD_PARTS.size(); i++) {
            values[i + 1] = figures.getOrDefault("first_paint_cold_" + COLD_PARTS.get(i) + "_ms", Double.NaN);
        }
        return values;
    }

    /** Median of the totals, and of each part, over the runs. */
    private void printCold(String name, List<double[]> runs) {
        for (int column = 0; column <= COLD_PARTS.size(); column++) {
            double[] values = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                values[i] = runs.get(i)[column];
            }
            java.util.Arrays.sort(values);
            String figure = column == 0 ? name + "_ms" : name + "_" + COLD_PARTS.get(column - 1) + "_ms";
            bench(figure, FrameBench.percentile(values, 50), "ms");
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }

    /**
     * Opens the TIFF with an image service of its own (no decoded tile cached in memory) and paints until
     * the first complete frame at fit; returns the image size.
     */
    private int[] firstPaint(Display display, Options options, Path folder, String location, String name,
            String shot) throws IOException {
        StartupPhases phases = new StartupPhases();
        ImageService service = new DefaultImageService();
        ImageAsset empty = SyntheticAnnotations.image(location, 1, 1, 0, 1);
        // made through the factory, the image leaves its EMF package uninitialised, which a workbench's project loading
        // has done long before an image opens: done here, outside the paint, not by the index's first use inside it
        AnnotidePackage.eINSTANCE.getEClassifiers();
        phases.mark("service");
        long start = System.nanoTime();
        ThreadCpu cpu = new ThreadCpu();
        ImagePyramid pyramid = service.open(folder, empty);
        phases.mark("open");
        ImageAnnotations none = ImageAnnotations.acquire(empty, display::asyncExec);
        phases.mark("index");
        try (OffscreenView view = new OffscreenView(display, none, pyramid, options.width, options.height)) {
            view.viewport().fit();
            phases.mark("view");
            view.paint();
            phases.mark("first_frame");
            FrameBench.settle(view);
            phases.mark("tiles"); // before printing anything: a slow stdout is no phase of the paint
            double millis = (System.nanoTime() - start) / 1e6;
            java.util.Map<String, Double> cpuMillis = cpu.since();
            bench(name, millis, "ms");
            if (name.equals("first_paint_cold_ms")) {
                // where the time went, and how many classes each step loaded
                for (StartupPhases.Phase phase : phases.phases()) {
                    bench("first_paint_cold_" + phase.name() + "_ms", phase.millis(), "ms");
                    bench("first_paint_cold_" + phase.name() + "_classes", phase.classes(), "classes");
                }
                // whose CPU the paint's wall-clock time was: with few cores the compilers' and the collector's count
                cpuMillis.forEach((group, ms) -> bench("first_paint_cold_cpu_" + group + "_ms", ms, "ms"));
            }
            save(view, options, shot);
            err.println("image " + pyramid.width() + " x " + pyramid.height() + ", " + pyramid.levelCount() + " levels");
            return new int[] { pyramid.width(), pyramid.height() };
        } finally {
            none.release();
            pyramid.close();
        }
    }

    private void measure(OffscreenView view, String label, String zoom, int step, boolean pan, Options options) {
        if (options.compare) {
            // the same frames drawn the way they were before the scrolled image layer: every tile, every frame
            err.println(label + " at " + zoom + ", every tile every frame ...");
            view.tiles().setScrolling(false);
            print(FrameBench.run(view, step, pan, options.frames), label + "_" + zoom + "_repaint");
            view.tiles().setScrolling(true);
        }
        err.println(label + " at " + zoom + " ...");
        print(FrameBench.run(view, step, pan, options.frames), label + "_" + zoom);
        save(view, options, label + "-" + zoom);
    }

    private void print(FrameBench.Result result, String suffix) {
        bench("frame_p50_ms_" + suffix, result.p50Millis(), "ms");
        bench("frame_p95_ms_" + suffix, result.p95Millis(), "ms");
        bench("frame_cpu_p50_ms_" + suffix, result.cpuP50Millis(), "ms");
        bench("frame_cpu_p95_ms_" + suffix, result.cpuP95Millis(), "ms");
        bench("settle_ms_" + suffix, result.settleMillis(), "ms");
        bench("incomplete_frames_pct_" + suffix, result.incompletePercent(), "%");
        // frames that drew the annotations as vectors (the rest: rasterised in the display tiles)
        bench("vector_frames_pct_" + suffix, result.vectorPercent(), "%");
        // what a frame drew of the image layer: tiles (whole or a scrolled-in strip of one) and share of the frame
        bench("tiles_per_frame_p50_" + suffix, result.tilesP50(), "tiles");
        bench("tiles_per_frame_p95_" + suffix, result.tilesP95(), "tiles");
        bench("composed_area_p50_pct_" + suffix, result.composedP50Percent(), "%");
        bench("composed_area_p95_pct_" + suffix, result.composedP95Percent(), "%");
    }

    private void save(OffscreenView view, Options options, String name) {
        if (options.shots == null) {
            return;
        }
        try {
            Files.createDirectories(options.shots);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { view.target().getImageData() };
            loader.save(options.shots.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            err.println("cannot save " + name + ": " + e.getMessage());
        }
    }

    private void bench(String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
        out.flush();
    }

    /** 10000 -> "1e4"; other counts as they are. */
    static String label(int count) {
        int exponent = (int) Math.round(Math.log10(count));
        return Math.pow(10, exponent) == count ? "1e" + exponent : Integer.toString(count);
    }

    @Override
    public void stop() {
        // runs to completion
    }

    private static final class Options {
        Path tiff;
        int size = 100_000;
        List<Integer> polygons = List.of(10_000, 100_000, 1_000_000);
        int frames = 240;
        int width = 1280;
        int height = 960;
        Path shots;
        boolean compare;
        int workbenchStarts = 3;
        int coldStarts = 5;
        int firstImages = 3;
        boolean firstPaintOnly;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                case "-tiff" -> options.tiff = Path.of(value(args, ++i, arg));
                case "-size" -> options.size = positive(value(args, ++i, arg), arg);
                case "-frames" -> options.frames = positive(value(args, ++i, arg), arg);
                case "-shots" -> options.shots = Path.of(value(args, ++i, arg));
                case "-compare" -> options.compare = true;
                case "-firstpaintonly" -> options.firstPaintOnly = true;
                case "-cold" -> options.coldStarts = Integer.parseInt(nonNegative(value(args, ++i, arg), arg));
                case "-firstimage" -> options.firstImages = Integer.parseInt(nonNegative(value(args, ++i, arg), arg));
                case "-workbench" -> options.workbenchStarts = Integer.parseInt(nonNegative(value(args, ++i, arg), arg));
                case "-polygons" -> {
                    List<Integer> counts = new ArrayList<>();
                    for (String part : value(args, ++i, arg).split(",")) {
                        counts.add(positive(part.trim(), arg));
                    }
                    options.polygons = counts;
                }
                case "-screen" -> {
                    String[] parts = value(args, ++i, arg).toLowerCase(Locale.ROOT).split("x");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("-screen wants WIDTHxHEIGHT, not " + args[i]);
                    }
                    options.width = positive(parts[0], arg);
                    options.height = positive(parts[1], arg);
                }
                default -> {
                    // the launcher passes its own arguments (-showsplash, -product ...) through: ignore them
                }
                }
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static String nonNegative(String text, String option) {
            return "0".equals(text.trim()) ? "0" : Integer.toString(positive(text, option));
        }

        private static int positive(String text, String option) {
            try {
                int value = Integer.parseInt(text.replace("_", ""));
                if (value <= 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " wants a positive number, not " + text);
            }
        }
    }
}
