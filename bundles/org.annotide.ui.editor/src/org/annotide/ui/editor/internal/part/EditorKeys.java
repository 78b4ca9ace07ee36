package org.annotide.ui.editor.internal.part;

import org.annotide.ui.editor.AnnotationEditors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;

/**
 * The editor's keys (context {@link AnnotationEditors#CONTEXT_ID}: tools, class digits, arrows that pan) while
 * the canvas is being worked on, and none of them while a field of the editor has the focus: a slider of the
 * display controls takes the arrow keys, a text field of the attributes strip takes letters and digits.
 * Edit &gt; Undo and the other global keys stay.
 */
final class EditorKeys {

    private final IContextService contexts;
    private IContextActivation activation;
    private int fieldsFocused;
    private boolean disposed;

    EditorKeys(IContextService contexts) {
        this.contexts = contexts;
        activation = contexts.activateContext(AnnotationEditors.CONTEXT_ID);
    }

    /** Whether the editor's keys are on (no field of the editor has the focus). */
    boolean active() {
        return activation != null;
    }

    /** The control takes its own keys while it has the focus: the editor's keys are off meanwhile. */
    void field(Control control) {
        control.addListener(SWT.FocusIn, event -> {
            fieldsFocused++;
            update();
        });
        control.addListener(SWT.FocusOut, event -> {
            fieldsFocused = Math.max(0, fieldsFocused - 1);
            update();
        });
        control.addListener(SWT.Dispose, event -> {
            if (control.isFocusControl()) {
                // a field disposed with the focus (the strip rebuilt, or the editor closing) sends no FocusOut;
                // the keys come back later, unless the whole editor went
                fieldsFocused = Math.max(0, fieldsFocused - 1);
                Control anchor = control.getShell();
                anchor.getDisplay().asyncExec(() -> {
                    if (!anchor.isDisposed() && !disposed) {
                        update();
                    }
                });
            }
        });
    }

    /** The editor is gone: nothing is activated any more. */
    void dispose() {
        disposed = true;
    }

    private void update() {
        if (disposed) {
            return;
        }
        if (fieldsFocused > 0 && activation != null) {
            contexts.deactivateContext(activation);
            activation = null;
        } else if (fieldsFocused == 0 && activation == null) {
            activation = contexts.activateContext(AnnotationEditors.CONTEXT_ID);
        }
    }
}
