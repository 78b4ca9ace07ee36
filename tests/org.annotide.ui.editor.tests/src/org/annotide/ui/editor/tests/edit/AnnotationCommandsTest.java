package org.annotide.ui.editor.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.ui.editor.internal.edit.AnnotationClipboard;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.tests.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each editor action is one undoable command on the journaled store, with the semantics documented. */
class AnnotationCommandsTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ImageAsset image;
    private LabelClass cell;
    private AnnotationCommands commands;

    @BeforeEach
    void setUp() throws Exception {
        store = TestProjects.create(folder.resolve("project"));
        cell = TestProjects.addClass(store, "cell", "#e6194b", "1");
        image = TestProjects.addImage(store, "slide", 512, 512);
        commands = new AnnotationCommands(store.editingDomain(), image);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Annotation draw(double x) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(0);
        box.setWidth(10);
        box.setHeight(10);
        TestProjects.execute(store, commands.create(box, cell, "Draw Box"));
        return (Annotation) box.eContainer();
    }

    @Test
    void creatingTakesTheNextIdInTheSameCommand() {
        long next = store.project().getNextAnnotationId();
        Annotation first = draw(0);
        Annotation second = draw(20);
        assertEquals(next, first.getId());
        assertEquals(next + 1, second.getId());
        assertEquals(next + 2, store.project().getNextAnnotationId());
        assertEquals(Provenance.MANUAL, first.getProvenance());
        assertSame(cell, first.getLabelClass());
        store.commandStack().undo();
        assertEquals(next + 1, store.project().getNextAnnotationId(), "one undo takes back the annotation and its id");
        assertEquals(1, image.getAnnotations().size());
        assertEquals("Draw Box", store.commandStack().getRedoCommand().getLabel());
    }

    @Test
    void deletingPutsAnnotationsBackInTheirPlacesOnUndo() {
        List<Annotation> drawn = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drawn.add(draw(i * 20));
        }
        TestProjects.execute(store, commands.delete(List.of(drawn.get(4), drawn.get(1), drawn.get(2))));
        assertEquals(List.of(drawn.get(0), drawn.get(3), drawn.get(5)), image.getAnnotations());
        store.commandStack().undo();
        assertEquals(drawn, image.getAnnotations());
        store.commandStack().redo();
        assertEquals(3, image.getAnnotations().size());
    }

    @Test
    void lockedAnnotationsAreNotEditedButCanBeUnlocked() {
        Annotation locked = draw(0);
        TestProjects.execute(store, commands.setLocked(List.of(locked), true));
        assertFalse(commands.delete(List.of(locked)).canExecute());
        assertFalse(commands.translate(List.of(locked), 5, 5).canExecute());
        assertFalse(commands.relabel(List.of(locked), null).canExecute());
        TestProjects.execute(store, commands.setLocked(List.of(locked), false));
        assertTrue(commands.delete(List.of(locked)).canExecute());
    }

    @Test
    void acceptKeepsThePredictionRecordAndRejectHidesIt() {
        Annotation accepted = draw(0);
        Annotation rejected = draw(20);
        Annotation manual = draw(40);
        for (Annotation prediction : List.of(accepted, rejected)) {
            prediction.setProvenance(Provenance.PREDICTED);
            prediction.setScore(0.8);
        }
        store.commit();
        TestProjects.execute(store, commands.accept(List.of(accepted, manual)));
        TestProjects.execute(store, commands.reject(List.of(rejected)));
        assertEquals(Provenance.PREDICTED, accepted.getProvenance());
        assertEquals(ReviewState.ACCEPTED, accepted.getReview());
        assertEquals(0.8, accepted.getScore());
        assertEquals(ReviewState.REJECTED, rejected.getReview());
        assertTrue(rejected.isHidden());
        assertEquals(ReviewState.NONE, manual.getReview(), "manual annotations are not reviewed as predictions");
        assertFalse(commands.accept(List.of(manual)).canExecute());
    }

    @Test
    void imageClassesOfATileStayOnThatTile() {
        List<Tile> tiles = TestProjects.tile(store, image, 256, 0);
        Tile first = tiles.get(0);
        TestProjects.execute(store, commands.toggleImageClass(cell, first, List.of()));
        Annotation tileClass = image.getAnnotations().get(image.getAnnotations().size() - 1);
        assertTrue(tileClass.getShape() instanceof ImageClassShape);
        assertEquals(first.getId(), tileClass.getAttributes().get(AnnotationCommands.TILE_ATTRIBUTE));
        // the whole image's class is another annotation; toggling the tile's removes only the tile's
        TestProjects.execute(store, commands.toggleImageClass(cell, null, List.of(tileClass)));
        Annotation imageClass = image.getAnnotations().get(image.getAnnotations().size() - 1);
        assertNotEquals(tileClass, imageClass);
        TestProjects.execute(store, commands.toggleImageClass(cell, first, List.of(tileClass, imageClass)));
        assertEquals(List.of(imageClass), image.getAnnotations());
    }

    @Test
    void classesKeepToTheShapeKindsTheyAllow() {
        LabelClass tag = TestProjects.addClass(store, "tag", "#ffffff", "2", ShapeKind.IMAGE_CLASS);
        Annotation box = draw(0);
        assertFalse(commands.relabel(List.of(box), tag).canExecute(), "a box cannot carry an image-class-only class");
        assertFalse(commands.toggleImageClass(TestProjects.addClass(store, "boxes", "#000000", "3", ShapeKind.BOX),
                null, List.of()).canExecute());
        assertTrue(commands.toggleImageClass(tag, null, List.of()).canExecute());
    }

    @Test
    void pastedCopiesAreNewAnnotationsBesideTheOriginals() {
        Annotation original = draw(100);
        AnnotationClipboard clipboard = new AnnotationClipboard();
        clipboard.copy(image, List.of(original));
        TestProjects.execute(store, commands.add(clipboard.pasteInto(image), "Paste"));
        Annotation copy = image.getAnnotations().get(1);
        assertNotEquals(original.getId(), copy.getId());
        assertEquals(100 + AnnotationClipboard.PASTE_OFFSET, ((BoxShape) copy.getShape()).getX());
        assertSame(cell, copy.getLabelClass());
        assertEquals(100, ((BoxShape) original.getShape()).getX(), "the original stays");
    }
}
