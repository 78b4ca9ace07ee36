package org.annotide.ui.training.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.annotide.al.EpisodeSettings;
import org.annotide.al.EpisodeSettings.Part;
import org.annotide.al.LabellingOrder;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.TrainingSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The Active Learning view's round settings, the round's part of the project's {@link EpisodeSettings}: the strategy
 * (every contribution to {@code org.annotide.al.strategies}), the batch size, the pool (all unlabelled images, those of
 * a training set, or those whose name matches the name filter: a training set empties and disables the filter) and
 * the labelling order. Each edit stores the part at once in the project (one undoable, journaled command, as the
 * Retraining tab's {@link EpisodeSettingsForm}); a name filter that is no regular expression is not stored, and the
 * status line says why. The form shows what the project holds when that changes (an undo, a checkpoint restored,
 * {@code al settings}, another project, the view opened again); an edit the form has not stored yet (a filter being
 * typed) stays while other things change.
 */
final class RoundSettingsForm {

    static final String ALL_IMAGES = "All unlabelled images";
    static final String SET_PREFIX = "Training set: ";

    private final StrategyRegistry strategies;
    private final CCombo strategy;
    private final Spinner batch;
    private final CCombo pool;
    private final Text filter;
    private final CCombo order;
    private final Consumer<String> say;
    private final Runnable orderChanged;
    private ProjectStore store;
    /** True while the form shows the project's values: the widgets' events then are not edits. */
    private boolean showing;
    /**
     * The project's round settings the form shows or has stored (its entries); null: none shown yet. While the
     * project's are these, the form is left as the user set it.
     */
    private Map<String, String> shown;

    /**
     * Adds the fields as rows of a two-column form (after the view's Model).
     *
     * @param orderChanged told when the user chose another labelling order (the view's walk starts again)
     */
    RoundSettingsForm(Composite form, StrategyRegistry strategies, Consumer<String> say, Runnable orderChanged) {
        this.strategies = strategies;
        this.say = say;
        this.orderChanged = orderChanged;
        strategy = ActiveLearningView.combo(form, "Strategy:", "strategy");
        for (StrategyRegistry.Entry entry : strategies.entries()) {
            strategy.add(entry.name() == null || entry.name().isBlank() ? entry.id() : entry.name() + " (" + entry.id() + ")");
        }
        strategy.addListener(SWT.Selection, e -> {
            strategyTip();
            edited();
        });
        new Label(form, SWT.NONE).setText("Batch size:");
        batch = new Spinner(form, SWT.BORDER);
        batch.setValues(EpisodeSettings.DEFAULTS.batch(), 1, 100_000, 0, 1, 10);
        batch.setData(Roles.KEY, "batch");
        batch.setLayoutData(EpisodeSettingsForm.spinnerField(batch));
        batch.addListener(SWT.Selection, e -> edited());
        pool = ActiveLearningView.combo(form, "Pool:", "pool");
        pool.addListener(SWT.Selection, e -> poolChosen());
        new Label(form, SWT.NONE).setText("Name filter:");
        filter = new Text(form, SWT.BORDER);
        filter.setMessage("regular expression (empty: all)");
        filter.setToolTipText("Only images whose name contains a match (a Java regular expression); Enter or leaving"
                + " the field stores it. Not with a training set as the pool");
        filter.setLayoutData(ActiveLearningView.narrow());
        filter.setData(Roles.KEY, "filter");
        filter.addListener(SWT.DefaultSelection, e -> edited());
        filter.addListener(SWT.FocusOut, e -> edited());
        order = ActiveLearningView.combo(form, "Labelling order:", "order");
        for (LabellingOrder o : LabellingOrder.values()) {
            order.add(o.label());
        }
        order.addListener(SWT.Selection, e -> {
            orderChanged.run();
            edited();
        });
        show(null);
    }

    /**
     * Shows the project's round settings (the defaults where it has none) when they are not what the form shows
     * already, and the project's training sets as pools; null: no project.
     */
    void show(ProjectStore next) {
        if (next != store) {
            shown = null; // another project: its settings
        }
        store = next;
        boolean open = store != null && !store.isClosed();
        showing = true;
        try {
            String poolChoice = pool.getText();
            pool.removeAll();
            pool.add(ALL_IMAGES);
            if (open) {
                for (TrainingSet set : store.project().getTrainingSets()) {
                    pool.add(SET_PREFIX + set.getName());
                }
            }
            pool.select(Math.max(0, pool.indexOf(poolChoice)));
        } finally {
            showing = false;
        }
        showSettings();
    }

    /** Shows the project's round settings when they are not what the form shows already (or has stored). */
    void showSettings() {
        boolean open = store != null && !store.isClosed();
        EpisodeSettings settings = EpisodeSettings.DEFAULTS;
        if (open) {
            try {
                settings = EpisodeSettings.of(store.project());
            } catch (IllegalArgumentException e) {
                say.accept("The project's episode settings are not valid (" + e.getMessage() + "); the form shows"
                        + " the defaults until it is changed.");
            }
        }
        Map<String, String> round = roundPart(settings);
        if (!round.equals(shown)) {
            shown = round;
            showing = true;
            try {
                showValues(settings);
            } finally {
                showing = false;
            }
        }
        enableFilter();
    }

    private void showValues(EpisodeSettings settings) {
        int chosen = strategyIds().indexOf(settings.strategy());
        if (chosen < 0 && store != null) {
            say.accept("The episode's strategy '" + settings.strategy() + "' is not installed; the form shows "
                    + EpisodeSettings.FIRST_STRATEGY + " until another is chosen.");
        }
        if (chosen < 0) {
            chosen = Math.max(0, strategyIds().indexOf(EpisodeSettings.FIRST_STRATEGY));
        }
        if (chosen < strategy.getItemCount()) {
            strategy.select(chosen);
        }
        strategyTip();
        batch.setSelection(settings.batch());
        String set = settings.trainingSet();
        int index = set == null ? 0 : pool.indexOf(SET_PREFIX + set);
        if (index < 0) {
            say.accept("The episode's pool, the training set '" + set + "', is not in the project; the form shows all"
                    + " unlabelled images until another is chosen.");
        }
        pool.select(Math.max(0, index));
        pool.setToolTipText(pool.getText());
        String regex = settings.filter() == null ? "" : settings.filter();
        if (!regex.equals(filter.getText())) {
            filter.setText(regex);
        }
        order.select(settings.order().ordinal());
        order.setToolTipText(order.getText());
    }

    /** The round's entries of the settings: what the form shows. */
    private static Map<String, String> roundPart(EpisodeSettings settings) {
        Map<String, String> all = settings.toMap();
        all.keySet().retainAll(Part.ROUND.keys());
        return all;
    }

    /** Stores what the form says as the project's round settings (one undoable command), or says why it cannot. */
    private void edited() {
        StrategyRegistry.Entry entry = strategyEntry();
        if (showing || store == null || store.isClosed() || store.isReadOnly() || entry == null) {
            return;
        }
        try {
            EpisodeSettings settings = EpisodeSettings.DEFAULTS.withRound(entry.id(), batch(), trainingSet(), filter(),
                    LabellingOrder.values()[Math.max(0, order.getSelectionIndex())]);
            // what the form shows now: the refresh this change causes leaves the form as it is
            shown = roundPart(settings);
            if (!EpisodeSettings.stored(store.project(), Part.ROUND) && settings.equals(EpisodeSettings.DEFAULTS)) {
                return; // passing through the fields changes nothing: al round keeps following the newest round
            }
            settings.store(store, Part.ROUND);
        } catch (IllegalArgumentException e) {
            say.accept("Round settings not stored: " + e.getMessage());
        }
    }

    private void poolChosen() {
        if (trainingSet() != null) {
            filter.setText(""); // the pool is a training set or a name filter, not both
        }
        enableFilter();
        edited();
    }

    /** Enables the name filter where it applies: not with a training set as the pool. */
    private void enableFilter() {
        filter.setEnabled(trainingSet() == null);
    }

    /** Enables what changes the project (the labelling order is used at once). */
    void setEditable(boolean editable) {
        order.setEnabled(editable);
    }

    /** The strategy's whole name and its formula. */
    private void strategyTip() {
        StrategyRegistry.Entry entry = strategyEntry();
        strategy.setToolTipText(entry == null ? null : strategy.getText() + ": " + entry.formula());
    }

    /** The chosen strategy; null when none is installed. */
    StrategyRegistry.Entry strategyEntry() {
        int i = strategy.getSelectionIndex();
        return i < 0 || i >= strategies.entries().size() ? null : strategies.entries().get(i);
    }

    int batch() {
        return batch.getSelection();
    }

    /** The chosen training set's name; null: all unlabelled images. */
    String trainingSet() {
        String text = pool.getText();
        return text.startsWith(SET_PREFIX) ? text.substring(SET_PREFIX.length()) : null;
    }

    /** The name filter; null when empty or when a training set is the pool. */
    String filter() {
        return trainingSet() != null || filter.getText().isBlank() ? null : filter.getText().trim();
    }

    CCombo strategyCombo() {
        return strategy;
    }

    List<String> strategyIds() {
        return strategies.entries().stream().map(StrategyRegistry.Entry::id).toList();
    }
}
