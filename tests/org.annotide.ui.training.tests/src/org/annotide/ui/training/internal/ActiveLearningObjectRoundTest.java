package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.GeneratedScenes;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.Provenance;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A detection round in the Active Learning view: six generated scenes, a detector and a round recorded on the four
 * scenes whose objects were removed, except that the second of the queue got its objects back (labelled since).
 * The round's images are labelled with objects in the annotation editor: choosing a row leaves the class labelling
 * area empty, a double-click opens the editor on the row's image, and Label Next walks the queue to the images
 * without objects, skipping the one that has them.
 */
class ActiveLearningObjectRoundTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void close() throws Exception {
        page().closeAllEditors(false);
        hideView();
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    /** A fresh view: another test may have left one open with its queue sorted another way. */
    private static void hideView() {
        var open = page().findView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        if (open != null) {
            page().hideView(open);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ImageAsset editedImage() {
        IEditorPart editor = page().getActiveEditor();
        return editor != null && editor.getEditorInput() instanceof AnnotationEditorInput input ? input.image() : null;
    }

    /** The scenes, the detector and its round (queue: scenes 5, 2, 4, 3; scene 2 keeps its objects). */
    private IProject project(String name) throws Exception {
        Path folder = temp.resolve(name);
        try (ProjectStore store = GeneratedScenes.create(folder, 6, 64, 5, false)) {
            AnnotideFactory f = AnnotideFactory.eINSTANCE;
            TrainedModel model = f.createTrainedModel();
            model.setId(UUID.randomUUID().toString());
            model.setName("scene detector");
            model.setType(TaskType.DETECT);
            model.setArchitecture("grid-n");
            model.setActive(true);
            List<ImageAsset> images = store.project().getImages();
            CompoundCommand command = new CompoundCommand("detection round");
            command.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__MODELS, model));
            for (int i : new int[] {3, 4, 5}) {
                command.append(RemoveCommand.create(store.editingDomain(), images.get(i), Literals.IMAGE_ASSET__ANNOTATIONS,
                        new ArrayList<>(images.get(i).getAnnotations())));
            }
            SelectionRound round = f.createSelectionRound();
            round.setId(UUID.randomUUID().toString());
            round.setName("round 1");
            round.setStrategy("entropy");
            round.setModel(model);
            round.setCreatedAt(new Date());
            round.setBatchSize(3);
            round.setLabelledCount(2);
            double score = 0.69;
            for (int i : new int[] {5, 2, 4, 3}) {
                SelectionEntry entry = f.createSelectionEntry();
                entry.setImage(images.get(i));
                entry.setScore(score);
                score -= 0.1;
                round.getEntries().add(entry);
            }
            command.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__SELECTION_ROUNDS, round));
            store.commandStack().execute(command);
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject created = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        description.setLocationURI(folder.toUri());
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        created.create(description, null);
        created.open(null);
        return created;
    }

    private static void clickProject(String name) {
        CommonNavigator explorer = (CommonNavigator) page().findView(AnnotideUi.EXPLORER_VIEW_ID);
        Tree tree = explorer.getCommonViewer().getTree();
        Spin.until(name + " in the explorer", () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith(name)));
        IProject selected = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        explorer.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected), true);
    }

    private static void row(Table table, int index, int type) {
        table.setSelection(index);
        Event event = new Event();
        event.item = table.getItem(index);
        table.notifyListeners(type, event);
    }

    @Test
    void aDetectionRoundIsLabelledInTheAnnotationEditor() throws Exception {
        project = project("al-detect");
        hideView();
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("al-detect");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        Shell shell = view.getSite().getShell();
        Spin.until("the view shows the round", () -> view.shownRound() != null && view.displayedQueue().size() == 4);
        List<ImageAsset> images = store.project().getImages();
        assertEquals(List.of(images.get(5), images.get(2), images.get(4), images.get(3)), view.displayedQueue());
        assertTrue(ActiveLearningView.objectRound(view.shownRound()));
        // the detector is offered for selection, with its task
        assertTrue(view.modelCombo().getText().startsWith("scene detector") && view.modelCombo().getText().contains("detect"),
                view.modelCombo().getText());
        String status = Widgets.byRole(shell, Label.class, "status").getText();
        assertTrue(status.contains("annotation editor") && status.contains("1 of its 4 pool images labelled"), status);

        // a row chosen: the class labelling area stays empty (its images need objects, not a class)
        Table queue = Widgets.byRole(shell, Table.class, "queue");
        assertNull(view.labelling().current(), "no image in the class labelling area");
        row(queue, 0, SWT.Selection);
        Spin.forMillis(200);
        assertNull(view.labelling().current(), "no image in the class labelling area after choosing a row");
        assertTrue(queue.getItem(1).getText(3).endsWith("objects") || queue.getItem(1).getText(3).equals("1 object"),
                "the Label column counts the objects: " + queue.getItem(1).getText(3));
        assertEquals("", queue.getItem(0).getText(3));

        // a double-click opens the annotation editor on the row's image
        row(queue, 2, SWT.DefaultSelection);
        Spin.until("the editor on the third of the queue", () -> editedImage() == images.get(4));

        // Label Next walks the queue to the images without objects: 5, then (2 has objects) 4
        assertEquals(images.get(5), view.labelNext());
        Spin.until("the editor on the first of the queue", () -> editedImage() == images.get(5));
        // the user draws a box on it
        Annotation box = AnnotideFactory.eINSTANCE.createAnnotation();
        box.setId(store.project().getNextAnnotationId() + 500);
        box.setLabelClass(store.project().getLabelClasses().get(0));
        BoxShape shape = AnnotideFactory.eINSTANCE.createBoxShape();
        shape.setX(4);
        shape.setY(4);
        shape.setWidth(10);
        shape.setHeight(10);
        box.setShape(shape);
        box.setProvenance(Provenance.MANUAL);
        box.setCreatedAt(new Date());
        store.commandStack().execute(AddCommand.create(store.editingDomain(), images.get(5),
                Literals.IMAGE_ASSET__ANNOTATIONS, box));
        assertEquals(images.get(4), view.labelNext(), "the second of the queue has objects: skipped");
        Spin.until("the editor on the third of the queue", () -> editedImage() == images.get(4));
        assertEquals(images.get(3), view.labelNext());
        Spin.until("the editor on the fourth of the queue", () -> editedImage() == images.get(3));
        assertNull(view.labelNext(), "no image without objects left after the last");
    }
}
