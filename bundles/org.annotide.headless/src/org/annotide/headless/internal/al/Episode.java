package org.annotide.headless.internal.al;

import java.util.List;

import org.annotide.al.EpisodeSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelRegistry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;

/**
 * The episode so far, read from the project, for {@code al round} and {@code al select}: its settings (the defaults
 * where none are stored), its retraining settings (null: none stored, the model's own configuration), the model to
 * train again (the newest round's, else the active one) and the round's strategy and batch size: the settings' where
 * stored, else those of the newest round that had a model, else the first strategy and the initial batch. Each of
 * the two says where it came from ({@code strategyFrom}, {@code batchFrom}), so a verb can tell the user.
 */
record Episode(EpisodeSettings settings, EpisodeSettings retraining, TrainedModel model, String strategy,
        String strategyFrom, int batch, String batchFrom) {

    /** Call where the project may be read; throws {@link IllegalArgumentException} for settings not valid. */
    static Episode of(ProjectStore store, ModelRegistry registry) {
        var project = store.project();
        EpisodeSettings settings = EpisodeSettings.of(project);
        List<SelectionRound> rounds = project.getSelectionRounds();
        SelectionRound newest = null;
        for (int i = rounds.size() - 1; i >= 0 && newest == null; i--) {
            if (rounds.get(i).getModel() != null && rounds.get(i).getModel().eContainer() != null) {
                newest = rounds.get(i);
            }
        }
        TrainedModel model = newest != null ? newest.getModel() : null;
        for (TaskType task : List.of(TaskType.CLASSIFY, TaskType.DETECT, TaskType.SEGMENT)) {
            if (model == null) {
                model = registry.active(task);
            }
        }
        // each entry on its own: a project may hold only the labelling order (stored before the round's others)
        var metadata = project.getMetadata();
        String strategy;
        String strategyFrom;
        if (metadata.containsKey(EpisodeSettings.STRATEGY)) {
            strategy = settings.strategy();
            strategyFrom = "the episode settings, " + EpisodeSettings.STRATEGY;
        } else if (newest != null) {
            strategy = newest.getStrategy();
            strategyFrom = newest.getName() + ", the newest round with a model";
        } else {
            strategy = EpisodeSettings.FIRST_STRATEGY;
            strategyFrom = "the default: no strategy stored and no round with a model";
        }
        int batch;
        String batchFrom;
        if (metadata.containsKey(EpisodeSettings.BATCH)) {
            batch = settings.batch();
            batchFrom = "the episode settings, " + EpisodeSettings.BATCH;
        } else if (newest != null && newest.getBatchSize() >= 1) {
            batch = newest.getBatchSize();
            batchFrom = newest.getName() + ", the newest round with a model";
        } else {
            batch = settings.initialBatch();
            batchFrom = "the initial batch, " + EpisodeSettings.INITIAL_BATCH + ": no batch stored and no round with a"
                    + " model";
        }
        return new Episode(settings, EpisodeSettings.stored(project, EpisodeSettings.Part.RETRAINING) ? settings : null,
                model, strategy, strategyFrom, batch, batchFrom);
    }
}
