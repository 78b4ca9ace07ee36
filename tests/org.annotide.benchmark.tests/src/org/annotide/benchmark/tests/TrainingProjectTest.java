package org.annotide.benchmark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.RolePermissions;
import org.annotide.benchmark.OntologyMismatchException;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SourceStatus;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TaskStatuses;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.core.store.ProjectStore;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training projects as the seed walks them: sources, ground truth, copies per trainee, submit, scores, CSV. */
class TrainingProjectTest {

    static final RolePermissions PERMISSIONS = new RolePermissions();
    static final Account ADMIN = new Account("root", Role.ADMIN);
    static final Account MANAGER = new Account("tm", Role.TEAM_MANAGER);

    @TempDir
    Path temp;

    static List<Account> annotators(String... logins) {
        List<Account> accounts = new ArrayList<>();
        for (String login : logins) {
            accounts.add(new Account(login, Role.ANNOTATOR));
        }
        return accounts;
    }

    static Path trainingProject(Path temp, String marker, String... trainees) throws IOException {
        Path source = Sources.create(temp.resolve("source"), marker);
        Path tp = temp.resolve("tp");
        TrainingProjects.create(tp, "Training", "cats and dogs", List.of(source), ScoringFunctionSpec.defaults(),
                annotators(trainees), ADMIN, PERMISSIONS);
        return tp;
    }

    static TrainingSession open(Path tp) {
        return TrainingSession.open(tp, PERMISSIONS, SimilarityRegistry.fromExtensions());
    }

    @Test
    void fourTasksTimesFourTraineesAreSixteenCopiesWithoutGroundTruth() throws IOException {
        Path tp = trainingProject(temp, "x", "a1", "a2", "a3", "a4");
        try (TrainingSession session = open(tp)) {
            assertEquals(4, session.benchmarkTaskCount(), "only In review and Completed images are benchmark tasks");
            assertEquals(16, session.trainingProject().getTasks().size());
            for (AnnotatorTask task : session.trainingProject().getTasks()) {
                assertTrue(task.getAnnotations().isEmpty());
                assertTrue(task.getImage().getAnnotations().isEmpty(), "the task's image carries no ground truth");
                assertEquals(TaskStatus.ASSIGNED, task.getStatus());
            }
            session.addTrainee(MANAGER, new Account("a5", Role.ANNOTATOR));
            assertEquals(20, session.trainingProject().getTasks().size());
            assertEquals(4, session.tasksFor(new Account("a5", Role.ANNOTATOR)).size());
            assertThrows(IllegalArgumentException.class, () -> session.addTrainee(ADMIN, new Account("a5", Role.ANNOTATOR)));
            assertThrows(PermissionDeniedException.class,
                    () -> session.addTrainee(new Account("a1", Role.ANNOTATOR), new Account("a6", Role.ANNOTATOR)));
            assertThrows(IllegalArgumentException.class, () -> session.addTrainee(ADMIN, MANAGER),
                    "only Annotators are trainees");
        }
        try (TrainingSession session = open(tp)) {
            assertEquals(20, session.trainingProject().getTasks().size(), "kept on disk");
            assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), session.trainees());
        }
    }

    @Test
    void theOntologyMustBeTheSameAndOnlyAnAdminCreates() throws IOException {
        Path one = Sources.create(temp.resolve("one"), "x");
        Path two = Sources.create(temp.resolve("two"), "x", "bird");
        OntologyMismatchException mismatch = assertThrows(OntologyMismatchException.class,
                () -> TrainingProjects.create(temp.resolve("tp"), "T", "", List.of(one, two),
                        ScoringFunctionSpec.defaults(), List.of(), ADMIN, PERMISSIONS));
        assertEquals(1, mismatch.differences().size(), mismatch.getMessage());
        assertTrue(mismatch.getMessage().contains("class 'bird' is in " + two), mismatch.getMessage());
        assertFalse(Files.exists(temp.resolve("tp")), "nothing created");
        assertThrows(PermissionDeniedException.class, () -> TrainingProjects.create(temp.resolve("tp"), "T", "",
                List.of(one), ScoringFunctionSpec.defaults(), List.of(), MANAGER, PERMISSIONS));
        TrainingProjects.create(temp.resolve("tp2"), "T", "", List.of(one, Sources.create(temp.resolve("three"), "y")),
                ScoringFunctionSpec.defaults(), annotators("a"), ADMIN, PERMISSIONS);
        try (TrainingSession session = open(temp.resolve("tp2"))) {
            assertEquals(8, session.benchmarkTaskCount(), "two sources, four ground-truth tasks each");
            assertEquals(2, TrainingProjects.sources(session.store().project()).size());
        }
    }

    @Test
    void statusDecidesWhatIsGroundTruth() throws IOException {
        Path source = Sources.create(temp.resolve("source"), "x");
        try (ProjectStore store = ProjectStore.open(source)) {
            assertThrows(PermissionDeniedException.class, () -> TaskStatuses.set(store,
                    new Account("a", Role.ANNOTATOR), PERMISSIONS, null, SourceStatus.NEW));
            assertEquals(1, TaskStatuses.set(store, MANAGER, PERMISSIONS, Pattern.compile("img4"),
                    SourceStatus.COMPLETED));
            assertEquals(2, TaskStatuses.set(store, ADMIN, PERMISSIONS, Pattern.compile("img[01]"),
                    SourceStatus.IN_PROGRESS));
            assertEquals(ImageStatus.REVIEWED, store.project().getImages().get(4).getStatus());
        }
        TrainingProjects.create(temp.resolve("tp"), "T", "", List.of(source), ScoringFunctionSpec.defaults(),
                annotators("a"), ADMIN, PERMISSIONS);
        try (TrainingSession session = open(temp.resolve("tp"))) {
            assertEquals(List.of("img2.png", "img3.png", "img4.png"), session.trainingProject().getBenchmark()
                    .getImages().stream().map(ImageAsset::getName).toList());
        }
    }

    @Test
    void submittingScoresAtOnceAndTheFormulaHolds() throws IOException {
        Path tp = trainingProject(temp, "x", "ann", "bob");
        Account ann = new Account("ann", Role.ANNOTATOR);
        Account bob = new Account("bob", Role.ANNOTATOR);
        try (TrainingSession session = open(tp)) {
            AnnotatorTask task = session.nextTask(ann);
            assertEquals("img0.png", task.getImage().getName());
            List<Annotation> gt = session.groundTruth(ADMIN, task.getImage());
            LabelClass cat = session.store().project().getLabelClasses().get(0);
            LabelClass dog = session.store().project().getLabelClasses().get(1);
            // the cat exactly (IoU 1); the dog box half as high, called a cat: IoU 0.5, wrong class
            session.setWork(ann, task, List.of(Sources.box(cat, 0, 10, 10, 40, 40), Sources.box(cat, 0, 100, 100, 50, 15)));
            assertEquals(2, gt.size());
            assertThrows(PermissionDeniedException.class, () -> session.setWork(bob, task, List.of()));
            assertThrows(PermissionDeniedException.class, () -> session.submit(bob, task));
            TaskResult result = session.submit(ann, task);
            // (100*1 + 100*1)/200 = 1 and (100*0.5 + 0)/200 = 0.25: 100 * 1.25 / 2 = 62.5
            assertEquals(62.5, result.taskScore(), 1e-9);
            assertEquals(62.5, TrainingSession.submission(task).getScores().get(0).getValue(), 1e-9,
                    "the score is kept with the submission");
            assertEquals(TaskStatus.SUBMITTED, task.getStatus());
            assertNull(null);
            List<ScoreTotals> scores = session.scores(ADMIN, null);
            assertEquals(2, scores.size());
            assertEquals(62.5, scores.get(0).score(), 1e-9);
            assertTrue(Double.isNaN(scores.get(1).score()), "bob submitted nothing");
            assertEquals(List.of("ann"), session.scores(ann, null).stream().map(ScoreTotals::annotator).toList(),
                    "an annotator sees only their own score");
            assertEquals(4, session.tasksFor(ann).size());
            assertEquals(8, session.tasksFor(MANAGER).size());

            StringWriter csv = new StringWriter();
            assertEquals(2, session.writeCsv(MANAGER, csv, null, null));
            String[] lines = csv.toString().split("\n");
            assertEquals("annotator,task,image,ground_truth_id,submission_id,class,similarity,category_match,score",
                    lines[0]);
            assertTrue(lines[1].startsWith("ann,1,img0.png,1,"), lines[1]);
            assertTrue(lines[1].endsWith(",cat,1.000000,true,100.000000"), lines[1]);
            assertTrue(lines[2].endsWith(",dog,0.500000,false,25.000000"), lines[2]);

            List<TrainingSession.Rescore> rescored = session.rescore(ADMIN, ScoringFunctionSpec.parse(
                    "{\"classes\": {\"dog\": {\"iou\": 100, \"category\": 0}}}"));
            assertEquals(62.5, rescored.get(0).before(), 1e-9);
            assertEquals(75, rescored.get(0).after(), 1e-9, "(1 + 0.5) / 2");
            assertEquals(2, TrainingSession.submission(task).getScores().size(), "a score per scoring run");
            assertThrows(PermissionDeniedException.class, () -> session.rescore(MANAGER, ScoringFunctionSpec.defaults()));
        }
        try (TrainingSession session = open(tp)) {
            assertEquals(75, session.scores(ADMIN, null).get(0).score(), 1e-9, "the edited function was kept");
        }
    }
}
