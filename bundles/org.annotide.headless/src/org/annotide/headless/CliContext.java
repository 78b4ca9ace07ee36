package org.annotide.headless;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/** What a command talks to: standard output for results, standard error for progress and diagnostics. */
public final class CliContext {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;

    public CliContext(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
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
