package org.annotide.tests.support.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI event loop from a test running on the UI thread: until a condition holds (failing with a
 * message after a timeout), for a while, or until the queue is empty. Real input posted with
 * {@link Input} travels through the X server and arrives a little later, so tests wait for its effect
 * rather than assume it.
 */
public final class Spin {

    /** Enough for a loaded CI machine; a condition that holds returns at once. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /**
     * The longest {@link #idle} waits for quiet. In clean-clone CI runs the UI tests' event loop sometimes stops
     * going quiet partway through a module (GTK keeps dispatching at a low CPU cost; no Java thread posts work), and
     * every key and click then waits out this cap: at 3 s, LabelClassesViewTest took 452 s instead of 23 s, at 1 s
     * 178 s. Input from the X server arrives within milliseconds, and tests wait for the effects they check.
     */
    private static final Duration IDLE_CAP = Duration.ofMillis(300);

    /** How often {@link #idle} reached its cap in this JVM: what keeps the loop busy is printed the 1st, 200th, ... time. */
    private static int capsReached;

    private Spin() {
    }

    /** Dispatches events until the condition holds; throws AssertionError naming what did not happen. */
    public static void until(String description, BooleanSupplier condition) {
        until(description, DEFAULT_TIMEOUT, condition);
    }

    public static void until(String description, Duration timeout, BooleanSupplier condition) {
        Display display = display();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + description);
            }
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Dispatches events for the given time. */
    public static void forMillis(long millis) {
        Display display = display();
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                sleep(2);
            }
        }
    }

    /**
     * Dispatches events until none has arrived for {@code quietMillis}: what was posted has been handled,
     * including work it queued with asyncExec.
     */
    public static void idle(long quietMillis) {
        idleUnless(quietMillis, () -> false);
    }

    /**
     * As {@link #idle}, but returns as soon as {@code handled} holds: for input whose handling shows itself (a key's
     * release event, say), which then need not wait for quiet, nor for the cap in a loop that never goes quiet.
     */
    public static void idleUnless(long quietMillis, BooleanSupplier handled) {
        Display display = display();
        // Some windows are never quiet (a workbench that repaints continuously: seen at 14-58 full repaints a
        // second after training, GTK relayouts with "gtk_box_gadget_distribute" warnings). What was posted
        // before the call is handled within moments even then, so waiting longer for quiet only slowed every
        // click and key of such tests to 20 s each.
        long deadline = System.nanoTime() + IDLE_CAP.toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quietMillis * 1_000_000L) {
            if (handled.getAsBoolean()) {
                return;
            }
            if (display.readAndDispatch()) {
                quietSince = System.nanoTime();
            } else {
                sleep(1);
            }
            if (System.nanoTime() > deadline) {
                if (capsReached++ % 200 == 0) {
                    System.out.println("[Spin] the event loop did not go quiet: in the next second " + traffic());
                }
                return;
            }
        }
    }

    /**
     * For one second, what the event loop dispatches: SWT events by type and widget class, and how many dispatches
     * were none of them (asyncExec and timerExec runnables, GTK's own work), as one line: what keeps a loop that does
     * not go quiet busy.
     */
    public static String traffic() {
        Display display = display();
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        int[] events = new int[1];
        org.eclipse.swt.widgets.Listener count = e -> {
            events[0]++;
            counts.merge(e.type + ":" + (e.widget == null ? "-" : e.widget.getClass().getSimpleName()), 1, Integer::sum);
        };
        int[] types = {org.eclipse.swt.SWT.Paint, org.eclipse.swt.SWT.Resize, org.eclipse.swt.SWT.Move,
                org.eclipse.swt.SWT.Show, org.eclipse.swt.SWT.Hide, org.eclipse.swt.SWT.Activate,
                org.eclipse.swt.SWT.Deactivate, org.eclipse.swt.SWT.FocusIn, org.eclipse.swt.SWT.FocusOut,
                org.eclipse.swt.SWT.MouseMove, org.eclipse.swt.SWT.MouseEnter, org.eclipse.swt.SWT.MouseExit,
                org.eclipse.swt.SWT.MouseHover, org.eclipse.swt.SWT.Selection, org.eclipse.swt.SWT.SetData,
                org.eclipse.swt.SWT.Modify, org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.KeyUp};
        for (int t : types) {
            display.addFilter(t, count);
        }
        int dispatched = 0;
        Thread ui = Thread.currentThread();
        java.util.Map<String, Integer> running = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> sample(ui, running), "Spin traffic sampler");
        sampler.setDaemon(true);
        sampler.start();
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (display.readAndDispatch()) {
                dispatched++;
            } else {
                sleep(1);
            }
        }
        sampler.interrupt();
        for (int t : types) {
            display.removeFilter(t, count);
        }
        java.util.List<String> top = running.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        return dispatched + " dispatches, " + events[0] + " SWT events " + counts + "; what the UI thread ran in them, "
                + "sampled about every millisecond (frames, most first): " + top;
    }

    /**
     * Samples what the UI thread runs inside readAndDispatch: the innermost frame outside SWT and the JDK (a
     * timerExec or asyncExec runnable, a listener), or SWT's own innermost frame when no other code runs. A short
     * runnable is caught only now and then, but one that keeps the loop busy shows up among the first.
     */
    private static void sample(Thread ui, java.util.Map<String, Integer> running) {
        while (!Thread.currentThread().isInterrupted()) {
            StackTraceElement[] stack = ui.getStackTrace();
            boolean dispatching = java.util.Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("readAndDispatch"));
            if (dispatching && stack.length > 0 && !stack[0].getMethodName().startsWith("sleep")) {
                String what = java.util.Arrays.stream(stack)
                        .filter(f -> !f.getClassName().startsWith("org.eclipse.swt.") && !f.getClassName().startsWith("java.")
                                && !f.getClassName().startsWith("jdk.") && !f.getClassName().startsWith("sun."))
                        .findFirst().map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?");
                if (what.startsWith(Spin.class.getName())) {
                    what = "swt " + stack[0].getClassName() + "." + stack[0].getMethodName();
                }
                running.merge(what, 1, Integer::sum);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The display of the UI thread, failing with a clear message on any other thread. */
    static Display uiDisplay() {
        return display();
    }

    private static Display display() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("Spin runs the event loop: call it on the UI thread "
                    + "(tycho-surefire useUIThread=true)");
        }
        return display;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while spinning the event loop", e);
        }
    }
}
