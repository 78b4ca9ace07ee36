package org.annotide.ui.evaluation.internal;

import org.annotide.access.Action;
import org.annotide.ui.ProjectService;
import org.annotide.ui.UserSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; New &gt; Training Project...: the wizard, for users who may view the benchmark source (Admins). */
public final class NewTrainingProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        UserSession users = window.getWorkbench().getService(UserSession.class);
        if (!users.may(Action.VIEW_BENCHMARK_SOURCE, null)) {
            MessageDialog.openInformation(window.getShell(), "New Training Project", "A training project reads the "
                    + "ground truth of its sources. " + users.denial(Action.VIEW_BENCHMARK_SOURCE, null));
            return null;
        }
        new WizardDialog(window.getShell(), new NewTrainingProjectWizard(users,
                window.getWorkbench().getService(ProjectService.class))).open();
        return null;
    }
}
