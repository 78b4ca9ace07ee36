package org.annotide.ui.internal;

import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * A timer that fires on the UI thread every few milliseconds while a piece of work runs there, so that a wait of
 * that work in {@link Display#sleep()} for another thread's {@link Display#wake()} lasts at most that long even when
 * the wake-up is lost. SWT's GTK {@code sleep} clears its wake flag just before it polls, so a {@code wake()} that
 * carries no message can be dropped and the UI thread then sleeps until GLib's next timer (seconds); the workbench's
 * start waits that way for its start thread (eclipse-platform/eclipse.platform.ui#4297 is the upstream fix, not
 * merged).
 */
public final class WakeUpHeartbeat {

    private WakeUpHeartbeat() {
    }

    /** Runs {@code work} on the UI thread with a heartbeat every {@code millis} ms; the heartbeat ends with it. */
    public static <T> T during(Display display, int millis, Supplier<T> work) {
        Runnable heartbeat = new Runnable() {
            @Override
            public void run() {
                display.timerExec(millis, this);
            }
        };
        display.timerExec(millis, heartbeat);
        try {
            return work.get();
        } finally {
            display.timerExec(-1, heartbeat);
        }
    }
}
