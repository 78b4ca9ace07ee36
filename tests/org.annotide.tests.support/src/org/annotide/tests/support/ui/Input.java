package org.annotide.tests.support.ui;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Real mouse and keyboard input for UI tests. The events are made by the X server itself through the
 * XTest extension (java.awt.Robot uses it under X11 and Xvfb), so they pass through the toolkit, focus
 * handling, double-click detection and the workbench's key bindings exactly as a person's input does.
 * Coordinates are relative to a control. After posting, each method runs the SWT event loop until the
 * input has been handled.
 * <p>
 * Why not {@code Display.post(Event)}: on GTK 3, SWT 3.135 turns posted events into synthetic GDK events
 * whose root coordinates and modifier state are left empty (every click lands at the screen origin, a
 * Shift-click arrives without Shift) and that never make a double-click. Keys posted that way do work, but
 * mixing the two paths would let modifier state drift, so all input goes through XTest.
 * <p>
 * Characters are typed as the keys of a US layout: letters in lower case unless Shift is held, digits and
 * the unshifted punctuation {@code = - [ ] ; ' , . /}.
 */
public final class Input {

    /** Quiet time after input before it counts as handled. */
    private static final long SETTLE_MILLIS = 30;

    private static Robot robot;

    private Input() {
    }

    /** Brings the control's shell to the front and gives the control the keyboard focus. */
    public static void focus(Control control) {
        control.getShell().forceActive();
        control.forceFocus();
        Spin.until("focus on " + control, () -> control.isDisposed() || control.getDisplay().getFocusControl() == control);
    }

    public static void moveTo(Control control, int x, int y) {
        Point point = control.toDisplay(x, y);
        robot().mouseMove(point.x, point.y);
        Spin.idle(SETTLE_MILLIS);
    }

    /** Presses a mouse button where the pointer is: 1 left, 2 middle, 3 right. */
    public static void press(int button) {
        handled(SWT.MouseDown, () -> robot().mousePress(buttonMask(button)));
    }

    public static void release(int button) {
        handled(SWT.MouseUp, () -> robot().mouseRelease(buttonMask(button)));
    }

    /** Left click at a point of the control. */
    public static void click(Control control, int x, int y) {
        click(control, x, y, 1, 0);
    }

    /**
     * A click holding modifier keys.
     *
     * @param button    1 left, 2 middle, 3 right
     * @param modifiers SWT.SHIFT, SWT.CTRL, SWT.ALT combined, or 0
     */
    public static void click(Control control, int x, int y, int button, int modifiers) {
        moveTo(control, x, y);
        holding(modifiers, () -> {
            press(button);
            release(button);
        });
    }

    /** Two left clicks in quick succession: the toolkit reports a double-click. */
    public static void doubleClick(Control control, int x, int y) {
        moveTo(control, x, y);
        Robot robot = robot();
        int mask = buttonMask(1);
        robot.mousePress(mask);
        robot.mouseRelease(mask);
        robot.mousePress(mask);
        robot.mouseRelease(mask);
        Spin.idle(SETTLE_MILLIS * 2);
    }

    /**
     * Presses a button at one point, moves to another in steps, releases there.
     *
     * @param steps intermediate pointer positions (at least 1), as a hand produces them
     */
    public static void drag(Control control, int x0, int y0, int x1, int y1, int steps, int button, int modifiers) {
        moveTo(control, x0, y0);
        holding(modifiers, () -> {
            press(button);
            int n = Math.max(1, steps);
            for (int i = 1; i <= n; i++) {
                moveTo(control, x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n);
            }
            release(button);
        });
    }

    /** Left-button drag without modifiers, in eight steps. */
    public static void drag(Control control, int x0, int y0, int x1, int y1) {
        drag(control, x0, y0, x1, y1, 8, 1, 0);
    }

    /** Turns the mouse wheel over a point: positive notches scroll up (away from the user). */
    public static void wheel(Control control, int x, int y, int notches) {
        moveTo(control, x, y);
        // AWT counts notches towards the user as positive
        robot().mouseWheel(-notches);
        Spin.idle(SETTLE_MILLIS);
    }

    /** Types a character key. */
    public static void key(char character) {
        key(0, character, 0);
    }

    /** Presses a special key: SWT.ARROW_LEFT, SWT.CR, SWT.ESC, SWT.PAGE_DOWN, SWT.DEL, SWT.BS ... */
    public static void keyCode(int keyCode) {
        key(0, (char) 0, keyCode);
    }

    /**
     * A character or special key (give one, the other 0) while holding modifiers (SWT.SHIFT, SWT.CTRL,
     * SWT.ALT).
     */
    public static void key(int modifiers, char character, int keyCode) {
        int code = character != 0 ? characterKey(character) : specialKey(keyCode);
        holding(modifiers, () -> handled(SWT.KeyUp, () -> {
            robot().keyPress(code);
            robot().keyRelease(code);
        }));
    }

    /** Holds a character key (Space for a pan, say) down while the action runs, then releases it. */
    public static void holdingKey(char character, Runnable action) {
        int code = characterKey(character);
        robot().keyPress(code);
        Spin.idle(SETTLE_MILLIS);
        try {
            action.run();
        } finally {
            robot().keyRelease(code);
            Spin.idle(SETTLE_MILLIS);
        }
    }

    /**
     * Types each character of the text. Each key waits for its release event (see {@link #handled}), not for the
     * event loop to go quiet; the loop settles once at the end, as after any key.
     */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            int code = characterKey(c);
            handled(SWT.KeyUp, () -> {
                robot().keyPress(code);
                robot().keyRelease(code);
            });
        }
        Spin.idle(SETTLE_MILLIS);
    }

    /**
     * Posts input and runs the event loop until the toolkit reports it as an event of the given type (a key's
     * release, a button's press or release), or else until the loop goes quiet, as {@link Spin#idle} does. The event
     * is the positive signal that the input was handled: the X server delivers input in order, and the toolkit
     * handles a key's press (the character going in) before its release. Waiting for quiet instead costs
     * {@link Spin#idle}'s whole cap per event in a loop that never goes quiet, as it did in CI runs of the UI tests:
     * typing settled twice per character, 0.6 s, and a path of 60 characters took 36 s.
     */
    private static void handled(int eventType, Runnable post) {
        Display display = Spin.uiDisplay();
        boolean[] seen = {false};
        Listener filter = event -> seen[0] = true;
        display.addFilter(eventType, filter);
        try {
            post.run();
            Spin.idleUnless(SETTLE_MILLIS, () -> seen[0]);
        } finally {
            display.removeFilter(eventType, filter);
        }
    }

    private static void holding(int modifiers, Runnable action) {
        int[] swt = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        int[] awt = { KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_ALT };
        for (int i = 0; i < swt.length; i++) {
            if ((modifiers & swt[i]) != 0) {
                robot().keyPress(awt[i]);
            }
        }
        try {
            action.run();
        } finally {
            for (int i = swt.length - 1; i >= 0; i--) {
                if ((modifiers & swt[i]) != 0) {
                    robot().keyRelease(awt[i]);
                }
            }
            Spin.idle(SETTLE_MILLIS);
        }
    }

    private static int buttonMask(int button) {
        return switch (button) {
        case 1 -> InputEvent.BUTTON1_DOWN_MASK;
        case 2 -> InputEvent.BUTTON2_DOWN_MASK;
        case 3 -> InputEvent.BUTTON3_DOWN_MASK;
        default -> throw new IllegalArgumentException("mouse button " + button + " (use 1, 2 or 3)");
        };
    }

    private static int characterKey(char character) {
        if (character >= 'a' && character <= 'z') {
            return KeyEvent.VK_A + (character - 'a');
        }
        if (character >= '0' && character <= '9') {
            return KeyEvent.VK_0 + (character - '0');
        }
        return switch (character) {
        case ' ' -> KeyEvent.VK_SPACE;
        case '=' -> KeyEvent.VK_EQUALS;
        case '-' -> KeyEvent.VK_MINUS;
        case '[' -> KeyEvent.VK_OPEN_BRACKET;
        case ']' -> KeyEvent.VK_CLOSE_BRACKET;
        case ';' -> KeyEvent.VK_SEMICOLON;
        case '\'' -> KeyEvent.VK_QUOTE;
        case ',' -> KeyEvent.VK_COMMA;
        case '.' -> KeyEvent.VK_PERIOD;
        case '/' -> KeyEvent.VK_SLASH;
        case '\r', '\n' -> KeyEvent.VK_ENTER;
        case '\t' -> KeyEvent.VK_TAB;
        default -> throw new IllegalArgumentException("no US key types '" + character + "' without Shift; "
                + "post the unshifted key with SWT.SHIFT instead");
        };
    }

    private static int specialKey(int keyCode) {
        return switch (keyCode) {
        case SWT.ARROW_LEFT -> KeyEvent.VK_LEFT;
        case SWT.ARROW_RIGHT -> KeyEvent.VK_RIGHT;
        case SWT.ARROW_UP -> KeyEvent.VK_UP;
        case SWT.ARROW_DOWN -> KeyEvent.VK_DOWN;
        case SWT.PAGE_UP -> KeyEvent.VK_PAGE_UP;
        case SWT.PAGE_DOWN -> KeyEvent.VK_PAGE_DOWN;
        case SWT.HOME -> KeyEvent.VK_HOME;
        case SWT.END -> KeyEvent.VK_END;
        case SWT.CR, SWT.KEYPAD_CR -> KeyEvent.VK_ENTER;
        case SWT.ESC -> KeyEvent.VK_ESCAPE;
        case SWT.DEL -> KeyEvent.VK_DELETE;
        case SWT.BS -> KeyEvent.VK_BACK_SPACE;
        case SWT.TAB -> KeyEvent.VK_TAB;
        case SWT.KEYPAD_ADD -> KeyEvent.VK_ADD;
        case SWT.KEYPAD_SUBTRACT -> KeyEvent.VK_SUBTRACT;
        case SWT.F1 -> KeyEvent.VK_F1;
        case SWT.F2 -> KeyEvent.VK_F2;
        case SWT.F5 -> KeyEvent.VK_F5;
        default -> throw new IllegalArgumentException("no key mapping for SWT key code " + keyCode);
        };
    }

    private static synchronized Robot robot() {
        if (robot == null) {
            if (GraphicsEnvironment.isHeadless()) {
                throw new IllegalStateException("Real input needs a display: java.awt.headless is set");
            }
            try {
                robot = new Robot();
                robot.setAutoDelay(0);
            } catch (AWTException e) {
                throw new IllegalStateException("Cannot post input on this display (no XTest extension?): " + e, e);
            }
        }
        return robot;
    }
}
