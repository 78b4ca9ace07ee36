package org.annotide.ui.editor.internal.prefs;

import org.annotide.ui.editor.internal.EditorPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Registered through org.eclipse.core.runtime.preferences: the defaults of the editor preferences. */
public final class EditorPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        EditorPreferences.setDefaults(EditorPlugin.getDefault().getPreferenceStore());
    }
}
