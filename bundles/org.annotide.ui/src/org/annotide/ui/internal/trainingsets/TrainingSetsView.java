package org.annotide.ui.internal.trainingsets;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.ModelLabelProvider;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.annotide.ui.internal.AnnotideUiPlugin;
import org.annotide.ui.internal.ModelWatcher;
import org.annotide.ui.internal.WorkspaceProjects;
import org.annotide.ui.internal.explorer.AnnotideExplorer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.ViewPart;

/**
 * The training sets of the project the user works in: create, rename and describe in place, duplicate,
 * delete, add the tiles selected elsewhere, remove tiles, and filter the Project Explorer to one set.
 * Every change is one undoable command.
 */
public final class TrainingSetsView extends ViewPart implements ISelectionListener, ProjectService.Listener {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;
    /** What the view says while it shows no project: where its content comes from. */
    static final String HINT = "Select a project, or an image or tile of one, in the Project Explorer to see its training sets.";

    private TableViewer sets;
    private TableViewer tiles;
    private ProjectStore store;
    private IProject project;
    /** Watches the project's training sets: what this view shows. */
    private ModelWatcher watcher;
    /** The tiles last selected in another part, for Add Selected Tiles; may hold tiles of other projects. */
    private List<Tile> lastTileSelection = List.of();
    /** Sets whose tiles changed since the view last caught up with the model. */
    private final Set<TrainingSet> changedSets = new HashSet<>();
    private boolean catchUpQueued;
    private CommandStackActions undoRedo;
    private TrainingSetExplorerFilter explorerFilter;
    private final ModelLabelProvider labels = new ModelLabelProvider();
    private Action filterAction;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sets = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        sets.getTable().setHeaderVisible(true);
        sets.getTable().setLinesVisible(true);
        sets.setContentProvider(ArrayContentProvider.getInstance());
        SelectedRowEditing.install(sets);
        column(sets, "Name", 140, s -> s.getName(), true, (s, v) -> TrainingSetCommands.rename(store.editingDomain(), s, v));
        column(sets, "Tiles", 50, s -> Integer.toString(s.getTiles().size()), false, null);
        column(sets, "Description", 180, s -> s.getDescription(), true,
                (s, v) -> TrainingSetCommands.describe(store.editingDomain(), s, v));
        column(sets, "Created by", 90, s -> s.getCreatedBy(), false, null);
        column(sets, "Created", 130, s -> s.getCreatedAt() == null ? ""
                : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(s.getCreatedAt()), false, null);
        sets.addSelectionChangedListener(event -> {
            showTiles();
            if (filterAction.isChecked()) {
                applyExplorerFilter();
            }
        });

        tiles = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        tiles.setContentProvider(ArrayContentProvider.getInstance());
        tiles.setLabelProvider(new org.annotide.ui.internal.explorer.ProjectLabelProvider());
        sash.setWeights(2, 1);

        getSite().setSelectionProvider(new org.eclipse.jface.viewers.ISelectionProvider() {
            @Override
            public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener l) {
                sets.addSelectionChangedListener(l);
                tiles.addSelectionChangedListener(l);
            }

            @Override
            public ISelection getSelection() {
                return tiles.getTable().isFocusControl() ? tiles.getSelection() : sets.getSelection();
            }

            @Override
            public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener l) {
                sets.removeSelectionChangedListener(l);
                tiles.removeSelectionChangedListener(l);
            }

            @Override
            public void setSelection(ISelection selection) {
                sets.setSelection(selection);
            }
        });
        createActions();
        projects().addListener(this);
        ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.addPostSelectionListener(this);
        // The explorer's selection counts even while another part is active: after a restart the explorer shows
        // its project selected, and that selection reaches no window-wide listener.
        selections.addPostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        // an editor's project counts too: after a restart the restored editor is active and nothing is selected
        getSite().getPage().addPartListener(editorFollower);
        setContentDescription(HINT);
        selectionChanged(null, selections.getSelection());
        if (store == null) {
            selectionChanged(null, selections.getSelection(AnnotideUi.EXPLORER_VIEW_ID));
        }
        if (store == null && getSite().getPage().getActiveEditor() != null) {
            follow(getSite().getPage().getActiveEditor());
        }
    }

    private interface Edit {
        Command command(TrainingSet set, String value);
    }

    private void column(TableViewer viewer, String title, int width, Function<TrainingSet, String> text,
            boolean editable, Edit edit) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((TrainingSet) element);
                return value == null ? "" : value;
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return title.equals("Name") ? labels.getImage(element) : null;
            }
        });
        if (editable) {
            column.setEditingSupport(new EditingSupport(viewer) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(viewer.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return store != null && !store.isReadOnly();
                }

                @Override
                protected Object getValue(Object element) {
                    String value = text.apply((TrainingSet) element);
                    return value == null ? "" : value;
                }

                @Override
                protected void setValue(Object element, Object value) {
                    if (!value.equals(getValue(element))) {
                        run(edit.command((TrainingSet) element, (String) value));
                    }
                }
            });
        }
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action create = action("New Training Set", images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD), () -> {
            // the tiles selected in the explorer or a filmstrip, as Ctrl+Shift+T takes them
            TrainingSet set = TrainingSetCommands.newSet("Training set " + (store.project().getTrainingSets().size() + 1),
                    tilesToAdd().stream().distinct().toList());
            run(TrainingSetCommands.create(store.editingDomain(), store.project(), set));
            sets.refresh(); // the row must exist now, to be selected and edited
            sets.setSelection(new StructuredSelection(set), true);
            sets.editElement(set, 0);
        });
        create.setToolTipText("New Training Set with the tiles selected in the explorer or a filmstrip (as Ctrl+Shift+T)");
        Action duplicate = action("Duplicate", images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY), () -> {
            for (TrainingSet set : selectedSets()) {
                run(TrainingSetCommands.duplicate(store.editingDomain(), set));
            }
        });
        Action delete = action("Delete", images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE), () -> {
            List<TrainingSet> selected = selectedSets();
            if (!selected.isEmpty() && MessageDialog.openConfirm(getSite().getShell(), "Delete Training Sets",
                    "Delete " + selected.size() + " training set(s)? The tiles stay; Undo brings the sets back.")) {
                run(TrainingSetCommands.delete(store.editingDomain(), selected));
            }
        });
        Action addTiles = action("Add Selected Tiles", AnnotideUiPlugin.imageDescriptor("icons/tile.png"), () -> {
            List<TrainingSet> selected = selectedSets();
            List<Tile> adding = tilesToAdd();
            if (selected.size() != 1 || adding.isEmpty()) {
                MessageDialog.openInformation(getSite().getShell(), "Add Tiles", "Select one training set here and "
                        + "the tiles of " + store.project().getName() + " to add in the Project Explorer or a filmstrip.");
                return;
            }
            run(TrainingSetCommands.addTiles(store.editingDomain(), selected.get(0), adding));
        });
        Action removeTiles = action("Remove Tiles from Set", images.getImageDescriptor(ISharedImages.IMG_ELCL_REMOVE), () -> {
            List<TrainingSet> selected = selectedSets();
            List<Tile> chosen = Selections.elements(tiles.getSelection(), Tile.class);
            if (selected.size() == 1 && !chosen.isEmpty()) {
                run(TrainingSetCommands.removeTiles(store.editingDomain(), selected.get(0), chosen));
            }
        });
        Action rename = action("Rename", null, () -> {
            List<TrainingSet> selected = selectedSets();
            if (selected.size() == 1) {
                sets.editElement(selected.get(0), 0);
            }
        });
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename"); // F2, as everywhere in the workbench
        filterAction = new Action("Show Only This Set in the Explorer", Action.AS_CHECK_BOX) {
            @Override
            public void run() {
                applyExplorerFilter();
            }
        };
        filterAction.setImageDescriptor(AnnotideUiPlugin.imageDescriptor("icons/trainingset.png"));
        filterAction.setToolTipText(filterAction.getText());
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(create);
        toolbar.add(duplicate);
        toolbar.add(delete);
        toolbar.add(addTiles);
        toolbar.add(filterAction);
        MenuManager menu = new MenuManager();
        menu.add(create);
        menu.add(duplicate);
        menu.add(rename);
        menu.add(delete);
        menu.add(addTiles);
        menu.add(filterAction);
        sets.getTable().setMenu(menu.createContextMenu(sets.getTable()));
        MenuManager tileMenu = new MenuManager();
        tileMenu.add(removeTiles);
        tiles.getTable().setMenu(tileMenu.createContextMenu(tiles.getTable()));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        undoRedo = CommandStackActions.install(getViewSite().getActionBars(), () -> store);
    }

    private Action action(String text, org.eclipse.jface.resource.ImageDescriptor image, Runnable body) {
        Action action = new Action(text, image) {
            @Override
            public void run() {
                if (store != null) {
                    body.run();
                }
            }
        };
        action.setToolTipText(text);
        return action;
    }

    private void run(Command command) {
        try {
            store.commandStack().execute(command);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), "Training Sets", e.getMessage());
        }
    }

    private List<TrainingSet> selectedSets() {
        return Selections.elements(sets.getSelection(), TrainingSet.class);
    }

    /**
     * The last selected tiles that still belong to this view's project: tiles of another project, or
     * replaced by tiling the image again, are left out.
     */
    private List<Tile> tilesToAdd() {
        return lastTileSelection.stream().filter(t -> ProjectStore.of(t) == store && t.eContainer() != null).toList();
    }

    private void showTiles() {
        List<TrainingSet> selected = selectedSets();
        tiles.setInput(selected.size() == 1 ? new ArrayList<>(selected.get(0).getTiles()) : List.of());
    }

    private void applyExplorerFilter() {
        if (!(getSite().getPage().findView(AnnotideUi.EXPLORER_VIEW_ID) instanceof CommonNavigator explorer)) {
            return;
        }
        if (explorerFilter != null) {
            explorer.getCommonViewer().removeFilter(explorerFilter);
            explorerFilter = null;
        }
        List<TrainingSet> selected = selectedSets();
        if (filterAction.isChecked() && selected.size() == 1) {
            explorerFilter = new TrainingSetExplorerFilter(selected.get(0));
            explorer.getCommonViewer().addFilter(explorerFilter);
        }
        if (explorer instanceof AnnotideExplorer annotide) {
            annotide.showFilter(explorerFilter == null ? null : explorerFilter.description());
        }
    }

    private final IPartListener2 editorFollower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference instanceof IEditorReference && reference.getPart(false) != null) {
                follow(reference.getPart(false));
            }
        }
    };

    /** Shows the sets of the project the editor works on, if it is one of an open Annotide project. */
    private void follow(IWorkbenchPart editor) {
        ProjectStore edited = Adapters.adapt(editor, ProjectStore.class);
        IProject editedProject = edited == null ? null : projects().project(edited);
        if (editedProject != null && edited != store) {
            setStore(edited, editedProject);
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        ProjectStore selected = storeOf(selection);
        IProject selectedProject = selected == null ? null : projects().project(selected);
        if (selectedProject != null && selected != store) {
            setStore(selected, selectedProject);
        }
        List<Tile> selectedTiles = Selections.elements(selection, Tile.class);
        if (!selectedTiles.isEmpty()) {
            lastTileSelection = selectedTiles;
        }
    }

    /**
     * The project the selection belongs to. A selected Annotide project that nothing opened yet (the explorer
     * opens one only when it is unfolded) is opened here, as unfolding it would, so that it shows its sets.
     */
    private ProjectStore storeOf(ISelection selection) {
        ProjectStore open = Selections.store(selection);
        if (open != null) {
            return open;
        }
        IProject selected = Selections.elements(selection, IProject.class).stream()
                .filter(WorkspaceProjects::isAnnotideProject).findFirst().orElse(null);
        if (selected == null) {
            return null;
        }
        try {
            return projects().store(selected);
        } catch (StoreException e) {
            // the explorer shows why under the project; here it is enough to say the sets cannot be shown
            clearStore();
            setContentDescription(selected.getName() + " cannot be opened: see the Project Explorer.");
            return null;
        }
    }

    private void setStore(ProjectStore next, IProject nextProject) {
        clearStore();
        store = next;
        project = nextProject;
        watcher = new ModelWatcher(store.project(), Set.of(MODEL.getProject_TrainingSets()), this::modelChanged).start();
        sets.setInput(store.project().getTrainingSets());
        setContentDescription(store.project().getName());
        undoRedo.update();
    }

    /** Lets go of the project shown: its sets, the tiles picked in it, the explorer filter on one of its sets. */
    private void clearStore() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
        store = null;
        project = null;
        lastTileSelection = List.of();
        synchronized (changedSets) {
            changedSets.clear();
        }
        if (explorerFilter != null) {
            filterAction.setChecked(false);
            applyExplorerFilter();
        }
        sets.setInput(List.of());
        tiles.setInput(List.of());
        setContentDescription(HINT);
        undoRedo.update();
    }

    @Override
    public void opened(IProject opened, ProjectStore openedStore) {
        // a project is shown once the user selects something of it
    }

    @Override
    public void closed(IProject closed) {
        Display display = sets.getControl().getDisplay();
        Runnable forget = () -> {
            if (!sets.getControl().isDisposed() && closed.equals(project)) {
                clearStore();
            }
        };
        if (Display.getCurrent() == display) {
            forget.run();
        } else {
            display.asyncExec(forget);
        }
    }

    /** Training-set changes (never annotation edits) reach the tables once per burst. */
    private void modelChanged(Notification notification) {
        if (notification.isTouch()) {
            return;
        }
        boolean setList = notification.getNotifier() instanceof Project
                && notification.getFeature() == MODEL.getProject_TrainingSets();
        if (!setList && !(notification.getNotifier() instanceof TrainingSet)) {
            return;
        }
        synchronized (changedSets) {
            if (notification.getNotifier() instanceof TrainingSet set
                    && notification.getFeature() == MODEL.getTrainingSet_Tiles()) {
                changedSets.add(set);
            }
            if (catchUpQueued || sets.getControl().isDisposed()) {
                return;
            }
            catchUpQueued = true;
        }
        sets.getControl().getDisplay().asyncExec(this::catchUp);
    }

    private void catchUp() {
        Set<TrainingSet> tilesChanged;
        synchronized (changedSets) {
            tilesChanged = new HashSet<>(changedSets);
            changedSets.clear();
            catchUpQueued = false;
        }
        if (sets.getControl().isDisposed() || store == null) {
            return;
        }
        sets.refresh();
        List<TrainingSet> selected = selectedSets();
        if (selected.size() == 1 && tilesChanged.contains(selected.get(0))) {
            showTiles();
        }
        // The filter holds the set's tiles as they were: build it again when they changed or the set went.
        if (explorerFilter != null && (tilesChanged.contains(explorerFilter.set())
                || explorerFilter.set().eContainer() == null)) {
            applyExplorerFilter();
        }
    }

    /** For tests and the explorer: the project shown. */
    public ProjectStore store() {
        return store;
    }

    @Override
    public void setFocus() {
        sets.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.removePostSelectionListener(this);
        selections.removePostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        getSite().getPage().removePartListener(editorFollower);
        projects().removeListener(this);
        if (watcher != null) {
            watcher.stop();
        }
        undoRedo.dispose();
        labels.dispose();
        super.dispose();
    }

    static IStructuredSelection selection(Object... elements) {
        return new StructuredSelection(elements);
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
