package org.annotide.ui.training.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.annotide.al.EpisodeSettings;
import org.annotide.al.EpisodeSettings.Mode;
import org.annotide.al.EpisodeSettings.Part;
import org.annotide.core.store.ProjectStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The Active Learning view's retraining settings (the retraining part of {@link EpisodeSettings}): mode (fine-tune the previous model or
 * train from scratch), epochs per round, image size (a new model's; a fine-tuned one keeps its model's), learning rate
 * and the initial random batch. Each edit is stored in the project at once (one undoable, journaled command); the
 * form shows what the project holds (after an undo, a checkpoint restored, another project chosen). A value that is not
 * valid (a learning rate that is no number) is not stored, and the status line says why.
 */
final class EpisodeSettingsForm {

    private final CCombo mode;
    private final Spinner epochs;
    private final Spinner imageSize;
    private final Text learningRate;
    private final Spinner initialBatch;
    private final Consumer<String> say;
    private ProjectStore store;
    /** True while the form shows the project's values: the widgets' events then are not edits. */
    private boolean showing;
    /**
     * The project's settings the form shows or has stored; null: none shown yet. While the project's are these, the
     * form is left as the user set it (a learning rate being typed).
     */
    private EpisodeSettings shown;

    /** Adds the fields as rows of a two-column form. */
    EpisodeSettingsForm(Composite form, Consumer<String> say) {
        this.say = say; // the form's tab says "Retraining": no heading of its own
        new Label(form, SWT.NONE).setText("Mode:");
        mode = new CCombo(form, SWT.READ_ONLY | SWT.BORDER);
        for (Mode m : Mode.values()) {
            mode.add(m.label());
        }
        mode.setToolTipText("Fine-tune: start from the previous round's model. From scratch: train a new model of the"
                + " same kind each round");
        mode.setData(Roles.KEY, "episodeMode");
        mode.setLayoutData(field());
        mode.addListener(SWT.Selection, e -> edited());
        epochs = spinner(form, "Epochs per round:", "episodeEpochs", 1, 10_000, 1);
        imageSize = spinner(form, "Image size (new model):", "episodeImageSize", 8, 4096, 8);
        new Label(form, SWT.NONE).setText("Learning rate:");
        learningRate = new Text(form, SWT.BORDER);
        learningRate.setData(Roles.KEY, "episodeLearningRate");
        learningRate.setLayoutData(field());
        learningRate.setToolTipText("Above 0 and at most 10; Enter or leaving the field stores it");
        learningRate.addListener(SWT.DefaultSelection, e -> edited());
        learningRate.addListener(SWT.FocusOut, e -> edited());
        initialBatch = spinner(form, "Initial random batch:", "episodeInitialBatch", 1, 100_000, 1);
        initialBatch.setToolTipText("The first round, before any label: this many images drawn at random");
        show(null);
    }

    private Spinner spinner(Composite form, String text, String role, int min, int max, int step) {
        new Label(form, SWT.NONE).setText(text);
        Spinner spinner = new Spinner(form, SWT.BORDER);
        spinner.setValues(min, min, max, 0, step, step * 10);
        spinner.setData(Roles.KEY, role);
        spinner.setLayoutData(spinnerField(spinner));
        spinner.addListener(SWT.Selection, e -> edited());
        return spinner;
    }

    /**
     * A spinner's place: as the other fields, but never narrower than its text and arrows. GTK 3 cannot draw a spinner
     * in less ("gtk_box_gadget_distribute: assertion 'size >= 0' failed" on every layout of a narrow view); a panel
     * narrower than that cuts the spinner off at its right instead.
     */
    static GridData spinnerField(Spinner spinner) {
        GridData data = field();
        data.minimumWidth = spinner.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        data.widthHint = Math.max(data.widthHint, data.minimumWidth);
        return data;
    }

    /** As the view's other fields: fill the column, ask for little. */
    private static GridData field() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100;
        return data;
    }

    /**
     * Shows the project's settings (the defaults where it has none) when they are not what the form shows already;
     * null: no project, the fields disabled.
     */
    void show(ProjectStore next) {
        if (next != store) {
            shown = null; // another project: its settings
        }
        store = next;
        boolean open = store != null && !store.isClosed();
        EpisodeSettings settings = EpisodeSettings.DEFAULTS;
        if (open) {
            try {
                EpisodeSettings all = EpisodeSettings.of(store.project());
                // the retraining part only: a change of the round's part leaves this form alone
                settings = new EpisodeSettings(all.mode(), all.epochs(), all.imageSize(), all.learningRate(),
                        all.initialBatch());
            } catch (IllegalArgumentException e) {
                say.accept("The project's retraining settings are not valid (" + e.getMessage() + "); the form shows the"
                        + " defaults until it is changed.");
            }
        }
        if (settings.equals(shown)) {
            enable();
            return;
        }
        shown = settings;
        showing = true;
        try {
            mode.select(settings.mode().ordinal());
            epochs.setSelection(settings.epochs());
            imageSize.setSelection(settings.imageSize());
            String rate = format(settings.learningRate());
            if (!rate.equals(learningRate.getText())) {
                learningRate.setText(rate);
            }
            initialBatch.setSelection(settings.initialBatch());
        } finally {
            showing = false;
        }
        enable();
    }

    private void enable() {
        boolean editable = store != null && !store.isClosed() && !store.isReadOnly();
        for (var control : new org.eclipse.swt.widgets.Control[] { mode, epochs, learningRate, initialBatch }) {
            control.setEnabled(editable);
        }
        // a fine-tuned model keeps its own input size: the field matters only from scratch
        imageSize.setEnabled(editable && mode.getSelectionIndex() == Mode.FROM_SCRATCH.ordinal());
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e6 ? Long.toString((long) value)
                : Double.toString(value).toLowerCase(Locale.ROOT);
    }

    /**
     * What the form says (the round's part at its defaults: only the retraining part is stored from here); throws
     * {@link IllegalArgumentException} with the reason when a value is not valid.
     */
    EpisodeSettings settings() {
        double rate;
        try {
            rate = Double.parseDouble(learningRate.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the learning rate must be a number, not '" + learningRate.getText() + "'");
        }
        return new EpisodeSettings(Mode.values()[Math.max(0, mode.getSelectionIndex())], epochs.getSelection(),
                imageSize.getSelection(), rate, initialBatch.getSelection());
    }

    /** Stores what the form says in the project (one undoable command), or says why it cannot. */
    private void edited() {
        if (showing || store == null || store.isClosed() || store.isReadOnly()) {
            return;
        }
        try {
            EpisodeSettings settings = settings();
            imageSize.setEnabled(settings.mode() == Mode.FROM_SCRATCH);
            shown = settings; // what the form shows now: the refresh this change causes leaves the form as it is
            if (!EpisodeSettings.stored(store.project(), Part.RETRAINING) && settings.equals(EpisodeSettings.DEFAULTS)) {
                return; // passing through the fields changes nothing: rounds keep the model's own configuration
            }
            settings.store(store, Part.RETRAINING);
        } catch (IllegalArgumentException e) {
            say.accept("Retraining settings not stored: " + e.getMessage());
        }
    }
}
