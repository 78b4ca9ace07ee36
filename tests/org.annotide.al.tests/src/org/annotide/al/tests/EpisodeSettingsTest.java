package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.Checkpoints;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.EpisodeSettings.Mode;
import org.annotide.al.EpisodeSettings.Part;
import org.annotide.al.LabellingOrder;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The episode's retraining settings: stored in the project's metadata (journaled, undoable), read back with defaults,
 * refused when not valid, kept by checkpoints; and the initial random batch.
 */
class EpisodeSettingsTest {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @TempDir
    Path folder;

    @Test
    void aProjectWithoutSettingsHasTheDefaults() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            assertFalse(EpisodeSettings.stored(store.project(), Part.RETRAINING));
            assertEquals(EpisodeSettings.DEFAULTS, EpisodeSettings.of(store.project()));
            assertEquals(new EpisodeSettings(Mode.FINE_TUNE, 10, 64, 0.01, 10), EpisodeSettings.DEFAULTS);
        }
    }

    @Test
    void settingsGoIntoTheProjectAsOneUndoableChangeAndComeBackAfterReopening() throws Exception {
        Path project = folder.resolve("p");
        EpisodeSettings chosen = new EpisodeSettings(Mode.FROM_SCRATCH, 7, 32, 0.005, 24);
        try (ProjectStore store = ProjectStore.create(project, "settings project")) {
            chosen.store(store, Part.RETRAINING);
            assertTrue(EpisodeSettings.stored(store.project(), Part.RETRAINING));
            assertEquals(chosen, EpisodeSettings.of(store.project()));
            assertEquals("scratch", store.project().getMetadata().get(EpisodeSettings.MODE));
            assertEquals("0.005", store.project().getMetadata().get(EpisodeSettings.LEARNING_RATE));

            // a change in place: one entry per key, and one command to undo
            EpisodeSettings changed = new EpisodeSettings(Mode.FINE_TUNE, 3, 32, 0.005, 24);
            changed.store(store, Part.RETRAINING);
            assertEquals(changed, EpisodeSettings.of(store.project()));
            assertEquals(1, store.project().getMetadata().stream().filter(e -> e.getKey().equals(EpisodeSettings.EPOCHS))
                    .count());
            store.commandStack().undo();
            assertEquals(chosen, EpisodeSettings.of(store.project()), "undo takes the whole change back");
            store.commandStack().undo();
            assertFalse(EpisodeSettings.stored(store.project(), Part.RETRAINING), "undo of the first store removes the entries");
            store.commandStack().redo();
            store.commandStack().redo();
            assertEquals(changed, EpisodeSettings.of(store.project()));
        }
        try (ProjectStore store = ProjectStore.open(project)) { // the journal replays the change
            assertEquals(new EpisodeSettings(Mode.FINE_TUNE, 3, 32, 0.005, 24), EpisodeSettings.of(store.project()));
        }
    }

    @Test
    void missingEntriesTakeTheirDefaultsAndBadValuesAreRefusedByName() {
        assertEquals(new EpisodeSettings(Mode.FROM_SCRATCH, 10, 64, 0.01, 10),
                EpisodeSettings.fromMap(Map.of(EpisodeSettings.MODE, " Scratch ")));
        assertEquals(EpisodeSettings.DEFAULTS, EpisodeSettings.fromMap(EpisodeSettings.DEFAULTS.toMap()));

        assertEquals("al.epochs must be a whole number, not 'ten'", assertThrows(IllegalArgumentException.class,
                () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.EPOCHS, "ten"))).getMessage());
        assertEquals("al.learningRate must be a number, not '1e'", assertThrows(IllegalArgumentException.class,
                () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.LEARNING_RATE, "1e"))).getMessage());
        assertEquals("al.mode must be 'fine-tune' or 'scratch', not 'transfer'", assertThrows(
                IllegalArgumentException.class, () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.MODE, "transfer")))
                .getMessage());
        assertEquals("the epochs per round must be between 1 and 10000, not 0", assertThrows(IllegalArgumentException.class,
                () -> new EpisodeSettings(Mode.FINE_TUNE, 0, 64, 0.01, 10)).getMessage());
        assertEquals("the image size must be between 8 and 4096 pixels, not 4", assertThrows(IllegalArgumentException.class,
                () -> new EpisodeSettings(Mode.FINE_TUNE, 1, 4, 0.01, 10)).getMessage());
        assertEquals("the learning rate must be above 0 and at most 10, not NaN", assertThrows(
                IllegalArgumentException.class, () -> new EpisodeSettings(Mode.FINE_TUNE, 1, 64, Double.NaN, 10))
                .getMessage());
        assertEquals("the learning rate must be above 0 and at most 10, not 0.0", assertThrows(
                IllegalArgumentException.class, () -> new EpisodeSettings(Mode.FINE_TUNE, 1, 64, 0, 10)).getMessage());
        assertEquals("the initial random batch must be between 1 and 100000 images, not 0", assertThrows(
                IllegalArgumentException.class, () -> new EpisodeSettings(Mode.FINE_TUNE, 1, 64, 0.01, 0)).getMessage());
        assertEquals("the retraining mode is missing: fine-tune or from scratch", assertThrows(
                IllegalArgumentException.class, () -> new EpisodeSettings(null, 1, 64, 0.01, 1)).getMessage());
    }

    @Test
    void aBadValueStoredInTheProjectIsReportedByItsKey() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            org.eclipse.emf.ecore.EObject entry = org.eclipse.emf.ecore.util.EcoreUtil
                    .create(Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__KEY, EpisodeSettings.IMAGE_SIZE);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, "big");
            new StoreChange(store, "hand-edited").add(store.project(), Literals.PROJECT__METADATA, entry).execute();
            assertEquals("al.imageSize must be a whole number, not 'big'", assertThrows(IllegalArgumentException.class,
                    () -> EpisodeSettings.of(store.project())).getMessage());
        }
    }

    @Test
    void aCheckpointKeepsTheSettingsAndRestoringPutsThemBack() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            Project project = store.project();
            LabelClass cat = labelClass("cat");
            LabelClass dog = labelClass("dog");
            List<ImageAsset> images = images(4);
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, List.of(cat, dog)).execute();
            label(store, images.get(0), cat);
            EpisodeSettings saved = new EpisodeSettings(Mode.FROM_SCRATCH, 5, 16, 0.02, 3);
            saved.store(store, Part.RETRAINING);
            Checkpoints checkpoints = new Checkpoints(store, ACCESS);
            checkpoints.save("round-1");

            new EpisodeSettings(Mode.FINE_TUNE, 50, 16, 0.001, 3).store(store, Part.RETRAINING);
            label(store, images.get(1), dog);
            checkpoints.restore("round-1");
            assertEquals(saved, EpisodeSettings.of(project), "the checkpoint's settings are back");
            assertNull(ActiveLearning.label(images.get(1)), "and its labels");
            store.commandStack().undo(); // one command: labels and settings together
            assertEquals(50, EpisodeSettings.of(project).epochs());
            assertEquals(dog, ActiveLearning.label(images.get(1)));
        }
    }

    @Test
    void aCheckpointOfAProjectWithoutSettingsLeavesTheSettingsAlone() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            Checkpoints checkpoints = new Checkpoints(store, ACCESS);
            checkpoints.save("start");
            EpisodeSettings later = new EpisodeSettings(Mode.FINE_TUNE, 2, 64, 0.01, 5);
            later.store(store, Part.RETRAINING);
            checkpoints.restore("start");
            assertEquals(later, EpisodeSettings.of(store.project()));
        }
    }

    @Test
    void theRoundsSettingsHaveTheViewsFirstChoicesAsDefaultsAndRoundTripThroughTheirEntries() {
        EpisodeSettings defaults = EpisodeSettings.DEFAULTS;
        assertEquals("margin", defaults.strategy());
        assertEquals(10, defaults.batch());
        assertNull(defaults.trainingSet(), "all unlabelled images");
        assertNull(defaults.filter());
        assertEquals(LabellingOrder.SCORE, defaults.order());
        assertEquals(List.of("al.strategy", "al.batch", "al.trainingSet", "al.filter", "al.labellingOrder"),
                Part.ROUND.keys());
        assertEquals(List.of("al.mode", "al.epochs", "al.imageSize", "al.learningRate", "al.initialBatch"),
                Part.RETRAINING.keys());

        EpisodeSettings chosen = new EpisodeSettings(Mode.FROM_SCRATCH, 7, 32, 0.005, 24).withRound("entropy", 25,
                null, "^t10k-\\d+\\.png$", LabellingOrder.RANDOM);
        Map<String, String> entries = chosen.toMap();
        assertEquals("entropy", entries.get(EpisodeSettings.STRATEGY));
        assertEquals("25", entries.get(EpisodeSettings.BATCH));
        assertEquals("", entries.get(EpisodeSettings.TRAINING_SET), "none: an empty entry");
        assertEquals("^t10k-\\d+\\.png$", entries.get(EpisodeSettings.FILTER));
        assertEquals("random", entries.get(EpisodeSettings.ORDER));
        assertEquals(chosen, EpisodeSettings.fromMap(entries));
        EpisodeSettings inSet = chosen.withRound("random", 1, "validation set", null, LabellingOrder.SEQUENTIAL);
        assertEquals(inSet, EpisodeSettings.fromMap(inSet.toMap()));
        assertEquals(new EpisodeSettings(Mode.FINE_TUNE, 10, 64, 0.01, 10).withRound("least_confidence", 10, null, null,
                LabellingOrder.SEQUENTIAL), EpisodeSettings.fromMap(Map.of(EpisodeSettings.STRATEGY, " least_confidence ",
                        EpisodeSettings.ORDER, "Sequential", EpisodeSettings.FILTER, "")));
    }

    @Test
    void roundSettingsThatAreNotValidAreRefusedWithTheReason() {
        EpisodeSettings d = EpisodeSettings.DEFAULTS;
        assertEquals("the strategy must be a strategy's id (lower-case letters, digits and underscores, e.g. margin),"
                + " not 'Entropy'", assertThrows(IllegalArgumentException.class,
                        () -> d.withRound("Entropy", 10, null, null, LabellingOrder.SCORE)).getMessage());
        assertEquals("the strategy must be a strategy's id (lower-case letters, digits and underscores, e.g. margin),"
                + " not ''", assertThrows(IllegalArgumentException.class,
                        () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.STRATEGY, " "))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withRound(null, 10, null, null, LabellingOrder.SCORE));
        assertEquals("the batch size must be between 1 and 100000 images, not 0", assertThrows(
                IllegalArgumentException.class, () -> d.withRound("margin", 0, null, null, LabellingOrder.SCORE))
                .getMessage());
        assertEquals("al.batch must be a whole number, not 'many'", assertThrows(IllegalArgumentException.class,
                () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.BATCH, "many"))).getMessage());
        String bad = assertThrows(IllegalArgumentException.class,
                () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.FILTER, "grey("))).getMessage();
        assertTrue(bad.startsWith("the name filter 'grey(' is not a valid regular expression: "), bad);
        assertEquals("the pool is a training set or a name filter, not both (training set 'train', filter 'a')",
                assertThrows(IllegalArgumentException.class,
                        () -> d.withRound("margin", 10, "train", "a", LabellingOrder.SCORE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withRound("margin", 10, " ", null, LabellingOrder.SCORE));
        assertEquals("al.labellingOrder must be 'score', 'sequential' or 'random', not 'alphabetical'", assertThrows(
                IllegalArgumentException.class, () -> EpisodeSettings.fromMap(Map.of(EpisodeSettings.ORDER, "alphabetical")))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withRound("margin", 10, null, null, null));
    }

    @Test
    void theStrategyMustBeInstalledAndTheTrainingSetThePoolOfTheProject() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setId("s1");
            set.setName("train");
            new StoreChange(store, "set").add(store.project(), Literals.PROJECT__TRAINING_SETS, set).execute();
            StrategyRegistry installed = StrategyRegistry.installed(); // the built-ins: the test runs in OSGi
            assertTrue(installed.byId("entropy").isPresent());
            EpisodeSettings d = EpisodeSettings.DEFAULTS;
            d.withRound("entropy", 5, "train", null, LabellingOrder.SCORE).check(store.project(), installed);
            assertEquals("unknown strategy 'smart'; installed: " + String.join(", ",
                    installed.entries().stream().map(StrategyRegistry.Entry::id).toList()), assertThrows(
                            IllegalArgumentException.class, () -> d.withRound("smart", 5, null, null, LabellingOrder.SCORE)
                                    .check(store.project(), installed)).getMessage());
            assertEquals("the project has no training set 'test'; it has train", assertThrows(
                    IllegalArgumentException.class, () -> d.withRound("entropy", 5, "test", null, LabellingOrder.SCORE)
                            .check(store.project(), installed)).getMessage());
            // outside OSGi no strategy is listed: only the id's form is checked then
            d.withRound("smart", 5, null, null, LabellingOrder.SCORE).check(store.project(), StrategyRegistry.of(List.of()));
        }
    }

    @Test
    void eachPartIsStoredAsAWholeAndLeavesTheOtherAlone() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            Project project = store.project();
            EpisodeSettings round = EpisodeSettings.DEFAULTS.withRound("entropy", 5, null, "grey", LabellingOrder.RANDOM);
            round.store(store, Part.ROUND);
            assertTrue(EpisodeSettings.stored(project, Part.ROUND));
            assertFalse(EpisodeSettings.stored(project, Part.RETRAINING), "rounds still retrain as the model was trained");
            for (String key : Part.RETRAINING.keys()) {
                assertFalse(project.getMetadata().containsKey(key), key);
            }
            assertEquals(round, EpisodeSettings.of(project));
            assertEquals("", project.getMetadata().get(EpisodeSettings.TRAINING_SET));

            EpisodeSettings both = new EpisodeSettings(Mode.FROM_SCRATCH, 3, 32, 0.1, 4).withRound("margin", 10, null,
                    null, LabellingOrder.SCORE);
            both.store(store, Part.RETRAINING);
            assertEquals(new EpisodeSettings(Mode.FROM_SCRATCH, 3, 32, 0.1, 4).withRound("entropy", 5, null, "grey",
                    LabellingOrder.RANDOM), EpisodeSettings.of(project), "the round's part as it was");
            store.commandStack().undo();
            store.commandStack().undo(); // one command per part
            assertFalse(EpisodeSettings.stored(project, Part.ROUND));
            assertEquals(EpisodeSettings.DEFAULTS, EpisodeSettings.of(project));
        }
    }

    @Test
    void aCheckpointKeepsTheRoundsSettingsAndOneSavedBeforeThemLeavesThemAlone() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "settings project")) {
            Project project = store.project();
            Checkpoints checkpoints = new Checkpoints(store, ACCESS);
            EpisodeSettings retraining = new EpisodeSettings(Mode.FROM_SCRATCH, 5, 16, 0.02, 3);
            retraining.store(store, Part.RETRAINING);
            checkpoints.save("retraining-only"); // as a checkpoint saved before the round's settings existed
            EpisodeSettings saved = retraining.withRound("diversity", 20, null, "img1", LabellingOrder.SEQUENTIAL);
            saved.store(store, Part.ROUND);
            checkpoints.save("round-1");
            java.nio.file.Path file = store.folder().resolve(Checkpoints.FOLDER).resolve("round-1.json");
            String json = java.nio.file.Files.readString(file);
            assertTrue(json.contains("\"al.strategy\" : \"diversity\"") && json.contains("\"al.filter\" : \"img1\""), json);

            EpisodeSettings later = new EpisodeSettings(Mode.FINE_TUNE, 50, 16, 0.001, 3).withRound("entropy", 7, null,
                    null, LabellingOrder.RANDOM);
            later.store(store, Part.RETRAINING);
            later.store(store, Part.ROUND);
            checkpoints.restore("round-1");
            assertEquals(saved, EpisodeSettings.of(project), "both parts back");
            later.store(store, Part.ROUND);
            checkpoints.restore("retraining-only");
            assertEquals(retraining.withRound("entropy", 7, null, null, LabellingOrder.RANDOM), EpisodeSettings.of(project),
                    "the retraining part back, the round's left as it is");
        }
    }

    @Test
    void theInitialRandomBatchIsASeededSampleOfTheUnlabelledImagesRecordedAsARound() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "random project")) {
            Project project = store.project();
            LabelClass cat = labelClass("cat");
            List<ImageAsset> images = images(30);
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, cat).execute();
            label(store, images.get(3), cat);
            ActiveLearning al = new ActiveLearning(new ModelRegistry(store, ACCESS, TrainerRegistry.of(List.of())), ACCESS,
                    ImagePixels.installed(), StrategyRegistry.of(List.of()));

            ActiveLearning.Round first = al.selectRandom(8, null, null, 7L, false);
            assertEquals(1, first.number());
            assertEquals("random", first.strategy());
            assertNull(first.modelId(), "no model judged the pool");
            assertEquals(29, first.poolSize(), "the labelled image is not in the pool");
            assertEquals(1, first.labelled());
            assertEquals(8, first.batch().size());
            assertEquals(8, new HashSet<>(first.batch().stream().map(ActiveLearning.Pick::image).toList()).size());
            assertFalse(first.batch().stream().anyMatch(p -> p.image().equals("img3.png")));
            // the batch is the highest draws of new Random(seed), one per pool image in the project's order
            java.util.Random random = new java.util.Random(7L);
            List<double[]> draws = new ArrayList<>();
            for (ImageAsset image : images) {
                if (image != images.get(3)) {
                    draws.add(new double[] { images.indexOf(image), random.nextDouble() });
                }
            }
            draws.sort((a, b) -> Double.compare(b[1], a[1]));
            for (int i = 0; i < 8; i++) {
                assertEquals("img" + (int) draws.get(i)[0] + ".png", first.batch().get(i).image());
                assertEquals(draws.get(i)[1], first.batch().get(i).score());
            }
            SelectionRound round = project.getSelectionRounds().get(0);
            assertEquals(8, round.getBatchSize());
            assertEquals(29, round.getEntries().size());
            assertNull(round.getModel());

            // the same seed, the same batch; another seed another (a pool of 29 has many batches of 8)
            List<String> again = al.selectRandom(8, null, null, 7L, false).batch().stream().map(ActiveLearning.Pick::image).toList();
            assertEquals(first.batch().stream().map(ActiveLearning.Pick::image).toList(), again);
            List<String> other = al.selectRandom(8, null, null, 8L, false).batch().stream().map(ActiveLearning.Pick::image).toList();
            assertFalse(other.equals(again));
            // a filter narrows the pool; a batch larger than the pool takes all of it
            ActiveLearning.Round filtered = al.selectRandom(50, "img1\\d", null, 1L, false);
            assertEquals(10, filtered.poolSize());
            assertEquals(10, filtered.batch().size());

            int rounds = project.getSelectionRounds().size();
            assertEquals("the pool is empty: no unlabelled image matches the filter", assertThrows(
                    ActiveLearningException.class, () -> al.selectRandom(5, "nothing", null, 1L, false)).getMessage());
            assertEquals("the initial batch must be at least 1 image, not 0", assertThrows(ActiveLearningException.class,
                    () -> al.selectRandom(0, null, null, 1L, false)).getMessage());
            assertEquals(rounds, project.getSelectionRounds().size(), "nothing recorded");
        }
    }

    private static LabelClass labelClass(String name) {
        LabelClass c = AnnotideFactory.eINSTANCE.createLabelClass();
        c.setId(name);
        c.setName(name);
        return c;
    }

    private static List<ImageAsset> images(int n) {
        List<ImageAsset> images = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
            image.setId("img" + i);
            image.setName("img" + i + ".png");
            images.add(image);
        }
        return images;
    }

    private static void label(ProjectStore store, ImageAsset image, LabelClass label) {
        Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
        a.setId(store.project().getNextAnnotationId());
        a.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
        a.setLabelClass(label);
        a.setProvenance(Provenance.MANUAL);
        new StoreChange(store, "label").add(image, Literals.IMAGE_ASSET__ANNOTATIONS, a)
                .set(store.project(), Literals.PROJECT__NEXT_ANNOTATION_ID, a.getId() + 1).execute();
    }
}
