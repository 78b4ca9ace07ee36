package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.Shape;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shape a change replaces stays in the journal's limbo (for undo, and for references to it) until the next
 * checkpoint. A server replacing shapes all day would hold every one of them on the heap long before the journal's
 * size calls for a checkpoint, so a crowded limbo calls for one too, and nothing is lost by it, undo included. On the
 * server's terms (every reader and writer holds the store's monitor) the checkpoint runs on the store's own thread, so
 * the request whose change called for it does not wait for it.
 */
class LimboCheckpointTest {

    @TempDir
    Path temp;

    @Test
    void replacingShapesPastTheLimboThresholdCheckpointsAndKeepsEveryChangeAndUndo() throws Exception {
        Path folder = temp.resolve("limbo");
        try (ProjectStore store = ProjectStore.create(folder, "limbo")) {
            Annotation annotation = annotatedImage(store);
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
        assertEquals(119, reopenedShapeX(folder), "every change, the undo too, survived");
    }

    @Test
    void onTheServersTermsTheCheckpointRunsAfterTheWriterThatCalledForItAndLetsGoOfTheLimbo() throws Exception {
        Path folder = temp.resolve("background");
        try (ProjectStore store = ProjectStore.create(folder, "background")) {
            Annotation annotation = annotatedImage(store);
            store.setLimboThreshold(50);
            store.checkpointInBackground();
            long before = newestCheckpoint(folder);
            WeakReference<Shape> firstReplaced = new WeakReference<>(annotation.getShape());
            synchronized (store) { // as a request of the server holds it, so the checkpoint waits for this writer
                replaceShapeDirectly(store, annotation, 1, 60); // no command keeps the old shapes for undo
                assertEquals(before, newestCheckpoint(folder),
                        "the change that crowded the limbo (the 51st) and the nine after it returned without a checkpoint");
            }
            awaitCheckpoint(folder, before);
            synchronized (store) { // the checkpoint holds the monitor until it is done
                assertEquals(before + 1, newestCheckpoint(folder), "the changes that called for one while it waited, "
                        + "one checkpoint");
            }
            for (int i = 0; i < 100 && firstReplaced.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(firstReplaced.get(), "the checkpoint let go of the replaced shapes the limbo held");
        }
        assertEquals(60, reopenedShapeX(folder), "every change survived");
    }

    @Test
    void aBackgroundCheckpointStillWaitingWhenTheProjectIsReleasedWritesNothingAndLosesNothing() throws Exception {
        Path folder = temp.resolve("released");
        ProjectStore store = ProjectStore.create(folder, "released");
        Annotation annotation = annotatedImage(store);
        store.setLimboThreshold(10);
        store.checkpointInBackground();
        long before = newestCheckpoint(folder);
        synchronized (store) {
            replaceShapeDirectly(store, annotation, 1, 20);
            store.release(); // as a crash would, while the checkpoint waits for the monitor
        }
        Thread.sleep(200); // time for the waiting checkpoint to find the store closed
        assertEquals(before, newestCheckpoint(folder));
        assertEquals(20, reopenedShapeX(folder), "the journal kept every change");
    }

    /** An image with one annotation, its shape a box at x = 0. */
    private static Annotation annotatedImage(ProjectStore store) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("img");
        image.setName("img.png");
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setId(1);
        annotation.setShape(box(0));
        image.getAnnotations().add(annotation);
        store.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(),
                store.project(), Literals.PROJECT__IMAGES, image));
        return annotation;
    }

    private static void replaceShapeDirectly(ProjectStore store, Annotation annotation, int from, int to) {
        for (int x = from; x <= to; x++) {
            annotation.setShape(box(x));
            store.commit();
        }
    }

    private static void awaitCheckpoint(Path folder, long before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (newestCheckpoint(folder) == before) {
            assertTrue(System.nanoTime() < deadline, "no checkpoint in the background within 20 s");
            Thread.sleep(10);
        }
    }

    private static BoxShape box(double x) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setWidth(4);
        box.setHeight(4);
        return box;
    }

    /** The x of the annotation's box in the project as it opens again (after a crash: as its journal replays). */
    private static double reopenedShapeX(Path folder) {
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            return ((BoxShape) reopened.project().getImages().get(0).getAnnotations().get(0).getShape()).getX();
        }
    }

    private static long newestCheckpoint(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.STORE_FOLDER))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("checkpoint-\\d+\\.atd"))
                    .mapToLong(n -> Long.parseLong(n.replaceAll("\\D", ""))).max().orElse(0);
        }
    }
}
