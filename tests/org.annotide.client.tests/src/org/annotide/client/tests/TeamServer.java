package org.annotide.client.tests;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.server.AnnotideServer;

/**
 * A real team server on a loopback port over a real project folder (its journaled store): three 32x32 PNG images,
 * the first in a benchmark (its annotations are ground truth), one label class, and the users admin, manager and ann
 * (an annotator). {@link #stop()} and {@link #start()} take the server away and bring it back on the same port.
 */
final class TeamServer implements AutoCloseable {

    static final String PASSWORD = "correct horse";
    static final String CLASS_ID = "cell";

    final ProjectStore store;
    final String projectId;
    final String gtImage;
    final String image;
    private final Path workspace;
    private AnnotideServer server;
    private int port;

    TeamServer(Path temp) throws Exception {
        workspace = Files.createDirectories(temp.resolve("server"));
        store = ProjectStore.create(workspace.resolve("cells"), "cells");
        projectId = store.project().getId();
        synchronized (store) {
            LabelClass cell = AnnotideFactory.eINSTANCE.createLabelClass();
            cell.setId(CLASS_ID);
            cell.setName("cell");
            cell.setColor("#ff0000");
            store.project().getLabelClasses().add(cell);
            for (int i = 0; i < 3; i++) {
                BufferedImage picture = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
                picture.getRaster().setSample(i, i, 0, 200);
                Path file = workspace.resolve("img" + i + ".png");
                ImageIO.write(picture, "png", file.toFile());
                ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
                image.setId("img" + i);
                image.setName("img" + i + ".png");
                image.setWidth(32);
                image.setHeight(32);
                image.setBands(1);
                image.setFormat("png");
                image.setLocation(file.toString());
                store.project().getImages().add(image);
            }
            BenchmarkProject benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
            benchmark.setId("bench");
            benchmark.setName("bench");
            benchmark.getImages().add(store.project().getImages().get(0));
            store.project().getBenchmarks().add(benchmark);
            store.commit();
        }
        gtImage = "img0";
        image = "img1";
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        users.add(new Account("manager", Role.TEAM_MANAGER), PASSWORD.toCharArray());
        users.add(new Account("ann", Role.ANNOTATOR), PASSWORD.toCharArray());
        start();
    }

    /** Starts the server (again), on the port it had before if it ran already. */
    void start() throws Exception {
        server = AnnotideServer.builder().port(port).project(store).permissions(new RolePermissions())
                .users(UserDirectory.open(workspace)).start();
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

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        store.close();
    }
}
