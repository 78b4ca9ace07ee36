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
 * remembered for the next start). Without the property nothing is measured.
 */
final class StartupProbe {

    static final String PROPERTY = "annotide.bench.startup";

    private static final String MODE = System.getProperty(PROPERTY);
    private static final AtomicBoolean FIRST = new AtomicBoolean();
    private static final AtomicBoolean COMPLETE = new AtomicBoolean();

    private StartupProbe() {
    }

    /** Called after every frame of every canvas; cheap when the property is not set. */
    static void framePainted(Display display, FrameRenderer.FrameResult frame) {
        if (MODE == null || COMPLETE.get()) {
            return;
        }
        if (FIRST.compareAndSet(false, true)) {
            print("workbench_first_frame_ms");
        }
        if (frame.complete() && COMPLETE.compareAndSet(false, true)) {
            print("workbench_start_ms");
            if ("exit".equals(MODE)) {
                display.asyncExec(() -> {
                    if (PlatformUI.isWorkbenchRunning()) {
                        PlatformUI.getWorkbench().close();
                    }
                });
            }
        }
    }

    private static void print(String name) {
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        if (start == null) {
            return;
        }
        double millis = Duration.between(start, Instant.now()).toNanos() / 1e6;
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f ms", name, millis));
        System.out.flush();
    }
}
