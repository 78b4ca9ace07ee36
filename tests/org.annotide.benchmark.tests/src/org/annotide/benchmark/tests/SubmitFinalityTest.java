package org.annotide.benchmark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.benchmark.TrainingSession;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.annotide.model.util.SubmittedTasks.SubmittedTaskException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submit is final: no command, undo, redo or direct call changes a submitted task, and the disk agrees. */
class SubmitFinalityTest {

    @TempDir
    Path temp;

    @Test
    void aSubmittedTaskCannotBeReopenedOrEditedThroughAnyDoor() throws Exception {
        Path tp = TrainingProjectTest.trainingProject(temp, "x", "ann");
        Account ann = new Account("ann", Role.ANNOTATOR);
        try (TrainingSession session = TrainingProjectTest.open(tp)) {
            AnnotatorTask task = session.nextTask(ann);
            LabelClass cat = session.store().project().getLabelClasses().get(0);
            session.setWork(ann, task, List.of(Sources.box(cat, 0, 10, 10, 40, 40)));
            session.submit(ann, task);
            Submission submission = TrainingSession.submission(task);
            Annotation submitted = submission.getAnnotations().get(0);
            BoxShape box = (BoxShape) submitted.getShape();
            EditingDomain domain = session.store().editingDomain();

            // commands: reopen, edit a submitted shape, add to the task, delete a submitted annotation
            refused(session, SetCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__STATUS,
                    TaskStatus.IN_PROGRESS));
            refused(session, SetCommand.create(domain, box, AnnotidePackage.Literals.BOX_SHAPE__X, 99.0));
            refused(session, AddCommand.create(domain, task, AnnotidePackage.Literals.ANNOTATOR_TASK__ANNOTATIONS,
                    Sources.box(cat, 500, 0, 0, 1, 1)));
            refused(session, DeleteCommand.create(domain, submitted));
            // undo of the submit (and of the work before it) is refused as well
            assertThrows(SubmittedTaskException.class, () -> session.store().commandStack().undo());
            // direct calls, bypassing commands
            assertThrows(SubmittedTaskException.class, () -> task.setStatus(TaskStatus.ASSIGNED));
            assertThrows(SubmittedTaskException.class, () -> box.setWidth(1));
            assertThrows(SubmittedTaskException.class, () -> submission.getAnnotations().clear());
            assertThrows(SubmittedTaskException.class, () -> task.getAnnotations().add(Sources.box(cat, 501, 0, 0, 1, 1)));

            assertEquals(TaskStatus.SUBMITTED, task.getStatus());
            assertEquals(10.0, box.getX());
            assertEquals(40.0, box.getWidth());
            assertEquals(1, submission.getAnnotations().size());
            assertTrue(task.getAnnotations().isEmpty());
            // the permission service says no too
            assertThrows(org.annotide.access.PermissionDeniedException.class, () -> session.setWork(ann, task, List.of()));
            assertThrows(org.annotide.access.PermissionDeniedException.class, () -> session.submit(ann, task));
        }
        try (ProjectStore store = ProjectStore.openReadOnly(tp)) {
            AnnotatorTask task = store.project().getTrainingProjects().get(0).getTasks().get(0);
            assertEquals(TaskStatus.SUBMITTED, task.getStatus(), "nothing refused reached the disk");
            BoxShape box = (BoxShape) task.getSubmissions().get(0).getAnnotations().get(0).getShape();
            assertEquals(10.0, box.getX());
            assertEquals(40.0, box.getWidth());
        }
    }

    private static void refused(TrainingSession session, Command command) {
        assertThrows(SubmittedTaskException.class, () -> session.store().commandStack().execute(command));
    }
}
