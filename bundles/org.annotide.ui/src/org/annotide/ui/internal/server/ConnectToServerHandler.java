package org.annotide.ui.internal.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.client.SyncListener;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.AnnotidePreferencePage;
import org.annotide.ui.internal.WorkspaceProjects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Connect to Server...: logs in (the dialog), then a job mirrors each project the server serves to the user
 * into {@code WORKSPACE/.servers/HOST_PORT/USER/PROJECT} and links it into the workspace (named "NAME @ HOST:PORT"),
 * where the explorer, the editor and the views use it as a local project while its sync engine sends the edits and
 * follows the server. What the engine reports goes to the Problems view.
 */
public final class ConnectToServerHandler extends AbstractHandler {

    private static final String LAST_URL = "server.lastUrl";
    private static final String LAST_USER = "server.lastUser";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        var preferences = AnnotidePreferencePage.preferences();
        ConnectToServerDialog dialog = new ConnectToServerDialog(shell, preferences.get(LAST_URL, null),
                preferences.get(LAST_USER, null));
        if (dialog.open() != ConnectToServerDialog.OK || dialog.connection() == null) {
            return null;
        }
        preferences.put(LAST_URL, dialog.url());
        preferences.put(LAST_USER, dialog.user());
        keep(dialog.connection());
        // the shell the command was asked from may be gone by now (a dialog closed just before: the handler's
        // context can still name it), the workbench's display is not
        connect(dialog.connection(), PlatformUI.getWorkbench().getDisplay()).schedule();
        return null;
    }

    /**
     * Keeps the connection's remembered login for the next start (a login without "keep me logged in" forgets one
     * kept before). A login that cannot be kept is said in the Error Log; the connection works all the same.
     */
    public static void keep(ServerConnection connection) {
        try {
            if (connection.remembered() != null) {
                ServerLogins.kept().keep(connection.remembered());
            } else {
                ServerLogins.kept().forget(connection.base(), connection.user());
            }
        } catch (java.io.IOException e) {
            org.eclipse.core.runtime.ILog.of(ConnectToServerHandler.class).warn("The login of " + connection.user()
                    + " on " + connection.base() + " is not kept: " + e.getMessage()
                    + "; after a restart its mirrors are read-only until Connect to Server again", e);
        }
    }

    /** The job that mirrors and links every project of the connection; its result says what failed, per project. */
    public static Job connect(ServerConnection connection, Display display) {
        Job job = Job.create("Connecting to " + connection.base(), monitor -> {
            List<ServerConnection.ProjectInfo> projects;
            try {
                projects = connection.projects();
            } catch (ServerException e) {
                return Status.error(e.getMessage(), e);
            }
            return mirrorAll(connection, projects, display, monitor);
        });
        job.setUser(true);
        return job;
    }

    /** Mirrors and links each of the projects; what failed, per project. */
    static IStatus mirrorAll(ServerConnection connection, List<ServerConnection.ProjectInfo> projects, Display display,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, projects.size());
        ProjectService service = PlatformUI.getWorkbench().getService(ProjectService.class);
        Path mirrors = ServerLogins.mirrors();
        List<IStatus> failures = new ArrayList<>();
        for (ServerConnection.ProjectInfo info : projects) {
            progress.subTask(info.name());
            try {
                mirror(connection, info, mirrors, service, display);
            } catch (ServerException | CoreException | java.io.IOException | RuntimeException e) {
                failures.add(Status.error(info.name() + ": " + e.getMessage(), e));
            }
            progress.worked(1);
        }
        return failures.isEmpty() ? Status.OK_STATUS : new MultiStatus("org.annotide.ui", 0,
                failures.toArray(IStatus[]::new), "Some projects of " + connection.base() + " could not be opened",
                null);
    }

    private static void mirror(ServerConnection connection, ServerConnection.ProjectInfo info, Path mirrors,
            ProjectService service, Display display) throws ServerException, CoreException, java.io.IOException {
        Path folder = RemoteProject.mirrorFolder(mirrors, connection, info.id());
        IProject linked = WorkspaceProjects.find(folder);
        if (linked != null && service.isOpen(linked) && !service.store(linked).isReadOnly()) {
            RemoteProject open = RemoteProject.of(service.store(linked));
            if (open == null || open.connection().refusal() == null) {
                return; // connected already
            }
        }
        if (linked != null && service.isOpen(linked)) {
            service.close(linked); // the read-only copy opened while not connected, or a login the server refused
        }
        RemoteProject remote = RemoteProject.open(connection, info.id(), mirrors, display::asyncExec);
        service.adopt(folder, remote.store(), remote::close);
        IProject project = linked != null ? linked : WorkspaceProjects.link(folder, null);
        ServerProblems problems = new ServerProblems(project, connection.base() + " " + info.id());
        problems.reachability(remote.isOnline(), "the server " + connection.base() + " is unreachable; edits are kept "
                + "and sent when it is back"); // also replaces the read-only warning of a mirror opened unconnected
        remote.addListener(problems);
        remote.addListener(new SyncListener() {
            @Override
            public void readOnly(String message) { // shut out by the server: the copy reopens read-only
                display.asyncExec(() -> {
                    service.close(project); // closes the sync engine too; the unsent edits stay in its outbox
                    service.store(project); // the outbox kept the message: the copy says it (Problems, refused edits)
                });
            }
        });
        service.retry(project);
        service.store(project);
    }
}
