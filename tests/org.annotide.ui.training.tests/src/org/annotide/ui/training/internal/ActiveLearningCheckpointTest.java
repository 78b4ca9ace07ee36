package org.annotide.ui.training.internal;

import static org.annotide.ui.training.internal.ActiveLearningViewTest.clickProject;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annotide.al.Checkpoints;
import org.annotide.core.store.ProjectStore;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.ProjectService;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save Checkpoint... and Restore Checkpoint... in the Active Learning view's menu, through their commands and dialogs:
 * a round selected after a checkpoint is gone when the checkpoint is restored; a name taken already is refused with a
 * message and nothing is written.
 */
class ActiveLearningCheckpointTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void close() throws Exception {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).remove(ActiveLearningView.RETRAIN_PREFERENCE);
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    /** Answers the next dialog titled {@code title} from the event loop its open() runs. */
    private static List<String> answer(String title, Consumer<Shell> how) {
        return answer(title, shell -> true, how);
    }

    /** The same, once the dialog is {@code ready} (a list dialog fills its table a moment after it opens). */
    private static List<String> answer(String title, java.util.function.Predicate<Shell> ready, Consumer<Shell> how) {
        Display display = Display.getCurrent();
        List<String> seen = new ArrayList<>();
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && title.equals(shell.getText()) && ready.test(shell)) {
                        seen.add(String.join(" | ", Widgets.all(shell).stream().map(c -> c instanceof org.eclipse.swt.widgets.Label l
                                ? l.getText() : "").filter(t -> !t.isEmpty()).toList()));
                        how.accept(shell);
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        });
        return seen;
    }

    private static String status(ActiveLearningView view) {
        return Widgets.byRole(view.getSite().getShell(), org.eclipse.swt.widgets.Label.class, "status").getText();
    }

    private static void press(Shell shell, String button) {
        Button b = Widgets.byText(shell, Button.class, button);
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static void run(ActiveLearningView view, String commandId) throws Exception {
        page().activate(view);
        view.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
    }

    @Test
    void aRestoredCheckpointTakesBackTheRoundsAfterItAndATakenNameIsRefused() throws Exception {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).putBoolean(ActiveLearningView.RETRAIN_PREFERENCE, false);
        project = ActiveLearningViewTest.project(temp, "checkpointed");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("checkpointed");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        ActiveLearningViewTest.train(store);
        Spin.until("the view offers the model", () -> view.modelCombo().getItemCount() == 1);

        answer("Save Checkpoint", shell -> {
            Widgets.find(shell, Text.class, t -> true).setText("before-round");
            press(shell, "OK");
        });
        run(view, CheckpointHandler.SAVE_COMMAND_ID);
        Path file = store.folder().resolve(Checkpoints.FOLDER).resolve("before-round.json");
        assertTrue(Files.isRegularFile(file), "the checkpoint written");
        assertTrue(status(view).startsWith("Checkpoint 'before-round' saved: 0 rounds, 6 labelled"), status(view));

        ActiveLearningViewTest.select(view, view.getSite().getShell(), store, "margin", 4);
        assertEquals(1, store.project().getSelectionRounds().size());

        List<String> refused = answer("Checkpoints", shell -> press(shell, "OK"));
        answer("Save Checkpoint", shell -> {
            Widgets.find(shell, Text.class, t -> true).setText("before-round");
            press(shell, "OK");
        });
        long written = Files.getLastModifiedTime(file).toMillis();
        run(view, CheckpointHandler.SAVE_COMMAND_ID);
        assertTrue(refused.size() == 1 && refused.get(0).contains("exists already"), refused.toString());
        assertEquals(written, Files.getLastModifiedTime(file).toMillis(), "the checkpoint left as it was");

        answer("Restore Checkpoint", shell -> Widgets.find(shell, org.eclipse.swt.widgets.Table.class, t -> true)
                .getSelectionCount() == 1, shell -> press(shell, "OK")); // the only checkpoint, chosen already
        run(view, CheckpointHandler.RESTORE_COMMAND_ID);
        assertEquals(0, store.project().getSelectionRounds().size(), "the round after the checkpoint is gone");
        assertTrue(status(view).startsWith("Back at checkpoint 'before-round': 0 rounds, 6 labelled"), status(view));
    }
}
