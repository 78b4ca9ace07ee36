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
     * every key and click then waits out this cap: at 3 s, LabelClassesViewTest took 452 s instead of 23 s.
     */
    private static final Duration IDLE_CAP = Duration.ofMillis(1000);

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
        Display display = display();
        // Some windows are never quiet (a workbench that repaints continuously: seen at 14-58 full repaints a
        // second after training, GTK relayouts with "gtk_box_gadget_distribute" warnings). What was posted
        // before the call is handled within moments even then, so waiting longer for quiet only slowed every
        // click and key of such tests to 20 s each.
        long deadline = System.nanoTime() + IDLE_CAP.toNanos();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quietMillis * 1_000_000L) {
            if (display.readAndDispatch()) {
                quietSince = System.nanoTime();
            } else {
                sleep(1);
            }
            if (System.nanoTime() > deadline) {
                return;
            }
        }
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
