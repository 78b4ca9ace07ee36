package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.annotide.al.EpisodeSettings;
import org.annotide.al.LabellingOrder;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labelling order, a project setting: stored in the project, and the walk each order gives. */
class LabellingOrderTest {

    @TempDir
    Path folder;

    private static ImageAsset image(int i) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("img" + i);
        image.setName("img" + i + ".png");
        return image;
    }

    private static void label(ProjectStore store, ImageAsset image, LabelClass label, Provenance provenance) {
        Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
        a.setId(store.project().getNextAnnotationId());
        a.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
        a.setLabelClass(label);
        a.setProvenance(provenance);
        new StoreChange(store, "label").add(image, Literals.IMAGE_ASSET__ANNOTATIONS, a)
                .set(store.project(), Literals.PROJECT__NEXT_ANNOTATION_ID, a.getId() + 1).execute();
    }

    @Test
    void theSettingIsStoredInTheProjectAndEachOrderWalksTheUnlabelledImages() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("p"), "order project")) {
            Project project = store.project();
            List<ImageAsset> images = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                images.add(image(i));
            }
            LabelClass cat = AnnotideFactory.eINSTANCE.createLabelClass();
            cat.setId("cat");
            cat.setName("cat");
            new StoreChange(store, "images").add(project, Literals.PROJECT__IMAGES, images)
                    .add(project, Literals.PROJECT__LABEL_CLASSES, cat).execute();
            label(store, images.get(0), cat, Provenance.MANUAL);
            label(store, images.get(2), cat, Provenance.MANUAL);
            label(store, images.get(1), cat, Provenance.PREDICTED); // a prediction is not a label

            // the setting: score by default, stored with the round's settings as one metadata entry that changes in
            // place
            assertSame(LabellingOrder.SCORE, LabellingOrder.of(project));
            EpisodeSettings settings = EpisodeSettings.DEFAULTS;
            settings.withRound("margin", 10, null, null, LabellingOrder.RANDOM).store(store, EpisodeSettings.Part.ROUND);
            assertSame(LabellingOrder.RANDOM, LabellingOrder.of(project));
            settings.withRound("margin", 10, null, null, LabellingOrder.SEQUENTIAL).store(store, EpisodeSettings.Part.ROUND);
            assertSame(LabellingOrder.SEQUENTIAL, LabellingOrder.of(project));
            assertEquals("sequential", project.getMetadata().get(LabellingOrder.KEY));
            assertEquals(1, project.getMetadata().stream().filter(e -> e.getKey().equals(LabellingOrder.KEY)).count());
            assertNull(LabellingOrder.of("alphabetical"));

            // sequential: the project's order, labelled images skipped, after the one opened last
            LabellingOrder sequential = LabellingOrder.SEQUENTIAL;
            assertSame(images.get(1), sequential.next(project, List.of(), null), "img0 is labelled, img1 only predicted");
            assertSame(images.get(3), sequential.next(project, List.of(), images.get(1)), "img2 is labelled");
            assertNull(sequential.next(project, List.of(), images.get(19)), "none after the last");

            // score: the queue as displayed, whatever the project's order
            List<ImageAsset> queue = List.of(images.get(7), images.get(2), images.get(5), images.get(0), images.get(9));
            assertSame(images.get(7), LabellingOrder.SCORE.next(project, queue, null));
            assertSame(images.get(5), LabellingOrder.SCORE.next(project, queue, images.get(7)), "img2 is labelled");
            assertSame(images.get(9), LabellingOrder.SCORE.next(project, queue, images.get(5)), "img0 is labelled");
            assertNull(LabellingOrder.SCORE.next(project, queue, images.get(9)));

            // random: every image once, not the project's order, the same order each time
            List<ImageAsset> shuffled = LabellingOrder.RANDOM.images(project, List.of());
            assertEquals(new HashSet<>(images), new HashSet<>(shuffled));
            assertEquals(images.size(), shuffled.size());
            assertNotEquals(images, shuffled);
            assertEquals(shuffled, LabellingOrder.RANDOM.images(project, List.of()));
            ImageAsset first = LabellingOrder.RANDOM.next(project, List.of(), null);
            assertEquals(shuffled.stream().filter(i -> i != images.get(0) && i != images.get(2)).findFirst().orElseThrow(), first);
        }
    }
}
