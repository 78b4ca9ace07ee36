package org.annotide.headless.internal.al;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.al.EpisodeSettings;
import org.annotide.headless.Args;

/**
 * What a round of {@code al select} or {@code al round} uses, each with where it came from: the option, else the
 * episode's ({@link Episode}: its settings, else the newest round with a model, else the default). The pool is one
 * choice: {@code --pool} or {@code --training-set} replaces the settings' pool whole.
 */
record RoundChoice(String strategy, String strategyFrom, int batch, String batchFrom, String poolRegex,
        String trainingSet, String poolFrom, boolean includeSkipped) {

    static RoundChoice of(Args args, Episode episode) {
        String strategy = args.option("strategy", episode.strategy());
        String strategyFrom = args.option("strategy", null) != null ? "--strategy" : episode.strategyFrom();
        int batch = args.intOption("batch", episode.batch());
        String batchFrom = args.option("batch", null) != null ? "--batch" : episode.batchFrom();
        String regex = args.option("pool", null);
        String set = args.option("training-set", null);
        String poolFrom = regex != null ? "--pool" : set != null ? "--training-set" : null;
        if (poolFrom == null) {
            regex = episode.settings().filter();
            set = episode.settings().trainingSet();
            poolFrom = regex != null ? "the episode settings, " + EpisodeSettings.FILTER
                    : set != null ? "the episode settings, " + EpisodeSettings.TRAINING_SET
                    : "the default: no pool given or stored";
        }
        return new RoundChoice(strategy, strategyFrom, batch, batchFrom, regex, set, poolFrom,
                args.flag("include-skipped"));
    }

    /** The pool in words: all unlabelled images, a name filter or a training set, and whether skipped ones count. */
    String pool() {
        return (poolRegex != null ? "name filter '" + poolRegex + "'"
                : trainingSet != null ? "training set '" + trainingSet + "'" : "all unlabelled images")
                + (includeSkipped ? ", skipped ones included" : "");
    }

    /**
     * Prints {@code STRATEGY <id> (from ...)}, {@code PARAMETERS <key=value ...>} (the seed and the strategy's
     * parameters, by key), {@code BATCH <n> (from ...)} and {@code POOL <pool> (from ...)}.
     */
    void print(PrintStream out, long seed, Map<String, String> parameters) {
        out.println("STRATEGY " + strategy + " (from " + strategyFrom + ")");
        printParameters(out, seed, parameters);
        out.println("BATCH " + batch + " (from " + batchFrom + ")");
        out.println("POOL " + pool() + " (from " + poolFrom + ")");
    }

    static void printParameters(PrintStream out, long seed, Map<String, String> parameters) {
        Map<String, String> all = new TreeMap<>(parameters);
        all.put("seed", Long.toString(seed));
        StringBuilder line = new StringBuilder("PARAMETERS");
        all.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        out.println(line);
    }
}
