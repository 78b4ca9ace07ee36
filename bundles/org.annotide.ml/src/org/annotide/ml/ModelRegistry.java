package org.annotide.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.edit.command.DeleteCommand;

/**
 * The trained models of one project: TrainedModel entries in the model (journaled), each with its single model
 * file in {@code PROJECT/models/ID.atm}. One model per task type is active. A file is always complete before
 * its entry exists, and an entry is removed before its file.
 */
public final class ModelRegistry {

    public static final String MODELS_FOLDER = "models";

    private static final String[] PALETTE = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
            "#f032e6", "#bcf60c", "#fabebe", "#008080"};

    private final ProjectStore store;
    private final ModelAccess access;
    private final TrainerRegistry trainers;
    private final RemoteFiles remote;

    /**
     * Where the files of models that live elsewhere come from: a server project's mirror holds the server's model
     * entries and fetches a file the first time it is used.
     */
    @FunctionalInterface
    public interface RemoteFiles {
        /** The file of the model, fetched into {@code target} (whole or not at all) unless the model is local. */
        void fetch(TrainedModel model, Path target) throws TrainingException;
    }

    public ModelRegistry(ProjectStore store, ModelAccess access, TrainerRegistry trainers) {
        this(store, access, trainers, null);
    }

    /** A registry whose missing model files {@code remote} fetches (null: every file is in the project folder). */
    public ModelRegistry(ProjectStore store, ModelAccess access, TrainerRegistry trainers, RemoteFiles remote) {
        this.store = store;
        this.access = access;
        this.trainers = trainers;
        this.remote = remote;
    }

    public ProjectStore store() {
        return store;
    }

    public TrainerRegistry trainers() {
        return trainers;
    }

    public List<TrainedModel> list() {
        return access.call(store, () -> List.copyOf(store.project().getModels()));
    }

    /** The model with this id, a unique prefix of it (at least 4 characters), or this unique name. */
    public TrainedModel find(String key) throws TrainingException {
        List<TrainedModel> found = access.call(store, () -> {
            List<TrainedModel> exact = new ArrayList<>();
            List<TrainedModel> partial = new ArrayList<>();
            for (TrainedModel m : store.project().getModels()) {
                if (key.equals(m.getId())) {
                    exact.add(m);
                } else if ((key.length() >= 4 && m.getId() != null && m.getId().startsWith(key)) || key.equals(m.getName())) {
                    partial.add(m);
                }
            }
            return exact.isEmpty() ? partial : exact;
        });
        if (found.isEmpty()) {
            throw new TrainingException("the project has no model '" + key + "'");
        }
        if (found.size() > 1) {
            throw new TrainingException("'" + key + "' names " + found.size() + " models; give more of the id");
        }
        return found.get(0);
    }

    public TrainedModel active(TaskType task) {
        return access.call(store, () -> store.project().getModels().stream()
                .filter(m -> m.isActive() && m.getType() == task).findFirst().orElse(null));
    }

    public Path file(TrainedModel model) {
        String location = access.call(store, model::getWeightsLocation);
        Path path = Path.of(location);
        return path.isAbsolute() ? path : store.folder().resolve(path);
    }

    public ModelFile modelFile(TrainedModel model) throws TrainingException {
        Path file = file(model);
        if (remote != null && !Files.isRegularFile(file)) {
            remote.fetch(model, file);
        }
        return ModelFile.read(file);
    }

    /** Where a new model's file goes. */
    public Path newModelPath(String id) {
        return store.folder().resolve(MODELS_FOLDER).resolve(id + ModelFile.EXTENSION);
    }

    /**
     * Registers a complete model file that lies at {@link #newModelPath}: creates the entry (and any label class
     * the project lacks) and makes it active when its task has no active model. With a job, the same command
     * completes the job with this model as its result.
     */
    public TrainedModel register(ModelFile file, TrainingJob job) {
        return access.call(store, () -> {
            ModelDescriptor d = file.descriptor();
            Project project = store.project();
            StoreChange edits = new StoreChange(store, "Register model " + d.name());
            List<LabelClass> created = new ArrayList<>();
            List<LabelClass> classes = new ArrayList<>();
            for (String name : d.classes()) {
                LabelClass labelClass = project.getLabelClasses().stream().filter(c -> name.equals(c.getName()))
                        .findFirst().orElse(null);
                if (labelClass == null) {
                    labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
                    labelClass.setId(UUID.randomUUID().toString());
                    labelClass.setName(name);
                    labelClass.setColor(PALETTE[(project.getLabelClasses().size() + created.size()) % PALETTE.length]);
                    created.add(labelClass);
                }
                classes.add(labelClass);
            }
            edits.add(project, Literals.PROJECT__LABEL_CLASSES, created);
            TrainedModel model = AnnotideFactory.eINSTANCE.createTrainedModel();
            model.setId(d.id());
            model.setName(d.name());
            model.setDescription(d.configuration().get("description"));
            model.setVersion((int) project.getModels().stream().filter(m -> d.name().equals(m.getName())).count() + 1);
            model.setType(d.task());
            model.setArchitecture(d.architecture());
            model.setWeightsLocation(store.folder().relativize(file.file().toAbsolutePath()).toString());
            model.setInputSize(d.imageSize());
            model.setCreatedAt(new Date(d.createdAt()));
            model.setJob(job);
            model.getLabelClasses().addAll(classes);
            model.getMetrics().putAll(d.metrics());
            boolean noneActive = project.getModels().stream().noneMatch(m -> m.isActive() && m.getType() == d.task());
            model.setActive(noneActive);
            edits.add(project, Literals.PROJECT__MODELS, model);
            if (job != null) {
                edits.set(job, Literals.TRAINING_JOB__RESULT_MODEL, model)
                        .set(job, Literals.TRAINING_JOB__PROGRESS, 1.0)
                        .set(job, Literals.TRAINING_JOB__FINISHED_AT, new Date())
                        .set(job, Literals.TRAINING_JOB__STATUS, org.annotide.model.JobStatus.COMPLETED);
            }
            edits.execute();
            return model;
        });
    }

    /** Makes a model the active one of its task type (the others of that type become inactive). */
    public void activate(TrainedModel model) {
        access.run(store, () -> {
            StoreChange edits = new StoreChange(store, "Activate model " + model.getName());
            for (TrainedModel other : store.project().getModels()) {
                if (other != model && other.getType() == model.getType() && other.isActive()) {
                    edits.set(other, Literals.TRAINED_MODEL__ACTIVE, false);
                }
            }
            if (!model.isActive()) {
                edits.set(model, Literals.TRAINED_MODEL__ACTIVE, true);
            }
            edits.execute();
        });
    }

    /** Removes the entry (references to it are cleared in the same command), then its file. */
    public void delete(TrainedModel model) throws IOException {
        Path file = file(model);
        access.run(store, () -> new StoreChange(store, "Delete model " + model.getName())
                .append(DeleteCommand.create(store.editingDomain(), model)).execute());
        Files.deleteIfExists(file);
    }

    /** Copies the model's single file to {@code target} (atomically), for {@link #importFile} elsewhere. */
    public void export(TrainedModel model, Path target) throws IOException, TrainingException {
        ModelFile file = modelFile(model);
        file.rewrite(target, file.descriptor());
    }

    /**
     * Imports an Annotide model file, or (with {@code classes} and {@code imageSize}) a foreign model that one of
     * the trainers can run, e.g. a TorchScript classifier. The model keeps its id unless the project has it
     * already; it becomes active when none of its task is.
     *
     * @param task      for a foreign file: its task
     * @param classes   for a foreign file: class names in output order
     * @param imageSize for a foreign file: the square input size
     */
    public TrainedModel importFile(Path source, TaskType task, List<String> classes, int imageSize)
            throws TrainingException, IOException {
        if (!Files.isRegularFile(source)) {
            throw new TrainingException("no file " + source);
        }
        if (ModelFile.isModelFile(source)) {
            ModelFile file = ModelFile.read(source);
            ModelDescriptor d = file.descriptor();
            Trainer trainer = trainers.byId(d.trainer()).orElseThrow(() -> new TrainingException(
                    "the model needs the trainer '" + d.trainer() + "', which is not installed"));
            boolean taken = access.call(store, () -> store.project().getModels().stream().anyMatch(m -> d.id().equals(m.getId())));
            String id = taken ? UUID.randomUUID().toString() : d.id();
            Path target = newModelPath(id);
            ModelFile copy = file.rewrite(target, d.withId(id, d.name()));
            try {
                check(trainer, copy);
                return register(copy, null);
            } catch (TrainingException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
        }
        if (classes == null || classes.size() < 2 || imageSize < 8 || task == null) {
            throw new TrainingException(source.getFileName() + " is not an Annotide model file; to import a foreign model"
                    + " (e.g. TorchScript) give its task, its classes (at least two) and its input size");
        }
        Path models = Files.createDirectories(store.folder().resolve(MODELS_FOLDER));
        Path work = Files.createTempDirectory(models, "import");
        try {
            List<String> problems = new ArrayList<>();
            for (Trainer trainer : trainers.trainers()) {
                if (trainer.task() != task) {
                    continue;
                }
                TrainingResult result;
                try {
                    result = trainer.importForeign(source, classes, imageSize, 3, work);
                } catch (TrainingException e) {
                    problems.add(e.getMessage());
                    continue;
                }
                if (result == null) {
                    continue;
                }
                String id = UUID.randomUUID().toString();
                String name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                Map<String, String> configuration = new LinkedHashMap<>();
                configuration.put("task", task.getLiteral().toLowerCase(Locale.ROOT));
                configuration.put("imported", source.getFileName().toString());
                ModelDescriptor d = new ModelDescriptor(id, name, trainer.id(), task, result.architecture(), classes,
                        imageSize, result.mean().length, result.mean(), result.std(), configuration, result.metrics(),
                        result.epochs(), Map.of(), System.currentTimeMillis());
                ModelFile file = ModelFile.write(newModelPath(id), d, result.payload());
                return register(file, null);
            }
            throw new TrainingException(problems.isEmpty()
                    ? source.getFileName() + " is not a model any installed trainer can run as " + task.getLiteral().toLowerCase(Locale.ROOT)
                    : String.join("; ", problems));
        } finally {
            deleteTree(work);
        }
    }

    /** Opens the model once to make sure the trainer can run it. */
    private static void check(Trainer trainer, ModelFile file) throws TrainingException {
        try (Predictor predictor = trainer.open(file, "cpu")) {
            // opened: the weights fit the architecture
        } catch (TrainingException e) {
            throw e;
        } catch (Exception e) {
            throw new TrainingException(file.file().getFileName() + " cannot be opened as a model: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; recovery removes it
        }
    }
}
