package org.annotide.ui.internal.trainingsets;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * New Training Set from Selection: the tiles selected in the explorer or a filmstrip (Shift/Ctrl-click)
 * become a new training set of their project.
 */
public final class NewTrainingSetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<Tile> tiles = Selections.elements(HandlerUtil.getCurrentSelection(event), Tile.class);
        ProjectStore store = tiles.isEmpty() ? null : ProjectStore.of(tiles.get(0));
        if (store == null) {
            MessageDialog.openInformation(shell, "New Training Set",
                    "Select one or more tiles first (Shift- or Ctrl-click in the Project Explorer or a filmstrip).");
            return null;
        }
        Project project = store.project();
        InputDialog dialog = new InputDialog(shell, "New Training Set", tiles.size() + " tile(s) selected. Name:",
                "Training set " + (project.getTrainingSets().size() + 1),
                name -> name == null || name.isBlank() ? "Give the training set a name" : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        TrainingSet set = TrainingSetCommands.newSet(dialog.getValue().trim(),
                tiles.stream().filter(t -> ProjectStore.of(t) == store).distinct().toList());
        try {
            store.commandStack().execute(TrainingSetCommands.create(store.editingDomain(), project, set));
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(AnnotideUi.TRAINING_SETS_VIEW_ID);
        } catch (StoreException e) {
            MessageDialog.openError(shell, "New Training Set", e.getMessage());
        } catch (PartInitException e) {
            // the set exists; the view just could not be shown
        }
        return null;
    }
}
