package org.annotide.ui.editor.internal.prefs;

import org.annotide.ui.editor.internal.EditorPlugin;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.ScaleFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Annotide > Annotation Editor: how annotations look. Key bindings live in General > Keys. */
public final class EditorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public EditorPreferencePage() {
        super(GRID);
        setPreferenceStore(EditorPlugin.getDefault().getPreferenceStore());
        setDescription("How the annotation editor draws annotations. Its keys can be changed under General > Keys "
                + "(category \"Annotation Editor\").");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        ScaleFieldEditor opacity = new ScaleFieldEditor(EditorPreferences.FILL_OPACITY, "Fill &opacity (%):",
                getFieldEditorParent(), 0, 100, 1, 10);
        addField(opacity);
        IntegerFieldEditor handles = new IntegerFieldEditor(EditorPreferences.HANDLE_SIZE,
                "&Vertex handle size (pixels):", getFieldEditorParent(), 2);
        handles.setValidRange(3, 25);
        addField(handles);
        addField(new ColorFieldEditor(EditorPreferences.SELECTION_COLOR, "&Selection colour:", getFieldEditorParent()));
        addField(new ColorFieldEditor(EditorPreferences.BACKGROUND_COLOR, "&Background colour:",
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(EditorPreferences.SHOW_SCORES, "Show the &score of predictions",
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(EditorPreferences.SHOW_OVERVIEW, "Show the o&verview (minimap)",
                getFieldEditorParent()));
    }
}
