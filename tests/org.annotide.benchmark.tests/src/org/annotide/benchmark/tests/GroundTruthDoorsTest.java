package org.annotide.benchmark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotator never sees ground truth: not in the trainees' project files, its undo history, the task queries,
 * the scores of others, the CSV or the ground-truth query. Every ground-truth annotation carries a marker string.
 */
class GroundTruthDoorsTest {

    private static final String MARKER = "GT-SECRET-7f3a";

    @TempDir
    Path temp;

    @Test
    void noDoorOfTheTraineesProjectShowsTheGroundTruth() throws IOException {
        Path tp = TrainingProjectTest.trainingProject(temp, MARKER, "ann", "bob");
        Account ann = new Account("ann", Role.ANNOTATOR);
        Account bob = new Account("bob", Role.ANNOTATOR);
        try (TrainingSession session = TrainingProjectTest.open(tp)) {
            LabelClass cat = session.store().project().getLabelClasses().get(0);
            AnnotatorTask task = session.nextTask(ann);
            session.setWork(ann, task, List.of(Sources.box(cat, 0, 10, 10, 40, 40)));
            session.submit(ann, task);
            session.setWork(bob, session.nextTask(bob), List.of(Sources.box(cat, 0, 12, 10, 40, 40)));

            // queries: own tasks only, no ground truth, no CSV, own score only
            assertTrue(session.tasksFor(ann).stream().allMatch(t -> t.getAnnotator().getLogin().equals("ann")));
            assertThrows(PermissionDeniedException.class, () -> session.groundTruth(ann, task.getImage()));
            assertThrows(PermissionDeniedException.class, () -> session.groundTruth(
                    new Account("tm", Role.TEAM_MANAGER), task.getImage()), "a Team Manager does not see the source");
            assertThrows(PermissionDeniedException.class, () -> session.writeCsv(ann, new StringWriter(), null, null));
            assertThrows(PermissionDeniedException.class, () -> session.result(ann,
                    session.tasksFor(bob).get(0), null), "not another trainee's work");
            assertEquals(List.of("ann"), session.scores(ann, null).stream().map(s -> s.annotator()).toList());
            assertEquals(2, session.groundTruth(TrainingProjectTest.ADMIN, task.getImage()).size(),
                    "an Admin does see it");

            // the trainees' model holds no annotation but the trainees' own
            assertNoGroundTruth(session.store().project());
            // undo history: every step back shows no ground truth either
            while (session.store().commandStack().canUndo()) {
                try {
                    session.store().commandStack().undo();
                } catch (IllegalStateException refusedBySubmitFinality) {
                    break;
                }
                assertNoGroundTruth(session.store().project());
            }
        }
        // files: nothing outside ground-truth/ holds the marker, while ground-truth/ does (the test can see it)
        try (Stream<Path> files = Files.walk(tp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                boolean inGroundTruth = tp.relativize(file).startsWith(TrainingProjects.GROUND_TRUTH_FOLDER);
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (!inGroundTruth) {
                    assertFalse(bytes.contains(MARKER), "ground truth leaked into " + file);
                }
            }
        }
        try (Stream<Path> files = Files.walk(tp.resolve(TrainingProjects.GROUND_TRUTH_FOLDER))) {
            assertTrue(files.filter(Files::isRegularFile).anyMatch(f -> contains(f, MARKER)),
                    "the marker check would see a leak: the ground truth's files do hold it");
        }
        try (ProjectStore store = ProjectStore.openReadOnly(tp)) {
            assertNoGroundTruth(store.project());
        }
    }

    private static boolean contains(Path file, String marker) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
        } catch (IOException e) {
            return false;
        }
    }

    private static void assertNoGroundTruth(Project project) {
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Annotation annotation) {
                assertFalse(MARKER.equals(annotation.getAttributes().get("note")), "ground truth in the model");
                assertTrue(annotation.eContainer() instanceof AnnotatorTask
                        || annotation.eContainer() instanceof org.annotide.model.Submission,
                        "only trainees' work: " + annotation.eContainer());
            }
        }
    }
}
