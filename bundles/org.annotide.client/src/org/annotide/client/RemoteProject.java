package org.annotide.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TrainingSession;
import org.annotide.client.internal.AnnotationSender;
import org.annotide.client.internal.CatchingUp;
import org.annotide.client.internal.ImageFiles;
import org.annotide.client.internal.LocalEdits;
import org.annotide.client.internal.Mirror;
import org.annotide.client.internal.Outbox;
import org.annotide.client.internal.ProjectEvents;
import org.annotide.client.internal.RemoteTiles;
import org.annotide.client.internal.ServerChanges;
import org.annotide.client.internal.SetupSender;
import org.annotide.client.internal.TrainingSync;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.eclipse.emf.common.command.CommandStackListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A project of a team server, mirrored into a local project folder ({@link #store()}: a normal Annotide project that
 * the workbench opens as any other) and kept in step both ways:
 * <ul>
 * <li>every local edit of an annotation (through the command stack) is put in a persistent outbox and sent to the
 * server (create, replace with {@code If-Match}, delete); it counts as saved once the server acknowledged it;</li>
 * <li>label classes, training sets (with their tiles) and image statuses added, changed or deleted locally go the
 * same way, without versions (the last write wins); a refusal (a role that may not change the project's setup) is
 * reported and the object stays local;</li>
 * <li>images imported into the mirror are uploaded (their bytes, name and id) before the annotations, which may be on
 * them; a refused upload is reported and the image stays local with its annotations; an image renamed, described or
 * removed in the mirror is changed or removed on the server, and the same done by others reaches the mirror;</li>
 * <li>other users' changes arrive over the project WebSocket and are applied to the model on the owner thread (the
 * file of an image another user added is downloaded first);</li>
 * <li>a large image (over {@value org.annotide.client.internal.ImageFiles#WHOLE_IMAGE_PIXELS} pixels) is not downloaded
 * whole: the image service shows it tile by tile, each tile fetched from the server's tile route when a view reads it
 * (on the view's worker threads) and kept in the mirror's {@code tiles/} folder; while the server is away the tiles
 * at hand show and the others are stand-ins ({@link #fetched()} counts what was fetched);</li>
 * <li>the server's training project (annotator training) comes into the model as the user may see it (an annotator:
 * their own tasks and scores; never the ground truth), again whenever the server says it changed; a trainee's
 * submission goes through the outbox after their drafts, a re-scoring directly ({@link #trainingServer()});</li>
 * <li>a replace or delete the server refuses with 409 (someone changed the annotation first) keeps both versions: the
 * server's under the annotation's id, the local one beside it as a conflict copy (attribute
 * {@value #CONFLICT_ATTRIBUTE}, local only) until the user deletes one of the two;</li>
 * <li>while the server is unreachable the edits wait in the outbox (which survives a kill); every second the client
 * tries again, catches up with the server's state and sends them.</li>
 * </ul>
 * The model is touched only on the {@code owner} executor (the UI thread in the workbench); network work runs on the
 * project's own sender thread. Open from a thread other than the owner (it waits for the owner); close on the owner
 * thread, or while nothing else touches the model.
 * <p>
 * This class holds the lifecycle and the sender thread; each concern has its class in
 * {@code org.annotide.client.internal}: catching up ({@code CatchingUp}), the socket's events ({@code ProjectEvents}),
 * the server's state applied to the model ({@code ServerChanges}), annotation edits with their conflicts
 * ({@code AnnotationSender}), setup edits ({@code SetupSender}), training submissions and re-scoring
 * ({@code TrainingSync}), image files ({@code ImageFiles}), and what they share ({@code Mirror}).
 */
public final class RemoteProject implements AutoCloseable {

    /** Ids of annotations made locally and not yet acknowledged start here, above any id a server hands out. */
    public static final long LOCAL_IDS = 1L << 40;
    /** The attribute that marks a conflict copy, saying of which annotation and why. */
    public static final String CONFLICT_ATTRIBUTE = "annotide.conflict";
    private static final long RETRY_MILLIS = 1000;
    /**
     * How long connecting waits for the server's first answer: asked again a second later, so a request that a server
     * just started accepted and never read (about one restart in 25, measured) costs this, not the usual 10 s.
     */
    private static final java.time.Duration PROBE_TIMEOUT = java.time.Duration.ofSeconds(2);

    private final ServerConnection connection;
    private final String projectId;
    private final ProjectStore store;
    private final Outbox outbox;
    private final LocalEdits edits;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener afterCommand = event -> afterLocalEdit();
    private final Thread sender;
    private volatile Outbox.Pending inFlight;
    private volatile boolean closed;
    /** Set on the sender thread when the role changed: once connected again, the mirror's files are rewritten. */
    private boolean rewriteAfterConnect;
    private final Mirror mirror;
    private final CatchingUp catchingUp;
    private final ProjectEvents events;
    private final AnnotationSender annotations;
    private final SetupSender setup;
    private final TrainingSync training;
    private final RemoteTiles tiles;
    private final ServerTraining serverTraining;
    /** The open mirrors by their store, so that the workbench's views find the sync engine of a project they show. */
    private static final Map<ProjectStore, RemoteProject> OPEN = new ConcurrentHashMap<>();

    private RemoteProject(ServerConnection connection, String projectId, ProjectStore store, Outbox outbox,
            Executor owner) {
        this.connection = connection;
        this.projectId = projectId;
        this.store = store;
        this.outbox = outbox;
        this.edits = new LocalEdits(outbox, id -> {
            Outbox.Pending p = inFlight;
            return p != null && p.id() == id && p.op().equals("create");
        });
        this.mirror = new Mirror(connection, projectId, store, outbox, edits, owner, listeners);
        ServerChanges changes = new ServerChanges(mirror);
        this.tiles = new RemoteTiles(mirror);
        ImageFiles files = new ImageFiles(mirror, tiles);
        this.catchingUp = new CatchingUp(mirror, changes, files);
        this.events = new ProjectEvents(mirror, changes, files, () -> closed);
        this.annotations = new AnnotationSender(mirror, changes);
        this.training = new TrainingSync(mirror);
        this.setup = new SetupSender(mirror, files, training);
        this.serverTraining = new ServerTraining(mirror);
        listeners.add(new SyncListener() {
            @Override
            public void reachability(boolean reachable, String message) {
                if (reachable) {
                    tiles.serverBack(); // stand-in tiles may be fetched now
                    serverTraining.caughtUp(); // its jobs and models are read again once, then follow the events
                }
            }
        });
        this.sender = new Thread(this::sendLoop, "Annotide sync " + projectId);
        sender.setDaemon(true);
    }

    /** The mirror folder of a server's project for a user: {@code MIRRORS/HOST_PORT/USER/PROJECT}. */
    public static Path mirrorFolder(Path mirrors, ServerConnection connection, String projectId) {
        return mirrorsOf(mirrors, connection).resolve(projectId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** The folder of the mirrors of the connection's server and user: {@code MIRRORS/HOST_PORT/USER}. */
    public static Path mirrorsOf(Path mirrors, ServerConnection connection) {
        String server = (connection.base().getHost() + "_" + connection.base().getPort()).replaceAll("[^A-Za-z0-9._-]", "_");
        return mirrors.resolve(server).resolve(connection.user().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * Opens the mirror of a project under {@code mirrors} (creating it on first use), catches up with the server and
     * starts following it. A mirror that exists opens while the server is unreachable (its unsent edits wait); a
     * first opening needs the server.
     */
    public static RemoteProject open(ServerConnection connection, String projectId, Path mirrors, Executor owner)
            throws ServerException, IOException {
        Path folder = mirrorFolder(mirrors, connection, projectId);
        ProjectStore store;
        if (ProjectStore.isProject(folder)) {
            store = ProjectStore.open(folder);
        } else {
            JsonNode info = connection.request("GET", "/api/v1/projects/" + projectId, null).json();
            Project project = AnnotideFactory.eINSTANCE.createProject();
            project.setId(projectId);
            project.setName(info.path("name").asText(projectId) + " @ " + connection.base().getAuthority());
            project.setDescription("Mirror of " + connection.base() + "/api/v1/projects/" + projectId + " for "
                    + connection.user());
            project.setCreatedAt(new java.util.Date());
            project.setNextAnnotationId(LOCAL_IDS);
            store = ProjectStore.create(folder, project);
        }
        RemoteProject remote;
        try {
            remote = new RemoteProject(connection, projectId, store, Outbox.open(folder), owner);
            remote.mirror.onOwner(() -> {
                remote.outbox.images().mirrorHas(store.project().getImages().stream().map(i -> i.getId()).toList());
                store.project().eAdapters().add(remote.edits);
                store.commandStack().addCommandStackListener(remote.afterCommand);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            remote.connect();
        } catch (ServerException e) {
            if (!e.isUnreachable()) {
                remote.close();
                throw e;
            }
            // an existing mirror works offline (it is not online until connect succeeds); the sender keeps trying
        }
        remote.mirror.saveOutbox(); // marks the folder as a mirror (see isMirror)
        OPEN.put(store, remote);
        remote.tiles.register();
        remote.sender.start();
        remote.serverTraining.start();
        return remote;
    }

    /** The open mirrors that work through the connection. */
    public static List<RemoteProject> following(ServerConnection connection) {
        return OPEN.values().stream().filter(r -> r.connection == connection).toList();
    }

    /** The sync engine of an open mirror's store, or null for any other store. */
    public static RemoteProject of(ProjectStore store) {
        return store == null ? null : OPEN.get(store);
    }

    /**
     * Whether a folder is the mirror of a server's project: edited only through a {@link RemoteProject} (edits made
     * without one would never reach the server), so a workbench opens it read-only while not connected.
     */
    public static boolean isMirror(Path folder) {
        return Files.exists(folder.resolve(Outbox.FILE_NAME));
    }

    /**
     * Why the server shut the user out of the mirror's project (see {@link #readOnlyReason()}), as the mirror folder
     * keeps it after the mirror closed; null when it did not, or when the folder is no mirror. Until the user connects
     * again with access given back, a copy opened from the folder says this rather than "not connected".
     */
    public static String shutOutNote(Path folder) {
        if (!isMirror(folder)) {
            return null;
        }
        try {
            return Outbox.open(folder).shutOut();
        } catch (IOException | RuntimeException e) {
            return null; // an outbox that cannot be read says nothing; the mirror opened on it reports it
        }
    }

    /** How many edits a closed mirror's folder keeps unsent (0 for a folder that is no mirror). */
    public static int unsent(Path folder) throws IOException {
        return isMirror(folder) ? Outbox.open(folder).size() : 0;
    }

    public ProjectStore store() {
        return store;
    }

    public String projectId() {
        return projectId;
    }

    public ServerConnection connection() {
        return connection;
    }

    /** Whether the server answered the last request and the project socket is open. */
    public boolean isOnline() {
        return mirror.isOnline();
    }

    /**
     * Why the mirror is read-only while open: the server shut its user out of the project (removed from it, the user
     * removed), so nothing is sent or fetched and the unsent edits stay in the outbox; null while it follows the
     * server.
     */
    public String readOnlyReason() {
        return mirror.shutOut();
    }

    /**
     * What the mirror fetched of its large images since it opened: requests and bytes of tiles and descriptions, and
     * the tiles it deleted from its disk to keep within its limit.
     */
    public record Fetched(long requests, long bytes, long evicted) {
    }

    public Fetched fetched() {
        return new Fetched(tiles.requests(), tiles.bytes(), tiles.evicted());
    }

    /** How many local edits the server has not acknowledged yet. */
    public int unsent() {
        return outbox.size();
    }

    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    /**
     * Stops following the server and closes the mirror; unsent edits stay in its outbox for the next opening. The
     * sender is interrupted, so a wait of it for the owner thread ends at once.
     */
    @Override
    public void close() {
        closed = true;
        OPEN.remove(store);
        tiles.close();
        serverTraining.close();
        sender.interrupt();
        events.close();
        try {
            sender.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.commandStack().removeCommandStackListener(afterCommand);
        store.project().eAdapters().remove(edits);
        mirror.saveOutbox();
        store.close();
    }

    /**
     * Who this mirror acts for: the server's user with the role they hold in this project (a {@code --db} member's
     * role there, not their server-wide one), as the server said at the last connection and the mirror keeps, so a
     * mirror opened while the server is away has it too. A mirror that has not heard it yet (made before servers
     * said it) takes the login's role, and while that is unknown too (a resumed login not yet in touch) the least one,
     * Annotator: the server decides what it accepts either way.
     */
    public Account account() {
        String role = outbox.role() != null ? outbox.role() : connection.role();
        return new Account(connection.user(), role == null ? Role.ANNOTATOR : UserDirectory.parseRole(role));
    }

    /**
     * The server behind the mirror's training project, for a {@link TrainingSession#mirrored} session. A submission
     * (on the owner thread) is queued in the outbox behind the trainee's drafts (so it survives being offline and a
     * restart, and never reaches the server before what it submits); a re-scoring is asked of the server at once,
     * because the Admin waits for its before and after, and is refused with a message when the server is away: it is
     * asked off the owner thread (a job), and its new scores come into the model on the owner thread.
     */
    public TrainingSession.Server trainingServer() {
        return new TrainingSession.Server() {
            @Override
            public void submit(Account user, AnnotatorTask task) {
                actsFor(user);
                if (task.getImage() == null) {
                    throw new IllegalArgumentException("the task has no image");
                }
                outbox.submissions().added(task.getImage().getId());
                mirror.saveOutbox();
                mirror.fireUnsent();
                mirror.wakeSender();
            }

            @Override
            public List<TrainingSession.Rescore> rescore(Account user, ScoringFunctionSpec function) {
                actsFor(user);
                return training.rescore(function);
            }
        };
    }

    /**
     * Where this project trains: on the server, whose jobs and models the mirror follows. The workbench never trains a
     * mirror on this computer.
     */
    public ServerTraining serverTraining() {
        return serverTraining;
    }

    private void actsFor(Account user) {
        if (user == null || !user.login().equals(connection.user())) {
            throw new IllegalStateException("This mirror works for " + connection.user() + " on " + connection.base()
                    + ", not for " + (user == null ? "nobody" : user.login()) + ".");
        }
    }

    // ------------------------------------------------------------------ connecting and the sender thread

    /**
     * Opens the project socket and brings the mirror to the server's state (but for local edits not yet sent). A
     * catching up that fails drops the socket it opened, so that no socket outlives its connection unheard; a socket
     * lost while catching up leaves the mirror offline, to connect again.
     */
    private void connect() throws ServerException {
        // logs in again if the server forgot us; says the role this user holds in the project now
        JsonNode project = connection.request("GET", "/api/v1/projects/" + projectId, null, PROBE_TIMEOUT).json();
        mirror.admitted();
        mirror.keepRole(project == null ? null : project.path("role").asText(null));
        events.open();
        try {
            catchingUp.pull();
        } catch (ServerException | RuntimeException e) {
            events.abort();
            throw e;
        }
        events.release();
        mirror.setOnline(true, "connected to " + connection.base());
        if (!events.isOpen()) { // lost meanwhile: its own news may have come before this one
            mirror.setOnline(false, "the server " + connection.base() + " closed the project socket while the mirror "
                    + "caught up; connecting again");
        }
    }

    /** After each command on the owner thread: the outbox is written before anything is sent, then the sender runs. */
    private void afterLocalEdit() {
        annotations.resolveConflicts();
        mirror.saveOutbox();
        mirror.fireUnsent();
        mirror.wakeSender();
    }

    private void sendLoop() {
        while (!closed) {
            try {
                if (mirror.shutOut() != null) { // read-only: the outbox is kept for a later connection
                    mirror.awaitWork(RETRY_MILLIS);
                    continue;
                }
                if (mirror.roleStale()) { // as a first connection with the new role: what it may see, what it may do
                    mirror.setRoleStale(false);
                    rewriteAfterConnect = true;
                    events.abort();
                    mirror.setOnline(false, "the role of " + connection.user() + " in " + projectId
                            + " changed; connecting again with it");
                }
                if (!mirror.isOnline()) {
                    try {
                        connect();
                        if (rewriteAfterConnect) {
                            rewriteAfterConnect = false;
                            forgetOnDisk();
                        }
                    } catch (ServerException e) {
                        if (e.status() == 404 || e.status() == 403) { // the project is gone for this user
                            mirror.shutOut(ProjectEvents.shutOutMessage(mirror, true));
                            continue;
                        }
                        if (!e.isUnreachable()) {
                            mirror.setOnline(false, e.getMessage());
                        } else {
                            mirror.setOnline(false, "the server " + connection.base() + " is unreachable ("
                                    + e.getMessage() + "); " + outbox.size() + " edit(s) kept, sent when it is back");
                        }
                        Thread.sleep(RETRY_MILLIS);
                        continue;
                    }
                }
                if (mirror.trainingStale()) {
                    try {
                        catchingUp.refreshTraining();
                    } catch (ServerException e) {
                        if (e.isUnreachable()) {
                            lost(e);
                        } else {
                            mirror.setTrainingStale(false); // refused (a membership gone): the next catching up tries again
                            mirror.conflict("The training project of " + projectId + " could not be read again: "
                                    + e.getMessage());
                        }
                    }
                    continue;
                }
                SetupSender.Next next = setup.next();
                if (next != null) {
                    try {
                        setup.send(next);
                    } catch (ServerException e) {
                        if (e.isUnreachable()) {
                            lost(e);
                        } else {
                            setup.refused(next, e);
                        }
                    }
                    mirror.saveOutbox();
                    mirror.fireUnsent();
                    continue;
                }
                Outbox.Pending pending = outbox.first();
                if (pending == null) {
                    mirror.awaitWork(RETRY_MILLIS);
                    continue;
                }
                inFlight = pending;
                try {
                    annotations.send(pending);
                } catch (ServerException e) {
                    if (e.isUnreachable()) {
                        lost(e);
                    } else {
                        annotations.refused(pending, e);
                    }
                } finally {
                    inFlight = null;
                }
                mirror.saveOutbox();
                mirror.fireUnsent();
            } catch (InterruptedException e) {
                return; // closing
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                mirror.setOnline(false, "synchronisation stopped on an error (" + e + "); retrying");
                events.abort(); // connecting again opens a new one
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /**
     * After a role change: what the mirror no longer holds (ground truth, others' drafts a lower role may not see)
     * leaves its disk too, not only its model. Two checkpoints: the first holds the model as it is now, the second
     * lets the store delete the generation before it, whose checkpoint and journal still held what left.
     */
    private void forgetOnDisk() {
        mirror.onOwner(() -> {
            store.checkpoint();
            store.checkpoint();
            return null;
        });
    }

    /** The server went away while sending: the edits wait, the socket is dropped, the connection is retried. */
    private void lost(ServerException e) {
        mirror.setOnline(false, "the server " + connection.base() + " is unreachable (" + e.getMessage() + "); "
                + outbox.size() + " edit(s) kept, sent when it is back");
        events.abort();
    }
}
