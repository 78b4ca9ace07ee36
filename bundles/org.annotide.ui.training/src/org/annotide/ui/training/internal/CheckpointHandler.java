package org.annotide.ui.training.internal;

import java.text.DateFormat;
import java.util.List;

import org.annotide.al.ActiveLearningException;
import org.annotide.al.Checkpoints;
import org.annotide.core.store.ProjectStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Save Checkpoint... and Restore Checkpoint... of the Active Learning view: the episode of the view's project (labels,
 * active model, rounds, queue) saved under a name after any batch, and brought back, as {@code al checkpoint} does on
 * the command line (both through {@link Checkpoints}). A refused name or checkpoint says why; nothing changes then.
 */
public final class CheckpointHandler extends AbstractHandler {

    static final String SAVE_COMMAND_ID = "org.annotide.ui.training.commands.saveCheckpoint";
    static final String RESTORE_COMMAND_ID = "org.annotide.ui.training.commands.restoreCheckpoint";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (!(part instanceof ActiveLearningView view)) {
            return null;
        }
        Shell shell = view.getSite().getShell();
        ProjectStore store = view.store();
        if (store == null || store.isClosed()) {
            MessageDialog.openInformation(shell, "Checkpoints", "Select an Annotide project in the Project Explorer first.");
            return null;
        }
        Checkpoints checkpoints = new Checkpoints(store, TrainingUiPlugin.training().access());
        try {
            if (SAVE_COMMAND_ID.equals(event.getCommand().getId())) {
                save(view, shell, checkpoints);
            } else {
                restore(view, shell, checkpoints);
            }
        } catch (ActiveLearningException e) {
            MessageDialog.openError(shell, "Checkpoints", e.getMessage());
        }
        return null;
    }

    private static void save(ActiveLearningView view, Shell shell, Checkpoints checkpoints) throws ActiveLearningException {
        InputDialog ask = new InputDialog(shell, "Save Checkpoint", "A name for the episode as it is now (labels, model,"
                + " rounds, queue):", "round-" + view.store().project().getSelectionRounds().size(),
                text -> text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") ? null
                        : "Letters, digits, '.', '_' and '-' (up to 100), starting with a letter or digit");
        if (ask.open() != Window.OK) {
            return;
        }
        Checkpoints.Info saved = checkpoints.save(ask.getValue());
        view.say("Checkpoint '" + saved.name() + "' saved: " + saved.rounds() + " rounds, " + saved.labelled() + " labelled.");
    }

    private static void restore(ActiveLearningView view, Shell shell, Checkpoints checkpoints) throws ActiveLearningException {
        List<Checkpoints.Info> saved = checkpoints.list();
        if (saved.isEmpty()) {
            MessageDialog.openInformation(shell, "Restore Checkpoint", "This project has no checkpoint yet: Save Checkpoint"
                    + " keeps the episode as it is after a batch.");
            return;
        }
        DateFormat when = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT);
        ElementListSelectionDialog choose = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                Checkpoints.Info info = (Checkpoints.Info) element;
                return info.name() + "  (" + when.format(info.createdAt()) + ", " + info.rounds() + " rounds, "
                        + info.labelled() + " labelled" + (info.strategy() == null ? "" : ", " + info.strategy()) + ")";
            }
        });
        choose.setTitle("Restore Checkpoint");
        choose.setMessage("Go back to (labels, active model and rounds as they were; Undo brings today's back):");
        choose.setElements(saved.reversed().toArray());
        choose.setMultipleSelection(false);
        choose.setInitialSelections(saved.getLast()); // the newest, the one a user most often goes back to
        if (choose.open() != Window.OK || choose.getFirstResult() == null) {
            return;
        }
        Checkpoints.Info restored = checkpoints.restore(((Checkpoints.Info) choose.getFirstResult()).name());
        view.refresh();
        view.say("Back at checkpoint '" + restored.name() + "': " + restored.rounds() + " rounds, " + restored.labelled()
                + " labelled.");
    }
}
