package org.annotide.headless;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a command talks to: standard output for results, standard error for progress and diagnostics, standard
 * input (e.g. a password with {@code --password-stdin}) and the environment (e.g. {@code ANNOTIDE_PASSWORD}).
 */
public final class CliContext {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final InputStream in;
    private final Map<String, String> environment;

    public CliContext(PrintStream out, PrintStream err, boolean quiet) {
        this(out, err, quiet, System.in, System.getenv());
    }

    public CliContext(PrintStream out, PrintStream err, boolean quiet, InputStream in, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.in = in;
        this.environment = Map.copyOf(environment);
    }

    /** Standard input. */
    public InputStream in() {
        return in;
    }

    /** An environment variable, or null. */
    public String env(String name) {
        return environment.get(name);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** A progress monitor that reports on standard error (nothing when quiet). */
    public IProgressMonitor progress() {
        return quiet ? new org.eclipse.core.runtime.NullProgressMonitor() : new ConsoleProgressMonitor(err);
    }

    /** Prints one benchmark figure in the form every bench command uses: {@code BENCH name value unit}. */
    public void bench(String name, double value, String unit) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.4f", value);
        out.println("BENCH " + name + " " + number + (unit == null || unit.isEmpty() ? "" : " " + unit));
        out.flush();
    }
}
