package org.annotide.ui.editor.internal.tools;

import org.eclipse.swt.SWT;

/**
 * A mouse event as tools see it: the image point under the pointer, the screen point, the button and
 * the modifier keys.
 */
public record ToolEvent(double x, double y, int screenX, int screenY, int button, int stateMask) {

    public boolean shift() {
        return (stateMask & SWT.SHIFT) != 0;
    }

    /** Ctrl (Command on macOS): adds to or toggles a selection. */
    public boolean mod1() {
        return (stateMask & SWT.MOD1) != 0;
    }
}
