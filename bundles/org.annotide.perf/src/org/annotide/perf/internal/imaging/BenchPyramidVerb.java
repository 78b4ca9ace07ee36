package org.annotide.perf.internal.imaging;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.FileTrees;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageInfo;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;

/**
 * {@code annotide-cli bench pyramid IMAGE}: times building the pyramid cache of an image and, where the
 * {@code vips} command exists, libvips' {@code dzsave} on the same image in the same run.
 */
public final class BenchPyramidVerb implements CliVerb {

    @Override
    public String name() {
        return "bench pyramid";
    }

    @Override
    public String summary() {
        return "Time building an image's pyramid cache, against 'vips dzsave' when vips is installed";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench pyramid IMAGE [--keep FOLDER]

                Builds the pyramid cache of the image file IMAGE (as a project would, into a temporary
                project folder) and prints
                  BENCH pyramid_s              seconds to build it
                  BENCH pyramid_mpix_per_s     full-resolution megapixels per second
                When the vips command is on the PATH it then runs 'vips dzsave IMAGE OUT' on the same file
                and prints
                  BENCH vips_dzsave_s          seconds libvips took
                  BENCH pyramid_vs_vips_ratio  vips_dzsave_s / pyramid_s: Annotide's speed relative to
                                               libvips (the goal is at least 0.5)
                The file is read once before either run so both find it in the page cache.
                IMAGE must be large and have no pyramid of its own: make one with
                'annotide-cli generate-image big.tif --width 20000 --height 20000'.

                Options:
                  --keep FOLDER   build into FOLDER and keep the results (default: a temporary folder)""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("keep");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path image = args.path(0, "IMAGE").toAbsolutePath().normalize();
        String keep = args.option("keep", null);
        Path folder = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("annotide-bench-pyramid");
        try {
            DefaultImageService service = new DefaultImageService();
            ImageInfo info = service.formats().readInfo(image);
            ImageAsset asset = AnnotideFactory.eINSTANCE.createImageAsset();
            asset.setId("bench");
            asset.setName(image.getFileName().toString());
            asset.setLocation(image.toString());
            if (!service.needsPyramid(folder, asset)) {
                context.err().println("annotide-cli bench pyramid: " + image + " (" + info.width() + " x " + info.height()
                        + ") needs no pyramid: it is small or has its own. Benchmark a large image without one.");
                return FAILED;
            }
            warmUp(image);
            long start = System.nanoTime();
            service.buildPyramid(folder, asset, context.progress());
            double seconds = (System.nanoTime() - start) / 1e9;
            context.bench("pyramid_s", seconds, "s");
            context.bench("pyramid_mpix_per_s", info.pixels() / 1e6 / seconds, "Mpx/s");
            Path vips = findOnPath("vips");
            if (vips == null) {
                context.err().println("vips is not installed (no 'vips' on the PATH): no comparison with libvips.");
                return OK;
            }
            Path out = Files.createDirectories(folder.resolve("vips-dzsave")).resolve("pyramid");
            double vipsSeconds = runVips(context, vips, image, out);
            if (vipsSeconds < 0) {
                return FAILED;
            }
            context.bench("vips_dzsave_s", vipsSeconds, "s");
            context.bench("pyramid_vs_vips_ratio", vipsSeconds / seconds, "");
            return OK;
        } finally {
            if (keep == null) {
                FileTrees.deleteRecursively(folder);
            }
        }
    }

    private static double runVips(CliContext context, Path vips, Path image, Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(vips.toString(), "dzsave", image.toString(), out.toString()));
        builder.redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(1, TimeUnit.HOURS)) {
            process.destroyForcibly();
            context.err().println("annotide-cli bench pyramid: vips dzsave took more than an hour");
            return -1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            context.err().println("annotide-cli bench pyramid: vips dzsave failed (exit " + process.exitValue() + "): "
                    + new String(output).strip());
            return -1;
        }
        return seconds;
    }

    /** Reads the file once so that neither contender pays for the first read from disk. */
    private static void warmUp(Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            while (in.read(buffer) >= 0) {
                // only the page cache matters
            }
        }
    }

    private static Path findOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(entry, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
