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
        private Shell dialog;

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
            Workbench.activateMainWindow();
            return this;
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
        Display display = Display.getCurrent();
        Seen seen = new Seen(title);
        long deadline = System.currentTimeMillis() + Spin.DEFAULT_TIMEOUT.toMillis();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = find(display, title);
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
                Input.type(typed);
            }
            Input.keyCode(SWT.CR);
            seen.dialog = dialog;
            seen.shown = true;
        };
        display.timerExec(100, poll[0]);
        return seen;
    }

    static Seen answer(String title) {
        return answer(title, null, false);
    }

    private static Shell find(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
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
