package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties shows the truth and Undo works wherever the project's command stack is the target: the view
 * follows model changes of what it shows (a rename, tiles added), Ctrl+Z works while Properties has the focus,
 * and after Delete in the explorer Ctrl+Z brings the image back as the dialog promised.
 */
class PropertiesFollowTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void removeProject() throws Exception {
        TestProjects.remove(project);
    }

    @Test
    void propertiesFollowChangesAndUndoWorksWhereverTheStackIsTheTarget() throws Exception {
        project = TestProjects.link(TestProjects.write(temp.resolve("follow"), "u3 follow", 2));
        ProjectStore store = TestProjects.service().store(project);
        TrainingSet set = store.project().getTrainingSets().get(0);
        IWorkbenchPage page = Workbench.page();

        Workbench.freshExplorer();
        Workbench.click(Workbench.explorerItem("u3 follow", "Training Sets", "u3 follow set"), 0);
        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        Spin.until("Properties shows the set", () -> rows(properties).contains("Name=u3 follow set"));

        // a change made elsewhere (F2 in Training Sets, a script) shows at once
        store.commandStack().execute(SetCommand.create(store.editingDomain(), set,
                AnnotidePackage.Literals.NAMED__NAME, "renamed set"));
        Spin.until("Properties shows the new name", () -> rows(properties).contains("Name=renamed set"));
        String tilesBefore = tilesRow(properties);
        store.commandStack().execute(AddCommand.create(store.editingDomain(), set,
                AnnotidePackage.Literals.TRAINING_SET__TILES, store.project().getImages().get(1).getTiles().get(0)));
        Spin.until("Properties lists the added tile", () -> !tilesRow(properties).equals(tilesBefore));

        // Ctrl+Z with Properties focused
        page.activate(properties);
        Spin.until("Properties active", () -> page.getActivePart() == properties);
        Input.focus(currentTree(properties));
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the tile taken back", () -> set.getTiles().size() == 1);
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("the rename taken back", () -> "u3 follow set".equals(set.getName()));
        Spin.until("Properties shows the old name again", () -> rows(properties).contains("Name=u3 follow set"));

        // Delete in the explorer, then Ctrl+Z: the image comes back without selecting anything else first
        Workbench.freshExplorer();
        TreeItem item = Workbench.explorerItem("u3 follow", "Images", "u3 follow-1.png");
        ImageAsset image = (ImageAsset) item.getData();
        Workbench.click(item, 0);
        Dialogs.Seen confirm = Dialogs.answer("Delete");
        Input.keyCode(SWT.DEL);
        confirm.await();
        Spin.until("the image deleted", () -> !store.project().getImages().contains(image));
        Input.focus(Workbench.explorerTree());
        // what the user sees before pressing the keys: Edit > Undo enabled (a handler, and one that can undo)
        org.eclipse.core.commands.Command undo = page.getWorkbenchWindow()
                .getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.eclipse.ui.edit.undo");
        Spin.until("Edit > Undo enabled with the explorer active", () -> undo.isHandled() && undo.isEnabled());
        Input.key(SWT.CTRL, 'z', 0);
        Spin.until("Undo brings the image back", () -> store.project().getImages().contains(image));
        assertEquals(2, store.project().getImages().size());
    }

    private static String tilesRow(IViewPart properties) {
        return rows(properties).stream().filter(row -> row.startsWith("Tiles=")).findFirst().orElse("");
    }

    private static Tree currentTree(IViewPart properties) {
        return Widgets.all(((PageBookView) properties).getCurrentPage().getControl(), Tree.class, t -> true).get(0);
    }

    /** The rows of the Properties view as "Name=value". */
    private static List<String> rows(IViewPart properties) {
        List<String> rows = new ArrayList<>();
        for (Tree tree : Widgets.all(((PageBookView) properties).getCurrentPage().getControl(), Tree.class, t -> true)) {
            for (TreeItem item : tree.getItems()) {
                rows.add(item.getText(0) + "=" + item.getText(1));
            }
        }
        return rows;
    }
}
