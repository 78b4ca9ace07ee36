package org.annotide.headless.internal.al;

import java.util.Map;
import java.util.Set;

import org.annotide.al.EpisodeSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/** {@code annotide-cli al settings PROJECT [--mode M] [--epochs N] ...}: the episode's retraining settings. */
public final class AlSettingsVerb implements CliVerb {

    @Override
    public String name() {
        return "al settings";
    }

    @Override
    public String summary() {
        return "Active learning: show or change how each round retrains (fine-tune or from scratch, epochs, ...)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al settings PROJECT [--mode fine-tune|scratch] [--epochs N] [--image-size N]
                        [--learning-rate X] [--initial-batch N]

                The settings the Active Learning view's form edits, kept in the project (al.* metadata) and in its
                checkpoints: fine-tune starts each round from the previous round's model, scratch trains a new one
                with these epochs, image size and learning rate; the first round, before any label, draws
                --initial-batch images at random. Options given change those settings (one journaled change, the
                others keep their values); none given: the settings are only printed.

                Prints SETTING <key> <value> for each. Exit codes: 0 done, 2 usage or a value out of range.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("mode", "epochs", "image-size", "learning-rate", "initial-batch");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            EpisodeSettings settings;
            try {
                EpisodeSettings now = AlVerbs.ACCESS.call(store, () -> EpisodeSettings.of(store.project()));
                Map<String, String> values = now.toMap();
                put(values, EpisodeSettings.MODE, args.option("mode", null));
                put(values, EpisodeSettings.EPOCHS, args.option("epochs", null));
                put(values, EpisodeSettings.IMAGE_SIZE, args.option("image-size", null));
                put(values, EpisodeSettings.LEARNING_RATE, args.option("learning-rate", null));
                put(values, EpisodeSettings.INITIAL_BATCH, args.option("initial-batch", null));
                settings = EpisodeSettings.fromMap(values);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (valueOptions().stream().anyMatch(o -> args.option(o, null) != null)) {
                // only then: a project without al.* entries fine-tunes with its model's own configuration
                AlVerbs.ACCESS.run(store, () -> settings.store(store));
            }
            settings.toMap().forEach((key, value) -> context.out().println("SETTING " + key + " " + value));
            return OK;
        }
    }

    private static void put(Map<String, String> values, String key, String given) {
        if (given != null) {
            values.put(key, given);
        }
    }
}
