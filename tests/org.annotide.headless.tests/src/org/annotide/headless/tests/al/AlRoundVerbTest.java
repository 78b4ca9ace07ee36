package org.annotide.headless.tests.al;

import static org.annotide.headless.tests.al.ShopProject.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.al.ActiveLearning;
import org.annotide.al.EpisodeRound;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.al.AlRoundVerb;
import org.annotide.headless.internal.al.AlSettingsVerb;
import org.annotide.headless.internal.al.AlSkipVerb;
import org.annotide.headless.internal.al.AlUnskipVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * al round on real Fashion-MNIST images with the DJL classifier (28 pixels, a few epochs): 100 labelled training
 * images, a pool of 200 test images. A round trains a new model by the episode's settings and records the batch it
 * picks with it; a round that cannot run, or is cancelled, leaves the project as it was.
 */
class AlRoundVerbTest {

    private final List<CliVerb> verbs = List.of(new AlRoundVerb(), new AlSettingsVerb(), new AlSkipVerb(),
            new AlUnskipVerb());

    @TempDir
    Path temp;

    private Cli cli(String... arguments) {
        return Cli.run(verbs, arguments);
    }

    /** What a round may add: rounds, models, training jobs, model files. */
    private record State(int rounds, List<String> models, int jobs, List<Path> files) {
        static State of(String project) throws IOException {
            try (ProjectStore store = ProjectStore.open(Path.of(project))) {
                List<Path> files;
                Path folder = store.folder().resolve(ModelRegistry.MODELS_FOLDER);
                try (Stream<Path> list = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                    files = list.sorted().toList();
                }
                return new State(store.project().getSelectionRounds().size(),
                        store.project().getModels().stream().map(TrainedModel::getId).toList(),
                        store.project().getTrainingJobs().size(), files);
            }
        }
    }

    @Test
    void aRoundRetrainsByTheSettingsAndRecordsTheBatchWithTheNewModel() throws Exception {
        String project = ShopProject.create(temp, true, true);
        Cli settings = cli("al", "settings", project, "--epochs", "3", "--learning-rate", "0.02");
        assertEquals(CliVerb.OK, settings.exitCode, settings.err);
        Cli round = cli("al", "round", project, "--strategy", "entropy", "--batch", "5", "--device", "cpu");
        assertEquals(CliVerb.OK, round.exitCode, round.out + round.err);
        List<String[]> batch = ShopProject.entropyBatch(round.out, 5);
        assertTrue(round.out.contains("\nROUND 1 entropy 200 100\nMODEL "), round.out);
        // the phases ("1/4 Train shop", ...) are progress, which the console prints at most twice a second: only
        // the round's closing line is sure to be there
        assertTrue(round.err.contains("Round 1: retrained shop"), "progress on standard error: " + round.err);
        String first;
        String second;
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            assertEquals(2, store.project().getModels().size(), "the round's model joined the registry");
            first = store.project().getModels().get(0).getId();
            TrainedModel retrained = store.project().getModels().get(1);
            second = retrained.getId();
            SelectionRound recorded = store.project().getSelectionRounds().get(0);
            assertEquals(retrained, recorded.getModel(), "the round selected with the retrained model");
            // what the round chose and why, a line each, for a script to follow
            String top1 = retrained.getMetrics().get("top1") == null ? "-"
                    : String.format(java.util.Locale.ROOT, "%.4f", retrained.getMetrics().get("top1"));
            assertTrue(round.out.contains("\nROUND 1 entropy 200 100\nMODEL " + second + " " + top1 + " ("
                    + retrained.getName() + " v" + retrained.getVersion() + ", fine-tuned from " + first + ", 3 epochs)\n"
                    + "STRATEGY entropy (from --strategy)\n"
                    + "PARAMETERS seed=42\n"
                    + "BATCH 5 (from --batch)\n"
                    + "POOL all unlabelled images (from the default: no pool given or stored)\n"
                    + "SCORED 200 (0 skipped images left out)\n"), round.out);
            // fine-tuned (the default mode) from the first model, with the settings' epochs and learning rate
            Map<String, String> config = retrained.getJob().getConfiguration().map();
            assertEquals(first, config.get("from"));
            assertEquals("3", config.get("epochs"));
            assertEquals(0.02, Double.parseDouble(config.get("lr")), 1e-9);
            assertEquals("28", config.get("imageSize"), "a fine-tuned model keeps its input size");
            for (int i = 0; i < 5; i++) {
                assertEquals(batch.get(i)[1], recorded.getEntries().get(i).getImage().getName());
            }
        }
        // two of the batch skipped, as the view's Space does: recorded in round 1, listed
        Cli skip = cli("al", "skip", project, batch.get(0)[1], batch.get(3)[1]);
        assertEquals(CliVerb.OK, skip.exitCode, skip.out + skip.err);
        assertEquals("SKIP " + batch.get(0)[1] + " 1\nSKIP " + batch.get(3)[1] + " 1\n", skip.out);
        assertEquals(skip.out, cli("al", "skip", project).out, "without images: the list");

        // no options: the episode goes on with the newest round's strategy, batch size and model, without the skipped
        Cli next = cli("al", "round", project, "--device", "cpu");
        assertEquals(CliVerb.OK, next.exitCode, next.out + next.err);
        assertEquals(5, selected(next.out).size(), next.out);
        assertTrue(next.out.contains("\nROUND 2 entropy 198 100\n"), next.out);
        assertTrue(next.out.contains("\nSTRATEGY entropy (from round 1, the newest round with a model)\n"), next.out);
        assertTrue(next.out.contains("\nBATCH 5 (from round 1, the newest round with a model)\n"), next.out);
        assertTrue(next.out.contains("\nSCORED 198 (2 skipped images left out)\n"), next.out);
        for (String[] row : selected(next.out)) {
            assertTrue(!row[1].equals(batch.get(0)[1]) && !row[1].equals(batch.get(3)[1]), "not offered again: " + next.out);
        }
        Cli unskip = cli("al", "unskip", project, batch.get(3)[1]);
        assertEquals(CliVerb.OK, unskip.exitCode, unskip.err);
        assertEquals("UNSKIP " + batch.get(3)[1] + "\n", unskip.out);
        assertEquals("SKIP " + batch.get(0)[1] + " 1\n", cli("al", "skip", project).out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            assertEquals(3, store.project().getModels().size());
            TrainedModel third = store.project().getModels().get(2);
            assertEquals(second, third.getJob().getConfiguration().get("from"), "from the previous round's model");
            assertEquals(third, store.project().getSelectionRounds().get(1).getModel());
        }
    }

    /**
     * The round's settings stored with al settings are al round's defaults (strategy, batch, pool); its own options
     * still win, and a pool option replaces the settings' pool whole.
     */
    @Test
    void theEpisodesRoundSettingsAreTheDefaultsAndOptionsStillWin() throws Exception {
        String project = ShopProject.create(temp, true, true);
        Cli settings = cli("al", "settings", project, "--strategy", "least_confidence", "--batch", "4", "--filter",
                "^t10k-0001\\d", "--epochs", "1");
        assertEquals(CliVerb.OK, settings.exitCode, settings.err);
        Cli round = cli("al", "round", project, "--device", "cpu");
        assertEquals(CliVerb.OK, round.exitCode, round.out + round.err);
        List<String[]> batch = selected(round.out);
        assertEquals(4, batch.size(), round.out);
        for (String[] row : batch) {
            assertTrue(row[1].matches("t10k-0001\\d\\.png"), "only the settings' pool: " + row[1]);
        }
        assertTrue(round.out.contains("\nROUND 1 least_confidence 10 100\n"), "ten images match: " + round.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            SelectionRound recorded = store.project().getSelectionRounds().get(0);
            assertEquals(4, recorded.getBatchSize());
            assertEquals("1", recorded.getModel().getJob().getConfiguration().get("epochs"), "the settings' epochs");
        }
        // the options win: another strategy and batch size, and --pool replaces the settings' filter
        Cli options = cli("al", "round", project, "--strategy", "entropy", "--batch", "3", "--pool", "^t10k-0002",
                "--device", "cpu");
        assertEquals(CliVerb.OK, options.exitCode, options.out + options.err);
        assertEquals(3, selected(options.out).size(), options.out);
        assertTrue(options.out.contains("\nROUND 2 entropy 10 100\n"), "t10k-00020 to -00029: " + options.out);
        // a settings' pool that finds nothing: the round says so and records nothing
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--filter", "no-such-image").exitCode);
        State before = State.of(project);
        Cli empty = cli("al", "round", project, "--device", "cpu");
        assertEquals(CliVerb.FAILED, empty.exitCode, empty.out);
        assertTrue(empty.err.contains("the pool is empty"), empty.err);
        assertEquals(before, State.of(project));
    }

    /** The help names every line a round prints, and the skip verbs say what they do. */
    @Test
    void theHelpDocumentsTheLinesARoundPrints() {
        Cli help = cli("al", "round", "--help");
        assertEquals(CliVerb.OK, help.exitCode);
        for (String line : List.of("SELECT <image> <score>", "ROUND <number> <strategy> <pool size> <labelled>",
                "MODEL <id> <validation top-1, or ->", "STRATEGY <id> (from ...)", "PARAMETERS seed=<n>",
                "BATCH <n> (from ...)", "POOL <all unlabelled images", "SCORED <images scored> (<n> skipped images left out)",
                "--include-skipped")) {
            assertTrue(help.out.contains(line), line + " in " + help.out);
        }
        assertTrue(cli("al", "skip", "--help").out.contains("SKIP <image> <round number>"));
        assertTrue(cli("al", "unskip", "--help").out.contains("UNSKIP <image>"));
    }

    @Test
    void theFirstRoundWithoutLabelsDrawsTheInitialRandomBatch() throws Exception {
        String project = ShopProject.create(temp, false, false);
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--initial-batch", "7").exitCode);
        Cli round = cli("al", "round", project);
        assertEquals(CliVerb.OK, round.exitCode, round.out + round.err);
        assertEquals(7, selected(round.out).size(), round.out);
        assertTrue(round.out.contains("\nROUND 1 random 200 0\n"
                + "MODEL - - (no image is labelled yet: the initial random batch needs no model)\n"
                + "STRATEGY random (from the initial random batch: no image is labelled yet)\n"
                + "PARAMETERS seed=42\n"
                + "BATCH 7 (from the initial batch, al.initialBatch)\n"
                + "POOL all unlabelled images (from the default: no pool given or stored)\n"
                + "SCORED 200 (0 skipped images left out)\n"), "no model trained: " + round.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            SelectionRound recorded = store.project().getSelectionRounds().get(0);
            assertNull(recorded.getModel());
            assertEquals(7, recorded.getBatchSize());
            assertEquals(0, store.project().getTrainingJobs().size());
        }
    }

    /**
     * al skip and al unskip: a skip is recorded in the round that offered the image and kept by the project, the next
     * rounds leave the image out unless asked to include skipped images, and a skip that cannot be recorded says why
     * and records nothing.
     */
    @Test
    void skippedImagesAreLeftOutOfTheNextRoundsUntilUnskipped() throws Exception {
        String project = ShopProject.create(temp, false, false);
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--initial-batch", "5").exitCode);
        Cli none = cli("al", "skip", project);
        assertEquals(CliVerb.OK, none.exitCode);
        assertEquals("", none.out);
        assertTrue(none.err.contains("no image is skipped"), none.err);
        Cli first = cli("al", "round", project);
        assertEquals(CliVerb.OK, first.exitCode, first.out + first.err);
        List<String[]> batch = selected(first.out);

        // what cannot be skipped: nothing recorded
        Cli unknown = cli("al", "skip", project, batch.get(0)[1], "no-such.png");
        assertEquals(CliVerb.FAILED, unknown.exitCode);
        assertEquals("annotide-cli al skip: the project has no image 'no-such.png'; nothing was recorded.\n",
                unknown.err);
        assertEquals(CliVerb.USAGE, cli("al", "unskip", project).exitCode, "which images?");
        assertEquals(CliVerb.USAGE, cli("al", "unskip", project, batch.get(0)[1], "--all").exitCode);
        assertEquals("", cli("al", "skip", project).out, "nothing skipped yet");

        Cli skip = cli("al", "skip", project, batch.get(0)[1], batch.get(1)[1]);
        assertEquals(CliVerb.OK, skip.exitCode, skip.err);
        assertEquals("SKIP " + batch.get(0)[1] + " 1\nSKIP " + batch.get(1)[1] + " 1\n", skip.out);
        // still no label: the next round draws an initial batch again, from the images not skipped
        Cli second = cli("al", "round", project, "--seed", "42");
        assertEquals(CliVerb.OK, second.exitCode, second.out + second.err);
        assertTrue(second.out.contains("\nROUND 2 random 198 0\n"), second.out);
        assertTrue(second.out.contains("\nSCORED 198 (2 skipped images left out)\n"), second.out);
        for (String[] row : selected(second.out)) {
            assertTrue(!row[1].equals(batch.get(0)[1]) && !row[1].equals(batch.get(1)[1]), second.out);
        }
        // unless asked
        Cli including = cli("al", "round", project, "--include-skipped");
        assertTrue(including.out.contains("\nPOOL all unlabelled images, skipped ones included (from the default: no"
                + " pool given or stored)\nSCORED 200 (0 skipped images left out)\n"), including.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            SelectionRound recorded = store.project().getSelectionRounds().get(0);
            assertTrue(recorded.getEntries().get(0).isSkipped() && recorded.getEntries().get(1).isSkipped(),
                    "recorded in the round that offered them");
            assertTrue(store.project().getSelectionRounds().get(1).getDescription().endsWith("; 2 skipped images left out"));
        }
        // un-skipped: all of them at once
        Cli unskip = cli("al", "unskip", project, "--all");
        assertEquals(CliVerb.OK, unskip.exitCode, unskip.err);
        assertEquals("UNSKIP " + batch.get(0)[1] + "\nUNSKIP " + batch.get(1)[1] + "\n", unskip.out);
        Cli after = cli("al", "round", project);
        assertTrue(after.out.contains("\nSCORED 200 (0 skipped images left out)\n"), after.out);
    }

    @Test
    void badRoundsSayWhyAndChangeNothing() throws Exception {
        String project = ShopProject.create(temp, true, true);
        State before = State.of(project);
        Cli empty = cli("al", "round", project, "--strategy", "entropy", "--batch", "5", "--pool", "no-such-image");
        assertEquals(CliVerb.FAILED, empty.exitCode, empty.out);
        assertTrue(empty.err.contains("no round recorded: the pool is empty"), empty.err);
        Cli unknown = cli("al", "round", project, "--strategy", "smart", "--batch", "5");
        assertEquals(CliVerb.FAILED, unknown.exitCode);
        assertTrue(unknown.err.contains("unknown strategy 'smart'"), unknown.err);
        Cli noModel = cli("al", "round", project, "--model", "no-such-model");
        assertEquals(CliVerb.FAILED, noModel.exitCode);
        assertTrue(noModel.err.contains("no-such-model"), noModel.err);
        Cli usage = cli("al", "round", project, "--batch", "0");
        assertEquals(CliVerb.USAGE, usage.exitCode);
        assertEquals(before, State.of(project), "nothing recorded, trained or left behind");

        // settings edited by hand that are not valid
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--epochs", "2").exitCode);
        before = State.of(project);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            var metadata = store.project().getMetadata();
            store.commandStack().execute(SetCommand.create(store.editingDomain(),
                    metadata.get(metadata.indexOfKey("al.epochs")), Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, "ten"));
        }
        Cli badSettings = cli("al", "round", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.FAILED, badSettings.exitCode);
        assertTrue(badSettings.err.contains("al.epochs must be a whole number, not 'ten'"), badSettings.err);
        assertEquals(before, State.of(project));
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            var metadata = store.project().getMetadata();
            store.commandStack().execute(SetCommand.create(store.editingDomain(),
                    metadata.get(metadata.indexOfKey("al.epochs")), Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, "2"));
        }

        // a class the model has never seen
        ShopProject.addClass(project, "Hat");
        Cli differ = cli("al", "round", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.FAILED, differ.exitCode);
        assertTrue(differ.err.contains("the model's classes differ from the project's: the model lacks Hat"), differ.err);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            store.commandStack().execute(RemoveCommand.create(store.editingDomain(), store.project(),
                    Literals.PROJECT__LABEL_CLASSES, store.project().getLabelClasses().stream()
                            .filter(c -> c.getName().equals("Hat")).toList()));
            // only one class left labelled: the labels of every other class removed
            List<Annotation> others = new ArrayList<>();
            for (ImageAsset image : store.project().getImages()) {
                LabelClass label = ActiveLearning.label(image);
                if (label != null && !label.getName().equals("Bag")) {
                    others.addAll(image.getAnnotations());
                }
            }
            for (Annotation a : others) {
                store.commandStack().execute(RemoveCommand.create(store.editingDomain(), a.eContainer(),
                        Literals.IMAGE_ASSET__ANNOTATIONS, a));
            }
        }
        State oneClass = State.of(project);
        Cli single = cli("al", "round", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.FAILED, single.exitCode);
        assertTrue(single.err.contains("retraining needs labelled images of at least two classes; only Bag is labelled"),
                single.err);
        assertEquals(oneClass, State.of(project));
    }

    /**
     * Ctrl-C cancels the verb's progress monitor (its shutdown hook); the round under it, cancelled in training,
     * takes back its training job, model and model file.
     */
    @Test
    void aRoundCancelledWhileTrainingTakesBackWhatItAdded() throws Exception {
        String project = ShopProject.create(temp, true, true);
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--epochs", "50").exitCode);
        State before = State.of(project);
        ModelAccess access = ModelAccess.synchronizedOnStore();
        try (ProjectStore store = ProjectStore.open(Path.of(project));
                TrainingQueue queue = new TrainingQueue(TrainerRegistry.installed(), access)) {
            ModelRegistry registry = new ModelRegistry(store, access, TrainerRegistry.installed());
            NullProgressMonitor monitor = new NullProgressMonitor();
            queue.addEpochListener((job, epoch, of) -> {
                if (epoch.epoch() == 1) {
                    monitor.setCanceled(true);
                }
            });
            TrainedModel from = registry.list().get(0);
            var settings = access.call(store, () -> org.annotide.al.EpisodeSettings.of(store.project()));
            OperationCanceledException cancelled = assertThrows(OperationCanceledException.class,
                    () -> new EpisodeRound(queue, registry, access, ImagePixels.installed(), StrategyRegistry.installed())
                            .run(from, new ActiveLearning.Request("entropy", 5, from.getId(), null, null, 1, "cpu",
                                    Map.of()), settings, monitor, step -> {
                                    }));
            assertTrue(cancelled.getMessage().startsWith("Round cancelled; nothing was recorded."),
                    cancelled.getMessage());
            assertNotNull(from.eContainer());
        }
        assertEquals(before, State.of(project), "no round, model, training job or model file left");
    }
}
