package org.annotide.ui.internal;

import java.util.HashSet;
import java.util.Set;

import org.annotide.core.extensions.ContributionProblem;
import org.annotide.core.extensions.ContributionProblems;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Shows the user, once each, the plug-in contributions Annotide cannot use (see
 * {@link ContributionProblems}): those reported before the workbench came up and those reported while it runs.
 * The status dialog does not block; the Error Log keeps the details.
 */
final class ContributionProblemNotifier implements ILogListener {

    private final Display display;
    private final Set<String> shown = new HashSet<>();

    private ContributionProblemNotifier(Display display) {
        this.display = display;
    }

    /** Starts showing problems; call on the UI thread once the workbench window is open. */
    static ContributionProblemNotifier start(Display display) {
        ContributionProblemNotifier notifier = new ContributionProblemNotifier(display);
        Platform.addLogListener(notifier);
        for (ContributionProblem problem : ContributionProblems.reported()) {
            notifier.show(problem.message());
        }
        return notifier;
    }

    void stop() {
        Platform.removeLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (ContributionProblems.isContributionProblem(status) && !display.isDisposed()) {
            display.asyncExec(() -> show(status.getMessage()));
        }
    }

    private void show(String message) {
        if (display.isDisposed() || !shown.add(message)) {
            return;
        }
        StatusManager.getManager().handle(new Status(IStatus.WARNING, ContributionProblems.STATUS_PLUGIN,
                message + "\nThe rest of Annotide works without it; the Error Log has the details."), StatusManager.SHOW);
    }
}
