package org.annotide.ui.editor.internal.handlers;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
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
 * each selected one; for an annotation (a problem that names one), its image's editor with the annotation
 * selected.
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
            if (element instanceof Annotation annotation && annotation.eContainer() instanceof ImageAsset image) {
                // an annotation (a problem names it): its image, with the annotation selected and in view
                try {
                    if (AnnotationEditors.open(page, image) instanceof AnnotationEditor editor) {
                        editor.selectAnnotations(List.of(annotation));
                    }
                } catch (PartInitException e) {
                    throw new ExecutionException("Cannot open " + image.getName() + ": " + e.getMessage(), e);
                }
            } else if (element instanceof ImageAsset || element instanceof Tile) {
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
