package org.annotide.ui.editor.internal.handlers;

import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.editor.AnnotationEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Handles the explorer's Open command for images and tiles: opens (or activates) an annotation editor on
 * each selected one.
 */
public final class OpenAnnotationEditorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (!(selection instanceof IStructuredSelection structured) || page == null) {
            return null;
        }
        for (Object element : structured) {
            if (element instanceof ImageAsset || element instanceof Tile) {
                try {
                    AnnotationEditors.open(page, (EObject) element);
                } catch (PartInitException e) {
                    throw new ExecutionException("Cannot open " + element + ": " + e.getMessage(), e);
                }
            }
        }
        return null;
    }
}
