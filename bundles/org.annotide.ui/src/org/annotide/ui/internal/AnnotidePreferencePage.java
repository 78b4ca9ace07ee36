package org.annotide.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The "Annotide" preference category; editor and imaging pages sit under it. Holds the project store's
 * checkpoint threshold.
 */
public final class AnnotidePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String CHECKPOINT_THRESHOLD_MB = "checkpointThresholdMb";
    private static final int CHECKPOINT_THRESHOLD_DEFAULT_MB = 256;

    public static org.eclipse.core.runtime.preferences.IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.annotide.ui");
    }

    /** The journal size after which the store folds it into a checkpoint, as the user set it. */
    static long checkpointThresholdBytes() {
        return (long) preferences().getInt(CHECKPOINT_THRESHOLD_MB, CHECKPOINT_THRESHOLD_DEFAULT_MB) << 20;
    }

    public AnnotidePreferencePage() {
        super(GRID);
        setDescription("Annotide saves every change as you make it: there is no Save. "
                + "A growing journal of changes is folded into a checkpoint now and then.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.annotide.ui");
        store.setDefault(CHECKPOINT_THRESHOLD_MB, CHECKPOINT_THRESHOLD_DEFAULT_MB);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor threshold = new IntegerFieldEditor(CHECKPOINT_THRESHOLD_MB,
                "Write a checkpoint when the journal exceeds (MB):", getFieldEditorParent());
        threshold.setValidRange(1, 65536);
        addField(threshold);
    }
}
