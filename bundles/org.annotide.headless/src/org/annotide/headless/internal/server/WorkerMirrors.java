package org.annotide.headless.internal.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.core.store.ProjectStore;
import org.annotide.server.TrainingWorker;

/**
 * The projects of {@code worker --mirrors DIR}: every project the user sees may be claimed, but one is mirrored into
 * DIR only when the worker claims its first job (a mirror fetches every image of its project), and that mirror serves
 * the project's later jobs. Closing closes the mirrors, not the connection.
 */
public final class WorkerMirrors implements TrainingWorker.Projects, AutoCloseable {

    private final ServerConnection connection;
    private final Path folder;
    private final Executor owner;
    private final PrintStream out;
    private final Set<String> ids = new LinkedHashSet<>();
    private final Map<String, RemoteProject> mirrored = new LinkedHashMap<>();

    /**
     * @param owner where the mirrors' models change as they follow the other users (read them there too)
     * @param out   where a line {@code MIRROR ID FOLDER} goes for each project mirrored
     */
    public WorkerMirrors(ServerConnection connection, Path folder, Executor owner, PrintStream out)
            throws ServerException {
        this.connection = connection;
        this.folder = folder;
        this.owner = owner;
        this.out = out;
        connection.projects().forEach(info -> ids.add(info.id()));
    }

    @Override
    public Set<String> ids() {
        return Set.copyOf(ids);
    }

    @Override
    public synchronized ProjectStore store(String id) throws IOException {
        RemoteProject mirror = mirrored.get(id);
        if (mirror == null) {
            if (!ids.contains(id)) {
                return null;
            }
            try {
                mirror = RemoteProject.open(connection, id, folder, owner);
            } catch (ServerException e) {
                throw new IOException(e.getMessage(), e);
            }
            mirrored.put(id, mirror);
            out.println("MIRROR " + id + " " + mirror.store().folder());
            out.flush();
        }
        return mirror.store();
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (RemoteProject mirror : mirrored.values()) {
            try {
                mirror.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        mirrored.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
