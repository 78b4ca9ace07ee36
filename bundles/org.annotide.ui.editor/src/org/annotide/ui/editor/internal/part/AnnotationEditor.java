package org.annotide.ui.editor.internal.part;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.ImageService;
import org.annotide.imaging.PyramidBuildJob;
import org.annotide.imaging.TileWindows;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.model.edit.ClassRules;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.canvas.AnnotationCanvas;
import org.annotide.ui.editor.internal.canvas.ImageSession;
import org.annotide.ui.editor.internal.edit.AnnotationCommands;
import org.annotide.ui.editor.internal.edit.PendingPredictions;
import org.annotide.ui.editor.internal.edit.RelabelRules;
import org.annotide.ui.editor.internal.edit.RingEditRules;
import org.annotide.ui.editor.internal.geometry.RingEdit;
import org.annotide.ui.editor.internal.index.AnnotationChanges;
import org.annotide.ui.editor.internal.index.Glyph;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.outline.AnnotationOutlinePage;
import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.TraineeDrafts;
import org.annotide.ui.UserSession;
import org.annotide.ui.editor.internal.prefs.EditorPreferences;
import org.annotide.ui.editor.internal.tools.KeypointsTool;
import org.annotide.ui.editor.internal.tools.PathTool;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IReusableEditor;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The annotation editor: one image or tile of a project on an {@link AnnotationCanvas}, with the tools bar
 * and the label-class palette above it and the filmstrip of the image's tiles below it.
 * <p>
 * There is nothing to save: every edit is a command on the project's command stack, journaled before it
 * returns. The editor is reusable: next and previous replace its input, which keeps the keyboard flow of
 * labelling a sequence of images in one place. Every action is a workbench command (see plugin.xml) whose
 * keys can be changed under General &gt; Keys.
 */
public final class AnnotationEditor extends EditorPart implements IReusableEditor {

    /** At most this many selected annotations are passed on to other views. */
    static final int MAX_WORKBENCH_SELECTION = 1_000;

    private AnnotationCanvas canvas;
    private ToolsBar toolsBar;
    private LabelPalette palette;
    private Filmstrip filmstrip;
    private EditorSelectionProvider selectionProvider;
    private InputWatcher watcher;
    private IPropertyChangeListener preferenceListener;
    private EditActions editActions;
    private RelinkBar relinkBar;
    private DisplayControls displayControls;
    private EditorKeys editorKeys;
    private AttributeStrip attributeStrip;
    private AnnotationOutlinePage outline;
    private final UserSession.Listener userListener = this::userChanged;
    private LabelClass currentClass;
    private PyramidBuildJob pyramidJob;
    /** The tool's instruction: what to do next. */
    private String guidance = "";
    /** A refusal or other transient message: shown over the guidance until the next user action. */
    private String note = "";
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        checkInput(input);
        setInputWithNotify(input);
    }

    private static void checkInput(IEditorInput input) throws PartInitException {
        if (input instanceof UnavailableEditorInput unavailable) {
            throw new PartInitException(unavailable.reason());
        }
        if (!(input instanceof AnnotationEditorInput annotationInput)) {
            throw new PartInitException("The annotation editor opens images and tiles, not " + input.getName());
        }
        if (ProjectStore.of(annotationInput.image()) == null) {
            throw new PartInitException(input.getName() + " does not belong to an open Annotide project");
        }
    }

    @Override
    public void setInput(IEditorInput input) {
        try {
            checkInput(input);
        } catch (PartInitException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        setInputWithNotify(input);
        if (canvas != null) {
            bind();
        }
    }

    @Override
    public AnnotationEditorInput getEditorInput() {
        return (AnnotationEditorInput) super.getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);
        toolsBar = new ToolsBar(root, this::setTool);
        toolsBar.control().setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        palette = new LabelPalette(root, this::setCurrentClass);
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        attributeStrip = new AttributeStrip(root, this::execute, field -> editorKeys.field(field),
                () -> canvas.control().setFocus(), this::showAttributeStrip);
        GridData attributesData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        attributesData.exclude = true;
        attributeStrip.control().setLayoutData(attributesData);
        attributeStrip.control().setVisible(false);
        // its row is made above the attributes the first time D shows it
        displayControls = new DisplayControls(root, attributeStrip.control(), field -> editorKeys.field(field),
                adjustment -> canvas.setDisplayAdjustment(adjustment));
        relinkBar = new RelinkBar(root, this::relink);
        canvas = new AnnotationCanvas(root);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas.control().setData("annotide.role", "canvas");
        filmstrip = new Filmstrip(root, () -> canvas.session() == null ? null : canvas.session().pyramid(),
                this::open, () -> selectionProvider.fire(), () -> selectionProvider.activate(true));

        selectionProvider = new EditorSelectionProvider(this::annotationSelection, filmstrip::selection,
                this::selectAnnotations);
        getSite().setSelectionProvider(selectionProvider);
        canvas.control().addListener(SWT.FocusIn, event -> selectionProvider.activate(false));
        canvas.addListener(new CanvasListener());

        IPreferenceStore preferences = EditorPlugin.getDefault().getPreferenceStore();
        preferenceListener = event -> applyPreferences(preferences);
        preferences.addPropertyChangeListener(preferenceListener);
        applyPreferences(preferences);

        watcher = new InputWatcher(parent.getDisplay(), new InputWatcher.Listener() {
            @Override
            public void inputRemoved() {
                getSite().getPage().closeEditor(AnnotationEditor.this, false);
            }

            @Override
            public void structureChanged() {
                refreshStructure();
            }
        });
        editActions = new EditActions(canvas, message -> MessageDialog.openError(getSite().getShell(), "Annotide", message));
        editorKeys = new EditorKeys(getSite().getService(IContextService.class));
        if (users() != null) {
            users().addListener(userListener);
        }
        toolsBar.select(canvas.toolKind());
        bind();
        // what the first frame does not show waits for it: the tools' keys, the filmstrip's thumbnails
        canvas.afterCompleteFrame(toolsBar::refreshTooltips);
        canvas.afterCompleteFrame(filmstrip::startThumbnails);
    }

    /** Points the shown image at another file (one undoable change) and shows it again. */
    public void relink(Path file) {
        ImageAsset image = getEditorInput().image();
        ProjectStore store = ProjectStore.of(image);
        if (store == null) {
            return;
        }
        try {
            store.commandStack().execute(RelinkBar.relinkCommand(store, image, file));
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Relink Image", image.getName() + " was not relinked: "
                    + e.getMessage());
            return;
        }
        bind();
    }

    /** Shows the current input: annotations, pixels, palette, filmstrip. */
    private void bind() {
        AnnotationEditorInput input = getEditorInput();
        ImageAsset image = input.image();
        Tile tile = input.tile();
        ProjectStore store = ProjectStore.of(image);
        ImageAnnotations annotations = ImageAnnotations.acquire(image, canvas.control().getDisplay()::asyncExec);
        annotations.setVisibility(this::mayView);
        AnnotationCommands commands = new AnnotationCommands(store.editingDomain(), image, this::mayChange);
        ImageService service = EditorPlugin.getDefault().imageService();
        ImagePyramid pyramid = null;
        String problem = null;
        try {
            pyramid = service.open(store.folder(), image);
        } catch (IOException | RuntimeException e) {
            problem = "The pixels of " + image.getName() + " cannot be read: " + e.getMessage();
        }
        canvas.setSession(new ImageSession(image, tile, annotations, commands, pyramid, problem));
        if (pyramid != null) {
            ImagePyramid shown = pyramid;
            org.eclipse.swt.widgets.Display display = canvas.control().getDisplay();
            // a mirror's pixels that were stand-ins (the server away) may be fetched now: compose the tiles again
            pyramid.whenPixelsArrive(() -> {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!canvas.control().isDisposed() && canvas.session() != null
                                && canvas.session().pyramid() == shown) {
                            canvas.pixelsChanged();
                        }
                    });
                }
            });
        }
        displayControls.showImage(image);
        attributeStrip.show(null, null);
        relinkBar.show(image, problem);
        canvas.setStatusMessage(null);
        note = "";
        editActions.watch(store.commandStack());
        Project project = image.eContainer() instanceof Project p ? p : null;
        if (currentClass == null || project == null || !project.getLabelClasses().contains(currentClass)) {
            currentClass = project == null || project.getLabelClasses().isEmpty() ? null
                    : project.getLabelClasses().get(0);
        }
        canvas.setCurrentClass(currentClass);
        palette.show(project, currentClass);
        filmstrip.show(image, tile);
        watcher.watch(image, tile);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        if (pyramid != null) {
            buildPyramidIfNeeded(service, store.folder(), image);
        }
        if (outline != null) {
            outline.refresh();
        }
        selectionProvider.fire();
        editActions.update();
        updateStatus();
    }

    /**
     * What the logged-in user may see: everything but the drafts the permission service keeps from them (another
     * trainee's work on a shared benchmark image of a training project).
     */
    private boolean mayView(Annotation annotation) {
        return !TraineeDrafts.isDraft(annotation) || users() == null || users().may(Action.VIEW_PROJECTS, annotation);
    }

    /** What the logged-in user may change: a trainee's drafts only by that trainee. */
    private boolean mayChange(Annotation annotation) {
        return !TraineeDrafts.isDraft(annotation) || users() == null
                || users().may(Action.EDIT_ANNOTATIONS, annotation);
    }

    private static UserSession users() {
        return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(UserSession.class) : null;
    }

    /** Another user logged in: what they may see of the image is indexed anew. */
    private void userChanged(Account user) {
        if (canvas != null && !canvas.control().isDisposed() && canvas.session() != null) {
            canvas.session().annotations().setVisibility(this::mayView);
            canvas.selection().clear();
            if (outline != null) {
                outline.refresh();
            }
            editActions.update();
        }
    }

    /**
     * Large images without reduced levels show full resolution only; their pyramid is built in the
     * background (Progress view, cancellable) and swapped in when ready. Whether one is needed is asked off the
     * UI thread (it opens the file once more, and reads the pyramid cache's directory): the first frame does
     * not wait for it.
     */
    private void buildPyramidIfNeeded(ImageService service, Path folder, ImageAsset image) {
        Job check = Job.create("Checking the pyramid of " + image.getName(), monitor -> {
            if (service.needsPyramid(folder, image) && !canvas.control().isDisposed()) {
                canvas.control().getDisplay().asyncExec(() -> startPyramidBuild(service, folder, image));
            }
            return Status.OK_STATUS;
        });
        check.setSystem(true);
        check.schedule();
    }

    private void startPyramidBuild(ImageService service, Path folder, ImageAsset image) {
        if (canvas.control().isDisposed() || pyramidJob != null || canvas.session() == null
                || canvas.session().image() != image) {
            return;
        }
        canvas.setStatusMessage("Building the pyramid of " + image.getName() + " (see the Progress view); "
                + "full resolution is shown meanwhile");
        PyramidBuildJob job = new PyramidBuildJob(service, folder, image);
        pyramidJob = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                canvas.control().getDisplay().asyncExec(() -> pyramidBuilt(job, event.getResult(), service, folder, image));
            }
        });
        job.schedule();
    }

    private void pyramidBuilt(PyramidBuildJob job, IStatus result, ImageService service, Path folder, ImageAsset image) {
        if (canvas.control().isDisposed() || pyramidJob != job || canvas.session() == null
                || canvas.session().image() != image) {
            return;
        }
        pyramidJob = null;
        if (result.getSeverity() == IStatus.CANCEL) {
            canvas.setStatusMessage("Pyramid building was cancelled: zoomed-out views stay blank");
            return;
        }
        if (!result.isOK()) {
            canvas.setStatusMessage(result.getMessage());
            return;
        }
        try {
            canvas.session().replacePixels(service.open(folder, image), null);
            canvas.setStatusMessage(null);
            canvas.pixelsChanged();
        } catch (IOException e) {
            canvas.setStatusMessage("The pyramid was built but cannot be read: " + e.getMessage());
        }
    }

    private void applyPreferences(IPreferenceStore preferences) {
        canvas.setStyle(EditorPreferences.style(preferences));
        canvas.setOverviewVisible(preferences.getBoolean(EditorPreferences.SHOW_OVERVIEW));
    }

    private void refreshStructure() {
        AnnotationEditorInput input = getEditorInput();
        Project project = input.image().eContainer() instanceof Project p ? p : null;
        if (currentClass != null && (project == null || !project.getLabelClasses().contains(currentClass))) {
            currentClass = null;
            canvas.setCurrentClass(null);
        }
        palette.show(project, currentClass);
        filmstrip.show(input.image(), input.tile());
        watcher.watch(input.image(), input.tile());
        // a renamed image renames its tab (and the window title that follows it)
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    // ------------------------------------------------------------------ operations (commands call these)

    public AnnotationCanvas canvas() {
        return canvas;
    }

    public void setTool(ToolKind kind) {
        clearNote();
        canvas.setTool(kind);
        toolsBar.select(kind);
        updateStatus();
    }

    public LabelClass currentClass() {
        return currentClass;
    }

    public void setCurrentClass(LabelClass labelClass) {
        clearNote();
        currentClass = labelClass;
        canvas.setCurrentClass(labelClass);
        palette.select(labelClass);
        updateStatus();
    }

    /**
     * The class with this hotkey (or, when no class declares hotkeys, the n-th class) becomes current, and
     * the selected annotations get it.
     */
    public void labelClassByHotkey(String hotkey) {
        Project project = project();
        if (project == null) {
            return;
        }
        LabelClass found = null;
        for (LabelClass labelClass : project.getLabelClasses()) {
            if (hotkey.equals(labelClass.getHotkey())) {
                found = labelClass;
                break;
            }
        }
        boolean anyHotkeys = project.getLabelClasses().stream()
                .anyMatch(labelClass -> labelClass.getHotkey() != null && !labelClass.getHotkey().isBlank());
        if (found == null && !anyHotkeys && hotkey.matches("[1-9]")) {
            int index = Integer.parseInt(hotkey) - 1;
            found = index < project.getLabelClasses().size() ? project.getLabelClasses().get(index) : null;
        }
        if (found == null) {
            showNote("No label class has the key " + hotkey);
            return;
        }
        setCurrentClass(found);
        List<Annotation> selected = canvas.selection().items();
        if (!selected.isEmpty()) {
            execute(canvas.session().commands().relabel(selected, found));
            showNote(RelabelRules.skipped(selected, found));
        }
    }

    /** Adds the current class as an image-level class (of the tile, in a tile editor), or removes it. */
    public void toggleImageClass() {
        if (currentClass == null) {
            showNote("Choose a label class first");
            return;
        }
        if (!ClassRules.allows(currentClass, ShapeKind.IMAGE_CLASS)) {
            showNote(ClassRules.refusal(currentClass, ShapeKind.IMAGE_CLASS));
            return;
        }
        ImageSession session = canvas.session();
        execute(session.commands().toggleImageClass(currentClass, session.tile(),
                session.annotations().imageClassAnnotations()));
    }

    public void hideSelection() {
        execute(canvas.session().commands().setHidden(canvas.selection().items(), true));
    }

    /** Shows every hidden annotation of the image (of the window, in a tile editor). */
    public void showHidden() {
        List<Annotation> hidden = new ArrayList<>();
        double[] window = canvas.window();
        canvas.session().annotations().index().forEach(glyph -> {
            if (glyph.has(Glyph.HIDDEN) && glyph.intersects(window[0], window[1], window[2], window[3])) {
                hidden.add(glyph.annotation());
            }
        });
        if (hidden.isEmpty()) {
            showNote("Nothing is hidden here");
            return;
        }
        execute(canvas.session().commands().setHidden(hidden, false));
    }

    /** Locks the selection, or unlocks it when all of it is locked. */
    public void toggleLock() {
        List<Annotation> selected = canvas.selection().items();
        boolean lock = selected.stream().anyMatch(annotation -> !annotation.isLocked());
        execute(canvas.session().commands().setLocked(selected, lock));
    }

    /** Arms the polygon tool: the next ring drawn is cut out of the selected annotation as a hole. */
    public void cutHole() {
        armRingEdit(RingEdit.CUT_HOLE);
    }

    /** Arms the polygon tool: the next ring drawn is added to the selected annotation as a part. */
    public void addPart() {
        armRingEdit(RingEdit.ADD_PART);
    }

    /**
     * Arms the polygon tool for the selected annotation, or says why not. The user's way of drawing
     * polygons is kept: freehand stays freehand, any other tool becomes the click-vertices tool.
     */
    private void armRingEdit(RingEdit edit) {
        List<Annotation> selected = canvas.selection().items();
        String refusal = RingEditRules.refusal(selected, edit);
        if (refusal != null) {
            showNote(refusal);
            return;
        }
        setTool(canvas.toolKind() == ToolKind.FREEHAND ? ToolKind.FREEHAND : ToolKind.POLYGON);
        ((PathTool) canvas.tool()).arm(selected.get(0), edit);
    }

    /** Accepts the selected predictions and moves to the next one waiting for review. */
    public void acceptPrediction() {
        review(true);
    }

    /** Rejects (hides) the selected predictions and moves to the next one waiting for review. */
    public void rejectPrediction() {
        review(false);
    }

    private void review(boolean accept) {
        List<Annotation> selected = canvas.selection().items();
        Glyph last = selected.isEmpty() ? null : canvas.session().annotations().index().get(selected.get(selected.size() - 1));
        AnnotationCommands commands = canvas.session().commands();
        Command command = accept ? commands.accept(selected) : commands.reject(selected);
        boolean reviewed = command.canExecute() && execute(command);
        Annotation next = PendingPredictions.after(canvas.session().annotations().index(), canvas.window(),
                last == null ? -1 : last.sequence());
        if (next != null) {
            canvas.selection().set(List.of(next));
            canvas.reveal(next);
        } else {
            if (!reviewed) {
                canvas.selection().clear();
            }
            showNote("No predictions are waiting for review here");
        }
    }

    /** Page Down / Up: the next or previous tile of the image when a tile is shown, else image. */
    public void next(int delta, boolean imagesOnly) {
        AnnotationEditorInput input = getEditorInput();
        if (input.tile() != null && !imagesOnly) {
            List<Tile> tiles = new ArrayList<>(input.image().getTiles());
            tiles.sort(Comparator.comparingInt(Tile::getTileIndex));
            int index = tiles.indexOf(input.tile()) + delta;
            if (index < 0 || index >= tiles.size()) {
                showNote(delta > 0 ? "This is the last tile" : "This is the first tile");
                return;
            }
            open(tiles.get(index));
            return;
        }
        Project project = project();
        if (project == null) {
            return;
        }
        int index = project.getImages().indexOf(input.image()) + delta;
        if (index < 0 || index >= project.getImages().size()) {
            showNote(delta > 0 ? "This is the last image" : "This is the first image");
            return;
        }
        open(project.getImages().get(index));
    }

    /** Shows an image or tile: activates the editor already showing it, or shows it here. */
    public void open(org.eclipse.emf.ecore.EObject imageOrTile) {
        AnnotationEditorInput target = new AnnotationEditorInput(imageOrTile);
        if (target.equals(getEditorInput())) {
            return;
        }
        IEditorPart existing = getSite().getPage().findEditor(target);
        if (existing != null && existing != this) {
            getSite().getPage().activate(existing);
        } else {
            setInput(target);
        }
    }

    public void scaleBrush(double factor) {
        canvas.scaleBrush(factor);
    }

    public void skipKeypoint() {
        if (!(canvas.tool() instanceof KeypointsTool keypoints) || !keypoints.skip()) {
            showNote("Skip applies to the keypoints tool of a class with named keypoints");
        }
    }

    /** D: shows or hides brightness, contrast, gamma and channels (display only), focusing them when shown. */
    public void toggleDisplayControls() {
        Control row = displayControls.control();
        boolean show = !row.getVisible();
        ((GridData) row.getLayoutData()).exclude = !show;
        row.setVisible(show);
        row.getParent().layout(true, true);
        if (show) {
            ((Composite) row).getChildren()[1].setFocus();
        } else {
            canvas.control().setFocus();
        }
    }

    private void showAttributeStrip(boolean visible) {
        Control row = attributeStrip.control();
        GridData data = (GridData) row.getLayoutData();
        if (data.exclude == visible) {
            data.exclude = !visible;
            row.setVisible(visible);
            row.getParent().layout(true, true);
        }
    }

    /** A: the keyboard goes to the attributes of the one selected annotation (Enter applies, Esc comes back). */
    public void editAttributes() {
        if (!attributeStrip.focus()) {
            showNote("Select one annotation whose class has attributes to edit them here (or in Properties)");
        }
    }

    /** The annotation whose attributes the strip above the canvas shows, or null. */
    public Annotation attributesShown() {
        return attributeStrip.annotation();
    }

    public void toggleOverview() {
        IPreferenceStore preferences = EditorPlugin.getDefault().getPreferenceStore();
        preferences.setValue(EditorPreferences.SHOW_OVERVIEW, !preferences.getBoolean(EditorPreferences.SHOW_OVERVIEW));
    }

    public void finish() {
        canvas.finishTool();
    }

    public void cancel() {
        canvas.cancelTool();
    }

    /** Backspace: the last point of the shape being drawn, or the active vertex; never whole annotations. */
    public void deleteLastPoint() {
        canvas.deletePointOrVertex();
    }

    /** Selects annotations (from the Outline) and shows the first one. */
    public void selectAnnotations(List<?> elements) {
        List<Annotation> annotations = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof Annotation annotation && canvas.session().annotations().isVisible(annotation)) {
                annotations.add(annotation);
            }
        }
        canvas.selection().set(annotations);
        if (!annotations.isEmpty()) {
            canvas.reveal(annotations.get(0));
        }
    }

    // ------------------------------------------------------------------ edit actions

    /** The editor's handler for a global action id of {@link ActionFactory}; null when it has none. */
    EditAction action(String id) {
        return editActions.action(id);
    }

    Iterable<String> actionIds() {
        return editActions.ids();
    }

    private boolean execute(Command command) {
        return canvas.execute(command);
    }

    // ------------------------------------------------------------------ selection, outline, status

    /**
     * The annotations the workbench sees selected: all of them up to {@link #MAX_WORKBENCH_SELECTION}. The
     * Properties view compares every selected object to find common properties, which a Select All on a
     * million annotations would make hang; editor commands act on the whole selection regardless.
     */
    private StructuredSelection annotationSelection() {
        List<Annotation> items = canvas.selection().items();
        return new StructuredSelection(items.size() <= MAX_WORKBENCH_SELECTION ? items
                : items.subList(0, MAX_WORKBENCH_SELECTION));
    }

    /** The label classes of the shown image's project (the Outline's Filter menu offers them). */
    private List<LabelClass> projectClasses() {
        ImageSession session = canvas == null ? null : canvas.session();
        return session != null && session.image().eContainer() instanceof Project project
                ? project.getLabelClasses() : List.of();
    }

    /** The rows of the Outline: the image's annotations, or those showing on the tile. */
    private List<Annotation> outlineRows() {
        ImageSession session = canvas.session();
        if (session == null) {
            return List.of();
        }
        Tile tile = session.tile();
        if (tile == null) {
            return session.annotations().visibleAnnotations();
        }
        double[] window = session.window();
        List<Annotation> rows = new ArrayList<>();
        for (Glyph glyph : session.annotations().index().query(window[0], window[1], window[2], window[3], 0)) {
            if (TileWindows.intersects(tile, glyph.annotation())) {
                rows.add(glyph.annotation());
            }
        }
        rows.sort(Comparator.comparingLong(Annotation::getId));
        for (Annotation annotation : session.annotations().imageClassAnnotations()) {
            String scope = annotation.getAttributes().get(AnnotationCommands.TILE_ATTRIBUTE);
            if (scope == null || scope.equals(tile.getId())) {
                rows.add(annotation);
            }
        }
        return rows;
    }

    private void updateStatus() {
        AnnotationEditorContributor contributor = getEditorSite().getActionBarContributor() instanceof AnnotationEditorContributor c
                ? c
                : null;
        if (contributor == null || canvas == null || canvas.session() == null) {
            return;
        }
        contributor.showStatus(this);
    }

    String positionText() {
        if (Double.isNaN(pointerX)) {
            return "";
        }
        Tile tile = canvas.session().tile();
        String image = String.format(Locale.ROOT, "%.1f, %.1f", pointerX, pointerY);
        if (tile == null) {
            return image;
        }
        return String.format(Locale.ROOT, "%.1f, %.1f (image %s)", pointerX - tile.getX(),
                pointerY - tile.getY(), image);
    }

    String zoomText() {
        return canvas.viewport().zoomLabel();
    }

    String messageText() {
        int selected = canvas.selection().size();
        String tool = canvas.toolKind().label() + (currentClass == null ? "" : " · " + currentClass.getName());
        String hint = note.isEmpty() ? guidance : note;
        return tool + (selected == 0 ? "" : " · " + selected + " selected") + (hint.isEmpty() ? "" : " — " + hint);
    }

    private void showNote(String text) {
        note = text == null ? "" : text;
        updateStatus();
    }

    private void clearNote() {
        if (!note.isEmpty()) {
            showNote(null);
        }
    }

    private final class CanvasListener implements AnnotationCanvas.Listener {
        @Override
        public void pointer(double imageX, double imageY) {
            pointerX = imageX;
            pointerY = imageY;
            updateStatus();
        }

        @Override
        public void viewChanged() {
            updateStatus();
        }

        @Override
        public void hint(String text) {
            guidance = text == null ? "" : text;
            updateStatus();
        }

        @Override
        public void note(String text) {
            showNote(text);
        }

        @Override
        public void actionStarted() {
            clearNote();
        }

        @Override
        public void selectionChanged() {
            selectionProvider.activate(false);
            selectionProvider.fire();
            attributeStrip.show(canvas.selection().single(),
                    canvas.session() == null || canvas.session().commands() == null ? null
                            : canvas.session().commands().domain());
            if (outline != null) {
                outline.showSelection(canvas.selection().items());
            }
            editActions.update();
            updateStatus();
        }

        @Override
        public void annotationsChanged(AnnotationChanges changes) {
            if (outline != null) {
                outline.refreshSoon();
            }
        }

        @Override
        public void commandFailed(String message) {
            MessageDialog.openError(getSite().getShell(), "Annotide", message);
        }
    }

    // ------------------------------------------------------------------ part plumbing

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new AnnotationOutlinePage(this::outlineRows, this::selectAnnotations, this::projectClasses,
                        this::afterCompleteFrame);
            }
            return (T) outline;
        }
        if (adapter == ProjectStore.class && getEditorInput() != null) {
            // views that follow "the project being worked on" (Training Sets) ask the active editor for it
            return (T) ProjectStore.of(getEditorInput().image());
        }
        return super.getAdapter(adapter);
    }

    /** Runs the action once the editor's canvas has shown a complete frame (at once when it has no canvas yet). */
    private void afterCompleteFrame(Runnable action) {
        if (canvas == null || canvas.control().isDisposed()) {
            action.run();
        } else {
            canvas.afterCompleteFrame(action);
        }
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    /** Nothing to save: every change is journaled as it is made. */
    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every command is durable when it returns
    }

    @Override
    public void doSaveAs() {
        // no separate file to save to
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (editorKeys != null) {
            editorKeys.dispose();
        }
        if (users() != null) {
            users().removeListener(userListener);
        }
        if (editActions != null) {
            editActions.dispose();
        }
        if (watcher != null) {
            watcher.unwatch();
        }
        if (preferenceListener != null) {
            EditorPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(preferenceListener);
        }
        super.dispose();
    }

    private Project project() {
        return getEditorInput().image().eContainer() instanceof Project project ? project : null;
    }
}
