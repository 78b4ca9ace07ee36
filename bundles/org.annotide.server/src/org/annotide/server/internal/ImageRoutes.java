package org.annotide.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.annotide.access.Action;
import org.annotide.access.InProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImageInfo;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jetty.http.HttpHeader;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adding an image to a served project ({@link Action#EDIT_PROJECT_SETUP}, as label classes): the file's bytes are the
 * body, streamed to a temporary file in the project's {@code images/} folder (at most {@link ServerCore#maxImageBytes()},
 * else 413), decoded by the imaging bundle's readers (the local import's), moved to their name there and added to
 * the project with one command. A project held in PostgreSQL keeps the bytes in its database too (the write-through
 * stores the file of a new image with the image's row). Announced as {@code image_created} on the project WebSocket.
 * Changing an image's name, description or metadata and removing an image are setup too, announced as
 * {@code image_updated} and {@code image_deleted}.
 */
final class ImageRoutes {

    /** What the project socket tells of images, to all who see the project but the writer. */
    static final SocketMessage IMAGE_CREATED = imageMessage("image_created", "an image was added", Json.IMAGE);
    static final SocketMessage IMAGE_UPDATED = imageMessage("image_updated", "an image was renamed, described or given "
            + "other metadata", Json.IMAGE);
    static final SocketMessage IMAGE_DELETED = imageMessage("image_deleted", "an image was removed (its file stays)",
            Schema.object(Schema.field("id", Schema.string()), Schema.field("annotations_deleted", Schema.integer(),
                    "how many annotations went with it")));
    static final List<SocketMessage> MESSAGES = List.of(IMAGE_CREATED, IMAGE_UPDATED, IMAGE_DELETED);

    private static SocketMessage imageMessage(String type, String description, Schema image) {
        return SocketMessage.of(type, description, Schema.field("project", Schema.string()),
                Schema.field("image", image, "as GET answers it"));
    }

    /** As a label class's: a client's mirror names the id it gave an image it imported. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Control characters and the separators of paths: a name is a file name, nothing more. */
    private static final Pattern BAD_NAME = Pattern.compile("[\\x00-\\x1f\\x7f/\\\\:]");
    private static final Input.Body UPDATE = Input.Body.of(
            Input.Field.optional("name", "string", "a file name (no path, no leading '.'), unique in the project"),
            Input.Field.optional("description", "string", "a description"),
            Input.Field.of("metadata", false, "strings by key; replaces the image's metadata whole",
                    Schema.map(Schema.string())));
    /** As a label class's deletion: also what uses it goes. */
    static final Input.Param FORCE = Input.Param.optional("force", "boolean",
            "true: also when annotations use it (they are deleted with it)");

    private final ServerCore core;
    private final ImageFormats formats = ImageFormats.installed();

    ImageRoutes(ServerCore core) {
        this.core = core;
    }

    void register() {
        core.streamingRoute("POST", "/projects/{project}/images",
                "Add an image: the file's bytes as the body (Content-Type image/* or application/octet-stream), "
                        + "?name=FILE.png (the image's name, unique in the project) and optionally &id=; decoded before "
                        + "it is kept (else 400), 413 past the size limit, 409 for a name or id the project has",
                this::create).query(Input.Param.required("name", "string", "the image's file name (an image "
                        + "extension the server reads, no path)"), Input.Param.optional("id", "string", "the image's id: "
                        + "1 to 64 letters, digits, '.', '_', '-' (default: one the server gives)")).answers(Json.IMAGE);
        core.route("PUT", "/projects/{project}/images/{image}",
                "Change an image's name, description or metadata {name, description, metadata: {key: value}} (the "
                        + "metadata replaced whole); 409 for a name another image has", this::update).body(UPDATE).answers(Json.IMAGE);
        core.route("DELETE", "/projects/{project}/images/{image}",
                "Remove an image with its annotations and tiles; 409 while it has annotations, unless ?force=true "
                        + "(its file stays in the project folder)", this::delete).query(FORCE);
    }

    /**
     * Renames an image, or changes its description or metadata, in one command ({@link Action#EDIT_PROJECT_SETUP}, as
     * adding it); announced as {@code image_updated} with the image as GET answers it.
     */
    private Reply update(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = call.json();
        String name = body.has("name") ? rename(Json.text(body, "name", true)) : null;
        String description = Json.text(body, "description", false);
        Map<String, String> metadata = StringMaps.read(body, "metadata");
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            ImageAsset image = ServerCore.image(store, call);
            CompoundCommand command = new CompoundCommand("Change image '" + image.getName() + "'");
            if (name != null && !name.equals(image.getName())) {
                for (ImageAsset other : project.getImages()) {
                    if (other != image && name.equals(other.getName())) {
                        throw new ApiException(409, "the project has an image named '" + name + "' already",
                                Json.object().set("current", Json.image(other, ServerCore.groundTruth(project, other))));
                    }
                }
                command.append(SetCommand.create(store.editingDomain(), image, Literals.NAMED__NAME, name));
            }
            if (body.has("description")) {
                command.append(SetCommand.create(store.editingDomain(), image, Literals.NAMED__DESCRIPTION, description));
            }
            if (metadata != null) {
                command.append(SetCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__METADATA,
                        StringMaps.entries(metadata)));
            }
            if (body.isEmpty()) {
                throw new ApiException(400, "nothing to change: give one of " + String.join(", ", UPDATE.names().stream()
                        .sorted().toList()));
            }
            if (!command.isEmpty()) {
                ServerCore.execute(store, command);
            }
            ObjectNode json = Json.image(image, ServerCore.groundTruth(project, image));
            core.events().toProject(IMAGE_UPDATED, call.param("project"), "image", json,
                    call.headers().get(ProjectEvents.CLIENT_HEADER));
            return Reply.ok(json);
        }
    }

    /**
     * Removes an image from the project with one {@link DeleteCommand}: its annotations and tiles leave with it, and
     * what refers to it (benchmarks, training sets' tiles, tasks) lets go of it. An image with annotations needs
     * {@code ?force=true}, as a label class does; one with ground truth also the right to see the benchmark source
     * (deleting ground truth is changing it). The file stays in the project folder: nothing the journal cannot bring
     * back is destroyed. Announced as {@code image_deleted} with the image's id.
     */
    private Reply delete(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        boolean force = Boolean.TRUE.equals(call.flag("force"));
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            ImageAsset image = ServerCore.image(store, call);
            int annotations = image.getAnnotations().size();
            if (annotations > 0 && !force) {
                throw new ApiException(409, "the image '" + image.getName() + "' has " + annotations
                        + " annotation(s); remove it with ?force=true to delete them too",
                        Json.object().put("annotations", annotations));
            }
            if (annotations > 0 && ServerCore.groundTruth(project, image)) {
                InProject scope = core.in(call.param("project"), null);
                if (!core.permissions().may(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope)) {
                    throw new ApiException(403, "the annotations of image '" + image.getName() + "' are ground truth of "
                            + "a benchmark: " + core.permissions().denial(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope));
                }
            }
            String id = image.getId();
            ServerCore.execute(store, new CommandWrapper("Remove image '" + image.getName() + "'", "Remove image",
                    DeleteCommand.create(store.editingDomain(), List.of(image))));
            core.events().toProject(IMAGE_DELETED, call.param("project"), "image",
                    Json.object().put("id", id).put("annotations_deleted", annotations),
                    call.headers().get(ProjectEvents.CLIENT_HEADER));
            return Reply.noContent();
        }
    }

    private Reply create(Call call) throws IOException {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        String name = name(call.query("name"));
        String id = id(call.query("id"));
        ProjectStore store = core.store(call);
        synchronized (store) { // refused before a byte is read; checked again when it is added
            unique(store.project(), name, id);
        }
        String type = call.headers().get(HttpHeader.CONTENT_TYPE);
        String plain = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!plain.startsWith("image/") && !plain.equals("application/octet-stream")) {
            throw new ApiException(415, "the body must be the image file's bytes, sent as Content-Type image/... or "
                    + "application/octet-stream, not '" + (type == null ? "" : type) + "'");
        }
        long limit = core.maxImageBytes();
        long declared = call.request().getLength();
        if (declared > limit) {
            throw new ApiException(413, "the image has " + declared + " bytes; at most " + limit + " are accepted");
        }
        Path folder = store.folder().resolve(ImageImporter.IMAGES_FOLDER);
        Files.createDirectories(folder);
        Path upload = folder.resolve(".upload-" + UUID.randomUUID() + ".part"); // hidden: never taken for an image
        try {
            receive(call, upload, limit);
            ImageInfo info = decode(upload, name);
            synchronized (store) {
                Project project = store.project();
                unique(project, name, id);
                Path file = freeFile(folder, name);
                Files.move(upload, file, StandardCopyOption.ATOMIC_MOVE);
                ImageAsset image = ImageImporter.newImage(info, file, store.folder(), new Date());
                image.setName(name);
                if (id != null) {
                    image.setId(id);
                }
                try {
                    ServerCore.execute(store, AddCommand.create(store.editingDomain(), project,
                            Literals.PROJECT__IMAGES, image));
                } catch (RuntimeException e) {
                    Files.deleteIfExists(file); // not added: its file is kept nowhere
                    throw e;
                }
                ObjectNode json = Json.image(image, false);
                core.events().toProject(IMAGE_CREATED, call.param("project"), "image", json,
                        call.headers().get(ProjectEvents.CLIENT_HEADER));
                return new Reply(201, json).header("Location", ServerCore.API + "/projects/" + call.param("project")
                        + "/images/" + image.getId());
            }
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** Streams the body to {@code upload}; 413 once it passes the limit, 400 when it is empty. */
    private static void receive(Call call, Path upload, long limit) throws IOException {
        if (ServerCore.receiveBody(call, upload, limit,
                "the image is larger than " + limit + " bytes, the most accepted") == 0) {
            throw new ApiException(400, "the body is empty: send the image file's bytes");
        }
    }

    /** The upload's header, after its pixels decoded; 400 naming the image (not the server's temporary file). */
    private ImageInfo decode(Path upload, String name) {
        try {
            return formats.decode(upload);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ApiException(400, "'" + name + "' is not an image the server can read: "
                    + reason.replace(upload.toString(), name));
        }
    }

    /** The file for the name in the images folder; a file left there by something else keeps its place. */
    private static Path freeFile(Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot);
        String extension = name.substring(dot);
        Path file = folder.resolve(name);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + extension);
        }
        return file;
    }

    private String name(String name) {
        if (name == null || name.isBlank()) {
            throw new ApiException(400, "name the image: ?name=FILE.png (its file name)");
        }
        String stripped = name.strip();
        if (stripped.length() > 255 || BAD_NAME.matcher(stripped).find() || stripped.startsWith(".")) {
            throw new ApiException(400, "the name '" + stripped + "' is not a file name (at most 255 characters, no "
                    + "leading '.', no '/', '\\', ':' or control characters)");
        }
        if (stripped.lastIndexOf('.') <= 0 || !formats.hasImageExtension(Path.of(stripped))) {
            throw new ApiException(400, "the name '" + stripped + "' must end in the extension of an image format the "
                    + "server reads (such as .png, .jpg, .tif)");
        }
        return stripped;
    }

    /**
     * A new name for an image: a file name as an upload's (exports write files by it), but the extension is free, as
     * the file keeps its own.
     */
    private static String rename(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 255 || BAD_NAME.matcher(stripped).find()
                || stripped.startsWith(".")) {
            throw new ApiException(400, "the name '" + stripped + "' is not a file name (1 to 255 characters, no "
                    + "leading '.', no '/', '\\', ':' or control characters)");
        }
        return stripped;
    }

    private static String id(String id) {
        if (id != null && !ID.matcher(id).matches()) {
            throw new ApiException(400, "the id must be 1 to 64 letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        return id;
    }

    /**
     * An image's name is how people, exports and CSV lists find it, and its id how the API does: the project has each
     * once. 409 with the image that has it as {@code current}, so a client that sent it before (its answer lost) sees
     * that it arrived.
     */
    private static void unique(Project project, String name, String id) {
        for (ImageAsset other : project.getImages()) {
            if (id != null && id.equals(other.getId())) {
                throw new ApiException(409, "the project has an image with the id '" + id + "' already",
                        Json.object().set("current", Json.image(other, ServerCore.groundTruth(project, other))));
            }
        }
        for (ImageAsset other : project.getImages()) {
            if (name.equals(other.getName())) {
                throw new ApiException(409, "the project has an image named '" + name + "' already",
                        Json.object().set("current", Json.image(other, ServerCore.groundTruth(project, other))));
            }
        }
    }
}
