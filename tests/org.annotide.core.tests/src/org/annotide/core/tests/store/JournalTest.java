package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.ModelDiff;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of change is journaled so that reopening after a crash (no checkpoint) gives the same model. */
class JournalTest {

    private static final AnnotidePackage M = AnnotidePackage.eINSTANCE;

    @TempDir
    Path temp;

    /** Applies the change, abandons the store as a crash would, reopens, and compares. */
    private void survivesCrash(Consumer<ProjectStore> change) {
        Path folder = temp.resolve("p");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        change.accept(store);
        Project expected = EcoreUtil.copy(store.project());
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertTrue(ModelDiff.equal(expected, reopened.project()), "model after replay differs");
        }
    }

    private static EditingDomain domain(ProjectStore store) {
        return store.editingDomain();
    }

    private static ImageAsset image(ProjectStore store) {
        return store.project().getImages().get(0);
    }

    @Test
    void setAndUnsetOfAttributesAndReferences() {
        survivesCrash(store -> {
            ImageAsset image = image(store);
            Annotation first = image.getAnnotations().get(0);
            store.commandStack().execute(SetCommand.create(domain(store), image, M.getNamed_Name(), "renamed"));
            store.commandStack().execute(SetCommand.create(domain(store), first, M.getAnnotation_Score(), 0.125));
            store.commandStack().execute(SetCommand.create(domain(store), first, M.getAnnotation_LabelClass(),
                    store.project().getLabelClasses().get(1)));
            store.commandStack().execute(SetCommand.create(domain(store), image, M.getNamed_Description(),
                    SetCommand.UNSET_VALUE));
            store.commandStack().execute(SetCommand.create(domain(store), first.getShape(),
                    M.getBoxShape_Width(), 99.0));
        });
    }

    @Test
    void arraysAreReplacedWhole() {
        survivesCrash(store -> {
            PolygonShape polygon = (PolygonShape) image(store).getAnnotations().get(2).getShape();
            store.commandStack().execute(SetCommand.create(domain(store), polygon, M.getPolygonShape_Points(),
                    new double[] {1, 2, 3, 4, 5, 6}));
            store.commandStack().execute(SetCommand.create(domain(store), polygon, M.getPolygonShape_RingEnds(), null));
        });
    }

    @Test
    void addRemoveMoveAndClearOfLists() {
        survivesCrash(store -> {
            ImageAsset image = image(store);
            Annotation added = AnnotideFactory.eINSTANCE.createAnnotation();
            added.setId(100);
            added.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
            store.commandStack().execute(AddCommand.create(domain(store), image, M.getImageAsset_Annotations(), added, 1));
            List<Annotation> two = List.of(copyOf(added, 101), copyOf(added, 102));
            store.commandStack().execute(AddCommand.create(domain(store), image, M.getImageAsset_Annotations(), two, 0));
            store.commandStack().execute(MoveCommand.create(domain(store), image, M.getImageAsset_Annotations(),
                    image.getAnnotations().get(0), 5));
            store.commandStack().execute(RemoveCommand.create(domain(store), image, M.getImageAsset_Annotations(),
                    List.of(image.getAnnotations().get(3), image.getAnnotations().get(6))));
            store.commandStack().execute(RemoveCommand.create(domain(store), store.project().getLabelClasses().get(1),
                    M.getLabelClass_KeypointNames(), List.of("head", "right hand")));
            store.commandStack().execute(AddCommand.create(domain(store), store.project().getLabelClasses().get(0),
                    M.getLabelClass_AllowedShapes(), List.of(ShapeKind.MASK, ShapeKind.BOX)));
            store.commandStack().execute(SetCommand.create(domain(store), store.project().getTrainingSets().get(0),
                    M.getTrainingSet_Tiles(), List.of()));
        });
    }

    @Test
    void mapEntriesAreKept() {
        survivesCrash(store -> {
            Annotation annotation = image(store).getAnnotations().get(0);
            store.commandStack().execute(new AbstractCommand("edit maps") {
                @Override
                protected boolean prepare() {
                    return true;
                }

                @Override
                public void execute() {
                    annotation.getAttributes().put("stage", "early");
                    annotation.getAttributes().put("new", "value");
                    image(store).getMetadata().removeKey("scanner");
                }

                @Override
                public void redo() {
                    execute();
                }
            });
        });
    }

    @Test
    void undoAndRedoAreJournaledToo() {
        survivesCrash(store -> {
            ImageAsset image = image(store);
            store.commandStack().execute(DeleteCommand.create(domain(store), image.getTiles().get(0)));
            store.commandStack().execute(SetCommand.create(domain(store), image, M.getNamed_Name(), "a"));
            store.commandStack().execute(SetCommand.create(domain(store), image, M.getNamed_Name(), "b"));
            store.commandStack().undo();
            store.commandStack().undo();
            store.commandStack().undo();
            store.commandStack().redo();
            store.commandStack().undo();
        });
    }

    @Test
    void undoingADeleteRelinksTheVeryObjectsItRestores() {
        Path second = temp.resolve("undelete2");
        ProjectStore.create(second, RichModel.build()).close();
        ProjectStore live = ProjectStore.open(second);
        live.commandStack().execute(DeleteCommand.create(domain(live), image(live)));
        live.commandStack().undo();
        live.release();
        try (ProjectStore reopened = ProjectStore.open(second)) {
            Project project = reopened.project();
            Tile tile = project.getImages().get(0).getTiles().get(0);
            assertSame(tile, project.getTrainingSets().get(0).getTiles().get(0));
            assertSame(tile, project.getSelectionRounds().get(0).getEntries().get(0).getTile());
            assertSame(project.getImages().get(0), project.getBenchmarks().get(0).getImages().get(0));
        }
    }

    @Test
    void movingTheSameObjectBackAndForthInOneChangeLosesNothing() {
        survivesCrash(store -> {
            ImageAsset first = image(store);
            ImageAsset second = AnnotideFactory.eINSTANCE.createImageAsset();
            second.setName("second");
            store.project().getImages().add(second);
            Annotation a = first.getAnnotations().get(0);
            Annotation b = first.getAnnotations().get(1);
            second.getAnnotations().add(a);
            first.getAnnotations().add(a);
            second.getAnnotations().add(b);
            store.commit();
        });
    }

    @Test
    void anObjectRemovedAndRestoredLaterKeepsTheReferencesLeftToIt() {
        for (boolean checkpointBetween : new boolean[] {false, true}) {
            Path folder = temp.resolve("limbo-" + checkpointBetween);
            ProjectStore.create(folder, RichModel.build()).close();
            ProjectStore store = ProjectStore.open(folder);
            Project project = store.project();
            org.annotide.model.LabelClass cell = project.getLabelClasses().get(0);
            // a plain remove: the annotations still refer to the class while it is out of the project
            store.commandStack().execute(RemoveCommand.create(domain(store), project, M.getProject_LabelClasses(), cell));
            if (checkpointBetween) {
                store.checkpoint();
            }
            store.commandStack().undo();
            store.release();
            try (ProjectStore reopened = ProjectStore.open(folder)) {
                Project replayed = reopened.project();
                assertSame(replayed.getLabelClasses().get(0), replayed.getImages().get(0).getAnnotations().get(0)
                        .getLabelClass(), "checkpoint between: " + checkpointBetween);
            }
        }
    }

    @Test
    void aReferenceLeftToARemovedObjectSurvivesACheckpoint() {
        Path folder = temp.resolve("dangling");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        Project project = store.project();
        org.annotide.model.LabelClass cell = project.getLabelClasses().get(0);
        store.commandStack().execute(RemoveCommand.create(domain(store), project, M.getProject_LabelClasses(), cell));
        store.close();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            org.annotide.model.LabelClass kept = reopened.project().getImages().get(0).getAnnotations().get(0).getLabelClass();
            assertEquals("cell", kept.getName(), "the annotation still names the class it had, as in memory");
            assertTrue(kept.eContainer() == null);
        }
    }

    @Test
    void whatALimboObjectRefersToOutsideTheProjectIsKeptInFullToo() {
        Path folder = temp.resolve("chain");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        // a tile of an image that is not in the project, whose annotation has a class not in the project either
        org.annotide.model.LabelClass stray = org.annotide.model.AnnotideFactory.eINSTANCE.createLabelClass();
        stray.setName("stray");
        ImageAsset elsewhere = org.annotide.model.AnnotideFactory.eINSTANCE.createImageAsset();
        elsewhere.setName("elsewhere");
        org.annotide.model.Annotation annotation = org.annotide.model.AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setLabelClass(stray);
        elsewhere.getAnnotations().add(annotation);
        org.annotide.model.Tile tile = org.annotide.model.AnnotideFactory.eINSTANCE.createTile();
        tile.setId("tx");
        elsewhere.getTiles().add(tile);
        org.annotide.model.TrainingSet set = store.project().getTrainingSets().get(0);
        store.commandStack().execute(AddCommand.create(domain(store), set, M.getTrainingSet_Tiles(), tile));
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            org.annotide.model.TrainingSet replayed = reopened.project().getTrainingSets().get(0);
            org.annotide.model.Tile kept = replayed.getTiles().get(replayed.getTiles().size() - 1);
            assertEquals("elsewhere", kept.getImage().getName());
            assertEquals("stray", kept.getImage().getAnnotations().get(0).getLabelClass().getName(),
                    "the class the limbo image's annotation refers to is kept, not an empty stand-in");
        }
    }

    @Test
    void anUndoThatFailsPartWayLeavesMemoryAndDiskAlike() {
        survivesCrash(store -> {
            ImageAsset image = image(store);
            store.commandStack().execute(new AbstractCommand("fails on undo") {
                @Override
                protected boolean prepare() {
                    return true;
                }

                @Override
                public void execute() {
                    image.setName("done");
                }

                @Override
                public void undo() {
                    image.setName("half undone");
                    throw new IllegalStateException("undo failed");
                }

                @Override
                public void redo() {
                    execute();
                }
            });
            try {
                store.commandStack().undo();
            } catch (IllegalStateException expected) {
                // memory says "half undone": so must the disk
            }
        });
    }

    @Test
    void anObjectMovedToAnotherContainerKeepsItsReferences() {
        Path folder = temp.resolve("move");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        ImageAsset second = AnnotideFactory.eINSTANCE.createImageAsset();
        second.setName("second");
        store.commandStack().execute(AddCommand.create(domain(store), store.project(), M.getProject_Images(), second));
        Tile tile = image(store).getTiles().get(0);
        store.commandStack().execute(AddCommand.create(domain(store), second, M.getImageAsset_Tiles(), tile));
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            Project project = reopened.project();
            Tile moved = project.getImages().get(1).getTiles().get(0);
            assertTrue(project.getImages().get(0).getTiles().isEmpty());
            assertSame(moved, project.getTrainingSets().get(0).getTiles().get(0));
            assertSame(moved, project.getSelectionRounds().get(0).getEntries().get(0).getTile());
        }
    }

    @Test
    void directChangesBecomeDurableOnCommit() {
        Path folder = temp.resolve("direct");
        ProjectStore.create(folder, "direct").close();
        ProjectStore store = ProjectStore.open(folder);
        store.project().setDescription("made without a command");
        store.commit();
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertEquals("made without a command", reopened.project().getDescription());
        }
    }

    @Test
    void manyEditsThenACheckpointThenMoreEdits() {
        Path folder = temp.resolve("many");
        ProjectStore.create(folder, RichModel.build()).close();
        ProjectStore store = ProjectStore.open(folder);
        PolygonShape polygon = (PolygonShape) image(store).getAnnotations().get(2).getShape();
        for (int i = 0; i < 300; i++) {
            double[] points = polygon.getPoints().clone();
            points[0] = i;
            store.commandStack().execute(SetCommand.create(domain(store), polygon, M.getPolygonShape_Points(), points));
            if (i == 150) {
                store.checkpoint();
            }
        }
        double[] last = polygon.getPoints().clone();
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertArrayEquals(last, ((PolygonShape) reopened.project().getImages().get(0).getAnnotations().get(2)
                    .getShape()).getPoints());
        }
    }

    private static Annotation copyOf(Annotation annotation, long id) {
        Annotation copy = EcoreUtil.copy(annotation);
        copy.setId(id);
        return copy;
    }
}
