package org.annotide.ui.training.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The labelling commands of the Active Learning view: {@link LabellingArea#CHOOSE_COMMAND_ID} (parameter
 * {@link LabellingArea#CHOOSE_KEY_PARAMETER}, a digit 1-9) picks a class for the current image,
 * {@link LabellingArea#SUBMIT_COMMAND_ID} records it and goes on to the next image of the batch,
 * {@link LabellingArea#SKIP_COMMAND_ID} goes on without a label (the image comes back after the others).
 */
public final class LabellingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (!(part instanceof ActiveLearningView view)) {
            return null;
        }
        LabellingArea area = view.labelling();
        String command = event.getCommand() == null ? null : event.getCommand().getId();
        if (LabellingArea.SUBMIT_COMMAND_ID.equals(command)) {
            area.submit();
        } else if (LabellingArea.SKIP_COMMAND_ID.equals(command)) {
            area.skip();
        } else if (LabellingArea.CHOOSE_COMMAND_ID.equals(command)) {
            String key = event.getParameter(LabellingArea.CHOOSE_KEY_PARAMETER);
            try {
                area.choose(Integer.parseInt(key));
            } catch (NumberFormatException e) {
                throw new ExecutionException("not a class key: " + key, e);
            }
        }
        return null;
    }
}
