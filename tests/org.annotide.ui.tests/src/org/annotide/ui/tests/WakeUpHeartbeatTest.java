package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.ui.internal.WakeUpHeartbeat;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * While work runs under the heartbeat, the UI thread sleeping in {@link Display#sleep()} is woken every few
 * milliseconds whatever other threads do, so a wait for another thread whose wake-up was lost ends soon after that
 * thread is done; once the work has returned, the heartbeat no longer wakes it.
 */
class WakeUpHeartbeatTest {

    /** Set by a timer 10 s into the test: every wait ends then, whatever else happens. */
    private final AtomicBoolean safety = new AtomicBoolean();

    /** Sleeps on the UI thread until the flag is set (by no one's wake-up); returns how many times it slept. */
    private int sleepUntil(Display display, AtomicBoolean flag) {
        int sleeps = 0;
        while (!flag.get() && !safety.get()) {
            if (!display.readAndDispatch()) {
                display.sleep();
                sleeps++;
            }
        }
        return sleeps;
    }

    /** A thread that sets the flag after the delay and, like a lost wake-up, does not wake the display. */
    private static Thread setLater(AtomicBoolean flag, long millis) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            flag.set(true);
        });
        thread.start();
        return thread;
    }

    @Test
    void theUiThreadIsWokenWhileTheWorkRunsAndNotAfter() throws Exception {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // what was already queued
        }
        Runnable stop = () -> safety.set(true);
        display.timerExec(10_000, stop); // a timer wakes the display

        AtomicBoolean done = new AtomicBoolean();
        long start = System.nanoTime();
        int during = WakeUpHeartbeat.during(display, 20, () -> {
            Thread other = setLater(done, 1_000);
            int sleeps = sleepUntil(display, done);
            join(other);
            return sleeps;
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3_000, "the wait for a thread done after 1 s took " + millis + " ms");

        AtomicBoolean later = new AtomicBoolean();
        Thread other = setLater(later, 1_000);
        int after = sleepUntil(display, later);
        join(other);
        // the test workbench wakes the UI thread some 13 times a second of its own accord: 9 and 8 without a heartbeat,
        // 38 and 8 with it, in 600 ms each when these bounds were chosen
        assertTrue(during >= 30, "1 s under a 20 ms heartbeat (50 wake-ups) woke the UI thread " + during + " times");
        assertTrue(after < during / 2, "1 s after the work woke it " + after + " times (" + during
                + " during it): the heartbeat still runs");
        display.timerExec(-1, stop);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
