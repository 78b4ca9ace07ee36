package org.annotide.ui.editor.internal.canvas;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annotide.ui.editor.internal.render.FrameRenderer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * For the editor benchmark: with {@code -Dannotide.bench.startup=print} (or {@code =exit}) the workbench prints
 * how long it took from the start of the process to the first editor frame ({@code BENCH workbench_first_frame_ms})
 * and to the first complete one, every visible tile of the image current ({@code BENCH workbench_start_ms}), on
 * standard output; with {@code exit} it then closes the workbench as a user would (so open editors are
 * remembered for the next start). With {@code firstimage} frames are measured only once {@link #openingImage()}
 * was called: the time from there to the first complete frame is {@code BENCH workbench_first_image_ms}, and the
 * workbench closes. Without the property nothing is measured.
 */
public final class StartupProbe {

    public static final String PROPERTY = "annotide.bench.startup";
    /** The mode in which the first image is opened and timed after the workbench has started. */
    public static final String FIRST_IMAGE = "firstimage";

    private static final String MODE = System.getProperty(PROPERTY);
    private static final AtomicBoolean FIRST = new AtomicBoolean();
    private static final AtomicBoolean COMPLETE = new AtomicBoolean();
    /** When the image of the {@code firstimage} mode was asked to open (System.nanoTime), 0 before. */
    private static volatile long openingNanos;

    private StartupProbe() {
    }

    /** True when the workbench runs to open and time a first image ({@code -Dannotide.bench.startup=firstimage}). */
    public static boolean timesFirstImage() {
        return FIRST_IMAGE.equals(MODE);
    }

    /** In the {@code firstimage} mode: the image is being opened now; its first complete frame ends the clock. */
    public static void openingImage() {
        openingNanos = System.nanoTime();
    }

    /** Called after every frame of every canvas; cheap when the property is not set. */
    static void framePainted(Display display, FrameRenderer.FrameResult frame) {
        if (MODE == null || COMPLETE.get()) {
            return;
        }
        if (timesFirstImage()) {
            long opening = openingNanos;
            if (opening != 0 && frame.complete() && COMPLETE.compareAndSet(false, true)) {
                printMillis("workbench_first_image_ms", (System.nanoTime() - opening) / 1e6);
                close(display);
            }
            return;
        }
        if (FIRST.compareAndSet(false, true)) {
            print("workbench_first_frame_ms");
        }
        if (frame.complete() && COMPLETE.compareAndSet(false, true)) {
            print("workbench_start_ms");
            if ("exit".equals(MODE)) {
                close(display);
            }
        }
    }

    private static void close(Display display) {
        display.asyncExec(() -> {
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }

    private static void print(String name) {
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        if (start == null) {
            return;
        }
        printMillis(name, Duration.between(start, Instant.now()).toNanos() / 1e6);
    }

    /** Prints another figure of the start, e.g. how long the first-image warm-up ran. */
    public static void report(String name, double millis) {
        printMillis(name, millis);
    }

    private static void printMillis(String name, double millis) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f ms", name, millis));
        System.out.flush();
    }
}
