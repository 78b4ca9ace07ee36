package org.annotide.ui.editor.internal.handlers;

import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The one handler of all editor commands (plugin.xml registers it for each, active while an annotation
 * editor is the active part): looks the command up in {@link EditorAction} and runs it on that editor.
 */
public final class EditorCommandHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        EditorAction action = EditorAction.ofCommand(event.getCommand().getId());
        if (action == null) {
            throw new ExecutionException("The annotation editor has no command " + event.getCommand().getId());
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof AnnotationEditor editor) {
            editor.canvas().actionStarted();
            action.run(editor, event::getParameter);
        }
        return null;
    }
}
