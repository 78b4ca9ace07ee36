package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.Test;

/** A double-click on an image in the Project Explorer opens it in the annotation editor, whose project the Training Sets view then follows. */
class OpenFromExplorerTest {

    @Test
    void doubleClickingAnImageOpensTheEditor() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        CommonNavigator explorer = (CommonNavigator) page.findView(AnnotideUi.EXPLORER_VIEW_ID);
        Tree tree = explorer.getCommonViewer().getTree();
        Spin.until("the Demo project listed", () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith("Demo")));
        TreeItem demo = item(tree.getItems(), "Demo");
        explorer.getCommonViewer().expandToLevel(demo.getData(), 1);
        Spin.until("Demo expanded", () -> Arrays.stream(demo.getItems()).anyMatch(i -> i.getText().startsWith("Images")));
        TreeItem images = item(demo.getItems(), "Images");
        explorer.getCommonViewer().expandToLevel(images.getData(), 1);
        Spin.until("the demo images listed", () -> images.getItemCount() > 0 && images.getItem(0).getData() instanceof ImageAsset);
        TreeItem first = images.getItem(0);
        tree.showItem(first);
        Spin.idle(50);
        Rectangle bounds = first.getBounds();
        Input.doubleClick(tree, bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2);
        Spin.until("an annotation editor open on the image", () -> page.getActiveEditor() instanceof AnnotationEditor);
        IEditorPart editor = page.getActiveEditor();
        assertSame(first.getData(), ((AnnotationEditorInput) editor.getEditorInput()).image());

        // the Training Sets view follows the project being edited, with nothing selected in the explorer
        IViewPart sets = page.findView(AnnotideUi.TRAINING_SETS_VIEW_ID);
        if (sets != null) {
            page.hideView(sets);
        }
        explorer.getCommonViewer().setSelection(StructuredSelection.EMPTY);
        page.activate(editor);
        IViewPart shown = page.showView(AnnotideUi.TRAINING_SETS_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Spin.until("the Training Sets view showing the edited project",
                () -> ((ViewPart) shown).getContentDescription().startsWith("Demo"));
        page.closeAllEditors(false);
    }

    private static TreeItem item(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(item -> item.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no tree item " + prefix));
    }
}
