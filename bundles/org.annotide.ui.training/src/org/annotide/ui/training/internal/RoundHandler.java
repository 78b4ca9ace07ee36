package org.annotide.ui.training.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * {@link ActiveLearningView#ROUND_COMMAND_ID}: starts the next round of the episode by hand (retrain, predict the
 * pool, score, next batch), as completing a batch does when "Retrain when the batch is complete" is on. What stops
 * it (no model, a round running, a bad episode) the view's status line says.
 */
public final class RoundHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof ActiveLearningView view) {
            view.runRound();
        }
        return null;
    }
}
