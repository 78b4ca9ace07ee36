package org.annotide.ui.training.internal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.al.ActiveLearning;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.LabellingOrder;
import org.annotide.al.Skips;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
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
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Active Learning view: a selection round on the project the user works in. The user picks a classifier of the
 * registry, a strategy (every contribution to {@code org.annotide.al.strategies}, so plug-in strategies appear too),
 * a batch size and the pool (the unlabelled images, all, those of a training set or those a name filter matches), the
 * round's part of the project's episode settings ({@link RoundSettingsForm}: kept in the project, so they survive a
 * restart and {@code al round} uses them too); Select runs the round as an Eclipse Job (progress in the view and the
 * Progress view, Cancel stops it, nothing is recorded then). The round is recorded in the project as a {@link SelectionRound}; the rounds of the project are
 * listed, and the queue of the chosen one shows its images with their scores, sortable by score either way. Label
 * Next opens the annotation editor on the next unlabelled image in the project's labelling order
 * ({@link LabellingOrder}, a round setting chosen here): the queue as displayed, the project's order, or a
 * shuffled order for the first labelling.
 * <p>
 * The shown round's batch is labelled in the view itself ({@link LabellingArea}: the image, class buttons with keys
 * 1-9, Submit label with Enter, Skip with Space, the model's predictions beside the choice), and the episode's
 * progress is shown between the rounds and the queue ({@link EpisodeProgress}: labelled count, the current batch,
 * accuracy per round as a chart); those three stand side by side where the view is low and stacked where it is high
 * ({@link EpisodePanes}).
 * <p>
 * When the last image of the newest round's batch gets its label, the next round runs by itself ({@link RoundJob}:
 * retrain the chosen model, predict the pool, score, record the next batch) unless "Retrain when the batch is
 * complete" (a workbench preference) is off; Run Round in the toolbar ({@link RoundHandler}) starts it by hand.
 * How a round retrains (fine-tune or from scratch, epochs, image size, learning rate) and the initial random batch of
 * the first round are the project's episode settings, edited in the form under the switch ({@link EpisodeSettingsForm}).
 * <p>
 * A round selected by a detector or segmenter is labelled with objects in the annotation editor, not in the view:
 * the labelling area stays empty, a double-click on a row or Label Next opens the editor on the image, Label Next
 * skips the images that have objects (not predictions), and the Label column counts them.
 */
public final class ActiveLearningView extends ViewPart {

    static final String HINT = "Select a project, or an image of one, to run active learning on it.";
    /** Runs the next round of the episode (retrain, predict, score, next batch); in the view's toolbar. */
    static final String ROUND_COMMAND_ID = "org.annotide.ui.training.commands.runRound";
    /** The workbench preference (instance scope of this bundle) behind "Retrain when the batch is complete". */
    static final String RETRAIN_PREFERENCE = "al.retrainWhenBatchComplete";
    /**
     * The workbench preference (instance scope of this bundle) that keeps the sash positions of both arrangements of
     * the panes ({@link EpisodePanes#state()}) across closing the view and restarts: a preference, not the view's
     * memento, which the workbench drops when the view is closed.
     */
    static final String PANES_PREFERENCE = "al.panes";

    private final ProjectFollower follower = new ProjectFollower(this, this::show);
    private ProjectStore store;
    private final StrategyRegistry strategies = StrategyRegistry.installed();

    private EpisodePanes panes;
    private CTabFolder settingsTabs;
    /** The Round tab's form (model, strategy, batch, pool, labelling order) and the Retraining tab's. */
    private ScrolledComposite scroll;
    private ScrolledComposite retrainingScroll;
    private CCombo model;
    private RoundSettingsForm roundSettings;
    private Button retrain;
    private EpisodeSettingsForm episode;
    private Button select;
    private Button cancel;
    private Button labelNext;
    private Label status;
    private TableViewer rounds;
    private TableViewer queue;
    private TableColumn scoreColumn;
    private FittedColumns roundColumns;
    private FittedColumns queueColumns;
    private boolean ascending;

    private LabellingArea labelling;
    private EpisodeProgress progress;
    private volatile boolean labelsPending;
    /**
     * Labels change on images and settings on their metadata entries, not on the project: the progress and the
     * settings' forms follow the project's command stack.
     */
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
    /** The newest round whose batch the view watches, and whether its batch was complete when last looked at. */
    private SelectionRound watchedRound;
    private boolean watchedComplete;

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
        // side by side where the view is wide and low (its place under the editor), the middle stacked where it is high
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        panes = new EpisodePanes(parent);
        Composite columns = panes.columns();
        // the actions and the status line first, outside the tabs: they stay in sight when the view is low (its
        // default place under the editor is about 180 pixels high)
        Composite left = new Composite(columns, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        left.setLayout(leftLayout);
        Composite bar = new Composite(left, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        select = button(bar, "Select Batch", "select", this::runSelection);
        select.setToolTipText("Score the pool with the chosen model and strategy and record the next batch, without"
                + " retraining (Run Round in the toolbar retrains first)");
        cancel = button(bar, "Cancel", "cancel", this::cancelSelection);
        cancel.setToolTipText("Stop the running selection or round; nothing is recorded");
        labelNext = button(bar, "Label Next", "labelNext", this::labelNext);
        labelNext.setToolTipText("Open the annotation editor on the next unlabelled image in the labelling order");
        // one line, its tooltip the whole text: no re-layout of the form for each message
        status = new Label(left, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 200;
        status.setLayoutData(statusData);
        status.setData(Roles.KEY, "status");
        // two tabs, so that the retraining settings are a click away, not below the fold of one long form
        settingsTabs = new CTabFolder(left, SWT.TOP | SWT.FLAT | SWT.BORDER);
        settingsTabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        settingsTabs.setData(Roles.KEY, "settingsTabs");
        scroll = scrolledTab(settingsTabs, "Round", "settings",
                "The round's model, strategy, batch and pool, and the labelling order");
        Composite form = (Composite) scroll.getContent();
        model = combo(form, "Model:", "model");
        // a new labelling order: the walk starts again from its top
        roundSettings = new RoundSettingsForm(form, strategies, this::say, () -> current = null);
        retrainingScroll = scrolledTab(settingsTabs, "Retraining", "retraining",
                "How each round retrains the model, and whether it starts by itself when a batch is complete");
        Composite retraining = (Composite) retrainingScroll.getContent();
        retrain = new Button(retraining, SWT.CHECK);
        retrain.setText("Retrain when the batch is complete");
        retrain.setToolTipText("When the last image of the newest round's batch gets its label, the next round runs by"
                + " itself: fine-tune the model, predict the pool, score it, show the next batch");
        retrain.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        retrain.setData(Roles.KEY, "retrain");
        retrain.setSelection(retrainWhenBatchComplete());
        retrain.addListener(SWT.Selection, e -> setRetrainWhenBatchComplete(retrain.getSelection()));
        episode = new EpisodeSettingsForm(retraining, this::say);
        settingsTabs.setSelection(0);
        fitSettings();

        rounds = table(panes.middle(), "rounds", SWT.SINGLE);
        column(rounds, "Round", 65, o -> ((SelectionRound) o).getName());
        column(rounds, "Strategy", 110, o -> ((SelectionRound) o).getStrategy());
        column(rounds, "Model", 90, o -> ((SelectionRound) o).getModel() == null ? "(deleted)" : ((SelectionRound) o).getModel().getName());
        column(rounds, "Created", 130, o -> date((SelectionRound) o));
        column(rounds, "Description", 250, o -> ((SelectionRound) o).getDescription());
        // narrow (under the editor): the description, then the time go first; the round, strategy and model stay
        roundColumns = FittedColumns.install(rounds.getTable(), 4, 3);
        rounds.addSelectionChangedListener(e -> showQueue());

        progress = new EpisodeProgress(panes.middle());
        queue = table(panes.middle(), "queue", SWT.MULTI);
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
            return label != null ? label.getName() : ((SelectionEntry) o).isSkipped() ? "(skipped)" : "";
        });
        scoreColumn = queue.getTable().getColumn(2);
        // narrow: the rank goes (the order is the score's, which its column sorts); the image, score and label stay
        queueColumns = FittedColumns.install(queue.getTable(), 0);
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
        labelling = new LabellingArea(columns, this::say);
        labellingKeys(labelling.focusControl());
        panes.restore(InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).get(PANES_PREFERENCE, null));
        panes.arrange();
        // a sash moved resizes the panes beside it: noted at once (the runtime saves the preferences when the
        // workbench stops), and written out when the view goes; a view shared with another perspective is not
        // disposed when hidden in one, so the dispose alone would miss it
        for (Composite sashes : new Composite[] { columns, panes.middle() }) {
            for (Control pane : sashes.getChildren()) {
                if (!(pane instanceof org.eclipse.swt.widgets.Sash)) {
                    pane.addListener(SWT.Resize, e -> savePanes(false));
                }
            }
        }
        columns.addListener(SWT.Dispose, e -> savePanes(true));
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

    /**
     * A change on the project's stack (a label given here or in the editor, a setting, an undo): labels, progress and
     * settings again.
     */
    private void labelsChanged() {
        labelsPending = false;
        if (queue.getControl().isDisposed()) {
            return;
        }
        if (store != null && !store.isClosed()) { // a setting changed in place (an undo, a redo) tells only its entry
            roundSettings.showSettings();
            episode.show(store);
        }
        queue.refresh();
        labelling.show();
        updateProgress();
        watchBatch(true);
    }

    /**
     * Looks at the newest round's batch: when it has just become complete (its last image got its label, here or in
     * the editor) and retraining is on, the next round starts. {@code mayStart} false only notes the state (a round
     * shown anew: a batch that is complete already starts nothing).
     */
    private void watchBatch(boolean mayStart) {
        boolean open = store != null && !store.isClosed();
        List<SelectionRound> all = open ? store.project().getSelectionRounds() : List.of();
        SelectionRound newest = all.isEmpty() ? null : all.get(all.size() - 1);
        boolean complete = newest != null && batchComplete(newest);
        boolean completedNow = mayStart && newest == watchedRound && !watchedComplete && complete;
        if (mayStart || newest != watchedRound) {
            watchedRound = newest;
            watchedComplete = complete;
        }
        if (completedNow && retrain.getSelection() && !selecting && !store.isReadOnly()) {
            say("The batch of " + newest.getName() + " is complete: the next round starts.");
            runRound();
        }
    }

    /** True when every image of the round's batch is labelled (for the round's task) or skipped. */
    private static boolean batchComplete(SelectionRound round) {
        int size = round.getBatchSize() > 0 ? Math.min(round.getBatchSize(), round.getEntries().size()) : round.getEntries().size();
        return size > 0 && round.getEntries().subList(0, size).stream()
                .allMatch(e -> image(e) == null || labelled(round, image(e)) || Skips.isSkipped(image(e)));
    }

    /** The "Retrain when the batch is complete" switch, a workbench preference (on unless turned off). */
    static boolean retrainWhenBatchComplete() {
        return InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).getBoolean(RETRAIN_PREFERENCE, true);
    }

    private void setRetrainWhenBatchComplete(boolean on) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID);
        preferences.putBoolean(RETRAIN_PREFERENCE, on);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            say("The setting could not be saved (" + e.getMessage() + "); it holds until the workbench closes.");
        }
    }

    /** Keeps the sash positions in the preference {@link #PANES_PREFERENCE}; {@code flush}: on disk now. */
    private void savePanes(boolean flush) {
        String state = panes.state();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID);
        if (state.equals(preferences.get(PANES_PREFERENCE, ""))) {
            return;
        }
        if (state.isEmpty()) {
            preferences.remove(PANES_PREFERENCE); // back at the defaults
        } else {
            preferences.put(PANES_PREFERENCE, state);
        }
        if (!flush) {
            return;
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the view is going: no status line to tell; the runtime saves the preference again when it stops
            org.eclipse.core.runtime.ILog.of(ActiveLearningView.class).warn("The sash positions of the Active Learning"
                    + " view could not be saved: " + e.getMessage());
        }
    }

    Button retrainSwitch() {
        return retrain;
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

    /** True from starting a round until the view has seen it end. */
    boolean running() {
        return selecting;
    }

    EpisodeProgress progress() {
        return progress;
    }

    /** The columns of the rounds table and of the queue, fitted to their widths. */
    FittedColumns roundColumns() {
        return roundColumns;
    }

    FittedColumns queueColumns() {
        return queueColumns;
    }

    Table roundsTable() {
        return rounds.getTable();
    }

    Table queueTable() {
        return queue.getTable();
    }

    /** The view's panes as arranged for its place (low: side by side; high: the middle ones stacked). */
    EpisodePanes panes() {
        return panes;
    }

    LabellingArea labelling() {
        return labelling;
    }

    /**
     * A read-only choice drawn by SWT ({@link CCombo}), not GTK's native combo: a narrow native combo holding a text
     * longer than its width (a model's or strategy's name) made GTK 3 lay the view out again on every frame, so the
     * event loop never went quiet while the view was open (the UI tests' waits for quiet ran to their caps).
     */
    static CCombo combo(Composite form, String text, String role) {
        new Label(form, SWT.NONE).setText(text);
        CCombo combo = new CCombo(form, SWT.READ_ONLY | SWT.BORDER);
        combo.setVisibleItemCount(12);
        combo.setLayoutData(narrow());
        // the whole choice in the tooltip: a narrow field shows its start
        combo.addListener(SWT.Selection, e -> combo.setToolTipText(combo.getText()));
        combo.setData(Roles.KEY, role);
        return combo;
    }

    /**
     * A field that fills its column but asks for little: the long names of models and strategies would otherwise
     * make the settings wider than the view's default place gives (they show whole in the list and the tooltip).
     */
    static GridData narrow() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100;
        return data;
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

    /**
     * Re-reads models, pools, rounds and the settings from the project; keeps the user's choices where they still apply
     * (the chosen model; a round setting not stored yet, unless the project's settings changed).
     */
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
        model.setToolTipText(model.getText());
        roundSettings.show(open ? store : null);
        episode.show(open ? store : null);
        // rounds, the newest selected unless the user chose another
        SelectionRound shown = shownRound();
        List<SelectionRound> list = open ? List.copyOf(store.project().getSelectionRounds()) : List.of();
        rounds.setInput(list);
        roundColumns.refit();
        if (shown == null || !list.contains(shown) || list.size() != lastRoundCount) {
            shown = list.isEmpty() ? null : list.get(list.size() - 1); // a new round, or another project: the newest
        }
        lastRoundCount = list.size();
        fitSettings();
        rounds.setSelection(shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown), true);
        showQueue();
        update();
    }

    private int lastRoundCount = -1;

    /** The tabs' scrolled heights: what their fields need at the width they have (the combos' items change). */
    private void fitSettings() {
        for (ScrolledComposite tab : new ScrolledComposite[] { scroll, retrainingScroll }) {
            if (tab == null || tab.getContent() == null) {
                continue; // while the view is created
            }
            int width = tab.getClientArea().width;
            tab.setMinHeight(tab.getContent().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT, true).y);
        }
    }

    /**
     * A tab of the settings holding a two-column form that scrolls vertically where the view is lower than the form.
     * The bar always shown, so that the fields are laid out beside it, not under it (GTK reports the client area
     * without a bar that has just appeared).
     */
    private ScrolledComposite scrolledTab(CTabFolder tabs, String text, String role, String tip) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setToolTipText(tip);
        ScrolledComposite tab = new ScrolledComposite(tabs, SWT.V_SCROLL);
        tab.setAlwaysShowScrollBars(true);
        tab.setExpandHorizontal(true);
        tab.setExpandVertical(true);
        tab.addListener(SWT.Resize, e -> fitSettings());
        tab.setData(Roles.KEY, role);
        Composite form = new Composite(tab, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        tab.setContent(form);
        item.setControl(tab);
        return tab;
    }

    /** The settings' tabs: Round (model, strategy, batch, pool, order) and Retraining (the switch, the settings). */
    CTabFolder settingsTabs() {
        return settingsTabs;
    }

    private void showQueue() {
        SelectionRound round = shownRound();
        queue.setInput(round == null ? List.of() : List.copyOf(round.getEntries()));
        queueColumns.refit();
        // a detection or segmentation round is labelled in the annotation editor: the class labelling area stays empty
        labelling.follow(store == null || store.isClosed() ? null : store, objectRound(round) ? null : round);
        updateProgress();
        watchBatch(false);
        if (round != null) {
            long labelled = round.getEntries().stream().filter(e -> image(e) != null && labelled(round, image(e))).count();
            say(round.getName() + " (" + round.getStrategy() + "): " + round.getDescription() + "; "
                    + labelled + " of its " + round.getEntries().size() + " pool images labelled since"
                    + (objectRound(round) ? "; label their objects in the annotation editor (double-click, Label Next)" : ""));
        } else if (!selecting) {
            say(firstStep());
        }
    }

    /**
     * What to do first in a project without a selection round. Without a model Select Batch stays disabled, and
     * "choose a model" pointed at an empty list: the first batch is drawn at random instead, or a model trained.
     */
    private String firstStep() {
        if (store == null || store.isClosed()) {
            return "";
        }
        if (!models.isEmpty()) {
            return "No selection round yet: choose a model and a strategy, then Select Batch.";
        }
        return anyLabel() ? "No model yet: train one on the labels (New Training Job) or import one; then Select Batch."
                : "No label and no model yet: Run Round draws a first batch at random to label, without a model.";
    }

    /** True when an image of the project has a label (a class, or objects): the episode is past its first batch. */
    private boolean anyLabel() {
        return store.project().getImages().stream()
                .anyMatch(i -> ActiveLearning.label(i) != null || ActiveLearning.hasObjects(i));
    }

    void say(String text) {
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
        select.setEnabled(open && !running && chosenModel() != null && roundSettings.strategyEntry() != null
                && !store.isReadOnly());
        cancel.setEnabled(running);
        labelNext.setEnabled(open);
        if (undoRedo != null) {
            undoRedo.update();
        }
        roundSettings.setEditable(open && !store.isReadOnly());
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

    /** Starts a selection round with what the form says; the job it runs, or null when the form is incomplete. */
    Job runSelection() {
        TrainedModel m = chosenModel();
        ActiveLearning.Request request = request(m);
        if (request == null || m == null) {
            return null;
        }
        WorkbenchTraining training = TrainingUiPlugin.training();
        SelectionJob selection = new SelectionJob(training.registry(store), training.access(), strategies, request,
                m.getName());
        selection.addProgress(progressOf(selection));
        start(selection, selection::message, "Selecting " + request.batch() + " with " + request.strategy() + " and "
                + m.getName() + "...");
        return selection;
    }

    /**
     * Starts the next round of the episode with what the form says: retrain the chosen model (the episode's current
     * one) on the labels so far, predict the pool, score it, show the next batch ({@link RoundJob}); the job, or null
     * when the form is incomplete or a round runs.
     */
    Job runRound() {
        TrainedModel m = chosenModel();
        ActiveLearning.Request request = request(m);
        if (request == null) {
            if (selecting) {
                say("A round runs already: wait for it, or Cancel it.");
            }
            return null;
        }
        if (store.isReadOnly()) {
            say("The project is open read-only: no round can be recorded.");
            return null;
        }
        boolean anyLabel = anyLabel();
        if (m == null && anyLabel) { // the first round (no label yet) draws its batch at random, without a model
            say("No model to retrain: train one (New Training Job) or import one, then choose it as the Model.");
            return null;
        }
        EpisodeSettings settings;
        try {
            settings = EpisodeSettings.of(store.project());
            if (!EpisodeSettings.stored(store.project(), EpisodeSettings.Part.RETRAINING)) {
                settings = null; // none stored: retrain with the model's own configuration
            }
        } catch (IllegalArgumentException e) {
            say("The retraining settings are not valid: " + e.getMessage());
            return null;
        }
        RoundJob job = new RoundJob(TrainingUiPlugin.training(), strategies, store, m, request, settings);
        job.addProgress(progressOf(job));
        start(job, job::message, !anyLabel ? "No label yet: drawing the initial random batch..."
                : "Retraining " + m.getName() + ", then selecting " + request.batch() + " with " + request.strategy() + "...");
        return job;
    }

    /**
     * The round the form asks for with this model (null: the initial random batch, which needs none); null when the
     * form is incomplete or a round runs.
     */
    private ActiveLearning.Request request(TrainedModel m) {
        StrategyRegistry.Entry s = roundSettings.strategyEntry();
        if (store == null || store.isClosed() || s == null || selecting) {
            return null;
        }
        return new ActiveLearning.Request(s.id(), roundSettings.batch(), m == null ? null : m.getId(),
                roundSettings.filter(), roundSettings.trainingSet(), System.nanoTime(), "auto", Map.of());
    }

    /** Shows a job's steps in the status line while it is the view's running job. */
    private java.util.function.Consumer<String> progressOf(Job running) {
        Display display = rounds.getControl().getDisplay();
        return text -> display.asyncExec(() -> {
            if (!status.isDisposed() && job == running && selecting) {
                say(text);
            }
        });
    }

    /** Schedules the view's one round at a time; when it ends the view shows what it recorded, or why not. */
    private void start(Job next, java.util.function.Supplier<String> message, String saying) {
        Display display = rounds.getControl().getDisplay();
        next.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> finished(next, message.get()));
            }
        });
        job = next;
        say(saying);
        selecting = true;
        next.schedule();
        update();
    }

    private void finished(Job ended, String message) {
        if (status.isDisposed() || rounds.getControl().isDisposed()) {
            return;
        }
        selecting = false;
        refresh();
        if (ended instanceof RoundJob round && round.round() != null && round.round().modelId() != null) {
            // the retrained model is the episode's current one now: the next round starts from it
            String id = round.round().modelId();
            models.stream().filter(m -> id.equals(m.getId())).findFirst().ifPresent(m -> model.select(models.indexOf(m)));
            model.setToolTipText(model.getText());
        }
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
        // a skipped image is passed as a labelled one: the user said it is not worth a label
        ImageAsset next = o.next(store.project(), displayedQueue(), current,
                image -> labelled(round, image) || Skips.isSkipped(image));
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

    CCombo modelCombo() {
        return model;
    }

    CCombo strategyCombo() {
        return roundSettings.strategyCombo();
    }

    EpisodeSettingsForm episodeForm() {
        return episode;
    }

    List<String> strategyIds() {
        return roundSettings.strategyIds();
    }

    /**
     * An image of the batch waiting for its label takes the focus when the view is activated (its tab clicked, Run
     * Round or Label Next from the keyboard), so that 1-9 and Enter label at once, without a click on the image first;
     * otherwise Select Batch.
     */
    @Override
    public void setFocus() {
        if (labelling.current() != null && labelling.focusControl().isVisible()) {
            labelling.focusControl().setFocus();
        } else {
            select.setFocus();
        }
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
