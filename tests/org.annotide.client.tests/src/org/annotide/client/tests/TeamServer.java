package org.annotide.client.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;
import org.annotide.tests.support.NoiseImages;
import org.annotide.tests.support.openapi.ServedDocuments;

/**
 * A real team server on a loopback port over a real project folder (its journaled store): 32x32 PNG images, the
 * first in a benchmark (its annotations are ground truth), the label classes {@code cell} and {@code empty}, and the
 * users admin, manager and ann (an annotator). Odd images are bright noise, even ones dark noise, so that a
 * classifier trained on the team's labels has something real to learn. Without a database the users live in the
 * workspace's users file; with one, the server keeps users, tokens and the training queue there and the three are
 * members of the project. {@link #stop()} and {@link #start()} take the server away and bring it back on the same
 * port.
 */
final class TeamServer implements AutoCloseable {

    static final String PASSWORD = "correct horse";
    static final String CLASS_ID = "cell";
    static final String EMPTY_CLASS_ID = "empty";

    final ProjectStore store;
    final String projectId;
    final String gtImage;
    final String image;
    private final Path workspace;
    private final ServerDatabase database;
    private AnnotideServer server;
    private int port;
    /** What the clients of the tests received from the server, held to its OpenAPI document. */
    final ServedDocuments documents = new ServedDocuments();

    TeamServer(Path temp) throws Exception {
        this(temp, 3, null);
    }

    /** A server over {@code images} images; with {@code database} (migrated here) rather than the users file. */
    TeamServer(Path temp, int images, ServerDatabase database) throws Exception {
        this.database = database;
        workspace = Files.createDirectories(temp.resolve("server"));
        store = ProjectStore.create(workspace.resolve("cells"), "cells");
        projectId = store.project().getId();
        synchronized (store) {
            store.project().getLabelClasses().add(labelClass(CLASS_ID, "#ff0000"));
            store.project().getLabelClasses().add(labelClass(EMPTY_CLASS_ID, "#0000ff"));
            store.project().getImages().addAll(NoiseImages.brightAndDark(workspace, images, 7));
            BenchmarkProject benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
            benchmark.setId("bench");
            benchmark.setName("bench");
            benchmark.getImages().add(store.project().getImages().get(0));
            store.project().getBenchmarks().add(benchmark);
            store.commit();
        }
        gtImage = "img0";
        image = "img1";
        Account[] accounts = { new Account("admin", Role.ADMIN), new Account("manager", Role.TEAM_MANAGER),
                new Account("ann", Role.ANNOTATOR) };
        if (database == null) {
            UserDirectory users = UserDirectory.open(workspace);
            for (Account account : accounts) {
                users.add(account, PASSWORD.toCharArray());
            }
        } else {
            database.migrate();
            for (Account account : accounts) {
                database.addUser(account, PASSWORD.toCharArray());
            }
        }
        start();
        if (database != null) { // hosted now; with a database only the project's members work on it
            ServerProjects members = new ServerProjects(database);
            members.setMember(projectId, "manager", Role.TEAM_MANAGER, "admin");
            members.setMember(projectId, "ann", Role.ANNOTATOR, "admin");
        }
    }

    private static LabelClass labelClass(String id, String color) {
        LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
        labelClass.setId(id);
        labelClass.setName(id);
        labelClass.setColor(color);
        return labelClass;
    }

    /** Starts the server (again), on the port it had before if it ran already. */
    void start() throws Exception {
        AnnotideServer.Builder builder = AnnotideServer.builder().port(port).project(store)
                .permissions(new RolePermissions()).trainers(TrainerRegistry.installed());
        if (database == null) {
            builder.users(UserDirectory.open(workspace));
        } else { // no in-process workers: the tests' own workers take the jobs
            builder.database(database).workers(0);
        }
        server = builder.start();
        port = server.port();
    }

    /** Stops the server: the port refuses connections until {@link #start()}. */
    void stop() {
        server.close();
        server = null;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Logs {@code user} in with the fixtures' password (with {@code remember}: a remembered login too), as the
     * workbench does, through an HTTP client that holds every answer and socket message to the server's OpenAPI
     * document ({@link ServedDocuments}; {@link #close()} fails the test with what differed).
     */
    ServerConnection login(String user, boolean remember) throws ServerException {
        return ServerConnection.login(url(), user, PASSWORD.toCharArray(), remember, documents.client(url()));
    }

    /** Logs {@code user} in with {@code password}, as {@link #login(String, boolean)}. */
    ServerConnection login(String user, char[] password) throws ServerException {
        return ServerConnection.login(url(), user, password, false, documents.client(url()));
    }

    /** A connection from a remembered login, as a restarted workbench makes it, as {@link #login(String, boolean)}. */
    ServerConnection resume(ServerConnection.Remembered remembered) throws ServerException {
        return ServerConnection.resume(remembered, documents.client(url()));
    }

    /** Stops the server and closes its project; fails when a client got what the server's document does not say. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            store.close();
        }
        documents.assertConforming();
    }
}
