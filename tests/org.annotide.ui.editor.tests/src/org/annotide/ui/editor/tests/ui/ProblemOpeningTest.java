package org.annotide.ui.editor.tests.ui;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Problems;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3: a problem that names an image and an annotation opens the editor on that image with the
 * annotation selected when it is double-clicked in the Problems view.
 */
class ProblemOpeningTest {

    private static final String MESSAGE = "u31 the format has no such shape";

    @Test
    void doubleClickingAProblemOpensItsAnnotation() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        page.closeAllEditors(false);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Demo");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        ImageAsset image = store.project().getImages().get(1);
        Annotation annotation = image.getAnnotations().get(image.getAnnotations().size() / 2);
        Problems.report(project, "u31", List.of(Problems.Problem.error("annotations.json " + image.getName()
                + " annotation " + annotation.getId(), MESSAGE).at(image.getId(), annotation.getId())));
        Spin.until("the marker made", () -> markers(project) == 1);
        try {
            IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
            page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
            Tree tree = problemsTree(problems);
            TreeItem row;
            try {
                row = findRow(tree);
            } catch (AssertionError e) {
                EditorUiTest.screenshot("problem-not-listed");
                throw e;
            }
            Rectangle bounds = row.getBounds(0);
            Input.doubleClick(tree, bounds.x + 20, bounds.y + bounds.height / 2);
            Spin.until("the editor on the problem's image", () -> page.getActiveEditor() instanceof AnnotationEditor editor
                    && editor.getEditorInput().image() == image);
            AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
            Spin.until("the annotation selected", () -> editor.canvas().selection().single() == annotation);
            page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_RESTORED);
            EditorUiTest.screenshot("problem-opened");
        } finally {
            Problems.report(project, "u31", List.of());
            page.closeAllEditors(false);
        }
    }

    private static Tree problemsTree(IViewPart problems) {
        Tree[] tree = new Tree[1];
        Spin.until("the Problems view's tree", () -> {
            List<Tree> trees = Widgets.all(problems.getSite().getShell(), Tree.class, t -> t.isVisible() && isProblemsTree(t));
            tree[0] = trees.isEmpty() ? null : trees.get(0);
            return tree[0] != null;
        });
        return tree[0];
    }

    private static boolean isProblemsTree(Tree tree) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).startsWith("Errors") || item.getText(0).startsWith("Warnings")) {
                return true;
            }
        }
        return tree.getColumnCount() >= 2 && "Description".equals(tree.getColumn(0).getText());
    }

    /** The row of the problem, its severity group unfolded as a user would (click it, keypad +). */
    private static TreeItem findRow(Tree tree) {
        TreeItem[] found = new TreeItem[1];
        Spin.until("the problem listed", () -> {
            for (TreeItem group : tree.getItems()) {
                if (group.getText(0).contains(MESSAGE)) {
                    found[0] = group;
                    return true;
                }
                if (group.getText(0).startsWith("Errors") && !group.getExpanded()) {
                    tree.showItem(group);
                    Rectangle bounds = group.getBounds(0);
                    Input.click(tree, bounds.x + 20, bounds.y + bounds.height / 2);
                    Input.keyCode(org.eclipse.swt.SWT.KEYPAD_ADD);
                    Spin.idle(200);
                }
                for (TreeItem item : group.getItems()) {
                    if (item.getText(0).contains(MESSAGE)) {
                        found[0] = item;
                        return true;
                    }
                }
            }
            return false;
        });
        tree.showItem(found[0]);
        Spin.idle(200);
        return found[0];
    }

    private static int markers(IProject project) {
        try {
            int count = 0;
            for (IMarker marker : project.findMarkers(AnnotideUi.PROBLEM_MARKER_ID, true, IResource.DEPTH_ZERO)) {
                if (MESSAGE.equals(marker.getAttribute(IMarker.MESSAGE, ""))) {
                    count++;
                }
            }
            return count;
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
