package org.annotide.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers modal dialogs. A modal dialog runs its own event loop inside the command that opened it, so the
 * test cannot wait for it after the command returns: a timer watches for the dialog, notes what it says,
 * types the answer (if any) and presses Enter, as a user would.
 */
final class Dialogs {

    /** What the dialog said, once it was seen. */
    static final class Seen {
        private final String title;
        private final List<String> texts = new ArrayList<>();
        private boolean shown;
        private boolean stuck;
        private Shell dialog;
        private Runnable next;

        private Seen(String title) {
            this.title = title;
        }

        boolean shown() {
            return shown;
        }

        /** The texts of its labels (the message, among others) and of its radio buttons and check boxes. */
        String text() {
            return String.join("\n", texts);
        }

        /** Runs the event loop until the dialog was seen, answered and closed; the main window is active again. */
        Seen await() {
            Spin.until("a dialog titled \"" + title + "\"", () -> shown);
            Spin.until("the dialog \"" + title + "\" closed", () -> dialog.isDisposed());
            if (stuck) {
                throw new AssertionError("The dialog \"" + title + "\" did not take the answer; the test closed it. It said:\n"
                        + text());
            }
            Workbench.activateMainWindow();
            return this;
        }

        /**
         * Answers the next dialog with this title too, watching for it from the moment this one is answered.
         * A dialog that a command opens later (the outcome of a background job, say) may appear while the test
         * still awaits this one; a watch started only after {@link #await()} would miss it, and the unanswered
         * modal dialog would block the test forever.
         */
        Seen then(String nextTitle) {
            Seen following = new Seen(nextTitle);
            Display display = Display.getCurrent();
            next = () -> watch(display, following, null, false, dialog);
            if (shown) {
                display.timerExec(100, next);
            }
            return following;
        }
    }

    private Dialogs() {
    }

    /**
     * Answers the next dialog with this title.
     *
     * @param typed text to type into it first (its text field starts selected, so typing replaces it), or null
     * @param releaseShortcut true when a keyboard shortcut opened the dialog and may still be held down
     */
    static Seen answer(String title, String typed, boolean releaseShortcut) {
        Seen seen = new Seen(title);
        watch(Display.getCurrent(), seen, typed, releaseShortcut, null);
        return seen;
    }

    /** Polls for the dialog (not the one answered before it), answers it, and guards against an answer not taken. */
    private static void watch(Display display, Seen seen, String typed, boolean releaseShortcut, Shell previous) {
        long deadline = System.currentTimeMillis() + Spin.DEFAULT_TIMEOUT.toMillis();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = find(display, seen.title, previous);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            for (Label label : Widgets.all(dialog, Label.class, l -> l.getText() != null && !l.getText().isEmpty())) {
                seen.texts.add(label.getText());
            }
            for (Button choice : Widgets.all(dialog, Button.class, b -> (b.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0)) {
                seen.texts.add(choice.getText()); // the choices a dialog offers
            }
            if (releaseShortcut) {
                releaseModifiers();
            }
            dialog.forceActive();
            if (typed != null) {
                // the field a user would click into first; a dialog may open with the focus elsewhere
                Widgets.all(dialog, Text.class, t -> t.isEnabled() && t.getEditable()).stream().findFirst()
                        .ifPresent(field -> {
                            Input.focus(field);
                            field.selectAll();
                        });
                Input.type(typed);
            }
            Input.keyCode(SWT.CR);
            seen.dialog = dialog;
            seen.shown = true;
            // A modal dialog that ignored the keys would hold the command, and the test, forever: close it
            // after a while and let await() fail with what it said.
            display.timerExec((int) Spin.DEFAULT_TIMEOUT.toMillis(), () -> {
                if (!dialog.isDisposed()) {
                    for (Text field : Widgets.all(dialog, Text.class, t -> true)) {
                        seen.texts.add("[field] " + field.getText());
                    }
                    seen.stuck = true;
                    dialog.close();
                }
            });
            if (seen.next != null) {
                display.timerExec(100, seen.next);
            }
        };
        display.timerExec(100, poll[0]);
    }

    static Seen answer(String title) {
        return answer(title, null, false);
    }

    private static Shell find(Display display, String title, Shell previous) {
        for (Shell shell : display.getShells()) {
            if (shell != previous && !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Lets go of Shift and Ctrl, as a hand does before typing into a dialog its shortcut opened. */
    private static void releaseModifiers() {
        try {
            java.awt.Robot robot = new java.awt.Robot();
            robot.keyRelease(java.awt.event.KeyEvent.VK_SHIFT);
            robot.keyRelease(java.awt.event.KeyEvent.VK_CONTROL);
            Spin.idle(50);
        } catch (java.awt.AWTException e) {
            throw new IllegalStateException(e);
        }
    }
}
