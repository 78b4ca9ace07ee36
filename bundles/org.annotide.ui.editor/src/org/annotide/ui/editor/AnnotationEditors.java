package org.annotide.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Identifiers of the annotation editor and a way to open it. */
public final class AnnotationEditors {

    public static final String EDITOR_ID = "org.annotide.ui.editor";
    /** Key-binding context active while an annotation editor has focus; a child of the Annotide context. */
    public static final String CONTEXT_ID = "org.annotide.ui.editor.context";
    /** Prefix of the editor's command ids, e.g. {@code org.annotide.ui.editor.commands.zoomIn}. */
    public static final String COMMAND_PREFIX = "org.annotide.ui.editor.commands.";

    private AnnotationEditors() {
    }

    /** Opens (or activates) the editor on an image or a tile. */
    public static IEditorPart open(IWorkbenchPage page, EObject imageOrTile) throws PartInitException {
        return page.openEditor(new AnnotationEditorInput(imageOrTile), EDITOR_ID, true,
                IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
    }
}
