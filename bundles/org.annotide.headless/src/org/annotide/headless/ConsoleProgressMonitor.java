package org.annotide.headless;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Reports progress as lines on standard error, at most a few times a second. */
public final class ConsoleProgressMonitor extends NullProgressMonitor {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream err;
    private String task = "";
    private String subTask = "";
    private double total;
    private double worked;
    private long lastPrint;

    public ConsoleProgressMonitor(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        worked = 0;
        print(true);
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        print(true);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        print(false);
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        print(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (total > 0) {
            worked = total;
        }
        print(true);
    }

    private void print(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        StringBuilder line = new StringBuilder(task);
        if (total > 0 && total != UNKNOWN) {
            line.append(String.format(Locale.ROOT, " %3.0f%%", Math.min(100, 100 * worked / total)));
        }
        if (!subTask.isEmpty()) {
            line.append(" ").append(subTask);
        }
        err.println(line);
        err.flush();
    }
}
