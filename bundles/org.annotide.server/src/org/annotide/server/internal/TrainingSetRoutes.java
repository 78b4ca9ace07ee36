package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.access.Action;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A project's training sets as the workbench's training-set view keeps them: named sets of tiles (windows onto
 * images), read by everyone who sees the project, created, filled and deleted with {@link Action#EDIT_PROJECT_SETUP}.
 * Each write is one EMF command on the journaled store, announced on the project's WebSocket.
 */
final class TrainingSetRoutes {

    /** A tile named by its place rather than its id alone: one a client's mirror cut that the server may not have. */
    private static final List<Input.Field> TILE_IN = List.of(Input.Field.required("id", "string", "the tile's id"),
            Input.Field.required("image", "string", "the id of its image"),
            Input.Field.required("x", "integer", "its left edge in the image, in pixels"),
            Input.Field.required("y", "integer", "its top edge"), Input.Field.required("width", "integer", "from 1"),
            Input.Field.required("height", "integer", "from 1"),
            Input.Field.optional("tile_index", "integer", "its index in the image's grid"),
            Input.Field.optional("row", "integer", "its row in that grid"),
            Input.Field.optional("column", "integer", "its column in that grid"));
    private static final Set<String> TILE_FIELDS = Input.Body.of(TILE_IN.toArray(Input.Field[]::new)).names();
    private static final Input.Field TILES = Input.Field.of("tiles", false, "the whole membership: tile ids, or tile "
            + "objects (a tile the image does not have yet is cut)", Schema.array(Schema.oneOf(List.of(Schema.string(),
                    Schema.object(TILE_IN.stream().map(Input.Field::property).toList())))));
    private static final Input.Field DESCRIPTION = Input.Field.optional("description", "string", "a description");
    private static final Input.Body FIELDS = Input.Body.of(Input.Field.optional("name", "string", "the set's name"),
            DESCRIPTION, TILES);
    /** A create may name the id: a client's mirror creates a set offline and keeps the id it gave it. */
    private static final Input.Body CREATE_FIELDS = Input.Body.of(Input.Field.optional("id", "string",
            "1 to 64 letters, digits, '.', '_', '-' (default: one the server gives)"),
            Input.Field.required("name", "string", "the set's name"), DESCRIPTION, TILES);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ServerCore core;

    TrainingSetRoutes(ServerCore core) {
        this.core = core;
    }

    void register() {
        core.route("GET", "/projects/{project}/training-sets", "The training sets of a project (tile and image counts)", this::list)
                .answers(Json.items(SUMMARY_SCHEMA));
        core.route("POST", "/projects/{project}/training-sets", "Create a training set {name, description, tiles, [id]}; "
                + "tiles are tile ids or {id, image, x, y, width, height} (a tile the image does not have yet is cut); "
                + "an id that is not 1 to 64 letters, digits, '.', '_' or '-' is a 400, one the project has a 409",
                this::create).body(CREATE_FIELDS).answers(FULL_SCHEMA);
        core.route("GET", "/projects/{project}/training-sets/{set}", "One training set with its tiles and their images", this::get)
                .answers(FULL_SCHEMA);
        core.route("PUT", "/projects/{project}/training-sets/{set}",
                "Change a training set: name, description, tiles (the whole membership, as for a create)", this::update)
                .body(FIELDS).answers(FULL_SCHEMA);
        core.route("DELETE", "/projects/{project}/training-sets/{set}", "Delete a training set (its tiles stay)", this::delete);
    }

    private Reply list(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        ArrayNode items = Json.MAPPER.createArrayNode();
        synchronized (store) {
            store.project().getTrainingSets().forEach(set -> items.add(summary(set)));
        }
        return Reply.ok(Json.object().set("items", items));
    }

    private Reply get(Call call) {
        core.checkIn(call, Action.VIEW_PROJECTS, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            return Reply.ok(full(find(store.project(), call)));
        }
    }

    private Reply create(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = call.json();
        String name = name(body, true);
        String id = id(body);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            if (id != null) {
                TrainingSet taken = project.getTrainingSets().stream().filter(s -> id.equals(s.getId())).findFirst()
                        .orElse(null);
                if (taken != null) { // "current" lets a client whose earlier create did arrive see that it is its own
                    throw new ApiException(409, "the project has a training set with the id '" + id + "' already",
                            Json.object().set("current", summary(taken)));
                }
            }
            unique(project, name, null);
            TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setId(id != null ? id : UUID.randomUUID().toString());
            set.setName(name);
            set.setDescription(Json.text(body, "description", false));
            set.setCreatedBy(call.user().login());
            set.setCreatedAt(new Date());
            CompoundCommand command = new CompoundCommand("Add training set '" + name + "'");
            if (body.has("tiles")) {
                Membership membership = tiles(project, body);
                membership.cut(store, command);
                set.getTiles().addAll(membership.tiles());
            }
            command.append(AddCommand.create(store.editingDomain(), project, Literals.PROJECT__TRAINING_SETS, set));
            ServerCore.execute(store, command);
            ObjectNode json = full(set);
            announce(call, TRAINING_SET_CREATED, json);
            return new Reply(201, json).header("Location", ServerCore.API + "/projects/" + call.param("project")
                    + "/training-sets/" + set.getId());
        }
    }

    private Reply update(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = call.json();
        String name = name(body, false);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            TrainingSet set = find(project, call);
            CompoundCommand command = new CompoundCommand("Change training set '" + set.getName() + "'");
            if (name != null) {
                unique(project, name, set);
                command.append(SetCommand.create(store.editingDomain(), set, Literals.NAMED__NAME, name));
            }
            if (body.has("description")) {
                command.append(SetCommand.create(store.editingDomain(), set, Literals.NAMED__DESCRIPTION,
                        Json.text(body, "description", false)));
            }
            if (body.has("tiles")) {
                Membership membership = tiles(project, body);
                membership.cut(store, command);
                List<Tile> wanted = membership.tiles();
                List<Tile> leaving = set.getTiles().stream().filter(t -> !wanted.contains(t)).toList();
                List<Tile> joining = wanted.stream().filter(t -> !set.getTiles().contains(t)).toList();
                if (!leaving.isEmpty()) {
                    command.append(RemoveCommand.create(store.editingDomain(), set, Literals.TRAINING_SET__TILES, leaving));
                }
                if (!joining.isEmpty()) {
                    command.append(AddCommand.create(store.editingDomain(), set, Literals.TRAINING_SET__TILES, joining));
                }
            }
            if (!command.isEmpty()) { // the membership asked for may be the one it has: nothing to store then
                ServerCore.execute(store, command);
                announce(call, TRAINING_SET_UPDATED, full(set));
            } else if (!body.has("tiles")) {
                throw new ApiException(400, "nothing to change: give one of " + String.join(", ", FIELDS.names().stream().sorted().toList()));
            }
            return Reply.ok(full(set));
        }
    }

    private Reply delete(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ProjectStore store = core.store(call);
        synchronized (store) {
            TrainingSet set = find(store.project(), call);
            String id = set.getId();
            // DeleteCommand also clears the jobs and rounds that refer to the set
            ServerCore.execute(store, DeleteCommand.create(store.editingDomain(), set));
            announce(call, TRAINING_SET_DELETED, Json.object().put("id", id));
            return Reply.noContent();
        }
    }

    private static TrainingSet find(Project project, Call call) {
        String id = call.param("set");
        return project.getTrainingSets().stream().filter(s -> id.equals(s.getId())).findFirst()
                .orElseThrow(() -> new ApiException(404, "no training set '" + id + "' in project '"
                        + call.param("project") + "'"));
    }

    /**
     * The tiles a body names, in its order, each once, and those of them that are new: cut by a client's mirror and
     * sent with their image and region, to be added to their images in the same command as the set's change.
     */
    private record Membership(List<Tile> tiles, Map<ImageAsset, List<Tile>> newTiles) {
        void cut(ProjectStore store, CompoundCommand command) {
            newTiles.forEach((image, cut) -> command.append(AddCommand.create(store.editingDomain(), image,
                    Literals.IMAGE_ASSET__TILES, cut)));
        }
    }

    /**
     * The tiles the body names: a tile id, or a tile object {@code {id, image, x, y, width, height}} (with
     * {@code tile_index, row, column} if known) that names a tile the project has (taken as it is) or a new one of
     * that image. An id that is no tile of the project, or an object that describes no tile, is a 400.
     */
    private static Membership tiles(Project project, ObjectNode body) {
        JsonNode items = body.get("tiles");
        if (items == null || !items.isArray()) {
            throw new ApiException(400, "the field 'tiles' must be an array of tile ids or tile objects");
        }
        Map<String, Tile> byId = new HashMap<>();
        Map<String, ImageAsset> images = new HashMap<>();
        for (ImageAsset image : project.getImages()) {
            images.put(image.getId(), image);
            for (Tile tile : image.getTiles()) {
                byId.put(tile.getId(), tile);
            }
        }
        Set<Tile> tiles = new LinkedHashSet<>();
        Map<ImageAsset, List<Tile>> newTiles = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Date now = new Date();
        for (JsonNode item : items) {
            if (item.isTextual()) {
                Tile tile = byId.get(item.asText());
                if (tile == null) {
                    unknown.add(item.asText());
                } else {
                    tiles.add(tile);
                }
            } else if (item.isObject()) {
                Json.checkFields((ObjectNode) item, TILE_FIELDS, "tiles[].");
                String id = Json.text((ObjectNode) item, "id", true);
                String imageId = Json.text((ObjectNode) item, "image", true);
                Tile known = byId.get(id);
                if (known != null) {
                    if (known.getImage() == null || !imageId.equals(known.getImage().getId())) {
                        throw new ApiException(400, "the tile '" + id + "' is a tile of image '"
                                + (known.getImage() == null ? null : known.getImage().getId()) + "', not of '" + imageId + "'");
                    }
                    tiles.add(known);
                    continue;
                }
                ImageAsset image = images.get(imageId);
                if (image == null) {
                    throw new ApiException(400, "no image '" + imageId + "' in this project (for the tile '" + id + "')");
                }
                Tile tile = newTile(item, id, image, now);
                byId.put(id, tile); // named twice: one tile
                newTiles.computeIfAbsent(image, i -> new ArrayList<>()).add(tile);
                tiles.add(tile);
            } else {
                throw new ApiException(400, "the field 'tiles' must be an array of tile ids (strings) or tile objects, not "
                        + Json.kind(item));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "no tile " + String.join(", ", unknown.stream().limit(10).toList())
                    + (unknown.size() > 10 ? " (and " + (unknown.size() - 10) + " more)" : "") + " in this project");
        }
        return new Membership(new ArrayList<>(tiles), newTiles);
    }

    /** A tile a client cut: its id and a region inside its image (where the image's size is known). */
    private static Tile newTile(JsonNode item, String id, ImageAsset image, Date now) {
        if (!ID.matcher(id).matches()) {
            throw new ApiException(400, "a tile's 'id' must be 1 to 64 letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        Tile tile = AnnotideFactory.eINSTANCE.createTile();
        tile.setId(id);
        tile.setX(whole(item, "x", true, 0));
        tile.setY(whole(item, "y", true, 0));
        tile.setWidth(whole(item, "width", true, 1));
        tile.setHeight(whole(item, "height", true, 1));
        tile.setTileIndex(whole(item, "tile_index", false, 0));
        tile.setRow(whole(item, "row", false, 0));
        tile.setColumn(whole(item, "column", false, 0));
        if ((image.getWidth() > 0 && tile.getX() + tile.getWidth() > image.getWidth())
                || (image.getHeight() > 0 && tile.getY() + tile.getHeight() > image.getHeight())) {
            throw new ApiException(400, "the tile '" + id + "' (" + tile.getX() + ", " + tile.getY() + ", "
                    + tile.getWidth() + " x " + tile.getHeight() + ") reaches outside its image '" + image.getId()
                    + "' (" + image.getWidth() + " x " + image.getHeight() + ")");
        }
        tile.setCreatedAt(now);
        tile.setUpdatedAt(now);
        return tile;
    }

    private static int whole(JsonNode item, String field, boolean required, int least) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ApiException(400, "a new tile needs the field '" + field + "'");
            }
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < least) {
            throw new ApiException(400, "a tile's '" + field + "' must be a whole number from " + least + ", not " + value);
        }
        return value.asInt();
    }

    private static String id(ObjectNode body) {
        String id = Json.text(body, "id", false);
        if (id != null && !ID.matcher(id).matches()) {
            throw new ApiException(400, "the field 'id' must be 1 to 64 letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        return id;
    }

    private static String name(ObjectNode body, boolean required) {
        String name = Json.text(body, "name", required);
        if (name != null && name.isBlank()) {
            throw new ApiException(400, "the field 'name' must not be blank");
        }
        return name == null ? null : name.strip();
    }

    /** Training jobs name their sets ({@code config.training_sets}): two sets of one name would be ambiguous. */
    private static void unique(Project project, String name, TrainingSet self) {
        for (TrainingSet other : project.getTrainingSets()) {
            if (other != self && name.equals(other.getName())) {
                throw new ApiException(409, "the project has a training set named '" + name + "' already",
                        Json.object().set("current", summary(other)));
            }
        }
    }

    /** What {@link #summary} writes. */
    private static final List<Schema.Property> SUMMARY = List.of(Schema.field("id", Schema.string()),
            Schema.field("name", Schema.string().orNull()), Schema.field("description", Schema.string().orNull()),
            Schema.field("created_by", Schema.string().orNull()), Schema.field("created_at",
                    Schema.string().orNull()));
    static final Schema SUMMARY_SCHEMA = Schema.object(Stream.concat(SUMMARY.stream(), Stream.of(
            Schema.field("tiles", Schema.integer(), "how many"), Schema.field("images", Schema.integer(), "of how "
                    + "many images"))).toList());
    /** What {@link #full} writes: the summary's fields, with the tiles and the ids of their images listed. */
    static final Schema FULL_SCHEMA = Schema.object(Stream.concat(SUMMARY.stream(), Stream.of(
            Schema.field("tiles", Schema.array(Schema.object(Schema.field("id", Schema.string()),
                    Schema.field("image", Schema.string().orNull()), Schema.field("tile_index", Schema.integer()),
                    Schema.field("row", Schema.integer()), Schema.field("column", Schema.integer()),
                    Schema.field("x", Schema.integer()), Schema.field("y", Schema.integer()),
                    Schema.field("width", Schema.integer()), Schema.field("height", Schema.integer())))),
            Schema.field("images", Schema.array(Schema.string())))).toList());

    /** What the project socket tells of training sets ({@link #announce}), to all who see the project but the writer. */
    static final SocketMessage TRAINING_SET_CREATED = setMessage("training_set_created", "a training set was made",
            true);
    static final SocketMessage TRAINING_SET_UPDATED = setMessage("training_set_updated", "a training set was changed",
            true);
    static final SocketMessage TRAINING_SET_DELETED = setMessage("training_set_deleted", "a training set was deleted "
            + "(its tiles stay with their images)", false);
    static final List<SocketMessage> MESSAGES = List.of(TRAINING_SET_CREATED, TRAINING_SET_UPDATED,
            TRAINING_SET_DELETED);

    private static SocketMessage setMessage(String type, String description, boolean whole) {
        return SocketMessage.of(type, description, Schema.field("project", Schema.string()),
                Schema.field("training_set", whole ? FULL_SCHEMA : Schema.object(Schema.field("id", Schema.string())),
                        "the whole set as GET answers it, tiles and their regions included; only its id when deleted"));
    }

    private static ObjectNode summary(TrainingSet set) {
        ObjectNode node = Json.object();
        node.put("id", set.getId());
        node.put("name", set.getName());
        node.put("description", set.getDescription());
        node.put("created_by", set.getCreatedBy());
        node.put("created_at", Json.date(set.getCreatedAt()));
        node.put("tiles", set.getTiles().size());
        node.put("images", set.getTiles().stream().map(Tile::getImage).distinct().count());
        return node;
    }

    private static ObjectNode full(TrainingSet set) {
        ObjectNode node = summary(set);
        ArrayNode tiles = node.putArray("tiles");
        Set<String> images = new LinkedHashSet<>();
        for (Tile tile : set.getTiles()) {
            ObjectNode t = tiles.addObject();
            t.put("id", tile.getId());
            t.put("image", tile.getImage() == null ? null : tile.getImage().getId());
            t.put("tile_index", tile.getTileIndex());
            t.put("row", tile.getRow());
            t.put("column", tile.getColumn());
            t.put("x", tile.getX());
            t.put("y", tile.getY());
            t.put("width", tile.getWidth());
            t.put("height", tile.getHeight());
            if (tile.getImage() != null) {
                images.add(tile.getImage().getId());
            }
        }
        ArrayNode imageIds = node.putArray("images");
        images.forEach(imageIds::add);
        return node;
    }

    private void announce(Call call, SocketMessage type, ObjectNode set) {
        core.events().toProject(type, call.param("project"), "training_set", set,
                call.headers().get(ProjectEvents.CLIENT_HEADER));
    }
}
