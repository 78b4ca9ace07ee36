package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.internal.ModelWatcher;
import org.annotide.ui.internal.explorer.ExplorerChange;
import org.annotide.ui.internal.explorer.ExplorerChange.Kind;
import org.annotide.ui.internal.explorer.ModelFolder;
import org.annotide.ui.internal.trainingsets.TrainingSetCommands;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Project Explorer follows the model without refreshing everything: an annotation edit touches nothing,
 * a new annotation updates its image's count, a tile added to a training set shows at once; and objects can
 * be revealed from anywhere, their folders unfolding.
 */
class ExplorerTest {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;
    private static final Set<org.eclipse.emf.ecore.EReference> EXPLORER = Set.of(MODEL.getProject_Images(),
            MODEL.getProject_LabelClasses(), MODEL.getProject_TrainingSets(), MODEL.getImageAsset_Tiles());

    @TempDir
    Path temp;

    @Test
    void onlyWhatAChangeTouchesIsUpdated() {
        IProject handle = ResourcesPlugin.getWorkspace().getRoot().getProject("u7 handle");
        ProjectStore store = ProjectStore.open(TestProjects.write(temp.resolve("changes"), "u7 changes", 2));
        List<ExplorerChange> changes = new ArrayList<>();
        Project project = store.project();
        ModelWatcher watcher = new ModelWatcher(project, EXPLORER, n -> {
            ExplorerChange change = ExplorerChange.of(n, p -> p == project ? handle : null);
            if (change.kind() != Kind.NONE) {
                changes.add(change);
            }
        }).start();
        try {
            EditingDomain domain = store.editingDomain();
            ImageAsset image = project.getImages().get(0);
            Annotation annotation = image.getAnnotations().get(0);
            LabelClass cell = project.getLabelClasses().get(0);

            store.commandStack().execute(SetCommand.create(domain, annotation.getShape(), MODEL.getBoxShape_X(), 42.0));
            store.commandStack().execute(SetCommand.create(domain, annotation, MODEL.getAnnotation_Score(), 0.5));
            assertEquals(List.of(), changes, "annotation edits touch nothing the explorer shows");

            store.commandStack().execute(AddCommand.create(domain, image, MODEL.getImageAsset_Annotations(),
                    TestProjects.box(project.getNextAnnotationId(), cell)));
            assertEquals(List.of(new ExplorerChange(Kind.LABEL, image)), changes, "the image's count");

            changes.clear();
            store.commandStack().execute(SetCommand.create(domain, cell, MODEL.getLabelClass_Color(), "#0000ff"));
            store.commandStack().execute(SetCommand.create(domain, cell, MODEL.getLabelClass_Supercategory(), "tissue"));
            assertEquals(List.of(new ExplorerChange(Kind.LABEL, cell)), changes, "the colour shows, the supercategory not");

            changes.clear();
            TrainingSet set = project.getTrainingSets().get(0);
            store.commandStack().execute(TrainingSetCommands.addTiles(domain, set, image.getTiles()));
            assertEquals(List.of(new ExplorerChange(Kind.CHILDREN, set)), changes, "the set's tiles");

            changes.clear();
            ImageAsset added = AnnotideFactory.eINSTANCE.createImageAsset();
            added.setId("added");
            added.setName("added.png");
            store.commandStack().execute(AddCommand.create(domain, project, MODEL.getProject_Images(), added));
            ModelFolder images = ModelFolder.of(handle, project, MODEL.getProject_Images());
            assertEquals(List.of(new ExplorerChange(Kind.CHILDREN, images)), changes, "the Images folder");

            changes.clear();
            store.commandStack().execute(SetCommand.create(domain, added, MODEL.getNamed_Name(), "a-renamed.png"));
            assertEquals(List.of(new ExplorerChange(Kind.CHILDREN, images)), changes,
                    "a renamed image takes its sorted place: the Images folder is refreshed");
            changes.clear();
            store.commandStack().execute(SetCommand.create(domain, cell, MODEL.getNamed_Name(), "zcell"));
            assertEquals(List.of(new ExplorerChange(Kind.CHILDREN,
                    ModelFolder.of(handle, project, MODEL.getProject_LabelClasses()))), changes, "a renamed class too");
            store.commandStack().undo();

            changes.clear();
            store.commandStack().execute(AddCommand.create(domain, added, MODEL.getImageAsset_Annotations(),
                    TestProjects.box(project.getNextAnnotationId() + 1, cell)));
            assertEquals(List.of(new ExplorerChange(Kind.LABEL, added)), changes, "a new image is watched too");

            changes.clear();
            store.commandStack().execute(DeleteCommand.create(domain, List.of(added)));
            assertTrue(changes.contains(new ExplorerChange(Kind.CHILDREN, images)), changes.toString());
            changes.clear();
            added.setName("detached"); // no longer in the project: no longer watched
            assertEquals(List.of(), changes);
        } finally {
            watcher.stop();
            store.close();
        }
    }

    @Test
    void countsAndTrainingSetTilesFollowTheModel() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("labels"), "u7 labels", 1));
        try {
            ProjectStore store = TestProjects.service().store(project);
            ImageAsset image = store.project().getImages().get(0);
            Workbench.freshExplorer();
            TreeItem imageItem = Workbench.explorerItem("u7 labels", "Images", "u7 labels-0.png");
            assertTrue(imageItem.getText().endsWith("(1)"), imageItem.getText());
            store.commandStack().execute(AddCommand.create(store.editingDomain(), image,
                    MODEL.getImageAsset_Annotations(), TestProjects.box(store.project().getNextAnnotationId(),
                            store.project().getLabelClasses().get(0))));
            Spin.until("the image's count follows", () -> imageItem.getText().endsWith("(2)"));

            TrainingSet set = store.project().getTrainingSets().get(0);
            TreeItem setItem = Workbench.explorerItem("u7 labels", "Training Sets", "u7 labels set");
            assertTrue(setItem.getText().contains("(1 tiles)"), setItem.getText());
            store.commandStack().execute(TrainingSetCommands.addTiles(store.editingDomain(), set, image.getTiles()));
            Spin.until("the set's tile count follows", () -> setItem.getText().contains("(2 tiles)"));
        } finally {
            TestProjects.remove(project);
        }
    }

    @Test
    void anObjectRevealedFromElsewhereUnfoldsItsFolder() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("reveal"), "u9 reveal", 1));
        try {
            ProjectStore store = TestProjects.service().store(project);
            Workbench.freshExplorer();
            CommonNavigator explorer = (CommonNavigator) Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Tree tree = explorer.getCommonViewer().getTree();
            for (Object shown : List.of(store.project().getLabelClasses().get(0),
                    store.project().getImages().get(0).getTiles().get(1), store.project().getTrainingSets().get(0))) {
                explorer.getCommonViewer().collapseAll();
                explorer.selectReveal(new StructuredSelection(shown));
                Workbench.waitFor(shown + " revealed and selected", () -> tree.getSelectionCount() == 1
                        && tree.getSelection()[0].getData() == shown ? tree : null);
            }
        } finally {
            TestProjects.remove(project);
        }
    }
}
