package org.annotide.ui.training.internal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.al.ActiveLearning;
import org.annotide.al.LabellingOrder;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingSet;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.CommandStackActions;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

/**
 * The Active Learning view: a selection round on the project the user works in. The user picks a classifier of the
 * registry, a strategy (every contribution to {@code org.annotide.al.strategies}, so plug-in strategies appear too),
 * a batch size and the pool (the unlabelled images, all or those of a training set, optionally filtered by name);
 * Select runs the round as an Eclipse Job (progress in the view and the Progress view, Cancel stops it, nothing is
 * recorded then). The round is recorded in the project as a {@link SelectionRound}; the rounds of the project are
 * listed, and the queue of the chosen one shows its images with their scores, sortable by score either way. Label
 * Next opens the annotation editor on the next unlabelled image in the project's labelling order
 * ({@link LabellingOrder}, a project setting chosen here): the queue as displayed, the project's order, or a
 * shuffled order for the first labelling.
 * <p>
 * The shown round's batch is labelled in the view itself ({@link LabellingArea}: the image, class buttons with keys
 * 1-9, Submit label with Enter, the model's predictions beside the choice), and the episode's progress is shown
 * beside the rounds ({@link EpisodeProgress}: labelled count, the current batch, accuracy per round as a chart).
 * <p>
 * A round selected by a detector or segmenter is labelled with objects in the annotation editor, not in the view:
 * the labelling area stays empty, a double-click on a row or Label Next opens the editor on the image, Label Next
 * skips the images that have objects (not predictions), and the Label column counts them.
 */
public final class ActiveLearningView extends ViewPart {

    static final String HINT = "Select a project, or an image of one, to run active learning on it.";
    static final String ALL_IMAGES = "All unlabelled images";
    static final String SET_PREFIX = "Training set: ";

    private final ProjectFollower follower = new ProjectFollower(this, this::show);
    private ProjectStore store;
    private final StrategyRegistry strategies = StrategyRegistry.installed();

    private Combo model;
    private Combo strategy;
    private Spinner batch;
    private Combo pool;
    private Text filter;
    private Combo order;
    private Button select;
    private Button cancel;
    private Button labelNext;
    private Label status;
    private TableViewer rounds;
    private TableViewer queue;
    private TableColumn scoreColumn;
    private boolean ascending;

    private LabellingArea labelling;
    private EpisodeProgress progress;
    private volatile boolean labelsPending;
    /** Labels change on images, not on the project: the progress follows the project's command stack. */
    private final CommandStackListener labels = event -> {
        // one refresh for a burst of commands (an import, a replay of many edits)
        if (progress != null && !progress.control().isDisposed() && !labelsPending) {
            labelsPending = true;
            progress.control().getDisplay().asyncExec(() -> labelsChanged());
        }
    };
    private CommandStack followed;
    private IContextActivation labellingKeys;
    private CommandStackActions undoRedo;

    private final List<TrainedModel> models = new ArrayList<>();
    /** The image Label Next opened last (the walk goes on after it). */
    private ImageAsset current;
    /** The round whose queue the walk follows (another round shown: the walk starts again). */
    private SelectionRound walked;
    /** The running or last selection job. */
    volatile Job job;
    /** True from scheduling a selection job until the view has seen it end. */
    private boolean selecting;

    private final AdapterImpl watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            Object feature = msg.getFeature();
            if (feature == AnnotidePackage.Literals.PROJECT__MODELS || feature == AnnotidePackage.Literals.PROJECT__SELECTION_ROUNDS
                    || feature == AnnotidePackage.Literals.PROJECT__TRAINING_SETS
                    || feature == AnnotidePackage.Literals.PROJECT__METADATA) {
                refreshLater();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        // side by side, so that the tables show rows where the view is wide and low (its place under the editor)
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        // the actions first: they stay in sight when the view is low
        Composite bar = new Composite(left, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        select = button(bar, "Select Batch", "select", this::runSelection);
        cancel = button(bar, "Cancel", "cancel", this::cancelSelection);
        labelNext = button(bar, "Label Next", "labelNext", this::labelNext);
        // one line, its tooltip the whole text: no re-layout of the form for each message
        status = new Label(left, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 200;
        status.setLayoutData(statusData);
        status.setData(Roles.KEY, "status");
        Composite form = new Composite(left, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        model = combo(form, "Model:", "model");
        strategy = combo(form, "Strategy:", "strategy");
        for (StrategyRegistry.Entry entry : strategies.entries()) {
            strategy.add(entry.name() == null || entry.name().isBlank() ? entry.id() : entry.name() + " (" + entry.id() + ")");
        }
        strategy.addListener(SWT.Selection, e -> strategy.setToolTipText(strategyEntry() == null ? null : strategyEntry().formula()));
        if (strategy.getItemCount() > 0) {
            int margin = strategies.entries().stream().map(StrategyRegistry.Entry::id).toList().indexOf("margin");
            strategy.select(Math.max(0, margin));
            strategy.setToolTipText(strategyEntry().formula());
        }
        new Label(form, SWT.NONE).setText("Batch size:");
        batch = new Spinner(form, SWT.BORDER);
        batch.setValues(10, 1, 100_000, 0, 1, 10);
        batch.setData(Roles.KEY, "batch");
        pool = combo(form, "Pool:", "pool");
        new Label(form, SWT.NONE).setText("Name filter:");
        filter = new Text(form, SWT.BORDER);
        filter.setMessage("regular expression (empty: all)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.setData(Roles.KEY, "filter");
        order = combo(form, "Labelling order:", "order");
        for (LabellingOrder o : LabellingOrder.values()) {
            order.add(o.label());
        }
        order.addListener(SWT.Selection, e -> orderChosen());

        rounds = table(sash, "rounds", SWT.SINGLE);
        column(rounds, "Round", 65, o -> ((SelectionRound) o).getName());
        column(rounds, "Strategy", 110, o -> ((SelectionRound) o).getStrategy());
        column(rounds, "Model", 90, o -> ((SelectionRound) o).getModel() == null ? "(deleted)" : ((SelectionRound) o).getModel().getName());
        column(rounds, "Created", 130, o -> date((SelectionRound) o));
        column(rounds, "Description", 250, o -> ((SelectionRound) o).getDescription());
        rounds.addSelectionChangedListener(e -> showQueue());

        // beside the rounds, not under them: the view is low where it usually is
        progress = new EpisodeProgress(sash);
        queue = table(sash, "queue", SWT.MULTI);
        column(queue, "Rank", 50, o -> Integer.toString(rank((SelectionEntry) o)));
        column(queue, "Image", 180, o -> image((SelectionEntry) o) == null ? "" : image((SelectionEntry) o).getName());
        column(queue, "Score", 90, o -> String.format(Locale.ROOT, "%.4f", ((SelectionEntry) o).getScore()));
        column(queue, "Label", 100, o -> {
            ImageAsset image = image((SelectionEntry) o);
            if (image != null && objectRound(shownRound())) {
                long objects = image.getAnnotations().stream().filter(a -> a.getShape() != null
                        && !(a.getShape() instanceof org.annotide.model.ImageClassShape)
                        && a.getProvenance() != org.annotide.model.Provenance.PREDICTED).count();
                return objects == 0 ? "" : objects == 1 ? "1 object" : objects + " objects";
            }
            LabelClass label = image == null ? null : ActiveLearning.label(image);
            return label == null ? "" : label.getName();
        });
        scoreColumn = queue.getTable().getColumn(2);
        scoreColumn.addListener(SWT.Selection, e -> sortByScore(!ascending));
        queue.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                int byRank = Integer.compare(rank((SelectionEntry) a), rank((SelectionEntry) b));
                return ascending ? -byRank : byRank;
            }
        });
        queue.getTable().setSortColumn(scoreColumn);
        queue.getTable().setSortDirection(SWT.DOWN);
        // a row of the batch chosen in the queue: the labelling area shows that image
        queue.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (labelling != null && first instanceof SelectionEntry entry && image(entry) != null
                    && !objectRound(shownRound())) {
                labelling.showImage(image(entry));
            }
        });
        queue.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof SelectionEntry entry && image(entry) != null) {
                open(image(entry));
            }
        });
        labelling = new LabellingArea(sash, this::say);
        labellingKeys(labelling.focusControl());
        sash.setWeights(4, 3, 3, 4, 4);
        undoRedo = CommandStackActions.install(getViewSite().getActionBars(), this::store);
        getSite().setSelectionProvider(queue);
        setContentDescription(HINT);
        follower.start();
        update();
    }

    /**
     * The labelling keys (1-9, Enter) while the image of the labelling area has the focus: the context of their
     * bindings is active then, and only then (a digit typed into the name filter is text, Enter in a table is the
     * table's).
     */
    private void labellingKeys(Control control) {
        IContextService contexts = getSite().getService(IContextService.class);
        control.addListener(SWT.FocusIn, e -> {
            if (labellingKeys == null) {
                labellingKeys = contexts.activateContext(LabellingArea.CONTEXT_ID);
            }
        });
        control.addListener(SWT.FocusOut, e -> {
            if (labellingKeys != null) {
                contexts.deactivateContext(labellingKeys);
                labellingKeys = null;
            }
        });
    }

    /** A change on the project's stack (a label given here or in the editor, an undo): labels and progress again. */
    private void labelsChanged() {
        labelsPending = false;
        if (queue.getControl().isDisposed()) {
            return;
        }
        queue.refresh();
        labelling.show();
        updateProgress();
    }

    private void updateProgress() {
        if (progress.control().isDisposed()) {
            return;
        }
        boolean open = store != null && !store.isClosed();
        CommandStack stack = open ? store.commandStack() : null;
        if (stack != followed) {
            if (followed != null) {
                followed.removeCommandStackListener(labels);
            }
            followed = stack;
            if (stack != null) {
                stack.addCommandStackListener(labels);
            }
        }
        progress.update(open ? store.project() : null, shownRound());
    }

    EpisodeProgress progress() {
        return progress;
    }

    LabellingArea labelling() {
        return labelling;
    }

    private Combo combo(Composite form, String text, String role) {
        new Label(form, SWT.NONE).setText(text);
        Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setData(Roles.KEY, role);
        return combo;
    }

    private Button button(Composite bar, String text, String role, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setData(Roles.KEY, role);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private TableViewer table(Composite parent, String role, int style) {
        TableViewer viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(Roles.KEY, role);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private interface Text2 {
        String of(Object element);
    }

    private static void column(TableViewer viewer, String name, int width, Text2 text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.of(element);
                return value == null ? "" : value;
            }
        });
    }

    private static String date(SelectionRound round) {
        return round.getCreatedAt() == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(round.getCreatedAt());
    }

    /** 1-based place of the entry in its round's queue (the strategy's order: the batch first). */
    private static int rank(SelectionEntry entry) {
        return ((SelectionRound) entry.eContainer()).getEntries().indexOf(entry) + 1;
    }

    /**
     * True for a round selected by a detector or segmenter: its images are labelled with objects in the annotation
     * editor (double-click, Label Next), not with a class in the labelling area.
     */
    static boolean objectRound(SelectionRound round) {
        TaskType task = round == null || round.getModel() == null ? null : round.getModel().getType();
        return task == TaskType.DETECT || task == TaskType.SEGMENT;
    }

    /** Labelled for the round: objects that are not predictions (detection, segmentation), else a class label. */
    private static boolean labelled(SelectionRound round, ImageAsset image) {
        return objectRound(round) ? ActiveLearning.hasObjects(image) : ActiveLearning.label(image) != null;
    }

    private static ImageAsset image(SelectionEntry entry) {
        if (entry.getImage() != null) {
            return entry.getImage();
        }
        return entry.getTile() == null ? null : entry.getTile().getImage();
    }

    private StrategyRegistry.Entry strategyEntry() {
        int i = strategy.getSelectionIndex();
        return i < 0 || i >= strategies.entries().size() ? null : strategies.entries().get(i);
    }

    private void show(ProjectStore next) {
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(watcher);
        }
        store = next;
        current = null;
        lastRoundCount = -1;
        if (store != null) {
            store.project().eAdapters().add(watcher);
            setContentDescription(store.project().getName());
        } else {
            setContentDescription(HINT);
        }
        refresh();
    }

    private void refreshLater() {
        rounds.getControl().getDisplay().asyncExec(() -> {
            if (!rounds.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    /** Re-reads models, pools, rounds and the setting from the project; keeps the user's choices where they still apply. */
    void refresh() {
        boolean open = store != null && !store.isClosed();
        // models: the project's classifiers, detectors and segmenters, the active one chosen by default
        TrainedModel chosen = chosenModel();
        models.clear();
        model.removeAll();
        if (open) {
            // classifiers first, then detectors and segmenters (scored on their least certain detection)
            for (TaskType task : List.of(TaskType.CLASSIFY, TaskType.DETECT, TaskType.SEGMENT)) {
                store.project().getModels().stream().filter(m -> m.getType() == task).forEach(models::add);
            }
        }
        for (TrainedModel m : models) {
            model.add(m.getName() + " (" + m.getArchitecture()
                    + (m.getType() == TaskType.CLASSIFY ? "" : ", " + m.getType().getLiteral().toLowerCase(java.util.Locale.ROOT))
                    + ")" + (m.isActive() ? " \u2013 active" : ""));
        }
        int index = models.indexOf(chosen);
        if (index < 0) {
            index = models.stream().filter(TrainedModel::isActive).findFirst().map(models::indexOf).orElse(models.isEmpty() ? -1 : 0);
        }
        if (index >= 0) {
            model.select(index);
        }
        // pool: all images or a training set
        String poolChoice = pool.getText();
        pool.removeAll();
        pool.add(ALL_IMAGES);
        if (open) {
            for (TrainingSet set : store.project().getTrainingSets()) {
                pool.add(SET_PREFIX + set.getName());
            }
        }
        pool.select(Math.max(0, pool.indexOf(poolChoice)));
        order.select(open ? LabellingOrder.of(store.project()).ordinal() : LabellingOrder.SCORE.ordinal());
        // rounds, the newest selected unless the user chose another
        SelectionRound shown = shownRound();
        List<SelectionRound> list = open ? List.copyOf(store.project().getSelectionRounds()) : List.of();
        rounds.setInput(list);
        if (shown == null || !list.contains(shown) || list.size() != lastRoundCount) {
            shown = list.isEmpty() ? null : list.get(list.size() - 1); // a new round, or another project: the newest
        }
        lastRoundCount = list.size();
        rounds.setSelection(shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown), true);
        showQueue();
        update();
    }

    private int lastRoundCount = -1;

    private void showQueue() {
        SelectionRound round = shownRound();
        queue.setInput(round == null ? List.of() : List.copyOf(round.getEntries()));
        // a detection or segmentation round is labelled in the annotation editor: the class labelling area stays empty
        labelling.follow(store == null || store.isClosed() ? null : store, objectRound(round) ? null : round);
        updateProgress();
        if (round != null) {
            long labelled = round.getEntries().stream().filter(e -> image(e) != null && labelled(round, image(e))).count();
            say(round.getName() + " (" + round.getStrategy() + "): " + round.getDescription() + "; "
                    + labelled + " of its " + round.getEntries().size() + " pool images labelled since"
                    + (objectRound(round) ? "; label their objects in the annotation editor (double-click, Label Next)" : ""));
        } else if (!selecting) {
            say(store == null ? "" : "No selection round yet: choose a model and a strategy, then Select Batch.");
        }
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
    }

    SelectionRound shownRound() {
        Object first = ((IStructuredSelection) rounds.getSelection()).getFirstElement();
        return first instanceof SelectionRound round && round.eContainer() != null ? round : null;
    }

    private TrainedModel chosenModel() {
        int i = model.getSelectionIndex();
        return i < 0 || i >= models.size() ? null : models.get(i);
    }

    private void update() {
        boolean open = store != null && !store.isClosed();
        boolean running = selecting;
        select.setEnabled(open && !running && chosenModel() != null && strategyEntry() != null && !store.isReadOnly());
        cancel.setEnabled(running);
        labelNext.setEnabled(open);
        if (undoRedo != null) {
            undoRedo.update();
        }
        order.setEnabled(open && !store.isReadOnly());
    }

    void sortByScore(boolean up) {
        ascending = up;
        current = null; // a new display order: label it as displayed, from the top
        queue.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
        queue.refresh();
    }

    /** The images of the shown queue in the order displayed. */
    List<ImageAsset> displayedQueue() {
        List<ImageAsset> images = new ArrayList<>();
        for (var item : queue.getTable().getItems()) {
            if (item.getData() instanceof SelectionEntry entry && image(entry) != null) {
                images.add(image(entry));
            }
        }
        return images;
    }

    /** The scores of the shown queue in the order displayed. */
    List<Double> displayedScores() {
        List<Double> scores = new ArrayList<>();
        for (var item : queue.getTable().getItems()) {
            if (item.getData() instanceof SelectionEntry entry) {
                scores.add(entry.getScore());
            }
        }
        return scores;
    }

    private void orderChosen() {
        int i = order.getSelectionIndex();
        if (store != null && !store.isClosed() && i >= 0) {
            LabellingOrder.set(store, LabellingOrder.values()[i]);
            current = null;
        }
    }

    /** Starts a selection round with what the form says; the job it runs, or null when the form is incomplete. */
    Job runSelection() {
        TrainedModel m = chosenModel();
        StrategyRegistry.Entry s = strategyEntry();
        if (store == null || store.isClosed() || m == null || s == null || selecting) {
            return null;
        }
        String poolText = pool.getText();
        String set = poolText.startsWith(SET_PREFIX) ? poolText.substring(SET_PREFIX.length()) : null;
        String regex = filter.getText().isBlank() ? null : filter.getText().trim();
        ActiveLearning.Request request = new ActiveLearning.Request(s.id(), batch.getSelection(), m.getId(), regex, set,
                System.nanoTime(), "auto", Map.of());
        WorkbenchTraining training = TrainingUiPlugin.training();
        Display display = rounds.getControl().getDisplay();
        SelectionJob selection = new SelectionJob(training.registry(store), training.access(), strategies, request,
                m.getName());
        selection.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> finished(selection.message()));
            }
        });
        job = selection;
        say("Selecting " + request.batch() + " with " + s.id() + " and " + m.getName() + "...");
        selection.addProgress(text -> display.asyncExec(() -> {
            if (!status.isDisposed() && job == selection && selecting) {
                say(text);
            }
        }));
        selecting = true;
        selection.schedule();
        update();
        return selection;
    }

    private void finished(String message) {
        if (status.isDisposed() || rounds.getControl().isDisposed()) {
            return;
        }
        selecting = false;
        refresh();
        say(message != null ? message : "Selection cancelled; nothing was recorded.");
        update();
    }

    void cancelSelection() {
        Job running = job;
        if (running != null) {
            running.cancel();
        }
    }

    /** Opens the editor on the next unlabelled image in the labelling order; returns it (null: none left). */
    ImageAsset labelNext() {
        if (store == null || store.isClosed()) {
            return null;
        }
        LabellingOrder o = LabellingOrder.of(store.project());
        if (o == LabellingOrder.SCORE && shownRound() == null) {
            say("No selection round to walk: run Select Batch first, or choose the random or sequential order.");
            return null;
        }
        if (shownRound() != walked) {
            walked = shownRound();
            current = null;
        }
        queue.refresh();
        SelectionRound round = shownRound();
        ImageAsset next = o.next(store.project(), displayedQueue(), current, image -> labelled(round, image));
        if (next == null) {
            say(current == null ? "Every image in this order is labelled."
                    : "No unlabelled image after " + current.getName() + " in this order.");
            current = null;
            return null;
        }
        current = next;
        for (var item : queue.getTable().getItems()) {
            if (item.getData() instanceof SelectionEntry entry && image(entry) == next) {
                queue.setSelection(new StructuredSelection(entry), true);
            }
        }
        open(next);
        return next;
    }

    private void open(ImageAsset image) {
        try {
            AnnotationEditors.open(getSite().getPage(), image);
        } catch (PartInitException e) {
            say(image.getName() + " could not be opened: " + e.getMessage());
        }
    }

    ProjectStore store() {
        return store;
    }

    Combo modelCombo() {
        return model;
    }

    Combo strategyCombo() {
        return strategy;
    }

    List<String> strategyIds() {
        return strategies.entries().stream().map(StrategyRegistry.Entry::id).toList();
    }

    @Override
    public void setFocus() {
        select.setFocus();
    }

    @Override
    public void dispose() {
        follower.stop();
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (followed != null) {
            followed.removeCommandStackListener(labels);
        }
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(watcher);
        }
        Job running = job;
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
