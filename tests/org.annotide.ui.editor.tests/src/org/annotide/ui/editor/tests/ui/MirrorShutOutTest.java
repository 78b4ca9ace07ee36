package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.annotide.tests.support.NoiseImages;
import org.annotide.tests.support.db.ScratchDatabases;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Modal;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.tests.support.workbench.ConnectToServer;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server's project whose user is removed from it while the workbench holds an unsent edit: the copy turns
 * read-only, the Problems view says why and the edit stays in its outbox; closed and opened again (a restart) it is
 * still read-only and still says why (connecting again would not help), and an edit tried in the editor is refused
 * with that message while nothing already there is lost. Needs PostgreSQL (ANNOTIDE_PG_URL): only a server with a
 * database has project members.
 */
class MirrorShutOutTest extends EditorUiTest {

    private static final String PASSWORD = "correct horse";

    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases(); // drops the test's database after stop()
    private ServerDatabase db;
    private ProjectStore served;
    private AnnotideServer server;
    private IProject project;

    @AfterEach
    void stop() throws Exception {
        page.closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
        if (server != null) {
            server.close();
        }
        if (served != null) {
            served.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The server's project (the class "cell" and three noise images) on a database with ann as its Annotator. */
    private void serve() throws Exception {
        Path workspace = Files.createDirectories(folder.resolve("server"));
        served = ProjectStore.create(workspace.resolve("cells"), "cells");
        synchronized (served) {
            LabelClass cell = AnnotideFactory.eINSTANCE.createLabelClass();
            cell.setId("cell");
            cell.setName("cell");
            cell.setColor("#e6194b");
            served.project().getLabelClasses().add(cell);
            served.project().getImages().addAll(NoiseImages.brightAndDark(workspace, 3, 7));
            served.commit();
        }
        db = ServerDatabase.open(databases.create().settings(4));
        db.migrate();
        db.addUser(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        db.addUser(new Account("ann", Role.ANNOTATOR), PASSWORD.toCharArray());
        start(0);
        new ServerProjects(db).setMember(served.project().getId(), "ann", Role.ANNOTATOR, "admin");
    }

    private void start(int port) throws Exception {
        server = AnnotideServer.builder().port(port).project(served).permissions(new RolePermissions()).database(db)
                .workers(0).start();
    }

    @Test
    void aMemberRemovedFromTheProjectKeepsAReadOnlyCopyThatSaysWhyAfterReopening() throws Exception {
        serve();
        ProjectStore mirror = ConnectToServer.as(server.baseUrl(), "ann", PASSWORD);
        project = projects().project(mirror);
        Path copy = mirror.folder();
        RemoteProject remote = RemoteProject.of(mirror);
        ImageAsset image = mirror.project().getImages().stream().filter(i -> i.getId().equals("img1")).findFirst()
                .orElseThrow();

        // drawn while connected: it reaches the server
        open(image);
        canvas().fit(); // the 32-pixel image fills the editor
        drawBox(4, 4, 14, 14);
        Spin.until("the box drawn", () -> image.getAnnotations().size() == 1);
        Spin.until("the server has it", () -> serverAnnotations() == 1);

        // drawn while the server is away: it waits in the outbox; meanwhile an Admin removes her from the project
        int port = server.port();
        server.close();
        server = null;
        Spin.until("the copy notices the server is away", Duration.ofSeconds(10), () -> !remote.isOnline());
        drawBox(18, 18, 28, 28);
        Spin.until("the second box drawn", () -> image.getAnnotations().size() == 2);
        Spin.until("kept in the outbox", () -> remote.unsent() == 1);
        new ServerProjects(db).removeMember(served.project().getId(), "ann");
        start(port);

        // back, the server shuts her out: read-only, the Problems view says why, the outbox keeps the edit
        Spin.until("the copy reopened read-only", Duration.ofSeconds(15), () -> projects().isOpen(project)
                && projects().store(project) != mirror && projects().store(project).isReadOnly());
        Spin.until("the Problems view says why", () -> markers(project).contains("no longer a member"));
        assertEquals(1, RemoteProject.unsent(copy), "the unsent edit kept in the outbox");
        assertEquals(1, serverAnnotations(), "nothing more reached the server");

        // closed and opened again, as at a restart: still read-only, still saying why
        page.closeAllEditors(false);
        projects().close(project);
        projects().retry(project);
        ProjectStore reopened = projects().store(project);
        assertTrue(reopened.isReadOnly(), "no edit may bypass the outbox");
        Spin.until("the Problems view still says why", () -> markers(project).contains("no longer a member"));
        assertFalse(markers(project).contains("Connect to Server"), "connecting again would not make it editable: "
                + markers(project));
        ImageAsset kept = reopened.project().getImages().stream().filter(i -> i.getId().equals("img1")).findFirst()
                .orElseThrow();
        assertEquals(2, kept.getAnnotations().size(), "both boxes are in the copy");

        // an edit tried in the editor is refused with the reason; nothing is lost
        open(kept);
        canvas().fit();
        String[] said = new String[1];
        Modal refusal = Modal.answer("Annotide", shell -> {
            said[0] = String.join("\n", Widgets.shown(shell));
            Widgets.find(shell, Button.class, b -> b.getText().replace("&", "").equals("OK"))
                    .notifyListeners(SWT.Selection, new Event());
        });
        focusCanvas();
        Input.key('b');
        Spin.until("the box tool", () -> canvas().toolKind() == ToolKind.BOX);
        drag(6, 20, 20, 28);
        Spin.until("the editor said the edit is refused", refusal::answered);
        Spin.idle(100);
        assertTrue(said[0] != null && said[0].contains("no longer a member"), "the editor's message: " + said[0]);
        assertEquals(2, kept.getAnnotations().size(), "the refused box is not added, the two stay");
        assertEquals(1, RemoteProject.unsent(copy), "the outbox still keeps the edit");
        assertEquals(1, serverAnnotations());
        assertNull(RemoteProject.of(reopened), "no sync engine follows the server for her");
    }

    /** Draws a box with the box tool from one image point to another. */
    private void drawBox(double x0, double y0, double x1, double y1) {
        focusCanvas();
        Input.key('b');
        Spin.until("the box tool", () -> canvas().toolKind() == ToolKind.BOX);
        drag(x0, y0, x1, y1);
    }

    /** The annotations of img1 on the server. */
    private int serverAnnotations() {
        synchronized (served) {
            return served.project().getImages().stream().filter(i -> i.getId().equals("img1")).findFirst()
                    .orElseThrow().getAnnotations().size();
        }
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }

    private static String markers(IProject project) {
        try {
            StringBuilder text = new StringBuilder();
            for (IMarker marker : project.findMarkers(null, true, IResource.DEPTH_ZERO)) {
                text.append(marker.getAttribute(IMarker.MESSAGE, "")).append('\n');
            }
            return text.toString();
        } catch (CoreException e) {
            return "";
        }
    }
}
