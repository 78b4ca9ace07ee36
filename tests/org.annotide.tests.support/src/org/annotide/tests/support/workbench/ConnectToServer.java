package org.annotide.tests.support.workbench;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.tests.support.ui.Modal;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.ProjectService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** File &gt; Connect to Server... as a user does it: the command, its dialog filled in and answered. */
public final class ConnectToServer {

    /** The command behind File &gt; Connect to Server... (org.annotide.ui's plugin.xml). */
    public static final String COMMAND = "org.annotide.ui.commands.connectToServer";

    private ConnectToServer() {
    }

    /**
     * Connects to the server at {@code url} as {@code user} (the login not kept for the next start); the server's
     * project once its copy is open and connected for that user. Fails with what the dialog said when it refused the
     * login, or when no such copy opened within 30 seconds.
     */
    public static ProjectStore as(String url, String user, String password) throws Exception {
        String[] failure = new String[1];
        Modal dialog = Modal.answer("Connect to Server", shell -> {
            Widgets.byRole(shell, Text.class, "url").setText(url);
            Widgets.byRole(shell, Text.class, "user").setText(user);
            Widgets.byRole(shell, Text.class, "password").setText(password);
            Widgets.byRole(shell, Button.class, "keep").setSelection(false);
            Widgets.find(shell, Button.class, b -> b.getText().replace("&", "").equals("Connect"))
                    .notifyListeners(SWT.Selection, new Event());
            if (!shell.isDisposed()) { // the dialog refused the login and stays open: say what it said, close it
                failure[0] = String.join(" / ", Widgets.shown(shell));
                shell.close();
            }
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
        assertTrue(dialog.answered(), "the command opened the Connect to Server dialog");
        assertNull(failure[0], "the dialog refused the login");
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        ProjectStore[] found = new ProjectStore[1];
        Spin.until("the server's project open for " + user, Duration.ofSeconds(30), () -> {
            for (ProjectStore open : projects.openStores()) {
                RemoteProject remote = RemoteProject.of(open);
                if (remote != null && remote.connection().user().equals(user) && remote.isOnline()) {
                    found[0] = open;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
