package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shape a change replaces stays in the journal's limbo (for undo, and for references to it) until the next
 * checkpoint. A server replacing shapes all day would hold every one of them on the heap long before the journal's
 * size calls for a checkpoint, so a crowded limbo calls for one too, and nothing is lost by it, undo included.
 */
class LimboCheckpointTest {

    @TempDir
    Path temp;

    @Test
    void replacingShapesPastTheLimboThresholdCheckpointsAndKeepsEveryChangeAndUndo() throws Exception {
        Path folder = temp.resolve("limbo");
        try (ProjectStore store = ProjectStore.create(folder, "limbo")) {
            ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
            image.setId("img");
            image.setName("img.png");
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            annotation.setId(1);
            annotation.setShape(box(0));
            image.getAnnotations().add(annotation);
            store.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(),
                    store.project(), Literals.PROJECT__IMAGES, image));
            store.setLimboThreshold(50);
            long before = newestCheckpoint(folder);
            for (int i = 1; i <= 120; i++) {
                store.commandStack().execute(SetCommand.create(store.editingDomain(), annotation,
                        Literals.ANNOTATION__SHAPE, box(i)));
            }
            assertEquals(before + 2, newestCheckpoint(folder), "a checkpoint after each 50 replaced shapes");
            store.commandStack().undo(); // the shape of change 119 comes back from before the last checkpoint
            assertEquals(119, ((BoxShape) annotation.getShape()).getX());
        }
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            Annotation annotation = reopened.project().getImages().get(0).getAnnotations().get(0);
            assertEquals(119, ((BoxShape) annotation.getShape()).getX(), "every change, the undo too, survived");
        }
    }

    private static BoxShape box(double x) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setWidth(4);
        box.setHeight(4);
        return box;
    }

    private static long newestCheckpoint(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.STORE_FOLDER))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("checkpoint-\\d+\\.atd"))
                    .mapToLong(n -> Long.parseLong(n.replaceAll("\\D", ""))).max().orElse(0);
        }
    }
}
