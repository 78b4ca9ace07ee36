package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.internal.server.ConnectToServerDialog;
import org.annotide.ui.internal.server.ConnectToServerHandler;
import org.annotide.ui.internal.server.ServerLogins;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * File &gt; Connect to Server... against a real server on loopback: the dialog says what is wrong and stays open, then
 * the server's project appears in the workspace as "NAME @ HOST:PORT", an edit made in the workbench reaches the
 * server, and another user's change reaches the workbench's model within a second.
 */
class ConnectToServerTest {

    private static final String PASSWORD = "correct horse";

    @TempDir
    Path temp;

    @Test
    void theDialogSaysWhatIsWrongAndTheServersProjectThenSyncsBothWays() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("server"));
        ProjectStore served = ProjectStore.create(workspace.resolve("cells"), "cells");
        LabelClass cell = AnnotideFactory.eINSTANCE.createLabelClass();
        cell.setId("cell");
        cell.setName("cell");
        served.project().getLabelClasses().add(cell);
        BufferedImage picture = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        Path file = workspace.resolve("img0.png");
        ImageIO.write(picture, "png", file.toFile());
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId("img0");
        image.setName("img0.png");
        image.setWidth(32);
        image.setHeight(32);
        image.setBands(1);
        image.setFormat("png");
        image.setLocation(file.toString());
        served.project().getImages().add(image);
        served.commit();
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("manager", Role.TEAM_MANAGER), PASSWORD.toCharArray());
        users.add(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        AnnotideServer server = AnnotideServer.builder().port(0).project(served).permissions(new RolePermissions())
                .users(users).start();
        IProject project = null;
        ServerConnection other = null;
        try {
            String url = server.baseUrl();
            Display display = Display.getCurrent();
            ConnectToServerDialog dialog = new ConnectToServerDialog(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), url, "manager");
            dialog.setBlockOnOpen(false);
            dialog.open();
            Text password = Widgets.byRole(dialog.getShell(), Text.class, "password");
            Text address = Widgets.byRole(dialog.getShell(), Text.class, "url");
            Button connect = Widgets.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Connect"));

            password.setText("wrong password");
            connect.notifyListeners(SWT.Selection, new Event());
            assertTrue(shows(dialog, "wrong login or password"), "the dialog says the password is wrong");
            assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "and stays open");

            address.setText("http://127.0.0.1:1");
            password.setText(PASSWORD);
            connect.notifyListeners(SWT.Selection, new Event());
            assertTrue(shows(dialog, "unreachable"), "the dialog says the server is unreachable");

            address.setText(url);
            connect.notifyListeners(SWT.Selection, new Event());
            assertNotNull(dialog.connection(), "connected");

            Job job = ConnectToServerHandler.connect(dialog.connection(), display);
            job.schedule();
            Spin.until("the connect job ends", () -> job.getResult() != null);
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            String name = "cells @ " + server.baseUrl().substring("http://".length()).replace(':', '_'); // no colon in a workspace name
            project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            assertTrue(project.exists() && project.isOpen(), "the explorer's project " + name);
            ProjectStore mirror = TestProjects.service().store(project);
            assertFalse(mirror.isReadOnly());
            ImageAsset mirrored = mirror.project().getImages().get(0);
            assertTrue(Files.size(mirror.folder().resolve(mirrored.getLocation())) > 0, "the image file is here");

            // an edit in the workbench, as the editor makes it, reaches the server
            Annotation drawn = TestProjects.box(mirror.project().getNextAnnotationId(), mirror.project()
                    .getLabelClasses().get(0));
            mirror.commandStack().execute(AddCommand.create(mirror.editingDomain(), mirrored,
                    Literals.IMAGE_ASSET__ANNOTATIONS, drawn));
            Spin.until("the server has the workbench's annotation", () -> {
                synchronized (served) {
                    return served.project().getImages().get(0).getAnnotations().size() == 1;
                }
            });
            Spin.until("the annotation has the server's id", () -> drawn.getId() < RemoteProject.LOCAL_IDS);

            // another user's change arrives in the workbench's model within a second
            other = ServerConnection.login(url, "admin", PASSWORD.toCharArray());
            long t0 = System.nanoTime();
            other.request("POST", "/api/v1/projects/" + served.project().getId() + "/images/img0/annotations",
                    new ObjectMapper().readTree("{\"label_class\":\"cell\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":1,"
                            + "\"width\":4,\"height\":4}}"));
            Spin.until("the workbench shows the admin's annotation", java.time.Duration.ofSeconds(1),
                    () -> mirrored.getAnnotations().size() == 2);
            System.out.printf("workbench: another user's annotation in the model after %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
            assertEquals("admin", mirrored.getAnnotations().get(1).getAuthor());

            // closed and opened again without a connection (a restart of the workbench): read-only, and it says why
            TestProjects.service().close(project);
            TestProjects.service().retry(project);
            assertTrue(TestProjects.service().store(project).isReadOnly(), "no edit may bypass the outbox");
            IProject opened = project;
            Spin.until("the Problems view says how to edit it", () -> markers(opened).contains("Connect to Server"));
            // connecting again makes it the synchronised mirror once more
            Job again = ConnectToServerHandler.connect(dialog.connection(), display);
            again.schedule();
            Spin.until("the second connect job ends", () -> again.getResult() != null);
            assertTrue(again.getResult().isOK(), again.getResult().toString());
            assertFalse(TestProjects.service().store(project).isReadOnly());
            Spin.until("the read-only warning is gone", () -> !markers(opened).contains("Connect to Server"));
            assertEquals(2, TestProjects.service().store(project).project().getImages().get(0).getAnnotations().size());

            // "keep me logged in" (the dialog's default): a restart connects the mirror again without asking
            ServerConnection.Remembered kept = dialog.connection().remembered();
            assertNotNull(kept, "the dialog asked the server to remember the login");
            ConnectToServerHandler.keep(dialog.connection());
            assertEquals(List.of(kept), ServerLogins.kept().all());
            TestProjects.service().close(project);
            TestProjects.service().retry(project);
            assertTrue(TestProjects.service().store(project).isReadOnly());
            Job restart = ServerLogins.reconnect(display);
            restart.schedule();
            Spin.until("the reconnect job ends", () -> restart.getResult() != null);
            assertTrue(restart.getResult().isOK(), restart.getResult().toString());
            ProjectStore resumed = TestProjects.service().store(project);
            assertFalse(resumed.isReadOnly(), "editable again with the kept login alone");
            Spin.until("the read-only warning is gone again", () -> !markers(opened).contains("Connect to Server"));
            RemoteProject remote = RemoteProject.of(resumed);
            assertTrue(remote.connection() != dialog.connection() && remote.connection().remembered().equals(kept));

            // Disconnect from Server: read-only, logged out on the server, nothing kept here
            assertTrue(ServerLogins.disconnect(remote).isOK());
            assertEquals(List.of(), ServerLogins.kept().all());
            TestProjects.service().retry(project);
            assertTrue(TestProjects.service().store(project).isReadOnly());

            // a kept login the server no longer accepts (a stale copy): refused, forgotten, the copy says what to do
            ServerLogins.kept().keep(kept);
            Job refused = ServerLogins.reconnect(display);
            refused.schedule();
            Spin.until("the refused reconnect job ends", () -> refused.getResult() != null);
            assertFalse(refused.getResult().isOK());
            assertTrue(TestProjects.service().store(project).isReadOnly());
            Spin.until("the Problems view says to log in again", () -> markers(opened).contains(
                    "no longer accepts the kept login of manager"));
            assertEquals(List.of(), ServerLogins.kept().all());
        } finally {
            if (other != null) {
                other.close();
            }
            if (project != null) {
                TestProjects.remove(project);
            }
            server.close();
            served.close();
        }
    }

    private static String markers(IProject project) {
        try {
            StringBuilder text = new StringBuilder();
            for (var marker : project.findMarkers(null, true, org.eclipse.core.resources.IResource.DEPTH_ZERO)) {
                text.append(marker.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "")).append('\n');
            }
            return text.toString();
        } catch (org.eclipse.core.runtime.CoreException e) {
            return "";
        }
    }

    /** Whether the dialog shows this text (its error line), after its event loop has run. */
    private static boolean shows(ConnectToServerDialog dialog, String part) {
        Spin.forMillis(50);
        return Widgets.all(dialog.getShell()).stream().anyMatch(c -> text(c).contains(part));
    }

    private static String text(Control control) {
        if (control instanceof Text t) {
            return t.getText();
        }
        if (control instanceof Label l) {
            return l.getText();
        }
        return "";
    }
}
