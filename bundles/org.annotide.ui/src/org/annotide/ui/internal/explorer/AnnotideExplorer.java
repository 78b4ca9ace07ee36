package org.annotide.ui.internal.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Tile;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.FilterMenu;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IToolBarManager;
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
import org.eclipse.ui.navigator.CommonViewer;

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
    private FilterMenu filterMenu;
    private boolean countQueued;

    /**
     * A search field above the tree (name words, class:, kind:, by:, attr:, status:), then the navigator's tree;
     * the Filter drop-down of the toolbar writes the same terms into the field.
     */
    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter images: name, class:cell, kind:polygon, by:predicted, attr:stage=S, status:new");
        search.setToolTipText("Shows the images whose name holds every word and that have an annotation of the"
                + " class (class:), shape kind (kind:), provenance (by: manual, imported or predicted), attribute"
                + " value (attr:name=value) and review (review:) given, and the images and tiles of the task"
                + " status given (status: new, in-progress, in-review, completed); the toolbar's Filter menu"
                + " writes these terms");
        search.setData("annotide.role", "explorer-search");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, event -> search(search.getText()));
        super.createPartControl(root);
        getCommonViewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        getCommonViewer().addSelectionChangedListener(event -> openSelectedInBackground(event.getStructuredSelection()));
        getSite().getService(IContextService.class).activateContext(AnnotideUi.CONTEXT_ID);
        filterMenu = new FilterMenu(EnumSet.of(FilterMenu.Facet.CLASS, FilterMenu.Facet.KIND,
                FilterMenu.Facet.PROVENANCE, FilterMenu.Facet.ATTRIBUTE, FilterMenu.Facet.TASK_STATUS),
                AnnotideExplorer::shownClasses, search::getText, search::setText);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(filterMenu.action("Filter the images by class, shape kind, provenance, attribute value"
                + " and task status"));
        getViewSite().getActionBars().updateActionBars();
    }

    /**
     * A project selected (before it is expanded, or its image opened) is opened in the background meanwhile: expanding
     * it then finds the store open instead of recovering and decoding it on the UI thread.
     */
    private static void openSelectedInBackground(IStructuredSelection selection) {
        for (Object element : selection.toList()) {
            if (element instanceof IProject project && WorkspaceProjects.isAnnotideProject(project)) {
                PlatformUI.getWorkbench().getService(ProjectService.class).openInBackground(project);
            }
        }
    }

    /** The label classes of the open projects, for the Filter menu. */
    private static Collection<LabelClass> shownClasses() {
        List<LabelClass> classes = new ArrayList<>();
        for (ProjectStore store : PlatformUI.getWorkbench().getService(ProjectService.class).openStores()) {
            classes.addAll(store.project().getLabelClasses());
        }
        return classes;
    }

    /** The explorer's filter menu (the toolbar's Filter drop-down). */
    public FilterMenu filterMenu() {
        return filterMenu;
    }

    /** A viewer that recounts what the filter hides after each refresh (images come, go and change). */
    @Override
    protected CommonViewer createCommonViewerObject(Composite parent) {
        return new CommonViewer(getViewSite().getId(), parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL) {
            @Override
            protected void internalRefresh(Object element, boolean updateLabels) {
                super.internalRefresh(element, updateLabels);
                countSoon();
            }
        };
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
        describeFilter();
    }

    private void countSoon() {
        if (filter == null || countQueued || search == null || search.isDisposed()) {
            return;
        }
        countQueued = true;
        search.getDisplay().asyncExec(() -> {
            countQueued = false;
            if (!search.isDisposed()) {
                describeFilter();
            }
        });
    }

    /** Says what the search hides: how many images of the open projects (and tiles, for a status). */
    private void describeFilter() {
        if (filter == null) {
            showFilter(null);
            return;
        }
        int images = 0;
        int hidden = 0;
        int tiles = 0;
        int hiddenTiles = 0;
        for (ProjectStore store : PlatformUI.getWorkbench().getService(ProjectService.class).openStores()) {
            for (ImageAsset image : store.project().getImages()) {
                images++;
                if (!filter.matches(image)) {
                    hidden++;
                }
                for (Tile tile : image.getTiles()) {
                    tiles++;
                    if (!filter.matches(tile)) {
                        hiddenTiles++;
                    }
                }
            }
        }
        // the counts first: the line is cut at the view's width, and the field above says what the filter is
        String description = "Filter hides " + hidden + " of " + images + (images == 1 ? " image" : " images")
                + (tiles == 0 ? "" : ", " + hiddenTiles + " of " + tiles + (tiles == 1 ? " tile" : " tiles"));
        showFilter(filter.problem() == null ? description : description + " (" + filter.problem() + ")");
    }

    /** What the content description says about the filter (empty without one). */
    public String filterDescription() {
        return getContentDescription();
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
