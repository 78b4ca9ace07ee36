package org.annotide.tests.support.ui;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog that a command (or an edit) is about to open. The command runs the dialog's own event loop and returns
 * only once it closed, so the test cannot reach the dialog after the call: a timer, started before it, watches for a
 * shell with the title and hands it to the answer, which fills it in and presses its button as a user would.
 */
public final class Modal {

    private static final int MODAL = SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL;
    /** A dialog not seen by then never opened: the watch stops, rather than poll through every later test. */
    private static final long DEADLINE_NANOS = 60_000_000_000L;

    private final String title;
    private final Consumer<Shell> answer;
    private volatile boolean answered;
    private final long started = System.nanoTime();

    private Modal(String title, Consumer<Shell> answer) {
        this.title = title;
        this.answer = answer;
    }

    /**
     * Watches (on the current display) for the next shell titled {@code title}, for at most a minute, and answers it once.
     */
    public static Modal answer(String title, Consumer<Shell> answer) {
        Modal modal = new Modal(title, answer);
        Display display = Display.getCurrent();
        display.timerExec(50, () -> modal.watch(display));
        return modal;
    }

    private void watch(Display display) {
        // modal shells only: the workbench window, which may bear the same title, is not modal (and a dialog opened
        // without an active shell has no parent to tell it by)
        Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && (s.getStyle() & MODAL) != 0
                && title.equals(s.getText())).findFirst().orElse(null);
        if (shell == null) {
            if (System.nanoTime() - started < DEADLINE_NANOS) {
                display.timerExec(50, () -> watch(display));
            }
            return;
        }
        answered = true;
        answer.accept(shell);
    }

    /** Whether the dialog was seen and answered. */
    public boolean answered() {
        return answered;
    }
}
