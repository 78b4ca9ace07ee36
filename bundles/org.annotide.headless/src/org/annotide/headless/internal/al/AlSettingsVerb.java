package org.annotide.headless.internal.al;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.al.EpisodeSettings;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/**
 * {@code annotide-cli al settings PROJECT [--mode M] [--epochs N] ... [--strategy S] [--batch N] ...}: the episode's
 * settings, how each round retrains and what it selects.
 */
public final class AlSettingsVerb implements CliVerb {

    /** The options of each part of the settings, and the entry each one sets. */
    private static final Map<String, String> RETRAINING = options("mode", EpisodeSettings.MODE, "epochs",
            EpisodeSettings.EPOCHS, "image-size", EpisodeSettings.IMAGE_SIZE, "learning-rate",
            EpisodeSettings.LEARNING_RATE, "initial-batch", EpisodeSettings.INITIAL_BATCH);
    private static final Map<String, String> ROUND = options("strategy", EpisodeSettings.STRATEGY, "batch",
            EpisodeSettings.BATCH, "training-set", EpisodeSettings.TRAINING_SET, "filter", EpisodeSettings.FILTER,
            "order", EpisodeSettings.ORDER);

    private static Map<String, String> options(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Override
    public String name() {
        return "al settings";
    }

    @Override
    public String summary() {
        return "Active learning: show or change the episode's settings (how each round retrains, strategy, batch, pool)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al settings PROJECT [--mode fine-tune|scratch] [--epochs N] [--image-size N]
                        [--learning-rate X] [--initial-batch N] [--strategy S] [--batch N]
                        [--training-set NAME | --filter REGEX] [--order score|sequential|random]

                The settings the Active Learning view's Round and Retraining tabs edit, kept in the project (al.*
                metadata) and in its checkpoints.
                Retraining: fine-tune starts each round from the previous round's model, scratch trains a new one
                with these epochs, image size and learning rate; the first round, before any label, draws
                --initial-batch images at random. Without these settings a round fine-tunes with its model's own
                configuration.
                Round: the strategy that scores the pool (one of 'al select'), how many images each round picks, the
                pool (all unlabelled images, those with tiles in --training-set, or those whose name matches the
                Java regex --filter; one or the other, and an empty value sets none: all images) and the order in
                which Label Next walks the images. 'al round' takes its strategy, batch and pool from here (its own
                options still win); without these settings it follows the newest round.

                Options given change their part of the settings (one journaled change that stores the whole part:
                the others keep the values printed); none given: the settings are only printed.

                Prints SETTING <key> <value> for each (an empty value: none). Exit codes: 0 done, 2 usage or a
                value that is not valid (an unknown strategy, a training set the project lacks, a regex that does
                not compile, a value out of range): then nothing is changed.""";
    }

    @Override
    public Set<String> valueOptions() {
        Set<String> options = new LinkedHashSet<>(RETRAINING.keySet());
        options.addAll(ROUND.keySet());
        return options;
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        if (args.option("training-set", null) != null && args.option("filter", null) != null) {
            throw new UsageException("give --training-set or --filter, not both: the pool is one or the other");
        }
        boolean retraining = RETRAINING.keySet().stream().anyMatch(o -> args.option(o, null) != null);
        boolean round = ROUND.keySet().stream().anyMatch(o -> args.option(o, null) != null);
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            EpisodeSettings settings;
            try {
                EpisodeSettings now = AlVerbs.ACCESS.call(store, () -> EpisodeSettings.of(store.project()));
                Map<String, String> values = now.toMap();
                for (Map<String, String> part : List.of(RETRAINING, ROUND)) {
                    part.forEach((option, key) -> {
                        String given = args.option(option, null);
                        if (given != null) {
                            values.put(key, given);
                        }
                    });
                }
                // the pool is one choice: a training set given replaces the filter, and the other way round
                if (args.option("training-set", null) != null) {
                    values.put(EpisodeSettings.FILTER, "");
                }
                if (args.option("filter", null) != null) {
                    values.put(EpisodeSettings.TRAINING_SET, "");
                }
                settings = EpisodeSettings.fromMap(values);
                if (round) {
                    AlVerbs.ACCESS.run(store, () -> settings.check(store.project(), StrategyRegistry.installed()));
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage() + "; nothing was changed");
            }
            // only the parts given: a project without retraining settings fine-tunes with its model's own
            // configuration, one without round settings follows its newest round
            if (retraining) {
                AlVerbs.ACCESS.run(store, () -> settings.store(store, EpisodeSettings.Part.RETRAINING));
            }
            if (round) {
                AlVerbs.ACCESS.run(store, () -> settings.store(store, EpisodeSettings.Part.ROUND));
            }
            settings.toMap().forEach((key, value) -> context.out().println("SETTING " + key + " " + value));
            return OK;
        }
    }
}
