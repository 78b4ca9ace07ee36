package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.Checkpoints;
import org.annotide.al.Skips;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skipped images ({@link Skips}): recorded on the round that offered them, one undoable command, kept by the project
 * when it is closed and opened again, left out of the next rounds' pools until un-skipped or included on request.
 */
class SkipsTest {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @TempDir
    Path folder;

    @Test
    void aSkippedImageIsRecordedInItsRoundAndLeftOutOfTheNextRoundsUntilUnskipped() throws Exception {
        Path location = folder.resolve("p");
        List<String> skippedNames;
        try (ProjectStore store = ProjectStore.create(location, "skip project")) {
            Project project = store.project();
            LabelClass cat = labelClass("cat");
            List<ImageAsset> images = images(12);
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, cat).execute();
            label(store, images.get(0), cat);
            ActiveLearning al = activeLearning(store);

            ActiveLearning.Round first = al.selectRandom(4, null, null, 3L, false);
            assertEquals(11, first.poolSize());
            assertEquals(0, first.skippedByUser());
            SelectionRound round = project.getSelectionRounds().get(0);
            List<ImageAsset> batch = round.getEntries().subList(0, 4).stream().map(e -> e.getImage()).toList();

            // two of the batch skipped: one command, marked on the round's entries
            assertEquals(List.of(batch.get(0), batch.get(2)), Skips.skip(store, round, List.of(batch.get(0), batch.get(2))));
            assertTrue(round.getEntries().get(0).isSkipped());
            assertFalse(round.getEntries().get(1).isSkipped());
            assertTrue(round.getEntries().get(2).isSkipped());
            assertTrue(Skips.isSkipped(batch.get(0)));
            assertEquals(List.of(new Skips.Skip(batch.get(0), round), new Skips.Skip(batch.get(2), round)),
                    Skips.of(project));
            store.commandStack().undo();
            assertTrue(Skips.of(project).isEmpty(), "one undo takes both back");
            store.commandStack().redo();
            assertEquals(List.of(batch.get(0), batch.get(2)), List.copyOf(Skips.images(project)));
            assertEquals(List.of(), Skips.skip(store, round, List.of(batch.get(0))), "skipped already: no change");

            // the next round's pool leaves them out, and says so
            ActiveLearning.Round second = al.selectRandom(100, null, null, 3L, false);
            assertEquals(9, second.poolSize(), "11 unlabelled, 2 of them skipped");
            assertEquals(2, second.skippedByUser());
            List<String> offered = second.batch().stream().map(ActiveLearning.Pick::image).toList();
            assertFalse(offered.contains(batch.get(0).getName()) || offered.contains(batch.get(2).getName()), offered.toString());
            assertTrue(project.getSelectionRounds().get(1).getDescription().endsWith("; 2 skipped images left out"),
                    project.getSelectionRounds().get(1).getDescription());
            // unless the round is asked to include them
            ActiveLearning.Round including = al.selectRandom(100, null, null, 3L, true);
            assertEquals(11, including.poolSize());
            assertEquals(0, including.skippedByUser());
            skippedNames = List.of(batch.get(0).getName(), batch.get(2).getName());
        }

        // closed and opened again: the skips are the project's
        try (ProjectStore store = ProjectStore.open(location)) {
            Project project = store.project();
            List<ImageAsset> skipped = List.copyOf(Skips.images(project));
            assertEquals(skippedNames, skipped.stream().map(ImageAsset::getName).toList());
            assertEquals("round 1", Skips.of(project).get(0).round().getName(), "recorded in the round that offered it");
            ActiveLearning al = activeLearning(store);
            assertEquals(9, al.selectRandom(100, null, null, 5L, false).poolSize());

            // un-skipped: back in the pool
            assertEquals(List.of(skipped.get(0)), Skips.unskip(store, List.of(skipped.get(0), project.getImages().get(5))));
            assertEquals(List.of(skipped.get(1)), List.copyOf(Skips.images(project)));
            ActiveLearning.Round after = al.selectRandom(100, null, null, 5L, false);
            assertEquals(10, after.poolSize());
            assertEquals(1, after.skippedByUser());
        }
    }

    @Test
    void onlyAnUnlabelledImageThatARoundOfferedCanBeSkippedAndAllSkippedSaysSo() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "skip project")) {
            Project project = store.project();
            LabelClass cat = labelClass("cat");
            List<ImageAsset> images = images(6);
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, cat).execute();
            ActiveLearning al = activeLearning(store);
            al.selectRandom(2, "img[0-3]", null, 1L, false);
            SelectionRound round = project.getSelectionRounds().get(0);

            assertEquals("round 1 did not offer img5.png: only an image of a round's queue can be skipped",
                    assertThrows(ActiveLearningException.class, () -> Skips.skip(store, round, List.of(images.get(5))))
                            .getMessage());
            assertEquals("no selection round offered img4.png: only an image of a round's queue can be skipped",
                    assertThrows(ActiveLearningException.class,
                            () -> Skips.skipInNewestRounds(store, List.of(images.get(1), images.get(4)))).getMessage());
            assertTrue(Skips.of(project).isEmpty(), "nothing recorded: the images before the bad one neither");
            label(store, images.get(2), cat);
            assertEquals("img2.png is labelled: only an unlabelled image can be skipped", assertThrows(
                    ActiveLearningException.class, () -> Skips.skipInNewestRounds(store, List.of(images.get(2))))
                            .getMessage());

            // every unlabelled image of the filter skipped: the pool is empty, and the message says why
            Skips.skipInNewestRounds(store, List.of(images.get(0), images.get(1), images.get(3)));
            int rounds = project.getSelectionRounds().size();
            assertEquals("the pool is empty: no unlabelled image matches the filter but the 3 skipped ones (un-skip them,"
                    + " or include skipped images)", assertThrows(ActiveLearningException.class,
                            () -> al.selectRandom(2, "img[0-3]", null, 1L, false)).getMessage());
            assertEquals(rounds, project.getSelectionRounds().size(), "nothing recorded");
        }
    }

    @Test
    void aCheckpointKeepsTheSkipsAndRestoringPutsThemBack() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "skip project")) {
            Project project = store.project();
            LabelClass cat = labelClass("cat");
            List<ImageAsset> images = images(8);
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, cat).execute();
            ActiveLearning al = activeLearning(store);
            al.selectRandom(3, null, null, 1L, false);
            SelectionRound first = project.getSelectionRounds().get(0);
            ImageAsset kept = first.getEntries().get(0).getImage();
            ImageAsset later = first.getEntries().get(1).getImage();
            Skips.skip(store, first, List.of(kept));
            Checkpoints checkpoints = new Checkpoints(store, ACCESS);
            checkpoints.save("one-skip");

            // after the checkpoint: another skip in round 1, a round 2 and a skip in it; the first skip taken back
            Skips.skip(store, first, List.of(later));
            al.selectRandom(3, null, null, 2L, false);
            ImageAsset inSecond = project.getSelectionRounds().get(1).getEntries().get(0).getImage();
            Skips.skip(store, project.getSelectionRounds().get(1), List.of(inSecond));
            Skips.unskip(store, List.of(kept));
            assertEquals(List.of(later, inSecond), List.copyOf(Skips.images(project)));

            checkpoints.restore("one-skip");
            assertEquals(List.of(new Skips.Skip(kept, first)), Skips.of(project), "the skips as saved, round 2 gone");
            store.commandStack().undo();
            assertEquals(List.of(later, inSecond), List.copyOf(Skips.images(project)), "one undo takes it back");
        }
    }

    private static ActiveLearning activeLearning(ProjectStore store) {
        return new ActiveLearning(new ModelRegistry(store, ACCESS, TrainerRegistry.of(List.of())), ACCESS,
                ImagePixels.installed(), StrategyRegistry.of(List.of()));
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
