package org.annotide.headless.tests.al;

import static org.annotide.headless.tests.al.ShopProject.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.annotide.al.ActiveLearning;
import org.annotide.al.EpisodeSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.al.AlCheckpointVerb;
import org.annotide.headless.internal.al.AlSelectVerb;
import org.annotide.headless.internal.al.AlSettingsVerb;
import org.annotide.headless.internal.al.AlSimulateVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.ml.FashionMnist;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * al select, al checkpoint and al simulate on real Fashion-MNIST images: 100 labelled training images and a pool of
 * 200 unlabelled test images, a classifier trained by the train verb.
 */
class AlVerbsTest {

    private final List<CliVerb> verbs = List.of(new AlSelectVerb(), new AlCheckpointVerb(),
            new AlSimulateVerb(), new AlSettingsVerb());

    @TempDir
    Path temp;

    private Cli cli(String... arguments) {
        return Cli.run(verbs, arguments);
    }

    /** Runs the CLI, checks its exit code and that standard error says {@code message}; returns the run. */
    private Cli says(int exitCode, String message, String... arguments) {
        Cli run = cli(arguments);
        assertEquals(exitCode, run.exitCode, run.out + run.err);
        assertTrue(run.err.contains(message), run.err);
        return run;
    }

    private static int rounds(String project) {
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            return store.project().getSelectionRounds().size();
        }
    }

    @Test
    void selectRecordsTheRoundAndCheckpointsGoBack() throws Exception {
        String project = ShopProject.create(temp, true, true);
        Cli entropy = cli("al", "select", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.OK, entropy.exitCode, entropy.out + entropy.err);
        List<String[]> batch = ShopProject.entropyBatch(entropy.out, 5);
        assertTrue(entropy.out.contains("ROUND 1 entropy 200 100"), entropy.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            SelectionRound round = store.project().getSelectionRounds().get(0);
            assertEquals("entropy", round.getStrategy());
            assertNotNull(round.getModel());
            assertEquals(200, round.getEntries().size());
            // the point of the learning curve: batch, labelled count and the model's validation top-1
            assertEquals(5, round.getBatchSize());
            assertEquals(100, round.getLabelledCount());
            assertNotNull(round.getAccuracy(), "the model's top1 recorded with the round");
            assertEquals(round.getModel().getMetrics().get("top1"), round.getAccuracy());
            for (int i = 0; i < 5; i++) {
                SelectionEntry e = round.getEntries().get(i);
                assertEquals(batch.get(i)[1], e.getImage().getName());
                assertEquals(Double.parseDouble(batch.get(i)[2]), e.getScore(), 1e-4);
            }
            for (int i = 1; i < 200; i++) {
                assertTrue(round.getEntries().get(i).getScore() <= round.getEntries().get(i - 1).getScore(),
                        "the queue is sorted by score");
            }
        }
        // the embedding strategies run on the classifier's penultimate layer
        for (String strategy : List.of("diversity", "knn_high_loss", "margin", "least_confidence", "random")) {
            Cli other = cli("al", "select", project, "--strategy", strategy, "--batch", "3", "--k", "2");
            assertEquals(CliVerb.OK, other.exitCode, strategy + ": " + other.out + other.err);
            assertEquals(3, selected(other.out).size(), other.out);
        }
        assertEquals(6, rounds(project));

        Cli save = cli("al", "checkpoint", project, "save", "after-6");
        assertEquals(CliVerb.OK, save.exitCode, save.out + save.err);
        assertTrue(save.out.startsWith("CHECKPOINT after-6 6 100 "), save.out);
        // the annotator labels the entropy batch
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            LabelClass bag = store.project().getLabelClasses().stream().filter(c -> c.getName().equals("Bag")).findFirst()
                    .orElseThrow();
            for (String[] row : batch) {
                ImageAsset image = store.project().getImages().stream().filter(i -> i.getName().equals(row[1]))
                        .findFirst().orElseThrow();
                Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
                a.setId(store.project().getNextAnnotationId() + 1000 + batch.indexOf(row));
                a.setLabelClass(bag);
                a.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
                a.setProvenance(Provenance.MANUAL);
                a.setCreatedAt(new Date());
                store.commandStack().execute(AddCommand.create(store.editingDomain(), image,
                        Literals.IMAGE_ASSET__ANNOTATIONS, a));
            }
        }
        Cli next = cli("al", "select", project, "--strategy", "entropy", "--batch", "5");
        assertTrue(next.out.contains("ROUND 7 entropy 195 105"), next.out + next.err);
        assertEquals(CliVerb.OK, cli("al", "checkpoint", project, "save", "after-7").exitCode);
        Cli list = cli("al", "checkpoint", project, "list");
        assertTrue(list.out.startsWith("CHECKPOINT after-6 6 100 ") && list.out.contains("\nCHECKPOINT after-7 7 105 "),
                list.out);

        Cli restore = cli("al", "checkpoint", project, "restore", "after-6");
        assertEquals(CliVerb.OK, restore.exitCode, restore.out + restore.err);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            assertEquals(6, store.project().getSelectionRounds().size());
            long labelled = store.project().getImages().stream().filter(i -> ActiveLearning.label(i) != null).count();
            assertEquals(100, labelled);
        }
        Cli forward = cli("al", "checkpoint", project, "restore", "after-7");
        assertEquals(CliVerb.FAILED, forward.exitCode, "rounds after the checkpoint were removed: " + forward.out);
        assertTrue(forward.err.contains("nothing was changed"), forward.err);
        Cli twice = cli("al", "checkpoint", project, "save", "after-6");
        assertEquals(CliVerb.FAILED, twice.exitCode);
        assertTrue(twice.err.contains("exists already"), twice.err);
    }

    @Test
    void badEpisodesAreRefusedAndChangeNothing() throws Exception {
        String project = ShopProject.create(temp, true, true);
        Cli empty = cli("al", "select", project, "--strategy", "entropy", "--batch", "5", "--pool", "no-such-image");
        assertEquals(CliVerb.FAILED, empty.exitCode);
        assertTrue(empty.err.contains("the pool is empty"), empty.err);
        Cli unknown = cli("al", "select", project, "--strategy", "smart", "--batch", "5");
        assertEquals(CliVerb.FAILED, unknown.exitCode);
        assertTrue(unknown.err.contains("unknown strategy 'smart'") && unknown.err.contains("knn_high_loss"), unknown.err);
        // a class the model has never seen
        ShopProject.addClass(project, "Hat");
        Cli differ = cli("al", "select", project, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.FAILED, differ.exitCode);
        assertTrue(differ.err.contains("the model's classes differ from the project's: the model lacks Hat"), differ.err);
        assertEquals(0, rounds(project), "nothing recorded");

        String single = temp.resolve("single").toString();
        ProjectStore.create(Path.of(single), "single").close();
        ShopProject.addClass(single, "Trouser");
        Cli one = cli("al", "select", single, "--strategy", "entropy", "--batch", "5");
        assertEquals(CliVerb.FAILED, one.exitCode);
        assertTrue(one.err.contains("at least two classes; the project has 1 (Trouser)"), one.err);
        assertEquals(0, rounds(single));
    }

    /** A mistake on the command line is named in the user's words, not as a count of arguments. */
    @Test
    void commandLineMistakesSayWhichAndAnEmptyListSaysSo() throws Exception {
        String project = temp.resolve("plain").toString();
        ProjectStore.create(Path.of(project), "plain").close();
        says(CliVerb.USAGE, "say what to do: PROJECT save NAME, PROJECT restore NAME or PROJECT list", "al", "checkpoint",
                project);
        says(CliVerb.USAGE, "restore needs the checkpoint's NAME (al checkpoint PROJECT list shows them)", "al",
                "checkpoint", project, "restore");
        says(CliVerb.USAGE, "save needs the checkpoint's NAME\n", "al", "checkpoint", project, "save");
        Cli list = says(CliVerb.OK, "no checkpoints yet: save one with al checkpoint PROJECT save NAME", "al",
                "checkpoint", project, "list");
        assertEquals("", list.out, "standard output stays a list");
        says(CliVerb.USAGE, "--batch must be at least 1, not 0", "al", "select", project, "--strategy", "entropy",
                "--batch", "0");
        assertEquals(0, rounds(project));
    }

    /**
     * Without --strategy and --batch, al select takes the episode's settings as al round and the view do, and says
     * which it used and whence; the options still win, and a pool option replaces the settings' pool whole.
     */
    @Test
    void selectUsesTheEpisodesSettingsUnlessOptionsAreGivenAndSaysWhence() throws Exception {
        String project = ShopProject.create(temp, true, true);
        // nothing stored and no round yet: margin and the initial batch, all unlabelled images
        Cli first = cli("al", "select", project);
        assertEquals(CliVerb.OK, first.exitCode, first.out + first.err);
        assertEquals(10, selected(first.out).size(), first.out);
        assertTrue(first.out.contains("\nROUND 1 margin 200 100\n"), first.out);
        assertTrue(first.out.contains("\nSTRATEGY margin (from the default: no strategy stored and no round with a"
                + " model)\n"), first.out);
        assertTrue(first.out.contains("\nBATCH 10 (from the initial batch, al.initialBatch: no batch stored and no"
                + " round with a model)\n"), first.out);
        assertTrue(first.out.contains("\nPOOL all unlabelled images (from the default: no pool given or stored)\n"),
                first.out);
        // no settings stored: the newest round with a model gives its strategy and batch size
        assertEquals(CliVerb.OK, cli("al", "select", project, "--strategy", "entropy", "--batch", "3").exitCode);
        Cli follows = cli("al", "select", project);
        assertEquals(CliVerb.OK, follows.exitCode, follows.out + follows.err);
        assertTrue(follows.out.contains("\nROUND 3 entropy 200 100\n"), follows.out);
        assertTrue(follows.out.contains("\nSTRATEGY entropy (from round 2, the newest round with a model)\n"),
                follows.out);
        assertEquals(3, selected(follows.out).size(), follows.out);

        // the round's settings stored (as al settings or the view's Round tab store them) are the defaults
        Cli settings = cli("al", "settings", project, "--strategy", "least_confidence", "--batch", "4", "--filter",
                "^t10k-0001\\d");
        assertEquals(CliVerb.OK, settings.exitCode, settings.err);
        Cli stored = cli("al", "select", project);
        assertEquals(CliVerb.OK, stored.exitCode, stored.out + stored.err);
        List<String[]> batch = selected(stored.out);
        assertEquals(4, batch.size(), stored.out);
        for (String[] row : batch) {
            assertTrue(row[1].matches("t10k-0001\\d\\.png"), "only the settings' pool: " + row[1]);
        }
        assertTrue(stored.out.contains("\nROUND 4 least_confidence 10 100\n"), "ten images match: " + stored.out);
        assertTrue(stored.out.contains("\nSTRATEGY least_confidence (from the episode settings, al.strategy)\n"),
                stored.out);
        assertTrue(stored.out.contains("\nBATCH 4 (from the episode settings, al.batch)\n"), stored.out);
        assertTrue(stored.out.contains("\nPOOL name filter '^t10k-0001\\d' (from the episode settings, al.filter)\n"),
                stored.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            SelectionRound recorded = store.project().getSelectionRounds().get(3);
            assertEquals("least_confidence", recorded.getStrategy());
            assertEquals(4, recorded.getBatchSize());
        }
        // the options win, each on its own; --pool replaces the settings' filter
        Cli options = cli("al", "select", project, "--batch", "2", "--pool", "^t10k-0002");
        assertEquals(CliVerb.OK, options.exitCode, options.out + options.err);
        assertEquals(2, selected(options.out).size(), options.out);
        assertTrue(options.out.contains("\nROUND 5 least_confidence 10 100\n"), "t10k-00020 to -00029: " + options.out);
        assertTrue(options.out.contains("\nSTRATEGY least_confidence (from the episode settings, al.strategy)\n"),
                options.out);
        assertTrue(options.out.contains("\nBATCH 2 (from --batch)\n"), options.out);
        assertTrue(options.out.contains("\nPOOL name filter '^t10k-0002' (from --pool)\n"), options.out);
        assertEquals(5, rounds(project));
    }

    @Test
    void settingsArePrintedChangedOnlyWhenGivenAndRefusedOutOfRange() throws Exception {
        String project = temp.resolve("settings").toString();
        ProjectStore.create(Path.of(project), "settings").close();
        Cli shown = cli("al", "settings", project);
        assertEquals(CliVerb.OK, shown.exitCode, shown.err);
        assertEquals("SETTING al.mode fine-tune\nSETTING al.epochs 10\nSETTING al.imageSize 64\n"
                + "SETTING al.learningRate 0.01\nSETTING al.initialBatch 10\nSETTING al.strategy margin\n"
                + "SETTING al.batch 10\nSETTING al.trainingSet \nSETTING al.filter \nSETTING al.labellingOrder score\n",
                shown.out);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.RETRAINING), "printing stores nothing");
            assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.ROUND));
        }
        Cli changed = cli("al", "settings", project, "--mode", "scratch", "--epochs", "4", "--initial-batch", "50");
        assertEquals(CliVerb.OK, changed.exitCode, changed.err);
        assertTrue(changed.out.contains("SETTING al.mode scratch\nSETTING al.epochs 4\n"), changed.out);
        Cli bad = cli("al", "settings", project, "--image-size", "3");
        assertEquals(CliVerb.USAGE, bad.exitCode);
        assertTrue(bad.err.contains("image size must be between 8 and 4096"), bad.err);
        Cli badMode = cli("al", "settings", project, "--mode", "fast");
        assertEquals(CliVerb.USAGE, badMode.exitCode);
        assertTrue(badMode.err.contains("al.mode must be 'fine-tune' or 'scratch'"), badMode.err);
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            EpisodeSettings kept = EpisodeSettings.of(store.project());
            assertEquals(EpisodeSettings.Mode.FROM_SCRATCH, kept.mode());
            assertEquals(4, kept.epochs());
            assertEquals(64, kept.imageSize(), "the refused change left the rest as it was");
            assertEquals(50, kept.initialBatch());
            assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.ROUND), "only the part given");
        }
    }

    @Test
    void theRoundsSettingsAreStoredAsAPartAndRefusedWhenNotValid() throws Exception {
        String project = temp.resolve("round-settings").toString();
        try (ProjectStore store = ProjectStore.create(Path.of(project), "round settings")) {
            org.annotide.model.TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setId(UUID.randomUUID().toString());
            set.setName("train");
            store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                    Literals.PROJECT__TRAINING_SETS, set));
        }
        Cli changed = cli("al", "settings", project, "--strategy", "entropy", "--batch", "25", "--filter", "^t10k-",
                "--order", "random");
        assertEquals(CliVerb.OK, changed.exitCode, changed.err);
        assertTrue(changed.out.contains("SETTING al.strategy entropy\nSETTING al.batch 25\nSETTING al.trainingSet \n"
                + "SETTING al.filter ^t10k-\nSETTING al.labellingOrder random\n"), changed.out);
        EpisodeSettings expected = EpisodeSettings.DEFAULTS.withRound("entropy", 25, null, "^t10k-",
                org.annotide.al.LabellingOrder.RANDOM);
        assertEquals(expected, settings(project));
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.RETRAINING),
                    "the retraining part stays unstored: rounds retrain as their model was trained");
        }

        // not valid: a regex that does not compile, an unknown strategy, a training set the project lacks, both pools
        Cli regex = cli("al", "settings", project, "--filter", "t10k-(", "--batch", "5");
        assertEquals(CliVerb.USAGE, regex.exitCode);
        assertTrue(regex.err.contains("the name filter 't10k-(' is not a valid regular expression")
                && regex.err.contains("nothing was changed"), regex.err);
        Cli strategy = cli("al", "settings", project, "--strategy", "smart");
        assertEquals(CliVerb.USAGE, strategy.exitCode);
        assertTrue(strategy.err.contains("unknown strategy 'smart'; installed: ") && strategy.err.contains("margin"),
                strategy.err);
        Cli upper = cli("al", "settings", project, "--strategy", "Entropy");
        assertEquals(CliVerb.USAGE, upper.exitCode);
        assertTrue(upper.err.contains("must be a strategy's id"), upper.err);
        Cli noSet = cli("al", "settings", project, "--training-set", "test");
        assertEquals(CliVerb.USAGE, noSet.exitCode);
        assertTrue(noSet.err.contains("the project has no training set 'test'; it has train"), noSet.err);
        Cli both = cli("al", "settings", project, "--training-set", "train", "--filter", "a");
        assertEquals(CliVerb.USAGE, both.exitCode);
        assertTrue(both.err.contains("not both"), both.err);
        Cli order = cli("al", "settings", project, "--order", "alphabetical");
        assertEquals(CliVerb.USAGE, order.exitCode);
        assertTrue(order.err.contains("al.labellingOrder must be 'score', 'sequential' or 'random'"), order.err);
        assertEquals(expected, settings(project), "the refused changes changed nothing");

        // a training set replaces the filter, and an empty filter the training set: the pool is one or the other
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--training-set", "train").exitCode);
        assertEquals(expected.withRound("entropy", 25, "train", null, org.annotide.al.LabellingOrder.RANDOM),
                settings(project));
        assertEquals(CliVerb.OK, cli("al", "settings", project, "--filter", "").exitCode);
        assertEquals(expected.withRound("entropy", 25, null, null, org.annotide.al.LabellingOrder.RANDOM),
                settings(project));
    }

    private static EpisodeSettings settings(String project) {
        try (ProjectStore store = ProjectStore.open(Path.of(project))) {
            return EpisodeSettings.of(store.project());
        }
    }

    @Test
    void simulatePrintsRoundsAndFigures() throws Exception {
        assumeTrue(FashionMnist.isInstalled(), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        Cli sim = cli("al", "simulate", "--train", "fashion-mnist:train", "--test", "fashion-mnist:t10k",
                "--train-limit", "600", "--test-limit", "300", "--strategy", "random,entropy", "--initial", "40",
                "--batch", "40", "--rounds", "2", "--seeds", "1", "--epochs", "2");
        assertEquals(CliVerb.OK, sim.exitCode, sim.out + sim.err);
        String[] lines = sim.out.trim().split("\n");
        assertTrue(lines[0].matches("ROUND random 1 40 0\\.\\d{4}"), sim.out);
        assertTrue(lines[1].matches("ROUND random 1 80 0\\.\\d{4}"), sim.out);
        assertTrue(lines[2].matches("ROUND entropy 1 40 0\\.\\d{4}"), sim.out);
        assertTrue(lines[3].matches("ROUND entropy 1 80 0\\.\\d{4}"), sim.out);
        // the same initial batch and training: the first round of both strategies starts from the same labels
        assertTrue(sim.out.contains("BENCH random_labels_to_reach_random_final "), sim.out);
        assertTrue(sim.out.contains("BENCH entropy_label_ratio "), sim.out);
        assertTrue(sim.out.contains("BENCH entropy_final_accuracy 0."), sim.out);
        Cli bad = cli("al", "simulate", "--train", "fashion-mnist:train", "--test", "fashion-mnist:t10k",
                "--train-limit", "50", "--test-limit", "30", "--strategy", "random", "--initial", "40",
                "--batch", "40", "--rounds", "2", "--seeds", "1");
        assertEquals(CliVerb.FAILED, bad.exitCode);
        assertTrue(bad.err.contains("the pool would be empty"), bad.err);
    }
}
