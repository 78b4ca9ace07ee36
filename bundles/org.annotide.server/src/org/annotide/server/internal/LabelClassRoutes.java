package org.annotide.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.annotide.access.Action;
import org.annotide.access.InProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Creating, renaming, recolouring and deleting a project's label classes ({@link Action#EDIT_PROJECT_SETUP}). Each
 * write is one EMF command on the journaled store, announced on the project's WebSocket.
 */
final class LabelClassRoutes {

    /** What the project socket tells of label classes ({@link #announce}), to all who see the project but the writer. */
    static final SocketMessage LABEL_CLASS_CREATED = setupMessage("label_class_created", "a label class was added",
            Json.LABEL_CLASS);
    static final SocketMessage LABEL_CLASS_UPDATED = setupMessage("label_class_updated", "a label class was changed",
            Json.LABEL_CLASS);
    static final SocketMessage LABEL_CLASS_DELETED = setupMessage("label_class_deleted", "a label class was deleted, "
            + "with the annotations that used it", Schema.object(Schema.field("id", Schema.string()),
                    Schema.field("annotations_deleted", Schema.integer(), "how many of its annotations went with it")));
    static final List<SocketMessage> MESSAGES = List.of(LABEL_CLASS_CREATED, LABEL_CLASS_UPDATED, LABEL_CLASS_DELETED);

    private static SocketMessage setupMessage(String type, String description, Schema labelClass) {
        return SocketMessage.of(type, description, Schema.field("project", Schema.string()),
                Schema.field("label_class", labelClass, "as GET answers it"));
    }

    private static final Input.Field NAME = Input.Field.optional("name", "string", "the class's name, unique");
    private static final Input.Field COLOR_FIELD = Input.Field.optional("color", "string", "#rrggbb (a new class "
            + "that names none gets one)");
    private static final Input.Field SUPERCATEGORY = Input.Field.optional("supercategory", "string",
            "the class's supercategory (COCO)");
    private static final Input.Field DESCRIPTION = Input.Field.optional("description", "string", "a description");
    private static final Input.Body FIELDS = Input.Body.of(NAME, COLOR_FIELD, SUPERCATEGORY, DESCRIPTION);
    /** A create may name the id: a client's mirror creates a class offline and keeps the id it gave it. */
    private static final Input.Body CREATE_FIELDS = Input.Body.of(Input.Field.optional("id", "string",
            "1 to 64 letters, digits, '.', '_', '-' (default: one the server gives)"),
            Input.Field.required("name", "string", "the class's name, unique"), COLOR_FIELD, SUPERCATEGORY, DESCRIPTION);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** A colour as the workbench stores it: {@code #rrggbb}. */
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Colours given to a new class that names none, in turn (the model registry's palette is private to it). */
    private static final String[] PALETTE = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
        "#f032e6", "#bcf60c", "#008080", "#9a6324"};

    private final ServerCore core;

    LabelClassRoutes(ServerCore core) {
        this.core = core;
    }

    void register() {
        core.route("POST", "/projects/{project}/label-classes", "Create a label class {name, color, [id]}", this::create)
                .body(CREATE_FIELDS).answers(Json.LABEL_CLASS);
        core.route("PUT", "/projects/{project}/label-classes/{class}", "Rename or recolour a label class", this::update)
                .body(FIELDS).answers(Json.LABEL_CLASS);
        core.route("DELETE", "/projects/{project}/label-classes/{class}",
                "Delete a label class; 409 while annotations use it, unless ?force=true (which deletes them too)",
                this::delete).query(ImageRoutes.FORCE);
    }

    private Reply create(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = call.json();
        String name = name(body, true);
        String color = color(body);
        String id = id(body);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            unique(project, name, null);
            if (id != null && project.getLabelClasses().stream().anyMatch(c -> id.equals(c.getId()))) {
                throw new ApiException(409, "the project has a label class with the id '" + id + "' already");
            }
            LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
            labelClass.setId(id != null ? id : UUID.randomUUID().toString());
            labelClass.setName(name);
            labelClass.setColor(color != null ? color : PALETTE[project.getLabelClasses().size() % PALETTE.length]);
            labelClass.setSupercategory(Json.text(body, "supercategory", false));
            labelClass.setDescription(Json.text(body, "description", false));
            CompoundCommand command = new CompoundCommand("Add label class '" + name + "'");
            command.append(AddCommand.create(store.editingDomain(), project, Literals.PROJECT__LABEL_CLASSES, labelClass));
            ServerCore.execute(store, command);
            ObjectNode json = Json.labelClass(labelClass);
            announce(call, LABEL_CLASS_CREATED, json);
            return new Reply(201, json).header("Location", ServerCore.API + "/projects/" + call.param("project")
                    + "/label-classes/" + labelClass.getId());
        }
    }

    private Reply update(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        ObjectNode body = call.json();
        String name = name(body, false);
        String color = color(body);
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            LabelClass labelClass = find(project, call);
            CompoundCommand command = new CompoundCommand("Change label class '" + labelClass.getName() + "'");
            if (name != null) {
                unique(project, name, labelClass);
                command.append(SetCommand.create(store.editingDomain(), labelClass, Literals.NAMED__NAME, name));
            }
            if (color != null) {
                command.append(SetCommand.create(store.editingDomain(), labelClass, Literals.LABEL_CLASS__COLOR, color));
            }
            if (body.has("supercategory")) {
                command.append(SetCommand.create(store.editingDomain(), labelClass,
                        Literals.LABEL_CLASS__SUPERCATEGORY, Json.text(body, "supercategory", false)));
            }
            if (body.has("description")) {
                command.append(SetCommand.create(store.editingDomain(), labelClass, Literals.NAMED__DESCRIPTION,
                        Json.text(body, "description", false)));
            }
            if (command.isEmpty()) {
                throw new ApiException(400, "nothing to change: give one of " + String.join(", ", FIELDS.names().stream().sorted().toList()));
            }
            ServerCore.execute(store, command);
            ObjectNode json = Json.labelClass(labelClass);
            announce(call, LABEL_CLASS_UPDATED, json);
            return Reply.ok(json);
        }
    }

    private Reply delete(Call call) {
        core.checkIn(call, Action.EDIT_PROJECT_SETUP, null);
        boolean force = Boolean.TRUE.equals(call.flag("force"));
        ProjectStore store = core.store(call);
        synchronized (store) {
            Project project = store.project();
            LabelClass labelClass = find(project, call);
            List<EObject> deleted = new ArrayList<>();
            int groundTruth = 0;
            for (ImageAsset image : project.getImages()) {
                boolean benchmark = ServerCore.groundTruth(project, image);
                for (Annotation annotation : image.getAnnotations()) {
                    if (annotation.getLabelClass() == labelClass) {
                        deleted.add(annotation);
                        groundTruth += benchmark ? 1 : 0;
                    }
                }
            }
            int used = deleted.size();
            if (used > 0 && !force) {
                // counting every annotation, ground truth and drafts too: the caller learns how many, not which
                throw new ApiException(409, used + " annotation(s) use the label class '" + labelClass.getName()
                        + "'; delete with ?force=true to delete them too", Json.object().put("annotations", used));
            }
            if (groundTruth > 0) { // deleting ground truth is changing it: the ground-truth door, as for annotations
                InProject scope = core.in(call.param("project"), null);
                if (!core.permissions().may(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope)) {
                    throw new ApiException(403, groundTruth + " of the annotations that use the label class '"
                            + labelClass.getName() + "' are ground truth of a benchmark: "
                            + core.permissions().denial(call.user(), Action.VIEW_BENCHMARK_SOURCE, scope));
                }
            }
            deleted.add(labelClass);
            String id = labelClass.getId();
            // one DeleteCommand: the annotations and the class leave, and what else refers to them (models' class
            // lists) is cleared, in one undoable step
            Command command = new CommandWrapper("Delete label class '" + labelClass.getName() + "'", "Delete label class",
                    DeleteCommand.create(store.editingDomain(), deleted));
            ServerCore.execute(store, command);
            announce(call, LABEL_CLASS_DELETED, Json.object().put("id", id).put("annotations_deleted", used));
            return Reply.noContent();
        }
    }

    private static LabelClass find(Project project, Call call) {
        String id = call.param("class");
        return project.getLabelClasses().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new ApiException(404, "no label class '" + id + "' in project '"
                        + call.param("project") + "'"));
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

    private static String color(ObjectNode body) {
        String color = Json.text(body, "color", false);
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new ApiException(400, "the field 'color' must be #rrggbb, not '" + color + "'");
        }
        return color;
    }

    /** Class names are how models, exports and CSV imports find classes: two of one name would be ambiguous. */
    private static void unique(Project project, String name, LabelClass self) {
        for (LabelClass other : project.getLabelClasses()) {
            if (other != self && name.equals(other.getName())) {
                throw new ApiException(409, "the project has a label class named '" + name + "' already",
                        Json.object().set("current", Json.labelClass(other)));
            }
        }
    }

    private void announce(Call call, SocketMessage type, ObjectNode labelClass) {
        core.events().toProject(type, call.param("project"), "label_class", labelClass,
                call.headers().get(ProjectEvents.CLIENT_HEADER));
    }
}
