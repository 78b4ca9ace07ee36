package org.annotide.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SourceStatus;
import org.annotide.benchmark.TrainingSession;
import org.annotide.client.internal.LocalEdits;
import org.annotide.client.internal.Outbox;
import org.annotide.client.internal.ServerModel;
import org.annotide.client.internal.SetupEdits;
import org.annotide.client.internal.TrainingMirror;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * them; a refused upload is reported and the image stays local with its annotations;</li>
 * <li>other users' changes arrive over the project WebSocket and are applied to the model on the owner thread (the
 * file of an image another user added is downloaded first);</li>
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
 */
public final class RemoteProject implements AutoCloseable {

    /** Ids of annotations made locally and not yet acknowledged start here, above any id a server hands out. */
    public static final long LOCAL_IDS = 1L << 40;
    /** The attribute that marks a conflict copy, saying of which annotation and why. */
    public static final String CONFLICT_ATTRIBUTE = "annotide.conflict";
    private static final long RETRY_MILLIS = 1000;

    private final ServerConnection connection;
    private final String projectId;
    private final ProjectStore store;
    private final Outbox outbox;
    private final LocalEdits edits;
    private final Executor owner;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener afterCommand = event -> afterLocalEdit();
    private final Object wake = new Object();
    private final Thread sender;
    private volatile Outbox.Pending inFlight;
    private volatile boolean online;
    private volatile Boolean told; // what listeners last heard of reachability (null: nothing yet)
    /** Events that arrive while catching up wait here, so that an older state never overwrites a newer event. */
    private List<JsonNode> held;
    private volatile boolean closed;
    private volatile java.net.http.WebSocket socket;
    /**
     * The socket's events in their order: an image another user added is downloaded here before it and the events
     * after it (its annotations) go to the owner thread, so that they never arrive before their image.
     */
    private final java.util.concurrent.ExecutorService inbound;
    /** Set when the server said its training project changed (a submission, a re-scoring): read it again. */
    private volatile boolean trainingStale;
    /** The open mirrors by their store, so that the workbench's views find the sync engine of a project they show. */
    private static final Map<ProjectStore, RemoteProject> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    private RemoteProject(ServerConnection connection, String projectId, ProjectStore store, Outbox outbox,
            Executor owner) {
        this.connection = connection;
        this.projectId = projectId;
        this.store = store;
        this.outbox = outbox;
        this.owner = owner;
        this.edits = new LocalEdits(outbox, id -> {
            Outbox.Pending p = inFlight;
            return p != null && p.id() == id && p.op().equals("create");
        });
        this.sender = new Thread(this::sendLoop, "Annotide sync " + projectId);
        sender.setDaemon(true);
        this.inbound = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Annotide events " + projectId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The mirror folder of a server's project for a user: {@code MIRRORS/HOST_PORT/USER/PROJECT}. */
    public static Path mirrorFolder(Path mirrors, ServerConnection connection, String projectId) {
        String server = (connection.base().getHost() + "_" + connection.base().getPort()).replaceAll("[^A-Za-z0-9._-]", "_");
        return mirrors.resolve(server).resolve(connection.user().replaceAll("[^A-Za-z0-9._-]", "_"))
                .resolve(projectId.replaceAll("[^A-Za-z0-9._-]", "_"));
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
            remote.onOwner(() -> {
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
            remote.online = false; // an existing mirror works offline; the sender keeps trying
        }
        remote.saveOutbox(); // marks the folder as a mirror (see isMirror)
        OPEN.put(store, remote);
        remote.sender.start();
        return remote;
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
        return online;
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
        sender.interrupt();
        inbound.shutdownNow();
        java.net.http.WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        try {
            sender.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.commandStack().removeCommandStackListener(afterCommand);
        store.project().eAdapters().remove(edits);
        saveOutbox();
        store.close();
    }

    // ------------------------------------------------------------------ connecting and catching up

    /** Opens the project socket and brings the mirror to the server's state (but for local edits not yet sent). */
    private void connect() throws ServerException {
        connection.request("GET", "/api/v1/projects/" + projectId, null); // logs in again if the server forgot us
        synchronized (this) {
            held = new ArrayList<>();
        }
        try {
            socket = connection.openProjectSocket(projectId, new EventSocket()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ServerException(0, "the server is unreachable (its project socket did not open: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage() + ")", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(0, "interrupted", null, e);
        }
        pull();
        synchronized (this) { // in order, before any event that arrives from now on
            held.forEach(this::dispatch);
            held = null;
        }
        setOnline(true, "connected to " + connection.base());
    }

    private void pull() throws ServerException {
        String base = "/api/v1/projects/" + projectId;
        List<JsonNode> classes = new ArrayList<>();
        connection.request("GET", base + "/label-classes", null).json().get("items").forEach(classes::add);
        List<JsonNode> sets = new ArrayList<>();
        for (JsonNode summary : connection.request("GET", base + "/training-sets", null).json().get("items")) {
            try { // the list counts tiles; the set itself names them
                sets.add(connection.request("GET", base + "/training-sets/" + summary.get("id").asText(), null).json());
            } catch (ServerException e) {
                if (e.status() != 404) { // 404: deleted since the list was read
                    throw e;
                }
            }
        }
        List<JsonNode> images = pages(base + "/images");
        Map<String, List<JsonNode>> annotations = new HashMap<>();
        Map<String, String> locations = new HashMap<>();
        Map<String, String> mirrored = onOwner(() -> { // an image this mirror imported keeps its own file
            Map<String, String> where = new HashMap<>();
            store.project().getImages().forEach(i -> where.put(i.getId(), String.valueOf(i.getLocation())));
            return where;
        });
        for (JsonNode image : images) {
            String id = image.get("id").asText();
            String location = location(image);
            locations.put(id, location);
            Path file = store.folder().resolve(location);
            String mine = mirrored.get(id);
            if ((mine == null || mine.equals(location)) && !Files.exists(file)) {
                connection.download(base + "/images/" + id + "/file", file);
            }
            try {
                annotations.put(id, pages(base + "/images/" + id + "/annotations"));
            } catch (ServerException e) {
                if (e.status() != 403) { // 403: ground truth this user may not read; the image comes without it
                    throw e;
                }
            }
        }
        trainingStale = false;
        // after the images: the tasks name them
        List<TrainingMirror.Served> training = TrainingMirror.fetch(connection, projectId);
        onOwner(() -> {
            edits.quiet(() -> {
                reconcile(classes, images, locations, annotations);
                reconcileTrainingSets(sets);
                TrainingMirror.apply(store.project(), training);
            });
            commit();
            return null;
        });
    }

    /** Where the mirror keeps the file of a server's image, relative to its folder. */
    private static String location(JsonNode image) {
        return "files/" + image.get("id").asText().replaceAll("[^A-Za-z0-9._-]", "_") + extension(image);
    }

    /** Reads the training projects again (the server said they changed) and brings the mirror's to them. */
    private void refreshTraining() throws ServerException {
        trainingStale = false;
        List<TrainingMirror.Served> training = TrainingMirror.fetch(connection, projectId);
        onOwner(() -> {
            edits.quiet(() -> TrainingMirror.apply(store.project(), training));
            commit();
            return null;
        });
    }

    private static String extension(JsonNode image) {
        String name = image.path("name").asText("");
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 6) {
            return name.substring(dot).toLowerCase(Locale.ROOT);
        }
        String format = image.path("format").asText("");
        return format.isEmpty() ? "" : "." + format.toLowerCase(Locale.ROOT);
    }

    private List<JsonNode> pages(String path) throws ServerException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = connection.request("GET", path + "?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)),
                    null).json();
            page.get("items").forEach(items::add);
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText(null);
        } while (cursor != null);
        return items;
    }

    /** Brings the model to the server's state, leaving annotations with unsent edits and conflict copies alone. */
    private void reconcile(List<JsonNode> classes, List<JsonNode> images, Map<String, String> locations,
            Map<String, List<JsonNode>> annotations) {
        Project project = store.project();
        for (JsonNode c : classes) {
            LabelClass known = labelClass(c.get("id").asText());
            outbox.classes().setOnServer(c.get("id").asText(), true);
            if (outbox.classes().isPending(c.get("id").asText())) {
                continue; // our own edit of it is still to send
            }
            if (known == null) {
                project.getLabelClasses().add(ServerModel.labelClass(c));
            } else {
                ServerModel.fill(known, c); // renamed or recoloured while this client was away
            }
        }
        for (JsonNode json : images) {
            String id = json.get("id").asText();
            ImageAsset image = image(id);
            outbox.images().setOnServer(id, true);
            if (image == null) {
                image = ServerModel.image(json, locations.get(id));
                project.getImages().add(image);
            } else if (!outbox.imageStatuses().isPending(id)) { // changed while this client was away
                applyStatus(image, ServerModel.imageStatus(json.path("status").asText(null)), false);
            }
            List<JsonNode> served = annotations.get(id);
            if (served == null) {
                continue;
            }
            Map<Long, JsonNode> byId = new HashMap<>();
            served.forEach(a -> byId.put(a.get("id").asLong(), a));
            for (Annotation local : List.copyOf(image.getAnnotations())) {
                long aid = local.getId();
                if (!byId.containsKey(aid) && outbox.version(aid) != null && !outbox.isPending(aid)) {
                    image.getAnnotations().remove(local); // deleted on the server meanwhile
                    outbox.setVersion(aid, null);
                } else if (!byId.containsKey(aid) && outbox.version(aid) == null && !outbox.isPending(aid)
                        && outbox.conflictOriginal(aid) == null) {
                    outbox.added(id, aid); // in the mirror but never sent (e.g. a kill before the outbox was written)
                }
            }
            for (JsonNode a : served) {
                applyServerVersion(image, a);
            }
        }
    }

    /**
     * Brings the training sets to the server's state (after the images, whose tiles they are): new and changed ones
     * as the server has them, those the server deleted meanwhile gone; sets with a local edit still to send, and sets
     * the server never had (made in this mirror, refused), stay as they are.
     */
    private void reconcileTrainingSets(List<JsonNode> sets) {
        Set<String> served = new HashSet<>();
        for (JsonNode set : sets) {
            served.add(set.get("id").asText());
            applyTrainingSet(set.get("id").asText(), set);
        }
        for (TrainingSet local : List.copyOf(store.project().getTrainingSets())) {
            if (!served.contains(local.getId()) && outbox.trainingSets().isOnServer(local.getId())) {
                applyTrainingSet(local.getId(), null);
            }
        }
    }

    // ------------------------------------------------------------------ the server's changes

    /** Applies the server's version of an annotation unless a local edit of it is waiting to be sent. */
    private void applyServerVersion(ImageAsset image, JsonNode json) {
        long id = json.get("id").asLong();
        String version = json.path("version").asText(null);
        if (outbox.isPending(id) || (version != null && version.equals(outbox.version(id)) && find(image, id) != null)) {
            return; // our own edit will meet it at the server (409 if it changed), or we have it already
        }
        Annotation local = find(image, id);
        if (local == null) {
            image.getAnnotations().add(ServerModel.annotation(json, store.project()));
        } else {
            ServerModel.fill(local, json, store.project());
        }
        outbox.setVersion(id, version);
    }

    /**
     * A label class another user created, changed or deleted. A deleted class takes its annotations with it, as on
     * the server, but for those with a local edit still to send (the server will refuse that edit, and say why).
     */
    private void applyLabelClass(String type, JsonNode json) {
        Project project = store.project();
        String id = json.get("id").asText();
        LabelClass local = labelClass(id);
        outbox.classes().setOnServer(id, !type.equals("label_class_deleted"));
        if (outbox.classes().isPending(id)) {
            return; // our own edit of it is on its way and will win (the server keeps no class versions)
        }
        if (type.equals("label_class_deleted")) {
            if (local == null) {
                return;
            }
            for (ImageAsset image : project.getImages()) {
                for (Annotation annotation : List.copyOf(image.getAnnotations())) {
                    if (annotation.getLabelClass() == local && !outbox.isPending(annotation.getId())) {
                        image.getAnnotations().remove(annotation);
                        outbox.setVersion(annotation.getId(), null);
                    }
                }
            }
            project.getLabelClasses().remove(local);
        } else if (local == null) {
            project.getLabelClasses().add(ServerModel.labelClass(json));
        } else {
            ServerModel.fill(local, json);
        }
    }

    /**
     * A training set as the server has it now (created or changed by another user), or its deletion (null); its tiles
     * are the mirror images' tiles, cut where the mirror has not got them. A set with a local edit still to send is
     * left as it is: that edit will win on the server.
     */
    private void applyTrainingSet(String id, JsonNode json) {
        outbox.trainingSets().setOnServer(id, json != null);
        if (outbox.trainingSets().isPending(id)) {
            return;
        }
        TrainingSet local = trainingSet(id);
        if (json == null) {
            if (local != null) {
                EcoreUtil.delete(local); // and from what refers to it (training jobs), as the server's DeleteCommand
            }
        } else if (local == null) {
            store.project().getTrainingSets().add(ServerModel.trainingSet(json, store.project()));
        } else {
            ServerModel.fill(local, json, store.project());
        }
    }

    /**
     * An image's status as the server has it (unknown: left as it is); with {@code tiles} its tiles' too, as the
     * server's status route sets them.
     */
    private static void applyStatus(ImageAsset image, ImageStatus status, boolean tiles) {
        if (status == null) {
            return;
        }
        if (image.getStatus() != status) {
            image.setStatus(status);
        }
        if (tiles) {
            image.getTiles().stream().filter(t -> t.getStatus() != status).forEach(t -> t.setStatus(status));
        }
    }

    /** One message of the project socket, on the owner thread. */
    private void onEvent(JsonNode event) {
        String type = event.path("type").asText();
        if (type.equals("image_created")) {
            JsonNode json = event.get("image");
            String id = json.get("id").asText();
            outbox.images().setOnServer(id, true);
            if (image(id) == null) {
                edits.quiet(() -> store.project().getImages().add(ServerModel.image(json, location(json))));
                commit();
            }
            return;
        }
        JsonNode labelClass = event.get("label_class");
        if (labelClass != null && labelClass.hasNonNull("id")) {
            edits.quiet(() -> applyLabelClass(type, labelClass));
            commit();
            return;
        }
        JsonNode status = event.get("image_status");
        if (status != null && status.hasNonNull("image")) {
            ImageAsset image = image(status.get("image").asText());
            if (image != null && !outbox.imageStatuses().isPending(image.getId())) {
                edits.quiet(() -> applyStatus(image, ServerModel.imageStatus(status.path("status").asText(null)), true));
                commit();
            }
            return;
        }
        if (type.equals("training_project_updated")) { // only its id: the sender reads what GET shows this user
            trainingStale = true;
            wakeSender();
            return;
        }
        JsonNode trainingSet = event.get("training_set");
        if (trainingSet != null && trainingSet.hasNonNull("id")) {
            edits.quiet(() -> applyTrainingSet(trainingSet.get("id").asText(),
                    type.equals("training_set_deleted") ? null : trainingSet));
            commit();
            return;
        }
        ImageAsset image = image(event.path("image").asText());
        JsonNode annotation = event.get("annotation");
        if (image == null || annotation == null) {
            return; // "connected", or an image this mirror has not seen yet (the next catching up brings it)
        }
        long id = annotation.get("id").asLong();
        edits.quiet(() -> {
            if (type.equals("annotation_deleted")) {
                Annotation local = find(image, id);
                if (local != null && !outbox.isPending(id)) {
                    image.getAnnotations().remove(local);
                    outbox.setVersion(id, null);
                }
            } else {
                applyServerVersion(image, annotation);
            }
        });
        commit();
    }

    /** Hands an event on in order: see {@link #inbound}. */
    private void dispatch(JsonNode event) {
        try {
            inbound.execute(() -> {
                if (event.path("type").asText().equals("image_created") && !fetched(event.path("image"))) {
                    return; // the next catching up brings it
                }
                owner.execute(() -> onEvent(event));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the next opening catches up
        }
    }

    /** Downloads the file of an image another user added, unless the mirror has it; false when that failed. */
    private boolean fetched(JsonNode image) {
        String id = image.path("id").asText(null);
        if (id == null) {
            return false;
        }
        Path file = store.folder().resolve(location(image));
        if (Files.exists(file)) {
            return true;
        }
        try {
            connection.download("/api/v1/projects/" + projectId + "/images/" + id + "/file", file);
            return true;
        } catch (ServerException e) {
            return false; // the server went away meanwhile (its socket closes too): reconnecting catches up
        }
    }

    private final class EventSocket implements java.net.http.WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode event = ServerConnection.JSON.readTree(partial.toString());
                    synchronized (RemoteProject.this) {
                        if (held != null) {
                            held.add(event);
                        } else {
                            dispatch(event);
                        }
                    }
                } catch (IOException e) {
                    // a malformed message is skipped; the next catching up repairs what it would have said
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket ws, int status, String reason) {
            lost("the server closed the connection" + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")"));
            return null;
        }

        @Override
        public void onError(java.net.http.WebSocket ws, Throwable error) {
            lost("the connection to the server broke (" + error.getMessage() + ")");
        }

        private void lost(String message) {
            if (!closed && socket != null) {
                socket = null;
                setOnline(false, "the server " + connection.base() + " is unreachable: " + message
                        + "; edits are kept and sent when it is back");
                wakeSender();
            }
        }
    }

    // ------------------------------------------------------------------ local edits to the server

    /** After each command on the owner thread: the outbox is written before anything is sent, then the sender runs. */
    private void afterLocalEdit() {
        resolveConflicts();
        saveOutbox();
        fireUnsent();
        wakeSender();
    }

    /**
     * A conflict copy whose original the user deleted is what the user kept: it loses its mark and is sent as a new
     * annotation.
     */
    private void resolveConflicts() {
        for (ImageAsset image : store.project().getImages()) {
            for (Annotation a : List.copyOf(image.getAnnotations())) {
                Long original = outbox.conflictOriginal(a.getId());
                if (original != null && find(image, original) == null) {
                    outbox.removeConflict(a.getId());
                    edits.quiet(() -> a.getAttributes().removeKey(CONFLICT_ATTRIBUTE));
                    outbox.added(image.getId(), a.getId());
                    commit();
                }
            }
        }
    }

    private void sendLoop() {
        while (!closed) {
            try {
                if (!online) {
                    try {
                        connect();
                    } catch (ServerException e) {
                        if (!e.isUnreachable()) {
                            setOnline(false, e.getMessage());
                        } else {
                            setOnline(false, "the server " + connection.base() + " is unreachable (" + e.getMessage()
                                    + "); " + outbox.size() + " edit(s) kept, sent when it is back");
                        }
                        Thread.sleep(RETRY_MILLIS);
                        continue;
                    }
                }
                if (trainingStale) {
                    try {
                        refreshTraining();
                    } catch (ServerException e) {
                        if (e.isUnreachable()) {
                            lost(e);
                        } else {
                            trainingStale = false; // refused (a membership gone): the next catching up tries again
                            String message = "The training project of " + projectId + " could not be read again: "
                                    + e.getMessage();
                            listeners.forEach(l -> l.conflict(message));
                        }
                    }
                    continue;
                }
                SetupEdit setup = nextSetupEdit();
                if (setup != null) {
                    try {
                        sendSetup(setup.queue(), setup.edit());
                    } catch (ServerException e) {
                        if (e.isUnreachable()) {
                            lost(e);
                        } else {
                            refused(setup.queue(), setup.edit(), e);
                        }
                    }
                    saveOutbox();
                    fireUnsent();
                    continue;
                }
                Outbox.Pending next = outbox.first();
                if (next == null) {
                    synchronized (wake) {
                        if (outbox.size() == 0 && online && !trainingStale) {
                            wake.wait(RETRY_MILLIS);
                        }
                    }
                    continue;
                }
                inFlight = next;
                try {
                    send(next);
                } catch (ServerException e) {
                    if (e.isUnreachable()) {
                        lost(e);
                    } else {
                        refused(next, e);
                    }
                } finally {
                    inFlight = null;
                }
                saveOutbox();
                fireUnsent();
            } catch (InterruptedException e) {
                return; // closing
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                setOnline(false, "synchronisation stopped on an error (" + e + "); retrying");
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private record SetupEdit(SetupEdits queue, SetupEdits.Edit edit) {
    }

    /**
     * The setup edit to send next: created and changed classes first (annotations may use a new one), then images
     * added to the mirror (annotations may be on them), then the annotations (null while any wait), then training sets
     * (after what they were made with), image statuses and submissions (after the drafts they submit), then deleted
     * classes (after their annotations left them); null when nothing of the setup waits.
     */
    private SetupEdit nextSetupEdit() {
        SetupEdits.Edit classEdit = outbox.classes().first(false);
        if (classEdit != null) {
            return new SetupEdit(outbox.classes(), classEdit);
        }
        SetupEdits.Edit upload = outbox.images().first(false);
        if (upload != null) { // before the annotations, which may be on the image
            return new SetupEdit(outbox.images(), upload);
        }
        if (outbox.first() != null) {
            return null;
        }
        for (SetupEdits queue : List.of(outbox.trainingSets(), outbox.imageStatuses(), outbox.submissions(),
                outbox.classes())) {
            SetupEdits.Edit edit = queue.first();
            if (edit != null) {
                return new SetupEdit(queue, edit);
            }
        }
        return null;
    }

    private void sendSetup(SetupEdits queue, SetupEdits.Edit edit) throws ServerException {
        if (queue == outbox.classes()) {
            sendClass(edit);
        } else if (queue == outbox.images()) {
            sendImage(edit);
        } else if (queue == outbox.trainingSets()) {
            sendTrainingSet(edit);
        } else if (queue == outbox.submissions()) {
            sendSubmission(edit);
        } else {
            sendImageStatus(edit);
        }
    }

    /** The server went away while sending: the edits wait, the socket is dropped, the connection is retried. */
    private void lost(ServerException e) {
        setOnline(false, "the server " + connection.base() + " is unreachable (" + e.getMessage() + "); "
                + outbox.size() + " edit(s) kept, sent when it is back");
        abortSocket();
    }

    private void abortSocket() {
        java.net.http.WebSocket open = socket;
        socket = null;
        if (open != null) {
            open.abort();
        }
    }

    /** Sends one label-class edit; a change made meanwhile stays in the outbox for the next round. */
    private void sendClass(SetupEdits.Edit edit) throws ServerException {
        String classes = "/api/v1/projects/" + projectId + "/label-classes";
        String client = connection.client();
        if (edit.op().equals("delete")) {
            try { // forced: the class and what still uses it leave, as they left this mirror
                connection.request("DELETE", classes + "/" + edit.id() + "?force=true", null,
                        ServerConnection.CLIENT_HEADER, client);
            } catch (ServerException e) {
                if (e.status() != 404) { // 404: someone deleted it first, which is what we wanted
                    throw e;
                }
            }
            outbox.classes().acknowledged(edit);
            return;
        }
        ObjectNode body = onOwner(() -> {
            LabelClass local = labelClass(edit.id());
            return local == null ? null : ServerModel.body(local);
        });
        if (body == null) {
            outbox.classes().drop(edit.id());
            return;
        }
        if (edit.op().equals("create")) {
            body.put("id", edit.id());
            connection.request("POST", classes, body, ServerConnection.CLIENT_HEADER, client);
        } else {
            try {
                connection.request("PUT", classes + "/" + edit.id(), body, ServerConnection.CLIENT_HEADER, client);
            } catch (ServerException e) {
                if (e.status() != 404) {
                    throw e;
                }
                body.put("id", edit.id()); // deleted on the server while changed here: it comes back
                connection.request("POST", classes, body, ServerConnection.CLIENT_HEADER, client);
            }
        }
        outbox.classes().acknowledged(edit);
    }

    /**
     * Sends one training-set edit with the set's whole state (name, description, tiles with their regions); a change
     * made meanwhile stays in the outbox for the next round. The server keeps no versions of sets: the last write wins.
     */
    private void sendTrainingSet(SetupEdits.Edit edit) throws ServerException {
        String sets = "/api/v1/projects/" + projectId + "/training-sets";
        String client = connection.client();
        if (edit.op().equals("delete")) {
            try {
                connection.request("DELETE", sets + "/" + edit.id(), null, ServerConnection.CLIENT_HEADER, client);
            } catch (ServerException e) {
                if (e.status() != 404) { // 404: someone deleted it first, which is what we wanted
                    throw e;
                }
            }
            outbox.trainingSets().acknowledged(edit);
            return;
        }
        ObjectNode body = onOwner(() -> {
            TrainingSet local = trainingSet(edit.id());
            return local == null ? null : ServerModel.body(local);
        });
        if (body == null) {
            outbox.trainingSets().drop(edit.id());
            return;
        }
        if (edit.op().equals("create")) {
            try {
                connection.request("POST", sets, body.deepCopy().put("id", edit.id()), ServerConnection.CLIENT_HEADER, client);
            } catch (ServerException e) {
                JsonNode current = e.problem() == null ? null : e.problem().get("current");
                if (e.status() != 409 || current == null || !edit.id().equals(current.path("id").asText())) {
                    throw e;
                }
                // the server has it: an earlier try arrived and its answer was lost on the way back
                connection.request("PUT", sets + "/" + edit.id(), body, ServerConnection.CLIENT_HEADER, client);
            }
        } else {
            try {
                connection.request("PUT", sets + "/" + edit.id(), body, ServerConnection.CLIENT_HEADER, client);
            } catch (ServerException e) {
                if (e.status() != 404) {
                    throw e;
                }
                body.put("id", edit.id()); // deleted on the server while changed here: it comes back
                connection.request("POST", sets, body, ServerConnection.CLIENT_HEADER, client);
            }
        }
        outbox.trainingSets().acknowledged(edit);
    }

    /**
     * Uploads an image imported into the mirror: its file's bytes, its name and the id the mirror gave it (so that its
     * annotations and tiles name the same image on the server). A 409 naming the same id means an earlier try arrived
     * and its answer was lost on the way back.
     */
    private void sendImage(SetupEdits.Edit edit) throws ServerException {
        record Upload(String name, Path file, String problem) {
        }
        Upload upload = onOwner(() -> {
            ImageAsset image = image(edit.id());
            if (image == null) {
                return null;
            }
            try {
                Path file = DefaultImageService.locate(store.folder(), image);
                return Files.isRegularFile(file) ? new Upload(image.getName(), file, null)
                        : new Upload(image.getName(), null, "its file " + file + " is missing");
            } catch (IOException e) {
                return new Upload(image.getName(), null, e.getMessage());
            }
        });
        if (upload == null) { // removed from the mirror meanwhile
            outbox.images().drop(edit.id());
            return;
        }
        if (upload.file() == null) {
            throw new ServerException(-1, "the image cannot be sent: " + upload.problem(), null, null);
        }
        String path = "/api/v1/projects/" + projectId + "/images?name=" + encode(upload.name()) + "&id="
                + encode(edit.id());
        try {
            connection.upload(path, upload.file(), contentType(upload.file()), ServerConnection.CLIENT_HEADER,
                    connection.client());
        } catch (ServerException e) {
            JsonNode current = e.problem() == null ? null : e.problem().get("current");
            if (e.status() != 409 || current == null || !edit.id().equals(current.path("id").asText())) {
                throw e;
            }
        }
        outbox.images().acknowledged(edit);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The media type the server asks of an upload: the image's by its extension, else plain bytes. */
    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "tif", "tiff" -> "image/tiff";
            case "bmp" -> "image/bmp";
            default -> "application/octet-stream";
        };
    }

    /**
     * Sends a trainee's submission of their task on an image (the edit's id): after the drafts, which the server then
     * takes off the image into the submission and scores. Once it answers, the drafts leave the mirror's image as they
     * left the server's (which tells other listeners, not this client), and the task comes back submitted with its
     * score. A 409 says the task was submitted already (an earlier try whose answer was lost): the mirror takes the
     * server's state. Any other refusal is reported by the caller and nothing changes here.
     */
    private void sendSubmission(SetupEdits.Edit edit) throws ServerException {
        String training = onOwner(() -> trainingOf(edit.id()));
        if (training == null) {
            outbox.submissions().drop(edit.id());
            return;
        }
        try {
            connection.request("POST", "/api/v1/projects/" + projectId + "/training-projects/" + training
                    + "/submission", ServerConnection.JSON.createObjectNode().set("images",
                            ServerConnection.JSON.createArrayNode().add(edit.id())), ServerConnection.CLIENT_HEADER,
                    connection.client());
        } catch (ServerException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
        outbox.submissions().acknowledged(edit);
        List<TrainingMirror.Served> served = TrainingMirror.fetch(connection, projectId);
        trainingStale = false;
        onOwner(() -> {
            edits.quiet(() -> {
                removeSubmittedDrafts(edit.id());
                TrainingMirror.apply(store.project(), served);
            });
            commit();
            return null;
        });
    }

    /** The training project whose benchmark has the image, or null. */
    private String trainingOf(String image) {
        return store.project().getTrainingProjects().stream().filter(t -> t.getBenchmark() != null && t.getBenchmark()
                .getImages().stream().anyMatch(i -> image.equals(i.getId()))).map(t -> t.getId()).findFirst()
                .orElse(null);
    }

    /** This user's drafts the server had on the image: the submission took them off it. */
    private void removeSubmittedDrafts(String imageId) {
        ImageAsset image = image(imageId);
        if (image == null) {
            return;
        }
        for (Annotation draft : List.copyOf(image.getAnnotations())) {
            if (connection.user().equals(draft.getAuthor()) && outbox.version(draft.getId()) != null
                    && !outbox.isPending(draft.getId())) {
                image.getAnnotations().remove(draft);
                outbox.setVersion(draft.getId(), null);
            }
        }
    }

    /** Who this mirror acts for: the server's user with the role the server gave at login. */
    public Account account() {
        return new Account(connection.user(), UserDirectory.parseRole(connection.role()));
    }

    /**
     * The server behind the mirror's training project, for a {@link TrainingSession#mirrored} session on the owner
     * thread. A submission is queued in the outbox behind the trainee's drafts (so it survives being offline and a
     * restart, and never reaches the server before what it submits); a re-scoring is asked of the server at once,
     * because the Admin waits for its before and after, and is refused with a message when the server is away.
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
                saveOutbox();
                fireUnsent();
                wakeSender();
            }

            @Override
            public List<TrainingSession.Rescore> rescore(Account user, ScoringFunctionSpec function) {
                actsFor(user);
                return rescoreOnServer(function);
            }
        };
    }

    private void actsFor(Account user) {
        if (user == null || !user.login().equals(connection.user())) {
            throw new IllegalStateException("This mirror works for " + connection.user() + " on " + connection.base()
                    + ", not for " + (user == null ? "nobody" : user.login()) + ".");
        }
    }

    /** POST .../rescore with the function, then the scores read again into the mirror; on the owner thread. */
    private List<TrainingSession.Rescore> rescoreOnServer(ScoringFunctionSpec function) {
        String training = store.project().getTrainingProjects().isEmpty() ? null
                : store.project().getTrainingProjects().get(0).getId();
        if (training == null) {
            throw new IllegalStateException("The mirror of " + projectId + " holds no training project.");
        }
        JsonNode answer;
        List<TrainingMirror.Served> served;
        try {
            ObjectNode body = ServerConnection.JSON.createObjectNode();
            body.set("function", ServerConnection.JSON.readTree(function.toJson()));
            answer = connection.request("POST", "/api/v1/projects/" + projectId + "/training-projects/" + training
                    + "/rescore", body, ServerConnection.CLIENT_HEADER, connection.client()).json();
            served = TrainingMirror.fetch(connection, projectId);
        } catch (ServerException e) {
            throw new IllegalStateException("Not re-calculated: " + (e.isUnreachable() ? "the server "
                    + connection.base() + " is unreachable (" + e.getMessage() + ")" : "the server refused it ("
                            + e.getMessage() + ")") + "; no score changed.", e);
        } catch (IOException e) {
            throw new IllegalStateException("the scoring function's own JSON does not parse: " + e.getMessage(), e);
        }
        edits.quiet(() -> TrainingMirror.apply(store.project(), served));
        commit();
        List<TrainingSession.Rescore> changes = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            changes.add(new TrainingSession.Rescore(item.path("annotator").asText(), number(item.get("before")),
                    number(item.get("after"))));
        }
        return changes;
    }

    private static double number(JsonNode value) {
        return value == null || value.isNull() ? Double.NaN : value.asDouble();
    }

    /** Sends an image's status as the mirror has it now (the image's id is the edit's); a change meanwhile stays. */
    private void sendImageStatus(SetupEdits.Edit edit) throws ServerException {
        String word = onOwner(() -> {
            ImageAsset image = image(edit.id());
            return image == null ? null : SourceStatus.of(image).word();
        });
        if (word != null) {
            connection.request("PUT", "/api/v1/projects/" + projectId + "/images/" + edit.id() + "/status",
                    ServerConnection.JSON.createObjectNode().put("status", word), ServerConnection.CLIENT_HEADER,
                    connection.client());
        }
        outbox.imageStatuses().acknowledged(edit);
    }

    private TrainingSet trainingSet(String id) {
        return store.project().getTrainingSets().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
    }

    private LabelClass labelClass(String id) {
        return store.project().getLabelClasses().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    private String labelClassName(String id) {
        LabelClass labelClass = labelClass(id);
        return labelClass == null ? id : labelClass.getName();
    }

    private String path(Outbox.Pending p) {
        return "/api/v1/projects/" + projectId + "/images/" + p.image() + "/annotations";
    }

    private void send(Outbox.Pending p) throws ServerException {
        String client = connection.client();
        if (!outbox.images().isOnServer(p.image()) && !outbox.images().isPending(p.image())) {
            outbox.drop(p.id()); // an image the server refused: the user was told it stays here with its annotations
            return;
        }
        switch (p.op()) {
            case "create" -> {
                JsonNode body = onOwner(() -> body(p));
                if (body == null) {
                    outbox.drop(p.id());
                    return;
                }
                JsonNode created = connection.request("POST", path(p), body, ServerConnection.CLIENT_HEADER, client).json();
                long id = created.get("id").asLong();
                onOwner(() -> {
                    ImageAsset image = image(p.image());
                    Annotation local = image == null ? null : find(image, p.id());
                    if (local != null) {
                        Outbox.Pending now = outbox.pending(p.id());
                        if (now != null && now.seq() == p.seq()) { // no edit since: take author and times
                            edits.quiet(() -> ServerModel.fill(local, created, store.project()));
                        }
                        edits.quiet(() -> local.setId(id));
                        commit();
                    }
                    outbox.acknowledged(p, id, created.get("version").asText());
                    return null;
                });
            }
            case "update" -> {
                JsonNode body = onOwner(() -> body(p));
                if (body == null) {
                    outbox.drop(p.id());
                    return;
                }
                try {
                    JsonNode updated = connection.request("PUT", path(p) + "/" + p.id(), body,
                            ServerConnection.CLIENT_HEADER, client, "If-Match", "\"" + p.base() + "\"").json();
                    onOwner(() -> {
                        ImageAsset image = image(p.image());
                        Annotation local = image == null ? null : find(image, p.id());
                        if (local != null && outbox.pending(p.id()) != null && outbox.pending(p.id()).seq() == p.seq()) {
                            edits.quiet(() -> ServerModel.fill(local, updated, store.project())); // author, times
                            commit();
                        }
                        outbox.acknowledged(p, p.id(), updated.get("version").asText());
                        return null;
                    });
                } catch (ServerException e) {
                    if (e.status() == 409) {
                        onOwner(() -> keepBoth(p, e.problem().get("current")));
                    } else if (e.status() == 404) {
                        onOwner(() -> recreate(p));
                    } else {
                        throw e;
                    }
                }
            }
            case "delete" -> {
                try {
                    connection.request("DELETE", path(p) + "/" + p.id(), null, ServerConnection.CLIENT_HEADER, client,
                            "If-Match", "\"" + p.base() + "\"");
                } catch (ServerException e) {
                    if (e.status() == 409) {
                        onOwner(() -> restore(p, e.problem().get("current")));
                        return;
                    }
                    if (e.status() != 404) { // 404: someone deleted it first, which is what we wanted
                        throw e;
                    }
                }
                outbox.acknowledged(p, p.id(), null);
            }
            default -> outbox.drop(p.id());
        }
    }

    private JsonNode body(Outbox.Pending p) {
        ImageAsset image = image(p.image());
        Annotation local = image == null ? null : find(image, p.id());
        return local == null ? null : ServerModel.body(local);
    }

    /** 409 on a replace: the server's version under the id, the local one beside it as a conflict copy. */
    private Void keepBoth(Outbox.Pending p, JsonNode current) {
        ImageAsset image = image(p.image());
        Annotation local = image == null ? null : find(image, p.id());
        outbox.drop(p.id());
        if (local == null) {
            edits.quiet(() -> applyServerVersion(image, current));
            commit();
            return null;
        }
        long copyId = nextLocalId();
        String author = current.path("author").asText("another user");
        String message = "Annotation " + p.id() + " of image " + image.getName() + " was changed on the server (by "
                + author + ") while you edited it: the server's version is annotation " + p.id()
                + ", yours is kept beside it as annotation " + copyId + " (on this computer only). Delete the one you "
                + "do not want; deleting " + p.id() + " sends yours to the server.";
        Annotation copy = ServerModel.copy(local, copyId);
        copy.getAttributes().put(CONFLICT_ATTRIBUTE, message);
        edits.quiet(() -> {
            ServerModel.fill(local, current, store.project());
            image.getAnnotations().add(copy);
            store.project().setNextAnnotationId(copyId + 1);
        });
        outbox.setVersion(p.id(), current.path("version").asText(null));
        outbox.addConflict(copyId, p.id());
        commit();
        saveOutbox();
        listeners.forEach(l -> l.conflict(message));
        return null;
    }

    /** 409 on a delete: someone changed the annotation first; it comes back as the server has it. */
    private Void restore(Outbox.Pending p, JsonNode current) {
        outbox.drop(p.id());
        ImageAsset image = image(p.image());
        if (image != null) {
            edits.quiet(() -> applyServerVersion(image, current));
            commit();
        }
        String message = "Your deletion of annotation " + p.id() + " was refused: " + current.path("author").asText(
                "another user") + " changed it on the server meanwhile. It is back as the server has it; delete it "
                + "again if it should go.";
        listeners.forEach(l -> l.conflict(message));
        return null;
    }

    /** 404 on a replace: someone deleted the annotation; the local version is created again, as a new one. */
    private Void recreate(Outbox.Pending p) {
        outbox.drop(p.id());
        outbox.setVersion(p.id(), null);
        ImageAsset image = image(p.image());
        if (image != null && find(image, p.id()) != null) {
            outbox.added(p.image(), p.id());
        }
        String message = "Annotation " + p.id() + " was deleted on the server while you edited it; your version is "
                + "sent again as a new annotation.";
        listeners.forEach(l -> l.conflict(message));
        return null;
    }

    /**
     * The server refused a setup edit for good (400, 403: a role that may not change the project's setup or the
     * images' status): it is dropped from the outbox, the change stays in the mirror, and the user is told why.
     */
    private void refused(SetupEdits queue, SetupEdits.Edit edit, ServerException e) {
        queue.drop(edit.id());
        String what = onOwner(() -> {
            if (queue == outbox.classes()) {
                return edit.op() + " of label class '" + labelClassName(edit.id()) + "'";
            }
            if (queue == outbox.trainingSets()) {
                TrainingSet set = trainingSet(edit.id());
                return edit.op() + " of training set '" + (set == null ? edit.id() : set.getName()) + "'";
            }
            if (queue == outbox.images()) { // its annotations have nowhere to go on the server either
                outbox.dropImage(edit.id());
                ImageAsset image = image(edit.id());
                return "upload of image '" + (image == null ? edit.id() : image.getName()) + "' (with its annotations)";
            }
            ImageAsset image = image(edit.id());
            if (queue == outbox.submissions()) {
                return "submission of your task on image '" + (image == null ? edit.id() : image.getName())
                        + "' (nothing was submitted: the task stays open";
            }
            return "status change of image '" + (image == null ? edit.id() : image.getName()) + "'";
        });
        String message = queue == outbox.submissions()
                ? "The server refused your " + what + "): " + e.getMessage()
                : "The server refused your " + what + " (" + e.getMessage() + "); it stays on this computer only.";
        listeners.forEach(l -> l.conflict(message));
    }

    private void refused(Outbox.Pending p, ServerException e) {
        outbox.drop(p.id());
        String message = "The server refused to " + p.op() + " annotation " + p.id() + ": " + e.getMessage();
        listeners.forEach(l -> l.conflict(message));
    }

    // ------------------------------------------------------------------ helpers

    private long nextLocalId() {
        return Math.max(LOCAL_IDS, store.project().getNextAnnotationId());
    }

    private ImageAsset image(String id) {
        for (ImageAsset image : store.project().getImages()) {
            if (image.getId().equals(id)) {
                return image;
            }
        }
        return null;
    }

    private static Annotation find(ImageAsset image, long id) {
        for (Annotation a : image.getAnnotations()) {
            if (a.getId() == id) {
                return a;
            }
        }
        return null;
    }

    /** Makes the changes applied for the server durable in the mirror's journal. */
    private void commit() {
        store.commit();
    }

    private void saveOutbox() {
        try {
            outbox.save();
        } catch (IOException e) {
            setOnline(online, "the outbox of " + store.folder() + " cannot be written (" + e.getMessage()
                    + "): unsent edits are kept in memory only");
        }
    }

    private <T> T onOwner(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, owner).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void setOnline(boolean reachable, String message) {
        online = reachable;
        if (told == null || told != reachable) {
            told = reachable;
            listeners.forEach(l -> l.reachability(reachable, message));
        }
    }

    private void fireUnsent() {
        int count = outbox.size();
        listeners.forEach(l -> l.unsent(count));
    }

    private void wakeSender() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }
}
