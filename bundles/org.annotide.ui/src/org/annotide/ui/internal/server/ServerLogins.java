package org.annotide.ui.internal.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.client.KeptLogins;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Problems;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench's remembered server logins ("keep me logged in"): kept in the workspace's state
 * ({@code .metadata/.plugins/org.annotide.ui/kept-logins.json}, owner-only, the server's revocable token and never a
 * password), used at start to connect the mirrors again without asking, and forgotten (revoked on the server, deleted
 * here) by Disconnect from Server. A kept login the server refuses is forgotten and its mirrors stay read-only with a
 * Problems note that says to log in again; their unsent edits stay in their outboxes.
 */
public final class ServerLogins {

    private ServerLogins() {
    }

    /** The kept logins of this workspace. */
    public static KeptLogins kept() {
        return KeptLogins.in(Platform.getStateLocation(Platform.getBundle(AnnotideUi.PLUGIN_ID)).toPath());
    }

    /** Where the mirrors of this workspace live: {@code WORKSPACE/.servers}. */
    static Path mirrors() {
        return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(".servers");
    }

    /**
     * The job that connects the mirrors of every kept login again, as at the workbench's start: each login's projects
     * as Connect to Server does, or, while its server is away, the mirrors this workspace has of it (they connect when
     * it is back). Its result says what failed.
     */
    public static Job reconnect(Display display) {
        Job job = Job.create("Connecting to team servers", monitor -> {
            List<ServerConnection.Remembered> logins;
            try {
                logins = kept().all();
            } catch (IOException e) {
                return Status.warning("The kept server logins cannot be used: " + e.getMessage(), e);
            }
            SubMonitor progress = SubMonitor.convert(monitor, logins.size());
            List<IStatus> failures = new ArrayList<>();
            for (ServerConnection.Remembered login : logins) {
                progress.subTask(login.user() + " @ " + login.server());
                IStatus result = reconnect(login, display, progress.split(1));
                if (!result.isOK()) {
                    failures.add(result);
                }
            }
            return failures.isEmpty() ? Status.OK_STATUS : new MultiStatus(AnnotideUi.PLUGIN_ID, 0,
                    failures.toArray(IStatus[]::new), "Some team servers could not be connected again", null);
        });
        job.setSystem(false);
        return job;
    }

    private static IStatus reconnect(ServerConnection.Remembered login, Display display,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        ServerConnection connection;
        List<ServerConnection.ProjectInfo> projects;
        try {
            connection = ServerConnection.resume(login);
        } catch (ServerException e) {
            return Status.error(login.server() + ": " + e.getMessage(), e);
        }
        try {
            projects = connection.projects();
        } catch (ServerException e) {
            if (e.isUnreachable()) { // the mirrors open now and connect when the server is back
                projects = mirroredHere(connection);
            } else {
                refused(login, connection, e);
                return Status.warning(e.getMessage(), e);
            }
        }
        return ConnectToServerHandler.mirrorAll(connection, projects, display, monitor);
    }

    /** The projects of the connection's server and user that this workspace mirrors (read-only until connected). */
    private static List<ServerConnection.ProjectInfo> mirroredHere(ServerConnection connection) {
        Path mine = RemoteProject.mirrorsOf(mirrors(), connection);
        ProjectService service = PlatformUI.getWorkbench().getService(ProjectService.class);
        List<ServerConnection.ProjectInfo> found = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            Path folder = project.getLocation() == null ? null : project.getLocation().toPath();
            if (project.isOpen() && folder != null && mine.equals(folder.getParent()) && RemoteProject.isMirror(folder)) {
                try {
                    String id = service.store(project).project().getId(); // the server's id, kept at the first opening
                    found.add(new ServerConnection.ProjectInfo(id, project.getName(), 0));
                } catch (RuntimeException e) {
                    // a folder that does not open is reported by the project service itself
                }
            }
        }
        return found;
    }

    /** The server refused the kept login: it is forgotten, and each mirror of it says why and what to do. */
    private static void refused(ServerConnection.Remembered login, ServerConnection connection, ServerException e) {
        try {
            kept().forget(login.server(), login.user());
        } catch (IOException ignored) {
            // refused by the server anyway: nothing can log in with it
        }
        Path mine = RemoteProject.mirrorsOf(mirrors(), connection);
        ProjectService service = PlatformUI.getWorkbench().getService(ProjectService.class);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            Path folder = project.getLocation() == null ? null : project.getLocation().toPath();
            if (project.isOpen() && folder != null && mine.equals(folder.getParent()) && RemoteProject.isMirror(folder)) {
                try {
                    service.store(project); // opened read-only first, so its general note does not replace this one
                } catch (RuntimeException ignored) {
                    // a folder that does not open is reported by the project service itself
                }
                Problems.report(project, ServerProblems.SOURCE, List.of(Problems.Problem.warning(folder.toString(),
                        refusalNote(login, e))));
            }
        }
    }

    static String refusalNote(ServerConnection.Remembered login, ServerException e) {
        return "The server " + login.server() + " no longer accepts the kept login of " + login.user() + " ("
                + e.getMessage() + "). This copy stays read-only and keeps its unsent edits: log in again with "
                + "File > Connect to Server... to edit it and send them.";
    }

    /**
     * Disconnects the login of a mirror: its mirrors close (their unsent edits stay in their outboxes; they open
     * read-only), the server revokes the token and the remembered login (log-out), and the kept login is deleted.
     */
    public static IStatus disconnect(RemoteProject mirror) {
        ServerConnection connection = mirror.connection();
        ProjectService service = PlatformUI.getWorkbench().getService(ProjectService.class);
        for (RemoteProject each : RemoteProject.following(connection)) {
            IProject project = service.project(each.store());
            if (project != null) {
                service.close(project);
            } else {
                each.close();
            }
        }
        String loggedOut = null;
        try {
            connection.logOut();
        } catch (ServerException e) {
            loggedOut = "The server " + connection.base() + " did not confirm the log-out (" + e.getMessage()
                    + "): its token and kept login stay valid there until they expire.";
        }
        try {
            kept().forget(connection.base(), connection.user());
        } catch (IOException e) {
            return Status.error("The kept login could not be deleted from " + kept().file() + ": " + e.getMessage()
                    + (loggedOut == null ? " (the server revoked it)" : " " + loggedOut), e);
        }
        return loggedOut == null ? Status.OK_STATUS : Status.warning(loggedOut);
    }
}
