package org.annotide.ui.internal.explorer;

import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Project Explorer: a Common Navigator over the workspace's Annotide projects. Double-click opens
 * the selection through the Open command, so whichever bundle can open it (the annotation editor) does.
 * Double-clicking the problem shown under a project that could not be opened tries again. Undo, Redo, Delete
 * and Try Opening Again come from {@link ExplorerActionProvider}.
 */
public final class AnnotideExplorer extends CommonNavigator {

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    private Text search;
    private ExplorerSearch filter;

    /** A search field above the tree (name words, class:, kind:, by:), then the navigator's tree. */
    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter images: name, class:cell, kind:polygon, by:predicted");
        search.setToolTipText("Shows the images whose name holds every word and that have an annotation of the"
                + " class (class:), shape kind (kind:) and provenance (by: manual, imported or predicted) given");
        search.setData("annotide.role", "explorer-search");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, event -> search(search.getText()));
        super.createPartControl(root);
        getCommonViewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        getSite().getService(IContextService.class).activateContext(AnnotideUi.CONTEXT_ID);
    }

    /** Shows only the images the search matches (see {@link ExplorerSearch}); an empty text shows all. */
    public void search(String text) {
        TreeViewer viewer = getCommonViewer();
        if (filter != null) {
            viewer.removeFilter(filter);
            filter = null;
        }
        ExplorerSearch next = new ExplorerSearch(text == null ? "" : text);
        if (!next.isEmpty()) {
            filter = next;
            viewer.addFilter(filter);
        }
        showFilter(filter == null ? null : "Images matching '" + filter.text() + "'");
    }

    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        IStructuredSelection selection = (IStructuredSelection) event.getSelection();
        Object element = selection.getFirstElement();
        if (element instanceof ProblemNode problem) {
            retry(problem);
            return;
        }
        if (element instanceof org.eclipse.emf.ecore.EObject) {
            IHandlerService handlers = getSite().getService(IHandlerService.class);
            try {
                handlers.executeCommand(AnnotideUi.OPEN_COMMAND_ID, null);
                return;
            } catch (NotDefinedException | org.eclipse.core.commands.NotHandledException e) {
                // nothing can open it: expand it instead
            } catch (Exception e) {
                ILog.of(getClass()).error("Opening " + element + " failed", e);
                return;
            }
        }
        TreeViewer viewer = getCommonViewer();
        if (viewer.isExpandable(element)) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    /**
     * Says above the tree what a filter hides (or nothing, with null): a filtered tree looks like a project with
     * fewer images, and its folders still count them all.
     */
    public void showFilter(String description) {
        setContentDescription(description == null ? "" : description);
    }

    /** Tries again to open the project the problem is about, and shows what that gives. */
    void retry(ProblemNode problem) {
        PlatformUI.getWorkbench().getService(ProjectService.class).retry(problem.project());
        TreeViewer viewer = getCommonViewer();
        viewer.refresh(problem.project());
        viewer.expandToLevel(problem.project(), 1);
    }
}
