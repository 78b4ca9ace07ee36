package org.annotide.ui.training.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.EpochMetrics;
import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

/**
 * The training jobs of the project the user works in, with status badges and filters by status and task type,
 * and the monitor of the selected job: status, a progress bar (epoch i of n), a live chart of the train and
 * validation loss and the task's metric per epoch, the latest metrics, the dataset info, Cancel and Delete.
 * Where the project trains is its {@link TrainingSite} (this computer's queue, or the server of a mirrored
 * project); the site's news arrives on any thread and is shown through {@link Display#asyncExec}.
 */
public final class TrainingView extends ViewPart {

    static final String ALL = "All";
    static final String HINT = "Select a project, or an image of one, to see its training jobs.";

    private final ProjectFollower follower = new ProjectFollower(this, this::show);
    private ProjectStore store;
    private TableViewer jobs;
    private Combo statusFilter;
    private Combo taskFilter;
    private Label title;
    private Label statusLabel;
    private ProgressBar progress;
    private Label progressLabel;
    private Chart chart;
    private Label metricsLabel;
    private Text datasetText;
    private Button cancelButton;
    private Button deleteButton;
    private boolean refreshQueued;

    private final AdapterImpl projectWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (msg.getFeature() == AnnotidePackage.Literals.PROJECT__TRAINING_JOBS) {
                queueRefresh();
            }
        }
    };
    /** Where the shown project trains, followed so that its jobs' changes show (null: no project). */
    private TrainingSite site;
    private AutoCloseable following;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(4, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(filters, SWT.NONE).setText("Status:");
        statusFilter = new Combo(filters, SWT.READ_ONLY);
        statusFilter.add(ALL);
        for (JobStatus s : JobStatus.values()) {
            statusFilter.add(JobLabels.status(s).substring(2));
        }
        statusFilter.select(0);
        statusFilter.setData(Roles.KEY, "statusFilter");
        new Label(filters, SWT.NONE).setText("Task:");
        taskFilter = new Combo(filters, SWT.READ_ONLY);
        taskFilter.add(ALL);
        for (TaskType t : TaskType.values()) {
            taskFilter.add(JobLabels.task(t));
        }
        taskFilter.select(0);
        taskFilter.setData(Roles.KEY, "taskFilter");
        statusFilter.addListener(SWT.Selection, e -> refresh());
        taskFilter.addListener(SWT.Selection, e -> refresh());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        jobs = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        jobs.getTable().setHeaderVisible(true);
        jobs.getTable().setLinesVisible(true);
        jobs.getTable().setData(Roles.KEY, "jobs");
        jobs.setContentProvider(ArrayContentProvider.getInstance());
        column("Status", 100, j -> JobLabels.status(j.getStatus()), true);
        column("Name", 140, TrainingJob::getName, false);
        column("Task", 70, j -> JobLabels.task(j.getType()), false);
        column("Epochs", 60, j -> j.getEpochs().size() + "/" + JobLabels.epochs(j), false);
        column("Created", 120, j -> JobLabels.date(j.getCreatedAt()), false);
        jobs.addSelectionChangedListener(e -> showMonitor());
        getSite().setSelectionProvider(jobs);

        Composite monitor = new Composite(sash, SWT.NONE);
        monitor.setLayout(new GridLayout(3, false));
        title = new Label(monitor, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        statusLabel = new Label(monitor, SWT.NONE);
        statusLabel.setData(Roles.KEY, "status");
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        progress = new ProgressBar(monitor, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setData(Roles.KEY, "progress");
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressLabel = new Label(monitor, SWT.NONE);
        progressLabel.setData(Roles.KEY, "epochs");
        progressLabel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Composite buttons = new Composite(monitor, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        cancelButton = new Button(buttons, SWT.PUSH);
        cancelButton.setText("Cancel");
        cancelButton.setData(Roles.KEY, "cancel");
        cancelButton.addListener(SWT.Selection, e -> cancelSelected());
        deleteButton = new Button(buttons, SWT.PUSH);
        deleteButton.setText("Delete");
        deleteButton.setData(Roles.KEY, "delete");
        deleteButton.addListener(SWT.Selection, e -> deleteSelected());

        chart = new Chart(monitor, SWT.NONE);
        chart.setData(Roles.KEY, "chart");
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        chartData.minimumHeight = 160;
        chartData.heightHint = 200;
        chart.setLayoutData(chartData);
        chart.getTitle().setText("Loss and metric per epoch");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Epoch");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Loss");
        int metricAxis = chart.getAxisSet().createYAxis();
        chart.getAxisSet().getYAxis(metricAxis).getTitle().setText("Metric");
        chart.getAxisSet().getYAxis(metricAxis).setPosition(org.eclipse.swtchart.IAxis.Position.Secondary);
        Display display = parent.getDisplay();
        series("train", "Train loss", display.getSystemColor(SWT.COLOR_BLUE), 0);
        series("validation", "Validation loss", display.getSystemColor(SWT.COLOR_RED), 0);
        series("metric", "Metric", display.getSystemColor(SWT.COLOR_DARK_GREEN), metricAxis);

        metricsLabel = new Label(monitor, SWT.WRAP);
        metricsLabel.setData(Roles.KEY, "metrics");
        metricsLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        datasetText = new Text(monitor, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
        datasetText.setData(Roles.KEY, "dataset");
        GridData datasetData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        datasetData.heightHint = 70;
        datasetText.setLayoutData(datasetData);
        sash.setWeights(2, 3);

        setContentDescription(HINT);
        showMonitor();
        follower.start();
    }

    private interface Text1 {
        String of(TrainingJob job);
    }

    private void column(String name, int width, Text1 text, boolean badge) {
        TableViewerColumn column = new TableViewerColumn(jobs, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.of((TrainingJob) element);
                return value == null ? "" : value;
            }

            @Override
            public Color getForeground(Object element) {
                return badge ? JobLabels.color(jobs.getControl().getDisplay(), ((TrainingJob) element).getStatus()) : null;
            }
        });
    }

    private void series(String id, String description, Color color, int axis) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(description);
        series.setLineColor(color);
        series.setSymbolColor(color);
        series.setYAxisId(axis);
    }

    /** Shows another project's jobs (or none). */
    private void show(ProjectStore next) {
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(projectWatcher);
        }
        stopFollowing();
        store = next;
        if (store != null) {
            store.project().eAdapters().add(projectWatcher);
            site = TrainingUiPlugin.training().site(store);
            following = site.follow(this::queueRefresh);
        }
        refresh();
    }

    private void stopFollowing() {
        if (following != null) {
            try {
                following.close();
            } catch (Exception e) {
                // a listener that could not be removed is called in vain: the view checks it is still there
            }
        }
        following = null;
        site = null;
    }

    /** The project's name, and where it trains when not here (the server, its jobs as last known while away). */
    private void describe() {
        if (store == null || store.isClosed()) {
            setContentDescription(HINT);
            return;
        }
        String where = site == null ? null : site.where();
        setContentDescription(store.project().getName() + (where == null ? "" : " - " + where));
    }

    private void queueRefresh() {
        Display display = jobs == null ? null : jobs.getControl().getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        synchronized (this) {
            if (refreshQueued) {
                return;
            }
            refreshQueued = true;
        }
        display.asyncExec(() -> {
            synchronized (this) {
                refreshQueued = false;
            }
            if (!jobs.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    /** The project's jobs that pass the filters, newest first. */
    List<TrainingJob> visibleJobs() {
        if (store == null || store.isClosed()) {
            return List.of();
        }
        List<TrainingJob> list = new ArrayList<>();
        for (TrainingJob job : store.project().getTrainingJobs()) {
            if (statusFilter.getSelectionIndex() > 0 && job.getStatus() != JobStatus.values()[statusFilter.getSelectionIndex() - 1]) {
                continue;
            }
            if (taskFilter.getSelectionIndex() > 0 && job.getType() != TaskType.values()[taskFilter.getSelectionIndex() - 1]) {
                continue;
            }
            list.add(0, job);
        }
        return list;
    }

    void refresh() {
        if (jobs.getControl().isDisposed()) {
            return;
        }
        describe();
        TrainingJob selected = selectedJob();
        jobs.setInput(visibleJobs());
        if (selected != null && visibleJobs().contains(selected)) {
            jobs.setSelection(new StructuredSelection(selected));
        }
        showMonitor();
    }

    TrainingJob selectedJob() {
        Object first = ((IStructuredSelection) jobs.getSelection()).getFirstElement();
        return first instanceof TrainingJob job && job.eContainer() != null ? job : null;
    }

    void select(TrainingJob job) {
        jobs.setSelection(job == null ? StructuredSelection.EMPTY : new StructuredSelection(job), true);
    }

    private void showMonitor() {
        TrainingJob job = selectedJob();
        if (job == null) {
            title.setText("Select a job to see how it learns.");
            statusLabel.setText("");
            progress.setSelection(0);
            progressLabel.setText("");
            metricsLabel.setText("");
            datasetText.setText("");
            for (String id : List.of("train", "validation", "metric")) {
                chart.getSeriesSet().getSeries(id).setXSeries(new double[0]);
                chart.getSeriesSet().getSeries(id).setYSeries(new double[0]);
            }
            chart.redraw();
            cancelButton.setEnabled(false);
            deleteButton.setEnabled(false);
            return;
        }
        title.setText(job.getName() + " (" + JobLabels.task(job.getType()) + ", model " + job.getConfiguration().get("model") + ")");
        String status = JobLabels.status(job.getStatus()).substring(2);
        if (job.getErrorMessage() != null && !job.getErrorMessage().isEmpty()) {
            status += ": " + job.getErrorMessage();
        }
        statusLabel.setText(status);
        statusLabel.setForeground(JobLabels.color(statusLabel.getDisplay(), job.getStatus()));
        int total = Math.max(1, JobLabels.epochs(job));
        List<EpochMetrics> epochs = List.copyOf(job.getEpochs());
        progress.setMaximum(total);
        progress.setSelection(Math.min(total, epochs.size()));
        progressLabel.setText("Epoch " + epochs.size() + " of " + total);
        Set<String> names = new LinkedHashSet<>();
        epochs.forEach(e -> names.addAll(e.getMetrics().keySet()));
        String metric = JobLabels.mainMetric(job.getType(), names);
        double[] x = new double[epochs.size()];
        double[] train = new double[epochs.size()];
        double[] validation = new double[epochs.size()];
        double[] metricValues = new double[epochs.size()];
        for (int i = 0; i < x.length; i++) {
            EpochMetrics e = epochs.get(i);
            x[i] = e.getEpoch();
            train[i] = e.getTrainLoss();
            validation[i] = e.getValidationLoss();
            Double value = metric == null ? null : e.getMetrics().get(metric);
            metricValues[i] = value == null ? 0 : value;
        }
        set("train", x, train);
        set("validation", x, validation);
        if (metric == null) {
            set("metric", new double[0], new double[0]);
        } else {
            set("metric", x, metricValues);
        }
        chart.getSeriesSet().getSeries("metric").setDescription(metric == null ? "Metric" : metric);
        chart.getAxisSet().adjustRange();
        if (x.length > 0) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, Math.max(x[x.length - 1], 1) + 0.5));
        }
        chart.getAxisSet().getYAxis(1).setRange(new Range(0, 1));
        chart.redraw();
        if (epochs.isEmpty()) {
            metricsLabel.setText("No epoch finished yet.");
        } else {
            EpochMetrics last = epochs.get(epochs.size() - 1);
            Map<String, Double> latest = new TreeMap<>(last.getMetrics().map());
            metricsLabel.setText(String.format(java.util.Locale.ROOT, "Epoch %d: train loss %.4f, validation loss %.4f, %.1f s   %s",
                    last.getEpoch(), last.getTrainLoss(), last.getValidationLoss(), last.getDurationMillis() / 1000.0,
                    JobLabels.metrics(latest)));
        }
        datasetText.setText(datasetInfo(job));
        boolean active = job.getStatus() == JobStatus.PENDING || job.getStatus() == JobStatus.PREPARING
                || job.getStatus() == JobStatus.TRAINING;
        cancelButton.setEnabled(active);
        deleteButton.setEnabled(!active);
        metricsLabel.getParent().layout(true);
    }

    private void set(String id, double[] x, double[] y) {
        chart.getSeriesSet().getSeries(id).setXSeries(x);
        chart.getSeriesSet().getSeries(id).setYSeries(y);
    }

    static String datasetInfo(TrainingJob job) {
        Map<String, String> config = job.getConfiguration().map();
        if (!config.containsKey("dataset.train")) {
            return "The dataset is described once the job has prepared it.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Images: ").append(config.get("dataset.train")).append(" train, ")
                .append(config.get("dataset.validation")).append(" validation\n");
        text.append("Examples per class:");
        config.forEach((key, value) -> {
            if (key.startsWith("dataset.class.")) {
                text.append(' ').append(key.substring("dataset.class.".length())).append(' ').append(value).append(',');
            }
        });
        if (text.charAt(text.length() - 1) == ',') {
            text.setLength(text.length() - 1);
        }
        text.append("\nSkipped: ").append(config.getOrDefault("dataset.skipped", "0"));
        config.forEach((key, value) -> {
            if (key.matches("dataset\\.skipped\\.\\d+")) {
                text.append("\n  ").append(value);
            }
        });
        return text.toString();
    }

    void cancelSelected() {
        TrainingJob job = selectedJob();
        if (job == null) {
            return;
        }
        try {
            TrainingUiPlugin.training().site(store).cancel(job);
            statusLabel.setText("Cancelling...");
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cancel", "The job could not be asked to stop: " + e.getMessage());
        }
    }

    void deleteSelected() {
        TrainingJob job = selectedJob();
        if (job == null || store == null) {
            return;
        }
        try {
            TrainingUiPlugin.training().site(store).delete(job);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Delete", "The job could not be deleted: " + e.getMessage());
        }
        refresh();
    }

    @Override
    public void setFocus() {
        jobs.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.stop();
        stopFollowing();
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(projectWatcher);
        }
        super.dispose();
    }

    ProjectStore store() {
        return store;
    }
}
