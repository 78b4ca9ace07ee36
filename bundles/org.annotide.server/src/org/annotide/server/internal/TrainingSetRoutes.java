package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    private static final Set<String> FIELDS = Set.of("name", "description", "tiles");

    private final ServerCore core;

    TrainingSetRoutes(ServerCore core) {
        this.core = core;
    }

    void register() {
        core.route("GET", "/projects/{project}/training-sets", "The training sets of a project (tile and image counts)", this::list);
        core.route("POST", "/projects/{project}/training-sets", "Create a training set {name, description, tiles}", this::create);
        core.route("GET", "/projects/{project}/training-sets/{set}", "One training set with its tiles and their images", this::get);
        core.route("PUT", "/projects/{project}/training-sets/{set}",
                "Change a training set: name, description, tiles (the whole membership)", this::update);
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
        ObjectNode body = Json.parse(call.body(), FIELDS);
        String name = name(body, true);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            unique(project, name, null);
            TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setId(UUID.randomUUID().toString());
            set.setName(name);
            set.setDescription(Json.text(body, "description", false));
            set.setCreatedBy(call.user().login());
            set.setCreatedAt(new Date());
            if (body.has("tiles")) {
                set.getTiles().addAll(tiles(project, body));
            }
            ServerCore.execute(store, AddCommand.create(store.editingDomain(), project, Literals.PROJECT__TRAINING_SETS, set));
            ObjectNode json = full(set);
            announce(call, "training_set_created", summary(set));
            return new Reply(201, json).header("Location", ServerCore.API + "/projects/" + call.param("project")
                    + "/training-sets/" + set.getId());
        }
    }

    private Reply update(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = Json.parse(call.body(), FIELDS);
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
                List<Tile> wanted = tiles(project, body);
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
                announce(call, "training_set_updated", summary(set));
            } else if (!body.has("tiles")) {
                throw new ApiException(400, "nothing to change: give one of " + String.join(", ", FIELDS.stream().sorted().toList()));
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
            announce(call, "training_set_deleted", Json.object().put("id", id));
            return Reply.noContent();
        }
    }

    private static TrainingSet find(Project project, Call call) {
        String id = call.param("set");
        return project.getTrainingSets().stream().filter(s -> id.equals(s.getId())).findFirst()
                .orElseThrow(() -> new ApiException(404, "no training set '" + id + "' in project '"
                        + call.param("project") + "'"));
    }

    /** The tiles the body names, in its order, each once; an id that is no tile of the project is a 400. */
    private static List<Tile> tiles(Project project, ObjectNode body) {
        JsonNode ids = body.get("tiles");
        if (ids == null || !ids.isArray()) {
            throw new ApiException(400, "the field 'tiles' must be an array of tile ids");
        }
        Map<String, Tile> byId = new HashMap<>();
        for (ImageAsset image : project.getImages()) {
            for (Tile tile : image.getTiles()) {
                byId.put(tile.getId(), tile);
            }
        }
        Set<Tile> tiles = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw new ApiException(400, "the field 'tiles' must be an array of tile ids (strings), not " + Json.kind(id));
            }
            Tile tile = byId.get(id.asText());
            if (tile == null) {
                unknown.add(id.asText());
            } else {
                tiles.add(tile);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "no tile " + String.join(", ", unknown.stream().limit(10).toList())
                    + (unknown.size() > 10 ? " (and " + (unknown.size() - 10) + " more)" : "") + " in this project");
        }
        return new ArrayList<>(tiles);
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

    private void announce(Call call, String type, ObjectNode set) {
        core.events().toProject(type, call.param("project"), "training_set", set,
                call.headers().get(ProjectEvents.CLIENT_HEADER));
    }
}
