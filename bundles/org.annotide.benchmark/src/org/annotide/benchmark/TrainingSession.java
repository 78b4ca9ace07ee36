package org.annotide.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.TraineeDrafts;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassScore;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.annotide.model.Score;
import org.annotide.model.ScoringFunction;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.annotide.model.User;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An open training project, for one process: trainees, their tasks, submissions, scores and the CSV, each call
 * checked with the permission service for the user it acts for. Annotators see only their own tasks and scores;
 * the ground truth (in {@code ground-truth/}, see {@link TrainingProjects}) is read here for scoring and handed
 * out only to users who may view the benchmark source.
 */
public final class TrainingSession implements AutoCloseable {

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("annotator", "task", "image", "ground_truth_id",
            "submission_id", "class", "similarity", "category_match", "score");

    /** One annotator's score before and after a re-scoring. */
    public record Rescore(String annotator, double before, double after) {
    }

    /**
     * The team server that holds a mirrored training project's ground truth (see {@link #mirrored}): what needs the
     * ground truth (submitting, re-scoring) is done there, and the scores come back into the mirror's model.
     */
    public interface Server {
        /**
         * Sends the trainee's submission of their own open task (their drafts on its image, once those reached the
         * server). The task stays open in the mirror until the server answers; the server scores it.
         */
        void submit(Account user, AnnotatorTask task);

        /**
         * Makes the function the training project's on the server and scores every submission again there; the
         * server's answer, each annotator's score before and after. Network work: called off the owner thread (a
         * job), it brings the new scores into the model on the owner thread itself.
         *
         * @throws IllegalStateException when the server refuses or cannot be reached (nothing changed), or when
         *                               called on the owner thread
         */
        List<Rescore> rescore(Account user, ScoringFunctionSpec function);
    }

    private final Path folder;
    private final ProjectStore store;
    private final TrainingProject training;
    private final PermissionService permissions;
    private final ScoringEngine engine;
    private ProjectStore groundTruth;
    private Map<String, ImageAsset> groundTruthImages;
    private final Map<Submission, TaskPairs> pairsCache = new IdentityHashMap<>();
    private final boolean ownsStore;
    /** Where the ground truth is when it is not in {@code folder} (a mirror), else null. */
    private final Server server;

    private TrainingSession(Path folder, ProjectStore store, PermissionService permissions, SimilarityRegistry registry) {
        this(folder, store, permissions, registry, true, null);
    }

    private TrainingSession(Path folder, ProjectStore store, PermissionService permissions, SimilarityRegistry registry,
            boolean ownsStore, Server server) {
        this.folder = folder;
        this.store = store;
        this.ownsStore = ownsStore;
        this.permissions = permissions;
        this.server = server;
        this.engine = registry == null ? null : new ScoringEngine(registry);
        if (store.project().getTrainingProjects().isEmpty()) {
            if (ownsStore) {
                store.close();
            }
            throw new IllegalArgumentException(folder + " is not a training project");
        }
        this.training = store.project().getTrainingProjects().get(0);
    }

    /** Opens a training project for reading and writing. */
    public static TrainingSession open(Path folder, PermissionService permissions, SimilarityRegistry registry) {
        if (!TrainingProjects.isTrainingProject(folder)) {
            throw new IllegalArgumentException(folder + " is not a training project (no " + TrainingProjects
                    .GROUND_TRUTH_FOLDER + "/ project in it)");
        }
        return new TrainingSession(folder, ProjectStore.open(folder), permissions, registry);
    }

    /**
     * A session over a training project whose store is open already (the workbench's, which owns the model on the
     * UI thread); {@link #close()} then closes only the ground truth, never that store.
     */
    public static TrainingSession over(Path folder, ProjectStore store, PermissionService permissions,
            SimilarityRegistry registry) {
        if (!TrainingProjects.isTrainingProject(folder)) {
            throw new IllegalArgumentException(folder + " is not a training project (no " + TrainingProjects
                    .GROUND_TRUTH_FOLDER + "/ project in it)");
        }
        return new TrainingSession(folder, store, permissions, registry, false, null);
    }

    /**
     * A session over a team server's training project mirrored into a client's project (its model holds the
     * training project, the tasks the user may see and the scores the server recorded, never the ground truth).
     * Scores are read as recorded; submitting and re-scoring go to {@code server}; what would need the ground truth
     * here (evaluation labels, the CSV, the side-by-side view, adding trainees) is refused with a message saying so.
     * {@link #close()} leaves the store open.
     */
    public static TrainingSession mirrored(ProjectStore store, PermissionService permissions, Server server) {
        return new TrainingSession(null, store, permissions, null, false, Objects.requireNonNull(server, "server"));
    }

    /** Whether the ground truth is on a team server (a mirror, see {@link #mirrored}) rather than in this folder. */
    public boolean isMirror() {
        return server != null;
    }

    public ProjectStore store() {
        return store;
    }

    public TrainingProject trainingProject() {
        return training;
    }

    public ScoringFunctionSpec function() {
        return training.getScoringFunction() == null ? ScoringFunctionSpec.defaults()
                : ScoringFunctionSpec.of(training.getScoringFunction());
    }

    /** The trainees' logins, in the order they were added. */
    public List<String> trainees() {
        return training.getTrainees().stream().map(User::getLogin).toList();
    }

    /** The benchmark tasks (images) every trainee gets a copy of. */
    public int benchmarkTaskCount() {
        return training.getBenchmark() == null ? 0 : training.getBenchmark().getImages().size();
    }

    /**
     * The tasks the user may see: all for Admins and Team Managers (who control assignments and status), an
     * Annotator's own tasks for an Annotator, none for anyone else.
     */
    public List<AnnotatorTask> tasksFor(Account user) {
        if (permissions.may(user, Action.CONTROL_ASSIGNMENTS_AND_STATUS, training)) {
            return Collections.unmodifiableList(training.getTasks());
        }
        if (user == null || user.role() != Role.ANNOTATOR) {
            return List.of();
        }
        return training.getTasks().stream().filter(t -> t.getAnnotator() != null
                && user.login().equals(t.getAnnotator().getLogin())).toList();
    }

    /** Start labelling: the user's first task that is not submitted, or null when all are. */
    public AnnotatorTask nextTask(Account user) {
        return tasksFor(user).stream().filter(t -> t.getAnnotator() != null
                && user.login().equals(t.getAnnotator().getLogin()) && t.getStatus() != TaskStatus.SUBMITTED)
                .findFirst().orElse(null);
    }

    /** A user's task on the image of that name, or null. */
    public AnnotatorTask task(String login, String imageName) {
        for (AnnotatorTask task : training.getTasks()) {
            if (task.getAnnotator() != null && login.equals(task.getAnnotator().getLogin()) && task.getImage() != null
                    && Objects.equals(imageName, task.getImage().getName())) {
                return task;
            }
        }
        return null;
    }

    /**
     * The ground truth of a benchmark image, for users who may view the benchmark source (Admins).
     *
     * @throws org.annotide.access.PermissionDeniedException for everyone else
     */
    public List<Annotation> groundTruth(Account user, ImageAsset image) {
        permissions.check(user, Action.VIEW_BENCHMARK_SOURCE, training);
        return Collections.unmodifiableList(groundTruthOf(image));
    }

    /** Adds a trainee (an Annotator) and their copy of every benchmark task. */
    public void addTrainee(Account caller, Account trainee) {
        permissions.check(caller, Action.INVITE_TEAM_MEMBERS, trainee);
        if (server != null) {
            throw serverOnly("Trainees of a team server's training project are added on the server");
        }
        addTrainee(store, training, trainee);
    }

    static void addTrainee(ProjectStore store, TrainingProject training, Account trainee) {
        if (trainee.role() != Role.ANNOTATOR) {
            throw new IllegalArgumentException(trainee.login() + " is " + Account.roleName(trainee.role())
                    + ", not an Annotator: only Annotators are trainees");
        }
        if (training.getTrainees().stream().anyMatch(u -> trainee.login().equals(u.getLogin()))) {
            throw new IllegalArgumentException(trainee.login() + " is already a trainee");
        }
        Project project = store.project();
        EditingDomain domain = store.editingDomain();
        CompoundCommand command = new CompoundCommand("Add trainee " + trainee.login());
        User user = project.getUsers().stream().filter(u -> trainee.login().equals(u.getLogin())).findFirst()
                .orElse(null);
        if (user == null) {
            user = AnnotideFactory.eINSTANCE.createUser();
            user.setId(UUID.randomUUID().toString());
            user.setLogin(trainee.login());
            user.setDisplayName(trainee.displayName());
            user.setRole(trainee.role());
            command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__USERS, user));
        }
        command.append(AddCommand.create(domain, training, AnnotidePackage.Literals.TRAINING_PROJECT__TRAINEES, user));
        List<AnnotatorTask> tasks = new ArrayList<>();
        for (ImageAsset image : training.getBenchmark().getImages()) {
            AnnotatorTask task = AnnotideFactory.eINSTANCE.createAnnotatorTask();
            task.setAnnotator(user);
            task.setImage(image);
            task.setStatus(TaskStatus.ASSIGNED);
            tasks.add(task);
        }
        command.append(AddCommand.create(domain, training, AnnotidePackage.Literals.TRAINING_PROJECT__TASKS, tasks));
        store.commandStack().execute(command);
    }

    /**
     * Replaces the annotations of the user's own open task (the editor's work, or an import): classes are matched
     * by name to the training project's ontology, ids drawn from the project.
     */
    public void setWork(Account user, AnnotatorTask task, List<Annotation> annotations) {
        permissions.check(user, Action.ANNOTATE_TASKS, task);
        for (Annotation annotation : annotations) {
            if (TraineeDrafts.trainingProjectOf(annotation) == training) {
                permissions.check(user, Action.EDIT_ANNOTATIONS, annotation);
            }
        }
        Project project = store.project();
        long nextId = project.getNextAnnotationId();
        List<Annotation> copies = new ArrayList<>();
        Date now = new Date();
        for (Annotation annotation : annotations) {
            Annotation copy = EcoreUtil.copy(annotation);
            String className = annotation.getLabelClass() == null ? null : annotation.getLabelClass().getName();
            LabelClass labelClass = project.getLabelClasses().stream()
                    .filter(c -> Objects.equals(c.getName(), className)).findFirst().orElse(null);
            if (className != null && labelClass == null) {
                throw new IllegalArgumentException("class '" + className + "' is not in the training project's "
                        + "ontology");
            }
            copy.setLabelClass(labelClass);
            copy.setId(nextId++);
            copy.setAuthor(user.login());
            copy.setCreatedAt(now);
            copy.setUpdatedAt(now);
            copies.add(copy);
        }
        EditingDomain domain = store.editingDomain();
        CompoundCommand command = new CompoundCommand("Annotate task");
        if (!task.getAnnotations().isEmpty()) {
            command.append(RemoveCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__ANNOTATIONS,
                    new ArrayList<>(task.getAnnotations())));
        }
        if (!copies.isEmpty()) {
            command.append(AddCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__ANNOTATIONS,
                    copies));
        }
        command.append(SetCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID,
                nextId));
        if (task.getStatus() == TaskStatus.ASSIGNED) {
            command.append(SetCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__STATUS,
                    TaskStatus.IN_PROGRESS));
        }
        store.commandStack().execute(command);
    }

    /**
     * The drafts of a benchmark image that the user may see: an Annotator's own, every trainee's for Admins and Team
     * Managers (who follow the progress), as the permission service says for each annotation. Trainees share the
     * image in the training project; this is the one filter every door (editor, Outline, explorer, submit) uses.
     */
    public List<Annotation> visibleDrafts(Account user, ImageAsset image) {
        List<Annotation> visible = new ArrayList<>();
        if (image == null) {
            return visible;
        }
        for (Annotation annotation : image.getAnnotations()) {
            if (permissions.may(user, Action.VIEW_PROJECTS, annotation)) {
                visible.add(annotation);
            }
        }
        return visible;
    }

    /**
     * The user's own drafts on the image of their own open task: what {@link #submitDrafts} would submit. Another
     * trainee's drafts on the same image are never part of it.
     */
    public List<Annotation> drafts(Account user, AnnotatorTask task) {
        permissions.check(user, Action.ANNOTATE_TASKS, task);
        List<Annotation> own = new ArrayList<>();
        for (Annotation annotation : task.getImage() == null ? List.<Annotation>of() : task.getImage().getAnnotations()) {
            if (TraineeDrafts.isOwnDraft(user, annotation)
                    && permissions.may(user, Action.EDIT_ANNOTATIONS, annotation)) {
                own.add(annotation);
            }
        }
        return own;
    }

    /**
     * Submits what the user drew on the image of their own open task: their drafts (and only theirs) become the
     * task's work, leave the shared image (the next trainee's view of it is unchanged: they never saw them), and
     * the task is submitted and scored ({@link #submit}).
     */
    public TaskResult submitDrafts(Account user, AnnotatorTask task) {
        if (server != null) { // the server scores it; the mirror shows the task submitted once it answered
            permissions.check(user, Action.ANNOTATE_TASKS, task);
            server.submit(user, task);
            return null;
        }
        List<Annotation> own = drafts(user, task);
        setWork(user, task, own);
        if (!own.isEmpty()) {
            store.commandStack().execute(RemoveCommand.create(store.editingDomain(), task.getImage(),
                    AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, own));
        }
        return submit(user, task);
    }

    /**
     * Submits the user's own task: its annotations move into a submission, which is scored at once with the
     * current function, and the task becomes SUBMITTED for good (the model refuses any later change of it).
     *
     * @return the task's result
     */
    public TaskResult submit(Account user, AnnotatorTask task) {
        permissions.check(user, Action.ANNOTATE_TASKS, task);
        if (server != null) {
            throw serverOnly("A mirrored task is submitted with its drafts (submitDrafts), on the server");
        }
        List<Annotation> work = new ArrayList<>(task.getAnnotations());
        TaskPairs pairs = engine.pairs(groundTruthOf(task.getImage()), work);
        ScoringFunctionSpec function = function();
        TaskResult result = ScoringEngine.score(pairs, function);
        Submission submission = AnnotideFactory.eINSTANCE.createSubmission();
        submission.setSubmittedAt(new Date());
        submission.getScores().add(toScore(result, training.getScoringFunction()));
        EditingDomain domain = store.editingDomain();
        CompoundCommand command = new CompoundCommand("Submit task");
        command.append(AddCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__SUBMISSIONS,
                submission));
        if (!work.isEmpty()) {
            command.append(RemoveCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__ANNOTATIONS,
                    work));
            command.append(AddCommand.create(domain, submission, AnnotidePackage.Literals.SUBMISSION__ANNOTATIONS,
                    work));
        }
        command.append(SetCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__STATUS,
                TaskStatus.SUBMITTED));
        store.commandStack().execute(command);
        if (task.getStatus() != TaskStatus.SUBMITTED) {
            throw new IllegalStateException("the task could not be submitted");
        }
        pairsCache.put(submission, pairs);
        return result;
    }

    /** The submission that counts for a task: its last one, or null before it is submitted. */
    public static Submission submission(AnnotatorTask task) {
        return task.getSubmissions().isEmpty() ? null : task.getSubmissions().get(task.getSubmissions().size() - 1);
    }

    /**
     * The scores of the annotators the user may see (all for Admins and Team Managers, their own for an
     * Annotator) under a function (the project's when null), in trainee order.
     */
    public List<ScoreTotals> scores(Account user, ScoringFunctionSpec function) {
        ScoringFunctionSpec applied = function == null ? function() : function;
        Map<String, ScoreTotals> totals = new LinkedHashMap<>();
        for (String login : visibleTrainees(user)) {
            totals.put(login, new ScoreTotals(login));
        }
        for (AnnotatorTask task : training.getTasks()) {
            ScoreTotals entry = task.getAnnotator() == null ? null : totals.get(task.getAnnotator().getLogin());
            Submission submission = submission(task);
            if (entry != null && submission != null && task.getStatus() == TaskStatus.SUBMITTED) {
                if (server == null) {
                    entry.add(ScoringEngine.score(pairs(task, submission), applied));
                } else if (function != null) {
                    throw serverOnly("Scores under another function are computed on the server (Re-calculate)");
                } else if (!submission.getScores().isEmpty()) {
                    entry.add(submission.getScores().get(submission.getScores().size() - 1));
                }
            }
        }
        return List.copyOf(totals.values());
    }

    /** One task's result under a function (the project's when null), for users who may see the task. */
    public TaskResult result(Account user, AnnotatorTask task, ScoringFunctionSpec function) {
        if (!tasksFor(user).contains(task)) {
            throw new org.annotide.access.PermissionDeniedException(user == null ? "Nobody is logged in."
                    : user.login() + " may not see this task");
        }
        Submission submission = submission(task);
        if (submission == null || task.getStatus() != TaskStatus.SUBMITTED) {
            return null;
        }
        if (server != null) {
            throw serverOnly("The evaluation labels of a submission are computed on the server");
        }
        return ScoringEngine.score(pairs(task, submission), function == null ? function() : function);
    }

    /**
     * A task's score under the project's function, for users who may see the task; NaN before it is submitted. In a
     * mirror it is the score the server recorded.
     */
    public double taskScore(Account user, AnnotatorTask task) {
        if (server == null) {
            TaskResult result = result(user, task, null);
            return result == null ? Double.NaN : result.taskScore();
        }
        if (!tasksFor(user).contains(task)) {
            throw new org.annotide.access.PermissionDeniedException(user == null ? "Nobody is logged in."
                    : user.login() + " may not see this task");
        }
        Submission submission = submission(task);
        return submission == null || task.getStatus() != TaskStatus.SUBMITTED || submission.getScores().isEmpty()
                ? Double.NaN : submission.getScores().get(submission.getScores().size() - 1).getValue();
    }

    /**
     * A submitted task beside its ground truth, every evaluation label with the objects it pairs: the Admin's
     * side-by-side view. Only users who may view the benchmark source (Admins) get it.
     *
     * @throws org.annotide.access.PermissionDeniedException for everyone else
     * @throws IllegalArgumentException when the task is not of this project or not submitted
     */
    public TaskComparison compare(Account user, AnnotatorTask task) {
        permissions.check(user, Action.VIEW_BENCHMARK_SOURCE, training);
        if (server != null) {
            throw serverOnly("The ground truth of a team server's training project stays on the server");
        }
        if (task == null || !training.getTasks().contains(task)) {
            throw new IllegalArgumentException("the task is not one of training project " + training.getName());
        }
        Submission submission = submission(task);
        if (submission == null || task.getStatus() != TaskStatus.SUBMITTED) {
            throw new IllegalArgumentException("the task of " + (task.getAnnotator() == null ? "nobody"
                    : task.getAnnotator().getLogin()) + " on " + (task.getImage() == null ? "?"
                            : task.getImage().getName()) + " is not submitted yet: there is nothing to compare");
        }
        List<Annotation> g = List.copyOf(groundTruthOf(task.getImage()));
        List<Annotation> s = List.copyOf(submission.getAnnotations());
        TaskResult result = ScoringEngine.score(pairs(task, submission), function());
        List<TaskComparison.Label> labels = new ArrayList<>();
        if (!result.isClassification()) {
            for (int i = 0; i < result.labelCount(); i++) {
                Annotation gt = result.groundTruth(i) >= 0 ? g.get(result.groundTruth(i)) : null;
                Annotation sub = result.submitted(i) >= 0 ? s.get(result.submitted(i)) : null;
                boolean matched = gt != null && sub != null;
                labels.add(new TaskComparison.Label(gt, sub, result.labelClass(i), matched ? result.similarity(i) : 0,
                        matched && result.categoryMatch(i), result.score(i)));
            }
        }
        return new TaskComparison(task, g, s, result, List.copyOf(labels));
    }

    /**
     * Re-calculate scores: makes the edited function the project's, scores every earlier submission with it
     * (a new Score on each) and says each annotator's score before and after. Admins only. On the owner thread; for
     * a {@linkplain #isMirror() mirror} off it instead (in a job: the server computes, see {@link Server#rescore}).
     */
    public List<Rescore> rescore(Account user, ScoringFunctionSpec function) {
        permissions.check(user, Action.EDIT_SCORING_FUNCTION, training);
        if (server != null) {
            return server.rescore(user, function);
        }
        List<ScoreTotals> before = scores(user, function());
        Project project = store.project();
        ScoringFunction model = function.toModel(project.getLabelClasses(), "function "
                + (project.getScoringFunctions().size() + 1));
        EditingDomain domain = store.editingDomain();
        CompoundCommand command = new CompoundCommand("Re-calculate scores");
        command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__SCORING_FUNCTIONS, model));
        command.append(SetCommand.create(domain, training, AnnotidePackage.Literals.TRAINING_PROJECT__SCORING_FUNCTION,
                model));
        for (AnnotatorTask task : training.getTasks()) {
            Submission submission = submission(task);
            if (submission != null && task.getStatus() == TaskStatus.SUBMITTED) {
                Score score = toScore(ScoringEngine.score(pairs(task, submission), function), model);
                command.append(AddCommand.create(domain, submission, AnnotidePackage.Literals.SUBMISSION__SCORES,
                        score));
            }
        }
        store.commandStack().execute(command);
        List<ScoreTotals> after = scores(user, function);
        List<Rescore> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            changes.add(new Rescore(before.get(i).annotator(), before.get(i).score(), after.get(i).score()));
        }
        return changes;
    }

    /**
     * Writes every evaluation label of every submitted task as CSV ({@link #CSV_COLUMNS}), streaming: one task
     * in memory at a time. Admins and Team Managers only (the labels name the ground truth's objects).
     *
     * @return the number of rows written
     */
    public long writeCsv(Account user, Writer out, ScoringFunctionSpec function, IProgressMonitor monitor)
            throws IOException {
        permissions.check(user, Action.CONTROL_ASSIGNMENTS_AND_STATUS, training);
        if (server != null) {
            throw serverOnly("The evaluation labels of a team server's training project are written by the server "
                    + "(GET .../scores.csv)");
        }
        ScoringFunctionSpec applied = function == null ? function() : function;
        List<AnnotatorTask> tasks = training.getTasks();
        if (monitor != null) {
            monitor.beginTask("Writing the evaluation labels", tasks.size());
        }
        long rows = 0;
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(CSV_COLUMNS);
        for (int t = 0; t < tasks.size(); t++) {
            if (monitor != null && monitor.isCanceled()) {
                printer.flush();
                throw new OperationCanceledException();
            }
            AnnotatorTask task = tasks.get(t);
            Submission submission = submission(task);
            if (submission != null && task.getStatus() == TaskStatus.SUBMITTED) {
                TaskPairs pairs = pairsCache.containsKey(submission) ? pairsCache.get(submission)
                        : engine.pairs(groundTruthOf(task.getImage()), submission.getAnnotations());
                TaskResult result = ScoringEngine.score(pairs, applied);
                String annotator = task.getAnnotator() == null ? "" : task.getAnnotator().getLogin();
                String image = task.getImage() == null ? "" : task.getImage().getName();
                for (int i = 0; i < result.labelCount(); i++) {
                    String gtId;
                    String subId;
                    if (result.isClassification()) {
                        gtId = pairs.gImageIds;
                        subId = pairs.sImageIds;
                    } else {
                        gtId = result.groundTruth(i) >= 0 ? Long.toString(pairs.groundTruthId(result.groundTruth(i)))
                                : "";
                        subId = result.submitted(i) >= 0 ? Long.toString(pairs.submittedId(result.submitted(i))) : "";
                    }
                    boolean matched = result.isClassification() || result.groundTruth(i) >= 0 && result.submitted(i) >= 0;
                    printer.printRecord(annotator, t + 1, image, gtId, subId, result.labelClass(i),
                            matched ? number(result.similarity(i)) : "", matched ? result.categoryMatch(i) : "",
                            number(100 * result.score(i)));
                    rows++;
                }
            }
            if (monitor != null) {
                monitor.worked(1);
            }
        }
        printer.flush();
        if (monitor != null) {
            monitor.done();
        }
        return rows;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private List<String> visibleTrainees(Account user) {
        if (permissions.may(user, Action.CONTROL_ASSIGNMENTS_AND_STATUS, training)) {
            return trainees();
        }
        if (user != null && user.role() == Role.ANNOTATOR && trainees().contains(user.login())) {
            return List.of(user.login());
        }
        return List.of();
    }

    private TaskPairs pairs(AnnotatorTask task, Submission submission) {
        return pairsCache.computeIfAbsent(submission,
                s -> engine.pairs(groundTruthOf(task.getImage()), s.getAnnotations()));
    }

    private Score toScore(TaskResult result, ScoringFunction function) {
        Score score = AnnotideFactory.eINSTANCE.createScore();
        score.setScoringFunction(function);
        score.setValue(result.taskScore());
        score.setComputedAt(new Date());
        Map<String, double[]> perClass = new TreeMap<>(); // sum, labels, matched, missed, extra, simSum, catRight
        if (result.isClassification()) {
            for (int i = 0; i < result.classHitCount(); i++) {
                double[] e = perClass.computeIfAbsent(result.classHitClass(i), k -> new double[7]);
                e[0] += result.classHit(i) ? 1 : 0;
                e[1]++;
            }
        } else {
            for (int i = 0; i < result.labelCount(); i++) {
                double[] e = perClass.computeIfAbsent(result.labelClass(i), k -> new double[7]);
                e[0] += result.score(i);
                e[1]++;
                if (result.groundTruth(i) >= 0 && result.submitted(i) >= 0) {
                    e[2]++;
                    e[5] += result.similarity(i);
                    e[6] += result.categoryMatch(i) ? 1 : 0;
                } else if (result.groundTruth(i) >= 0) {
                    e[3]++;
                } else {
                    e[4]++;
                }
            }
        }
        Map<String, LabelClass> classes = new HashMap<>();
        store.project().getLabelClasses().forEach(c -> classes.putIfAbsent(c.getName(), c));
        perClass.forEach((name, e) -> {
            ClassScore classScore = AnnotideFactory.eINSTANCE.createClassScore();
            classScore.setLabelClass(classes.get(name));
            classScore.setValue(100 * e[0] / e[1]);
            classScore.setMatched((int) e[2]);
            classScore.setMissed((int) e[3]);
            classScore.setExtra((int) e[4]);
            classScore.setMeanIou(e[2] > 0 ? e[5] / e[2] : 0);
            classScore.setCategoryAccuracy(e[2] > 0 ? e[6] / e[2] : 0);
            score.getClassScores().add(classScore);
        });
        return score;
    }

    private static IllegalStateException serverOnly(String what) {
        return new IllegalStateException(what + ": this is a mirror of the training project, which holds no ground "
                + "truth.");
    }

    private List<Annotation> groundTruthOf(ImageAsset image) {
        if (server != null) {
            throw serverOnly("The ground truth of a team server's training project stays on the server");
        }
        if (groundTruth == null) {
            groundTruth = ProjectStore.openReadOnly(folder.resolve(TrainingProjects.GROUND_TRUTH_FOLDER));
            groundTruthImages = new HashMap<>();
            for (ImageAsset gtImage : groundTruth.project().getImages()) {
                groundTruthImages.put(gtImage.getId(), gtImage);
            }
        }
        ImageAsset gtImage = image == null ? null : groundTruthImages.get(image.getId());
        if (gtImage == null) {
            throw new IllegalStateException("the ground truth of image " + (image == null ? "?" : image.getName())
                    + " is missing from " + TrainingProjects.GROUND_TRUTH_FOLDER + "/");
        }
        return gtImage.getAnnotations();
    }

    @Override
    public void close() {
        try {
            if (groundTruth != null) {
                groundTruth.close();
            }
        } finally {
            if (ownsStore) {
                store.close();
            }
        }
    }
}
