package org.annotide.benchmark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TaskComparison;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Admin's side-by-side view of a submission: which ground-truth object each submitted one matched; Admin only. */
class TaskComparisonTest {

    @TempDir
    Path temp;

    @Test
    void aSubmissionBesideItsGroundTruthForTheAdminOnly() throws Exception {
        Path tp = TrainingProjectTest.trainingProject(temp, "secret-gt", "ann", "bob");
        Account ann = new Account("ann", Role.ANNOTATOR);
        Account bob = new Account("bob", Role.ANNOTATOR);
        try (TrainingSession session = TrainingProjectTest.open(tp)) {
            AnnotatorTask task = session.task("ann", "img0.png");
            List<LabelClass> classes = session.store().project().getLabelClasses();
            // img0's ground truth: a cat at (10, 10, 40, 40), a dog at (100, 100, 50, 30)
            session.setWork(ann, task, List.of(Sources.box(classes.get(0), 0, 10, 10, 40, 20),
                    Sources.box(classes.get(1), 0, 150, 10, 20, 20)));
            assertThrows(IllegalArgumentException.class, () -> session.compare(TrainingProjectTest.ADMIN, task),
                    "nothing to compare before the submit");
            session.submit(ann, task);

            for (Account refused : List.of(TrainingProjectTest.MANAGER, ann, bob)) {
                PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                        () -> session.compare(refused, task), refused.login() + " may not see the ground truth");
                assertTrue(e.getMessage().contains("only Admin may"), e.getMessage());
            }
            assertThrows(PermissionDeniedException.class, () -> session.compare(null, task));

            TaskComparison comparison = session.compare(TrainingProjectTest.ADMIN, task);
            assertSame(task.getImage(), comparison.image());
            assertEquals(2, comparison.groundTruth().size());
            assertEquals("secret-gt", comparison.groundTruth().get(0).getAttributes().get("note"),
                    "the ground truth comes from ground-truth/");
            assertEquals(2, comparison.submitted().size());
            assertEquals(3, comparison.labels().size(), "one pair, one missed object, one false positive");
            TaskComparison.Label cat = comparison.labels().stream().filter(TaskComparison.Label::matched).findFirst()
                    .orElseThrow();
            assertEquals("cat", cat.labelClass());
            assertSame(comparison.groundTruth().get(0), cat.groundTruth());
            assertSame(comparison.submitted().get(0), cat.submitted());
            assertEquals(0.5, cat.similarity(), 1e-9, "IoU of (10,10,40,20) and (10,10,40,40)");
            assertTrue(cat.categoryMatch());
            assertEquals(0.75, cat.score(), 1e-9);
            TaskComparison.Label missed = comparison.labels().stream().filter(TaskComparison.Label::missed)
                    .findFirst().orElseThrow();
            assertEquals("dog", missed.labelClass());
            assertSame(comparison.groundTruth().get(1), missed.groundTruth());
            assertNull(missed.submitted());
            assertEquals(0, missed.score());
            TaskComparison.Label extra = comparison.labels().stream().filter(TaskComparison.Label::extra).findFirst()
                    .orElseThrow();
            assertSame(comparison.submitted().get(1), extra.submitted());
            assertFalse(extra.categoryMatch());
            assertSame(cat, comparison.labelOf(cat.submitted()));
            assertEquals(100 * 0.75 / 3, comparison.result().taskScore(), 1e-9);
            assertThrows(IllegalArgumentException.class, () -> session.compare(TrainingProjectTest.ADMIN,
                    session.task("bob", "img0.png")), "bob has not submitted");
        }
    }
}
