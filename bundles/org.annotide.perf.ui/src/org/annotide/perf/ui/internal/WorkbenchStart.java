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
 * Starts the product's workbench as a child process, the way the {@code annotide} script does, with
 * {@code -Dannotide.bench.startup=exit}: the editor prints the time from the start of the process to its first
 * complete frame and closes the workbench. The first start on an empty workspace generates and opens the demo
 * project; the following starts on that workspace bring the editor back from the last session.
 */
final class WorkbenchStart {

    /** What one start printed, in milliseconds from the start of the process. */
    record Figures(double firstFrameMillis, double completeFrameMillis) {
    }

    private static final long TIMEOUT_SECONDS = 300;

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
     */
    Figures run(Path workspace, Path configuration) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "--enable-native-access=ALL-UNNAMED",
                "-Dai.djl.offline=true", "-Dosgi.requiredJavaVersion=21", "-Dannotide.bench.startup=exit",
                "-Dosgi.sharedConfiguration.area=" + product.resolve("configuration"),
                "-jar", launcher.toString(), "-install", product.toString(), "-configuration",
                configuration.toString(), "-data", workspace.toString(), "-nosplash"));
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
                err.println("workbench output: " + e.getMessage());
            }
        });
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // through the handle: destroyForcibly on the Process would close the pipe we read
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.toHandle().destroyForcibly();
                throw new IOException("the workbench did not show a complete editor frame and close within "
                        + TIMEOUT_SECONDS + " s");
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.toHandle().destroyForcibly();
            throw new IOException("interrupted", e);
        }
        synchronized (figures) {
            Double first = figures.get("workbench_first_frame_ms");
            Double complete = figures.get("workbench_start_ms");
            if (first == null || complete == null) {
                throw new IOException("the workbench exited (" + process.exitValue()
                        + ") without printing its first editor frame");
            }
            return new Figures(first, complete);
        }
    }
}
