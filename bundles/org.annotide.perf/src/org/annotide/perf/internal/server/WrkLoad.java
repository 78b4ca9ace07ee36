package org.annotide.perf.internal.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GETs driven by wrk (Debian's package {@code wrk}), the load generator the issue names: a C program whose cost per
 * request is far below the server's, so on a 2-core machine more of the cores go to the server than with a Java
 * client in the server's own JVM. Runs {@code wrk --latency} and reads its summary.
 */
public final class WrkLoad {

    /** What wrk reported: requests per second, latency percentiles in ms, and the non-2xx/3xx answers. */
    public record Figures(double requestsPerSecond, double p50Ms, double p99Ms, long errors) {
    }

    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("(?m)Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "(?m)Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private WrkLoad() {
    }

    /** Whether wrk is on the PATH. */
    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true; // wrk --version exits 1 but prints its version; not found throws
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Figures get(URI uri, String token, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(connections, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        Process p = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "-H", "Authorization: Bearer " + token, uri.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed (exit " + p.exitValue() + "): " + out.strip());
        }
        return parse(out);
    }

    public static Figures parse(String out) throws IOException {
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IOException("wrk printed no Requests/sec line: " + out.strip());
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Figures(Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"), errors);
    }

    /** A line of wrk's latency distribution, e.g. {@code 99%    2.58ms}, in milliseconds. */
    private static double percentile(String out, String label) throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$").matcher(out);
        if (!m.find()) {
            throw new IOException("wrk printed no " + label + " latency: " + out.strip());
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
