package org.annotide.ui.editor.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.index.AnnotationChanges;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.Glyphs;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared index follows every change of the model: commands, undo, redo, other threads, colours. */
class ImageAnnotationsTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ImageAsset image;
    private LabelClass red;
    private AnnotationCommands commands;
    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final List<AnnotationChanges> changes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = TestProjects.create(folder.resolve("project"));
        red = TestProjects.addClass(store, "red", "#ff0000", "1");
        image = TestProjects.addImage(store, "one", 400, 300);
        commands = new AnnotationCommands(store.editingDomain(), image);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImageAnnotations acquire() {
        ImageAnnotations annotations = ImageAnnotations.acquire(image, uiQueue::add);
        annotations.addListener(changes::add);
        return annotations;
    }

    private Annotation draw(double x, double y, double w, double h) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        TestProjects.execute(store, commands.create(box, red, "Draw Box"));
        return (Annotation) box.eContainer();
    }

    @Test
    void commandsUndoAndRedoKeepTheIndexInStep() {
        ImageAnnotations annotations = acquire();
        try {
            Annotation box = draw(10, 10, 20, 20);
            Glyph glyph = annotations.index().get(box);
            assertNotNull(glyph);
            assertEquals(0xff0000, glyph.rgb());
            assertTrue(changes.get(changes.size() - 1).listChanged());

            TestProjects.execute(store, commands.translate(List.of(box), 100, 50));
            assertEquals(110, annotations.index().get(box).minX());
            assertEquals(1, annotations.index().query(100, 50, 140, 90, 0).size());
            assertTrue(annotations.index().query(0, 0, 50, 50, 0).isEmpty(), "the old place is empty");
            double[] region = changes.get(changes.size() - 1).regions().get(0);
            assertTrue(region[0] <= 110 || region[0] <= 10, "the change names the regions to redraw");

            store.commandStack().undo();
            assertEquals(10, annotations.index().get(box).minX());
            store.commandStack().undo();
            assertNull(annotations.index().get(box), "undoing the drawing removes it");
            assertTrue(changes.get(changes.size() - 1).removed().contains(box));
            store.commandStack().redo();
            assertSame(box, annotations.index().get(box).annotation());
        } finally {
            annotations.release();
        }
    }

    @Test
    void labelColoursAndFlagsReachTheGlyphs() {
        ImageAnnotations annotations = acquire();
        try {
            Annotation box = draw(0, 0, 5, 5);
            TestProjects.execute(store, new SetCommand(store.editingDomain(), red, Literals.LABEL_CLASS__COLOR, "#00ff00"));
            assertEquals(0x00ff00, annotations.index().get(box).rgb());
            assertTrue(changes.get(changes.size() - 1).everything());
            TestProjects.execute(store, commands.setHidden(List.of(box), true));
            assertTrue(annotations.index().get(box).has(Glyph.HIDDEN));
            assertTrue(annotations.index().query(0, 0, 10, 10, Glyph.HIDDEN).isEmpty());
        } finally {
            annotations.release();
        }
    }

    @Test
    void changesFromAnotherThreadAreAppliedThroughTheUiExecutor() throws Exception {
        ImageAnnotations annotations = acquire();
        try {
            Annotation box = draw(0, 0, 5, 5);
            Thread worker = new Thread(() -> TestProjects.execute(store, commands.translate(List.of(box), 30, 0)));
            worker.start();
            worker.join();
            assertEquals(0, annotations.index().get(box).minX(), "not applied before the UI thread runs it");
            assertFalse(uiQueue.isEmpty());
            Runnable task;
            while ((task = uiQueue.poll()) != null) {
                task.run();
            }
            assertEquals(30, annotations.index().get(box).minX());
        } finally {
            annotations.release();
        }
    }

    @Test
    void imageClassesAreTrackedApartFromShapes() {
        ImageAnnotations annotations = acquire();
        try {
            TestProjects.execute(store, commands.toggleImageClass(red, null, annotations.imageClassAnnotations()));
            assertEquals(1, annotations.imageClassAnnotations().size());
            assertEquals(0, annotations.index().size(), "an image class has nothing to draw");
            assertTrue(changes.get(changes.size() - 1).imageClasses());
            TestProjects.execute(store, commands.toggleImageClass(red, null, annotations.imageClassAnnotations()));
            assertTrue(annotations.imageClassAnnotations().isEmpty(), "toggling again removes it");
        } finally {
            annotations.release();
        }
    }

    @Test
    void theIndexIsSharedAndTheLastReleaseDetaches() {
        Annotation box = draw(1, 1, 2, 2);
        ImageAnnotations first = ImageAnnotations.acquire(image, uiQueue::add);
        ImageAnnotations second = ImageAnnotations.acquire(image, uiQueue::add);
        assertSame(first, second, "an image and its tiles share one index");
        assertEquals(1, first.index().size());
        first.release();
        assertTrue(box.eAdapters().contains(second), "still in use");
        second.release();
        assertFalse(box.eAdapters().contains(second));
        assertFalse(box.getShape().eAdapters().contains(second));
        assertFalse(image.eAdapters().contains(second));
        assertNotNull(Glyphs.of(box, 0));
    }
}
