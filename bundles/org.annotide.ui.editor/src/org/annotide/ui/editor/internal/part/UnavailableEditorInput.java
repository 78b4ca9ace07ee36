package org.annotide.ui.editor.internal.part;

import org.annotide.ui.editor.internal.EditorPlugin;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a restored editor gets when its image is gone or its project is not open: the annotation editor
 * refuses it with {@link #reason()}, so the workbench shows that message in the editor's place (one tab,
 * no dialog) instead of "Factory ... returned null from createElement".
 */
public final class UnavailableEditorInput extends PlatformObject implements IEditorInput {

    private final String name;
    private final String reason;

    public UnavailableEditorInput(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    /** Why the image cannot be shown, for the user. */
    public String reason() {
        return reason;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return EditorPlugin.icon("icons/editor.png");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getToolTipText() {
        return reason;
    }

    /** Not saved again: an editor that could not be restored is not brought back at the next start. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }
}
