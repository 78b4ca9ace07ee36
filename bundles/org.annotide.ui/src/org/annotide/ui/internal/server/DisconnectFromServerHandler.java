package org.annotide.ui.internal.server;

import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.ui.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Disconnect from Server: logs the login of the selected server project out. Its mirrors close (unsent
 * edits stay in their outboxes, sent at the next connection) and open read-only, the server revokes the token and the
 * kept login, and the kept login is deleted from this workspace, so the next start does not connect.
 */
public final class DisconnectFromServerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectStore store = Selections.store(HandlerUtil.getCurrentSelection(event));
        RemoteProject mirror = RemoteProject.of(store);
        if (mirror == null) {
            MessageDialog.openInformation(shell, "Disconnect from Server", "Select a project of the server to "
                    + "disconnect from (a project named 'NAME @ HOST:PORT' that is connected).");
            return null;
        }
        IStatus result = ServerLogins.disconnect(mirror);
        if (!result.isOK()) {
            ErrorDialog.openError(shell, "Disconnect from Server", null, result);
        }
        return null;
    }
}
