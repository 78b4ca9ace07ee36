package org.annotide.headless.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or a TERM) while a command works: asks the work to stop and lets the JVM end only once the command has
 * closed this (it took back or stored what it had, its project closed), or after {@code patience}. Without it the
 * JVM would end in the middle of the work: nothing acknowledged is lost (the store is journaled), but the command could
 * not say what it did.
 */
public final class StopOnSignal implements AutoCloseable {

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    /** @param stop asks the work to stop (a monitor cancelled, a job cancelled); runs on the JVM's shutdown thread */
    public StopOnSignal(String command, Runnable stop, Duration patience) {
        hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, command + ": stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The work is over: a signal now ends the JVM at once. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, and has just been let go
        }
    }
}
