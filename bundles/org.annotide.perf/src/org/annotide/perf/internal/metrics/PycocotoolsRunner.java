package org.annotide.perf.internal.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annotide.metrics.coco.IouType;

/**
 * Runs the same evaluation through pycocotools in a Python subprocess, for the bench's comparison. Times the
 * Python work only (loading both files, evaluate, accumulate, summarize), not the interpreter's start.
 */
final class PycocotoolsRunner {

    private static final String SCRIPT = """
            import sys, time, io, contextlib
            from pycocotools.coco import COCO
            from pycocotools.cocoeval import COCOeval
            gt, dt, kind = sys.argv[1], sys.argv[2], sys.argv[3]
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                coco_gt = COCO(gt)
                coco_dt = coco_gt.loadRes(dt)
                e = COCOeval(coco_gt, coco_dt, kind)
                e.evaluate(); e.accumulate(); e.summarize()
            print('SECONDS', time.perf_counter() - start)
            print('STATS', ' '.join(repr(float(s)) for s in e.stats))
            """;

    /** The outcome: seconds of Python work and pycocotools' statistics. */
    /**
     * @param seconds        the evaluation as the script times it (loading the files included)
     * @param processSeconds the whole process, from spawning the interpreter to its exit (imports included)
     */
    record Outcome(double seconds, double processSeconds, double[] stats) {
    }

    private final String python;
    /** Why pycocotools cannot be imported, once {@link #available()} said it cannot. */
    private String unavailable;

    PycocotoolsRunner(String python) {
        this.python = python;
    }

    boolean available() {
        try {
            Process process = new ProcessBuilder(python, "-c", "import pycocotools").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                unavailable = output.isEmpty() ? "exit code " + process.exitValue() : lastLine(output);
                return false;
            }
            return true;
        } catch (IOException e) {
            unavailable = e.getMessage();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted";
            return false;
        }
    }

    String whyUnavailable() {
        return unavailable;
    }

    Outcome run(Path groundTruth, Path detections, IouType type, Path folder) throws IOException, InterruptedException {
        Path script = folder.resolve("pycocotools_bench.py");
        Files.writeString(script, SCRIPT);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(python, script.toString(), groundTruth.toString(),
                detections.toString(), type.cocoName())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double processSeconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IOException("pycocotools failed: " + lastLine(output.trim()));
        }
        double seconds = Double.NaN;
        double[] stats = null;
        for (String line : output.split("\\R")) {
            if (line.startsWith("SECONDS ")) {
                seconds = Double.parseDouble(line.substring(8).trim());
            } else if (line.startsWith("STATS ")) {
                String[] parts = line.substring(6).trim().split(" ");
                stats = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    stats[i] = Double.parseDouble(parts[i]);
                }
            }
        }
        if (stats == null || Double.isNaN(seconds)) {
            throw new IOException("pycocotools printed no result: " + lastLine(output.trim()));
        }
        return new Outcome(seconds, processSeconds, stats);
    }

    private static String lastLine(String text) {
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }
}
