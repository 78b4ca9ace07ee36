package org.annotide.benchmark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trainees share a benchmark image in the training project: each sees and edits only their own drafts, below any
 * UI (the permission service and the benchmark layer), and submitting takes only one's own drafts.
 */
class TraineeDraftsTest {

    static final Account ANN = new Account("ann", Role.ANNOTATOR);
    static final Account BOB = new Account("bob", Role.ANNOTATOR);

    @TempDir
    Path temp;

    /** A draft as the editor makes it: on the task's image, the logged-in user as its author. */
    static Annotation draw(TrainingSession session, ImageAsset image, Account author, double x, double y, double w,
            double h) {
        LabelClass cat = session.store().project().getLabelClasses().get(0);
        Annotation drawn = Sources.box(cat, session.store().project().getNextAnnotationId(), x, y, w, h);
        drawn.setAuthor(author.login());
        session.store().commandStack().execute(AddCommand.create(session.store().editingDomain(), image,
                AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, drawn));
        session.store().commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                session.store().editingDomain(), session.store().project(),
                AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, drawn.getId() + 1));
        return drawn;
    }

    @Test
    void eachTraineeSeesAndEditsOnlyTheirOwnDrafts() throws Exception {
        Path tp = TrainingProjectTest.trainingProject(temp, "x", "ann", "bob");
        try (TrainingSession session = TrainingProjectTest.open(tp)) {
            AnnotatorTask annTask = session.task("ann", "img0.png");
            AnnotatorTask bobTask = session.task("bob", "img0.png");
            ImageAsset image = annTask.getImage();
            assertSame(image, bobTask.getImage(), "the trainees share the benchmark image");
            Annotation annDraft = draw(session, image, ANN, 10, 10, 40, 20);
            Annotation bobDraft = draw(session, image, BOB, 100, 100, 50, 30);
            Annotation nobodys = draw(session, image, ANN, 0, 0, 5, 5);
            nobodys.setAuthor(null);

            // what each may see of the shared image
            assertEquals(List.of(annDraft), session.visibleDrafts(ANN, image));
            assertEquals(List.of(bobDraft), session.visibleDrafts(BOB, image));
            assertEquals(List.of(annDraft, bobDraft, nobodys), session.visibleDrafts(TrainingProjectTest.ADMIN, image),
                    "an Admin follows every trainee's progress");
            assertEquals(3, session.visibleDrafts(TrainingProjectTest.MANAGER, image).size());
            assertTrue(session.visibleDrafts(null, image).isEmpty(), "nobody logged in sees no draft");

            // the permission service, cell by cell for a draft
            var permissions = TrainingProjectTest.PERMISSIONS;
            assertTrue(permissions.may(ANN, Action.VIEW_PROJECTS, annDraft));
            assertTrue(permissions.may(ANN, Action.EDIT_ANNOTATIONS, annDraft));
            assertFalse(permissions.may(ANN, Action.VIEW_PROJECTS, bobDraft));
            assertFalse(permissions.may(ANN, Action.EDIT_ANNOTATIONS, bobDraft));
            assertFalse(permissions.may(TrainingProjectTest.ADMIN, Action.EDIT_ANNOTATIONS, bobDraft),
                    "nobody changes a trainee's work but the trainee");
            assertFalse(permissions.may(ANN, Action.VIEW_PROJECTS, nobodys));
            assertTrue(permissions.denial(ANN, Action.EDIT_ANNOTATIONS, bobDraft).contains("draft of trainee bob"),
                    permissions.denial(ANN, Action.EDIT_ANNOTATIONS, bobDraft));

            // drafts and work: only one's own
            assertEquals(List.of(annDraft), session.drafts(ANN, annTask));
            assertEquals(List.of(bobDraft), session.drafts(BOB, bobTask));
            assertThrows(PermissionDeniedException.class, () -> session.drafts(ANN, bobTask));
            assertThrows(PermissionDeniedException.class, () -> session.setWork(ANN, annTask, List.of(bobDraft)),
                    "bob's draft cannot become ann's work");
            assertTrue(annTask.getAnnotations().isEmpty());

            // ann submits: her draft only leaves the image, bob's stays as he drew it
            TaskResult result = session.submitDrafts(ANN, annTask);
            assertEquals(TaskStatus.SUBMITTED, annTask.getStatus());
            List<Annotation> submitted = TrainingSession.submission(annTask).getAnnotations();
            assertEquals(1, submitted.size(), "only ann's draft was submitted");
            assertEquals("ann", submitted.get(0).getAuthor());
            // cat IoU 0.5, right class: 0.75; the dog missed: 0 -> 100 * 0.75 / 2
            assertEquals(37.5, result.taskScore(), 1e-9);
            assertEquals(List.of(bobDraft, nobodys), image.getAnnotations(), "bob's draft is untouched");
            assertEquals(TaskStatus.ASSIGNED, bobTask.getStatus());
            assertTrue(session.visibleDrafts(ANN, image).isEmpty());

            // bob submits his own: the dog box lies on the ground truth's dog (wrong class cat): (100 + 0) / 200
            TaskResult bobs = session.submitDrafts(BOB, bobTask);
            assertEquals(1, TrainingSession.submission(bobTask).getAnnotations().size());
            assertEquals(100 * 0.5 / 2, bobs.taskScore(), 1e-9);
            assertEquals(List.of(nobodys), image.getAnnotations());
        }
    }
}
