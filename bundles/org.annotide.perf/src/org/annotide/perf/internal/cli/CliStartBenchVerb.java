package org.annotide.perf.internal.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/**
 * {@code annotide-cli bench cli-start}: how long the command line takes to start, measured as a user meets
 * it: {@code annotide-cli --help} run as a child process, wall-clock from spawn to exit.
 */
public final class CliStartBenchVerb implements CliVerb {

    /** The launcher script's switch for the class-data-sharing archive (see rootfiles/annotide-cli). */
    static final String CDS_VARIABLE = "ANNOTIDE_CDS";

    @Override
    public String name() {
        return "bench cli-start";
    }

    @Override
    public String summary() {
        return "Time 'annotide-cli --help' as a child process; median start-up time";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench cli-start [--runs N] [--launcher FILE] [--compare-cds] [--baseline FILE]

                Runs 'annotide-cli --help' N times (default 10) as a child process, after one warm-up run
                that is not counted, and prints the median wall-clock time from start to exit:
                  BENCH cli_start_ms M ms
                --compare-cds  also runs it with the class-data-sharing archive switched off
                               (ANNOTIDE_CDS=off), alternating the two so that other work on the machine
                               weighs on both alike, and prints
                                 BENCH cli_start_nocds_ms M ms
                --launcher FILE  the script to start (default: annotide-cli of this installation).
                --baseline FILE  also starts another installation's annotide-cli (say, the build before a
                               change), alternating with this one on the same machine, and prints
                                 BENCH cli_start_baseline_ms M ms""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("runs", "launcher", "baseline");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("compare-cds");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int runs = args.intOption("runs", 10);
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        String given = args.option("launcher", null);
        Path launcher = given != null ? Path.of(given) : installedLauncher();
        if (!Files.isExecutable(launcher)) {
            throw new UsageException(launcher + " is not an executable launcher; name one with --launcher");
        }
        boolean compare = args.flag("compare-cds");
        String baselineOption = args.option("baseline", null);
        Path baseline = baselineOption == null ? null : Path.of(baselineOption);
        if (baseline != null && !Files.isExecutable(baseline)) {
            throw new UsageException(baseline + " is not an executable launcher for --baseline");
        }
        Path errors = Files.createTempFile("annotide-bench-cli-start", ".err");
        try {
            time(launcher, Map.of(), errors); // warm-up: the first start after an install or an update is slower
            if (baseline != null) {
                time(baseline, Map.of(), errors);
            }
            List<Double> withDefaults = new ArrayList<>();
            List<Double> withoutCds = new ArrayList<>();
            List<Double> baselines = new ArrayList<>();
            context.err().println("Starting " + launcher + " --help " + runs + (compare ? " times in each variant" : " times"));
            for (int i = 0; i < runs; i++) {
                withDefaults.add(time(launcher, Map.of(), errors));
                if (compare) {
                    withoutCds.add(time(launcher, Map.of(CDS_VARIABLE, "off"), errors));
                }
                if (baseline != null) {
                    baselines.add(time(baseline, Map.of(), errors));
                }
            }
            context.bench("cli_start_ms", Math.round(median(withDefaults)), "ms");
            if (compare) {
                context.bench("cli_start_nocds_ms", Math.round(median(withoutCds)), "ms");
            }
            if (baseline != null) {
                context.bench("cli_start_baseline_ms", Math.round(median(baselines)), "ms");
            }
            return OK;
        } catch (LaunchFailure failure) {
            context.err().println(failure.getMessage());
            return FAILED;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** Milliseconds from spawning {@code launcher --help} to its exit. */
    private static double time(Path launcher, Map<String, String> environment, Path errors)
            throws IOException, InterruptedException, LaunchFailure {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--help")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process child = builder.start();
        int exit = child.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            List<String> lines = Files.readAllLines(errors);
            throw new LaunchFailure(launcher + " --help exited with " + exit + ": "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())));
        }
        return millis;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** annotide-cli in the installation this JVM runs from (the launcher passes it as -install). */
    private static Path installedLauncher() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new UsageException("not started from an installed product; name the launcher with --launcher");
        }
        try {
            return Path.of(new URI(area.replace(" ", "%20"))).resolve("annotide-cli");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(area.replaceFirst("^file:", "")).resolve("annotide-cli");
        }
    }

    private static final class LaunchFailure extends Exception {
        private static final long serialVersionUID = 1L;

        LaunchFailure(String message) {
            super(message);
        }
    }
}
