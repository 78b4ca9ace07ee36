package org.annotide.ui.training.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

/**
 * The model registry of the project the user works in: activate, details, delete, export to one file, import
 * such a file, compare two models side by side, fine-tune (a new job that starts from the model) and Predict
 * on the images selected elsewhere, as a cancellable job whose predictions appear in open editors (they
 * observe the model). Reading and writing files runs in Eclipse Jobs, never on the UI thread.
 */
public final class ModelsView extends ViewPart {

    static final String HINT = "Select a project, or an image of one, to see its models.";

    private final ProjectFollower follower = new ProjectFollower(this, this::show);
    private ProjectStore store;
    private TableViewer models;
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    /** The last Predict job, for tests. */
    volatile Job lastJob;

    private final AdapterImpl watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            Object feature = msg.getFeature();
            if (feature == AnnotidePackage.Literals.PROJECT__MODELS) {
                refreshLater();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(bar, "Activate", this::activateSelected);
        button(bar, "Details", this::detailsOfSelected);
        button(bar, "Compare", this::compareSelected);
        button(bar, "Fine-tune...", this::fineTuneSelected);
        button(bar, "Predict", this::predictSelected);
        button(bar, "Export...", this::exportSelected);
        button(bar, "Import...", this::importModel);
        button(bar, "Delete", this::deleteSelected);

        models = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        models.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        models.getTable().setHeaderVisible(true);
        models.getTable().setLinesVisible(true);
        models.getTable().setData(Roles.KEY, "models");
        models.setContentProvider(ArrayContentProvider.getInstance());
        column("Active", 50, m -> m.isActive() ? "\u2713" : "");
        column("Name", 150, TrainedModel::getName);
        column("Task", 70, m -> JobLabels.task(m.getType()));
        column("Architecture", 90, TrainedModel::getArchitecture);
        column("Classes", 150, m -> String.join(", ", m.getLabelClasses().stream().map(LabelClass::getName).toList()));
        column("Metric", 110, m -> {
            String main = JobLabels.mainMetric(m.getType(), m.getMetrics().keySet());
            Double value = main == null ? null : m.getMetrics().get(main);
            return value == null ? "" : String.format(Locale.ROOT, "%s %.4f", main, value);
        });
        column("Created", 120, m -> JobLabels.date(m.getCreatedAt()));
        models.addSelectionChangedListener(e -> updateButtons());
        getSite().setSelectionProvider(models);
        setContentDescription(HINT);
        updateButtons();
        follower.start();
    }

    private void button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setData(Roles.KEY, text.replace("...", "").toLowerCase(Locale.ROOT));
        button.addListener(SWT.Selection, e -> action.run());
        buttons.put(text, button);
    }

    private interface ModelText {
        String of(TrainedModel model);
    }

    private void column(String name, int width, ModelText text) {
        TableViewerColumn column = new TableViewerColumn(models, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.of((TrainedModel) element);
                return value == null ? "" : value;
            }
        });
    }

    private void show(ProjectStore next) {
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(watcher);
        }
        store = next;
        if (store != null) {
            store.project().eAdapters().add(watcher);
            setContentDescription(store.project().getName());
        } else {
            setContentDescription(HINT);
        }
        refresh();
    }

    private void refreshLater() {
        Display display = models.getControl().getDisplay();
        display.asyncExec(() -> {
            if (!models.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    void refresh() {
        models.setInput(store == null || store.isClosed() ? List.of() : List.copyOf(store.project().getModels()));
        models.refresh();
        updateButtons();
    }

    List<TrainedModel> selectedModels() {
        List<TrainedModel> list = new ArrayList<>();
        for (Object o : ((IStructuredSelection) models.getSelection()).toList()) {
            if (o instanceof TrainedModel m && m.eContainer() != null) {
                list.add(m);
            }
        }
        return list;
    }

    private void updateButtons() {
        int n = selectedModels().size();
        buttons.forEach((name, button) -> button.setEnabled(switch (name) {
            case "Import..." -> store != null && !store.isReadOnly();
            case "Compare" -> n == 2;
            case "Delete" -> n >= 1;
            default -> n == 1;
        }));
    }

    private ModelRegistry registry() {
        return TrainingUiPlugin.training().registry(store);
    }

    void activateSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() == 1) {
            try {
                TrainingUiPlugin.training().site(store).activate(selected.get(0));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Activate Model", e.getMessage());
            }
            models.refresh();
        }
    }

    void deleteSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.isEmpty() || !MessageDialog.openConfirm(getSite().getShell(), "Delete Models",
                "Delete " + selected.size() + " model(s) and their files?")) {
            return;
        }
        TrainingSite site = TrainingUiPlugin.training().site(store);
        for (TrainedModel model : selected) {
            try {
                site.deleteModel(model);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Delete Model", model.getName() + ": " + e.getMessage());
            }
        }
        refresh();
    }

    static String details(TrainedModel model) {
        StringBuilder text = new StringBuilder();
        text.append("Name: ").append(model.getName()).append('\n');
        text.append("Id: ").append(model.getId()).append('\n');
        text.append("Task: ").append(JobLabels.task(model.getType())).append('\n');
        text.append("Architecture: ").append(model.getArchitecture()).append('\n');
        text.append("Input size: ").append(model.getInputSize()).append('\n');
        text.append("Active: ").append(model.isActive() ? "yes" : "no").append('\n');
        text.append("Created: ").append(JobLabels.date(model.getCreatedAt())).append('\n');
        text.append("Classes: ").append(String.join(", ", model.getLabelClasses().stream().map(LabelClass::getName).toList())).append('\n');
        text.append("Weights: ").append(model.getWeightsLocation()).append('\n');
        text.append("\nMetrics\n");
        model.getMetrics().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("  ").append(e.getKey()).append(String.format(Locale.ROOT, " %.4f%n", e.getValue())));
        if (model.getJob() != null) {
            text.append("\nConfiguration (job ").append(model.getJob().getName()).append(")\n");
            model.getJob().getConfiguration().stream().filter(e -> !e.getKey().startsWith("dataset.skipped."))
                    .forEach(e -> text.append("  ").append(e.getKey()).append(' ').append(e.getValue().replace('\n', ',')).append('\n'));
            text.append("\nEpochs\n");
            model.getJob().getEpochs().forEach(e -> text.append(String.format(Locale.ROOT,
                    "  %d: train loss %.4f, validation loss %.4f, %s%n", e.getEpoch(), e.getTrainLoss(),
                    e.getValidationLoss(), JobLabels.metrics(e.getMetrics().map()))));
        }
        return text.toString();
    }

    void detailsOfSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() == 1) {
            new TextDialog(getSite().getShell(), "Model " + selected.get(0).getName(), details(selected.get(0))).open();
        }
    }

    /** Rows: every metric and configuration entry of either model; columns: the two models. */
    static List<String[]> comparison(TrainedModel a, TrainedModel b) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", a.getName(), b.getName()});
        rows.add(new String[] {"task", JobLabels.task(a.getType()), JobLabels.task(b.getType())});
        rows.add(new String[] {"architecture", a.getArchitecture(), b.getArchitecture()});
        Set<String> metrics = new java.util.TreeSet<>(a.getMetrics().keySet());
        metrics.addAll(b.getMetrics().keySet());
        for (String m : metrics) {
            rows.add(new String[] {m, value(a.getMetrics().get(m)), value(b.getMetrics().get(m))});
        }
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> ca = a.getJob() == null ? Map.of() : a.getJob().getConfiguration().map();
        Map<String, String> cb = b.getJob() == null ? Map.of() : b.getJob().getConfiguration().map();
        keys.addAll(ca.keySet());
        keys.addAll(cb.keySet());
        for (String key : keys) {
            if (!key.startsWith("dataset.skipped.")) {
                rows.add(new String[] {key, ca.getOrDefault(key, "").replace('\n', ','), cb.getOrDefault(key, "").replace('\n', ',')});
            }
        }
        return rows;
    }

    private static String value(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.4f", d);
    }

    void compareSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() == 2) {
            new CompareDialog(getSite().getShell(), comparison(selected.get(0), selected.get(1))).open();
        }
    }

    void fineTuneSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() == 1 && store != null) {
            new TrainingWizardDialog(getSite().getShell(), new NewTrainingJobWizard(store, selected.get(0))).open();
        }
    }

    void exportSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() != 1) {
            return;
        }
        TrainedModel model = selected.get(0);
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Model");
        dialog.setFilterExtensions(new String[] {"*" + ModelFile.EXTENSION});
        dialog.setFileName(model.getName().replaceAll("[^A-Za-z0-9._-]", "_") + ModelFile.EXTENSION);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            export(model, Path.of(target));
        }
    }

    Job export(TrainedModel model, Path target) {
        ModelRegistry registry = registry();
        Job job = Job.create("Export model " + model.getName(), monitor -> {
            try {
                registry.export(model, target);
                return Status.OK_STATUS;
            } catch (IOException | TrainingException e) {
                return Status.error("The model could not be exported to " + target + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        lastJob = job;
        return job;
    }

    void importModel() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText("Import Model");
        dialog.setFilterExtensions(new String[] {"*" + ModelFile.EXTENSION, "*"});
        String source = dialog.open();
        if (source != null) {
            importFile(Path.of(source));
        }
    }

    Job importFile(Path source) {
        ModelRegistry registry = registry();
        Job job = Job.create("Import model " + source.getFileName(), monitor -> {
            try {
                if (!ModelFile.isModelFile(source)) {
                    return Status.error(source + " is not an Annotide model file (" + ModelFile.EXTENSION
                            + "); TorchScript files are imported with annotide-cli models import FILE --task --classes --image-size");
                }
                registry.importFile(source, null, List.of(), 0);
                return Status.OK_STATUS;
            } catch (IOException | TrainingException e) {
                return Status.error("The model could not be imported from " + source + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        lastJob = job;
        return job;
    }

    void predictSelected() {
        List<TrainedModel> selected = selectedModels();
        if (selected.size() != 1) {
            return;
        }
        List<ImageAsset> images = follower.lastImages();
        if (images.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Predict",
                    "Select the images to predict in the Project Explorer (or an editor's filmstrip) first.");
            return;
        }
        predict(selected.get(0), images);
    }

    Job predict(TrainedModel model, List<ImageAsset> images) {
        Inference inference = new Inference(registry(), TrainingUiPlugin.training().access(), ImagePixels.installed());
        Job job = new Job("Predict with " + model.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Predicting " + images.size() + " images", IProgressMonitor.UNKNOWN);
                try {
                    Inference.Result result = inference.run(model, images, 0.0, "auto",
                            TrainingMonitor.following(monitor::isCanceled, monitor::subTask));
                    if (result.cancelled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (!result.skipped().isEmpty() || !result.refused().isEmpty()) {
                        return Status.warning(result.predictions().size() + " predictions stored"
                                + (result.skipped().isEmpty() ? "" : "; not read: " + result.skipped())
                                + (result.refused().isEmpty() ? ""
                                        : "; not stored (their class does not allow their shape): "
                                                + result.refusedSummary()));
                    }
                    return Status.OK_STATUS;
                } catch (TrainingException | RuntimeException e) {
                    return Status.error("Predict with " + model.getName() + " failed: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.schedule();
        lastJob = job;
        return job;
    }

    ProjectStore store() {
        return store;
    }

    TableViewer viewer() {
        return models;
    }

    @Override
    public void setFocus() {
        models.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.stop();
        if (store != null && !store.isClosed()) {
            store.project().eAdapters().remove(watcher);
        }
        super.dispose();
    }
}
