package org.annotide.ui.training.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingSet;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The New Training Job wizard, the seed's five steps: task type; training sets of the project (none checked:
 * every image); classes (in the order given, ids 0, 1, 2...) and, for detect and segment, the annotation kinds;
 * configuration (name required, description, model size, epochs, batch size, image size, learning rate, train
 * ratio, seed, device); review. Start Training adds the job to the queue, which runs it as an Eclipse Job.
 */
public final class NewTrainingJobWizard extends Wizard {

    private final ProjectStore store;
    private final TrainedModel start;
    private TaskType task = TaskType.CLASSIFY;
    /** The job Start Training queued, for tests. */
    TrainingJob submitted;

    final TaskPage taskPage;
    final DataPage dataPage;
    final ClassesPage classesPage;
    final ConfigPage configPage;
    final ReviewPage reviewPage;

    /** @param start a model to fine-tune (its task and classes are taken), or null */
    public NewTrainingJobWizard(ProjectStore store, TrainedModel start) {
        this.store = store;
        this.start = start;
        if (start != null) {
            task = start.getType();
        }
        taskPage = new TaskPage();
        dataPage = new DataPage();
        classesPage = new ClassesPage();
        configPage = new ConfigPage();
        reviewPage = new ReviewPage();
        setWindowTitle(start == null ? "New Training Job" : "Fine-tune " + start.getName());
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(taskPage);
        addPage(dataPage);
        addPage(classesPage);
        addPage(configPage);
        addPage(reviewPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == reviewPage && reviewPage.isPageComplete();
    }

    /** The configuration the pages describe. @throws IllegalArgumentException naming what is wrong */
    TrainingConfig config() {
        String name = configPage.name.getText().trim();
        TrainingConfig.Builder b = TrainingConfig.builder(name, task);
        b.description(configPage.description.getText().trim());
        b.trainingSets(dataPage.checked());
        b.classes(classesPage.checkedClasses());
        b.kinds(task == TaskType.CLASSIFY ? Set.of() : classesPage.checkedKinds());
        b.modelSize(configPage.modelSize.getText());
        b.epochs(integer(configPage.epochs, "epochs"));
        b.batchSize(integer(configPage.batch, "batch size"));
        b.imageSize(integer(configPage.imageSize, "image size"));
        b.learningRate(number(configPage.lr, "learning rate"));
        b.trainRatio(number(configPage.trainRatio, "train ratio"));
        b.seed(integer(configPage.seed, "random seed"));
        b.device(configPage.device.getText());
        if (start != null) {
            b.fromModelId(start.getId());
        }
        if (!classesPage.checkedClasses().isEmpty() && classesPage.checkedClasses().size() < 2) {
            throw new IllegalArgumentException("choose at least two classes (or none for every class with examples)");
        }
        return b.build();
    }

    private static int integer(Text text, String what) {
        try {
            return Integer.parseInt(text.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a whole number, not '" + text.getText() + "'");
        }
    }

    private static double number(Text text, String what) {
        try {
            return Double.parseDouble(text.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number, not '" + text.getText() + "'");
        }
    }

    @Override
    public boolean performFinish() {
        TrainingConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            reviewPage.setErrorMessage(e.getMessage());
            return false;
        }
        try {
            submitted = TrainingUiPlugin.training().site(store).submit(config);
        } catch (TrainingException e) {
            reviewPage.setErrorMessage(e.getMessage());
            return false;
        }
        try {
            TrainingView view = (TrainingView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(TrainingUi.TRAINING_VIEW_ID);
            view.refresh();
            view.select(submitted);
        } catch (PartInitException | RuntimeException e) {
            // the job runs anyway; the Progress view shows it
        }
        return true;
    }

    TrainingJob submitted() {
        return submitted;
    }

    // ------------------------------------------------------------------ pages

    final class TaskPage extends WizardPage {
        final List<Button> radios = new ArrayList<>();

        TaskPage() {
            super("task", "Task Type", null);
            setDescription("What the model learns: a class per image, boxes of objects, or object outlines.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            String[] texts = {"Classify: one class per image (or tile)", "Detect: a box around each object",
                    "Segment: the outline (mask) of each object"};
            for (TaskType t : TaskType.values()) {
                Button radio = new Button(c, SWT.RADIO);
                radio.setText(texts[t.ordinal()]);
                radio.setData(Roles.KEY, "task." + t.getLiteral().toLowerCase(Locale.ROOT));
                radio.setSelection(t == task);
                radio.setEnabled(start == null || t == start.getType());
                radio.addListener(SWT.Selection, e -> {
                    if (radio.getSelection()) {
                        task = t;
                        classesPage.taskChanged();
                        configPage.taskChanged();
                    }
                });
                radios.add(radio);
            }
            setControl(c);
        }
    }

    final class DataPage extends WizardPage {
        Table sets;

        DataPage() {
            super("data", "Training Sets", null);
            setDescription("The training sets of " + store.project().getName()
                    + " whose tiles make the dataset; none checked: every image of the project.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            new Label(c, SWT.NONE).setText("Project: " + store.project().getName());
            sets = new Table(c, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            sets.setData(Roles.KEY, "trainingSets");
            sets.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            for (TrainingSet set : store.project().getTrainingSets()) {
                TableItem item = new TableItem(sets, SWT.NONE);
                item.setText(set.getName() + " (" + set.getTiles().size() + " tiles)");
                item.setData(set.getName());
            }
            setControl(c);
        }

        List<String> checked() {
            List<String> names = new ArrayList<>();
            for (TableItem item : sets.getItems()) {
                if (item.getChecked()) {
                    names.add((String) item.getData());
                }
            }
            return names;
        }
    }

    final class ClassesPage extends WizardPage {
        Table classes;
        final List<Button> kinds = new ArrayList<>();

        ClassesPage() {
            super("classes", "Classes and Annotation Kinds", null);
            setDescription("The classes to learn, ids 0, 1, 2... in this order (none checked: every class with "
                    + "examples); for detect and segment, the kinds of annotations to include.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            new Label(c, SWT.NONE).setText("Classes:");
            classes = new Table(c, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            classes.setData(Roles.KEY, "classes");
            classes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            List<String> startClasses = start == null ? List.of()
                    : start.getLabelClasses().stream().map(LabelClass::getName).toList();
            for (LabelClass label : store.project().getLabelClasses()) {
                TableItem item = new TableItem(classes, SWT.NONE);
                item.setText(label.getName());
                item.setData(label.getName());
                item.setChecked(startClasses.contains(label.getName()));
            }
            classes.addListener(SWT.Selection, e -> validate());
            new Label(c, SWT.NONE).setText("Annotation kinds (detect and segment):");
            Composite row = new Composite(c, SWT.NONE);
            row.setLayout(new GridLayout(5, false));
            for (ShapeKind kind : List.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX, ShapeKind.ELLIPSE, ShapeKind.POLYGON, ShapeKind.MASK)) {
                Button check = new Button(row, SWT.CHECK);
                check.setText(kind.getName() == null ? kind.getLiteral() : kind.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '));
                check.setData(kind);
                check.setData(Roles.KEY, "kind." + kind.getLiteral().toLowerCase(Locale.ROOT));
                check.setSelection(true);
                kinds.add(check);
            }
            setControl(c);
            taskChanged();
        }

        void taskChanged() {
            for (Button kind : kinds) {
                kind.setEnabled(task != TaskType.CLASSIFY);
            }
        }

        private void validate() {
            int n = checkedClasses().size();
            setErrorMessage(n == 1 ? "Choose at least two classes, or none for every class with examples." : null);
            setPageComplete(n != 1);
        }

        List<String> checkedClasses() {
            List<String> names = new ArrayList<>();
            for (TableItem item : classes.getItems()) {
                if (item.getChecked()) {
                    names.add((String) item.getData());
                }
            }
            return names;
        }

        Set<ShapeKind> checkedKinds() {
            Set<ShapeKind> set = EnumSet.noneOf(ShapeKind.class);
            for (Button kind : kinds) {
                if (kind.getSelection()) {
                    set.add((ShapeKind) kind.getData());
                }
            }
            return set;
        }
    }

    final class ConfigPage extends WizardPage {
        Text name;
        Text description;
        Combo modelSize;
        Text epochs;
        Text batch;
        Text imageSize;
        Text lr;
        Text trainRatio;
        Text seed;
        Combo device;

        ConfigPage() {
            super("config", "Configuration", null);
            setDescription("Name the job and choose how it trains.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            name = text(c, "Name (required):", "name", "");
            description = text(c, "Description:", "description", "");
            new Label(c, SWT.NONE).setText("Model size:");
            modelSize = new Combo(c, SWT.READ_ONLY);
            modelSize.setData(Roles.KEY, "modelSize");
            epochs = text(c, "Epochs:", "epochs", Integer.toString(TrainingConfig.DEFAULT_EPOCHS));
            batch = text(c, "Batch size:", "batch", Integer.toString(TrainingConfig.DEFAULT_BATCH));
            imageSize = text(c, "Image size (pixels):", "imageSize", Integer.toString(
                    start != null && start.getInputSize() > 0 ? start.getInputSize() : TrainingConfig.DEFAULT_IMAGE_SIZE));
            lr = text(c, "Initial learning rate:", "lr", Double.toString(TrainingConfig.DEFAULT_LEARNING_RATE));
            trainRatio = text(c, "Train ratio:", "trainRatio", Double.toString(TrainingConfig.DEFAULT_TRAIN_RATIO));
            seed = text(c, "Random seed:", "seed", Long.toString(TrainingConfig.DEFAULT_SEED));
            new Label(c, SWT.NONE).setText("Device:");
            device = new Combo(c, SWT.READ_ONLY);
            device.setData(Roles.KEY, "device");
            device.setItems("auto", "cpu", "gpu");
            device.select(0);
            setControl(c);
            taskChanged();
            validate();
        }

        private Text text(Composite c, String label, String role, String value) {
            new Label(c, SWT.NONE).setText(label);
            Text text = new Text(c, SWT.BORDER);
            text.setData(Roles.KEY, role);
            text.setText(value);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.Modify, e -> validate());
            return text;
        }

        void taskChanged() {
            if (modelSize == null) {
                return;
            }
            String selected = modelSize.getText();
            // the architectures the installed trainers of the task offer, the default trainer's first (a plug-in's
            // trainer adds its own, e.g. the example's 'centroid')
            String[] offered = org.annotide.ml.TrainerRegistry.installed().trainers().stream()
                    .filter(t -> t.task() == task).flatMap(t -> t.architectures().stream()).distinct()
                    .toArray(String[]::new);
            modelSize.setItems(offered.length > 0 ? offered
                    : task == TaskType.CLASSIFY ? new String[] {"n", "s", "m", "resnet", "linear"} : new String[] {"n", "s", "m"});
            int index = modelSize.indexOf(start != null ? start.getArchitecture() : selected);
            modelSize.select(Math.max(0, index));
        }

        private void validate() {
            String message = null;
            if (name.getText().isBlank()) {
                message = "A training job needs a name.";
            } else {
                try {
                    config();
                } catch (IllegalArgumentException e) {
                    message = e.getMessage();
                }
            }
            setErrorMessage(message);
            setPageComplete(message == null);
        }
    }

    final class ReviewPage extends WizardPage {
        Text summary;

        ReviewPage() {
            super("review", "Review", null);
            setDescription("Check the job, then Start Training.");
        }

        @Override
        public void createControl(Composite parent) {
            summary = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
            summary.setData(Roles.KEY, "review");
            setControl(summary);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                try {
                    TrainingConfig config = config();
                    StringBuilder text = new StringBuilder("Project: " + store.project().getName() + "\nName: " + config.name() + "\n");
                    config.toMap().forEach((k, v) -> text.append(k).append(": ")
                            .append(v.isEmpty() ? (k.equals("trainingSets") ? "(every image)" : k.equals("classes")
                                    ? "(every class with examples)" : "(all)") : v.replace('\n', ',')).append('\n'));
                    summary.setText(text.toString());
                    setErrorMessage(null);
                    setPageComplete(true);
                } catch (IllegalArgumentException e) {
                    summary.setText("");
                    setErrorMessage(e.getMessage());
                    setPageComplete(false);
                }
            }
            super.setVisible(visible);
        }
    }
}
