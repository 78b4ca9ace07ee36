package org.annotide.perf.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Starts the product's workbench as a child process, the way the {@code annotide} script does (its AOT cache
 * included, or without it to compare), with {@code -Dannotide.bench.startup=exit}: the editor prints the time from
 * the start of the process to its first complete frame and closes the workbench; or with {@code =firstimage}: the
 * workbench opens an image once its window is up and prints the time to that image's first complete frame. The first start on an empty workspace generates and opens the demo
 * project; the following starts on that workspace bring the editor back from the last session.
 */
final class WorkbenchStart {

    /** What one start printed, in milliseconds from the start of the process. */
    record Figures(double firstFrameMillis, double completeFrameMillis) {
    }

    private static final long TIMEOUT_SECONDS = 300;
    /** Where the product build leaves the JDK's AOT cache of a training run, beside the launcher scripts. */
    static final String AOT_CACHE = "annotide.aot";
    /** The kernel's transparent huge page mode; the {@code annotide} script reads it too. */
    private static final String TRANSPARENT_HUGE_PAGES = "/sys/kernel/mm/transparent_hugepage/enabled";

    private final Path product;
    private final Path launcher;
    private final PrintStream err;

    private WorkbenchStart(Path product, Path launcher, PrintStream err) {
        this.product = product;
        this.launcher = launcher;
        this.err = err;
    }

    /** The product this runs in, when it is a materialized product with Equinox's launcher; else null. */
    static WorkbenchStart ofRunningProduct(PrintStream err) {
        Location install = Platform.getInstallLocation();
        URL url = install == null ? null : install.getURL();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path folder = Path.of(url.toURI());
            Path plugins = folder.resolve("plugins");
            if (!Files.isDirectory(plugins) || !Files.isRegularFile(folder.resolve("configuration/config.ini"))) {
                return null;
            }
            try (Stream<Path> files = Files.list(plugins)) {
                Path launcher = files.filter(file -> {
                    String name = file.getFileName().toString();
                    return name.startsWith("org.eclipse.equinox.launcher_") && name.endsWith(".jar");
                }).findFirst().orElse(null);
                return launcher == null ? null : new WorkbenchStart(folder, launcher, err);
            }
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Starts the workbench once on the workspace, with a private configuration area over the product's, and
     * waits until it has closed itself.
     *
     * @param aot with the product's AOT cache when it has one, as the {@code annotide} script starts it
     */
    Figures run(Path workspace, Path configuration, boolean aot) throws IOException {
        List<String> options = new ArrayList<>(aotOptions(aot));
        options.add("-Dannotide.bench.startup=exit");
        Map<String, Double> figures = figures(options, configuration,
                List.of("-data", workspace.toString(), "-nosplash"), "show a complete editor frame and close");
        Double first = figures.get("workbench_first_frame_ms");
        Double complete = figures.get("workbench_start_ms");
        if (first == null || complete == null) {
            throw new IOException("the workbench exited without printing its first editor frame");
        }
        return new Figures(first, complete);
    }

    /**
     * Starts the workbench on the workspace with no editor restored ({@code -clearPersistedState}) and with its AOT
     * cache; once its window is up (and the first-image warm-up has ended, when it runs) the workbench opens the
     * workspace's first image and prints the time to its first complete frame, {@code workbench_first_image_ms}.
     *
     * @param warmUp whether the first-image warm-up runs ({@code -Dannotide.warmup=off} when not)
     * @return the figures it printed: {@code workbench_first_image_ms} and, with the warm-up, {@code workbench_warmup_ms}
     */
    Map<String, Double> firstImage(Path workspace, Path configuration, boolean warmUp) throws IOException {
        List<String> options = new ArrayList<>(aotOptions(true));
        options.add("-Dannotide.bench.startup=firstimage");
        if (!warmUp) {
            options.add("-Dannotide.warmup=off");
        }
        Map<String, Double> figures = figures(options, configuration,
                List.of("-data", workspace.toString(), "-nosplash", "-clearPersistedState"), "open and paint an image");
        if (!figures.containsKey("workbench_first_image_ms")) {
            throw new IOException("the workbench exited without printing its first image's frame");
        }
        return figures;
    }

    private List<String> aotOptions(boolean aot) {
        return aot && aotCache() != null ? List.of("-XX:AOTCache=" + aotCache()) : List.of();
    }

    /**
     * {@code -XX:+UseTransparentHugePages} when the kernel gives huge pages on request, as the {@code annotide} script
     * decides it; none otherwise.
     */
    static List<String> transparentHugePages() {
        try {
            return transparentHugePages(Files.readString(Path.of(TRANSPARENT_HUGE_PAGES)));
        } catch (IOException e) {
            return List.of(); // not Linux, or a kernel without them
        }
    }

    /** The same for the kernel's mode as that file says it, e.g. {@code always [madvise] never}. */
    static List<String> transparentHugePages(String mode) {
        return mode.contains("[madvise]") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    /** The AOT cache the product's launcher script uses when it exists (made at product build time), else null. */
    Path aotCache() {
        Path cache = product.resolve(AOT_CACHE);
        return Files.isRegularFile(cache) ? cache : null;
    }

    /**
     * Runs the product's Java with these VM options, a private configuration area over the product's and these
     * application arguments, as the {@code annotide} script starts it; returns the BENCH figures it printed on
     * standard output.
     *
     * @param what what the child is to do, for the message when it does not in time
     */
    Map<String, Double> figures(List<String> vmOptions, Path configuration, List<String> arguments, String what)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Djava.awt.headless=true",
                "--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true", "-Dosgi.requiredJavaVersion=21"));
        command.addAll(transparentHugePages());
        command.addAll(vmOptions);
        command.addAll(List.of("-Dosgi.sharedConfiguration.area=" + product.resolve("configuration"),
                "-jar", launcher.toString(), "-install", product.toString(), "-configuration",
                configuration.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> figures = new HashMap<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length >= 3 && "BENCH".equals(parts[0])) {
                        synchronized (figures) {
                            figures.put(parts[1], Double.parseDouble(parts[2]));
                        }
                    }
                }
            } catch (IOException | NumberFormatException e) {
                err.println("child output: " + e.getMessage());
            }
        });
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // through the handle: destroyForcibly on the Process would close the pipe we read
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.toHandle().destroyForcibly();
                throw new IOException("the child did not " + what + " within " + TIMEOUT_SECONDS + " s");
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.toHandle().destroyForcibly();
            throw new IOException("interrupted", e);
        }
        synchronized (figures) {
            if (figures.isEmpty()) {
                throw new IOException("the child exited (" + process.exitValue() + ") without printing a figure");
            }
            return new HashMap<>(figures);
        }
    }
}
