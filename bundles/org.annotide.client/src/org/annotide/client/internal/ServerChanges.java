package org.annotide.client.internal;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies the server's state of one object (an annotation, a label class, a training set, an image, its status) to the
 * mirror's model, whether it came with catching up, an event of the project socket or the answer to a refused edit;
 * an object with a local edit still to send is left for that edit. On the owner thread, inside
 * {@link LocalEdits#quiet(Runnable)} (the caller commits).
 */
public final class ServerChanges {

    private final Mirror mirror;

    public ServerChanges(Mirror mirror) {
        this.mirror = mirror;
    }

    /** Applies the server's version of an annotation unless a local edit of it is waiting to be sent. */
    public void applyServerVersion(ImageAsset image, JsonNode json) {
        Outbox outbox = mirror.outbox();
        long id = json.get("id").asLong();
        String version = json.path("version").asText(null);
        if (outbox.isPending(id)
                || (version != null && version.equals(outbox.version(id)) && Mirror.find(image, id) != null)) {
            return; // our own edit will meet it at the server (409 if it changed), or we have it already
        }
        Annotation local = Mirror.find(image, id);
        Project project = mirror.store().project();
        if (local == null) {
            image.getAnnotations().add(ServerModel.annotation(json, project));
        } else {
            ServerModel.fill(local, json, project);
        }
        outbox.setVersion(id, version);
    }

    /** An annotation another user deleted leaves the mirror, unless a local edit of it is waiting to be sent. */
    public void deleteAnnotation(ImageAsset image, long id) {
        Annotation local = Mirror.find(image, id);
        if (local != null && !mirror.outbox().isPending(id)) {
            image.getAnnotations().remove(local);
            mirror.outbox().setVersion(id, null);
        }
    }

    /**
     * A label class another user created, changed or deleted. A deleted class takes its annotations with it, as on
     * the server, but for those with a local edit still to send (the server will refuse that edit, and say why).
     */
    public void applyLabelClass(String type, JsonNode json) {
        Outbox outbox = mirror.outbox();
        Project project = mirror.store().project();
        String id = json.get("id").asText();
        LabelClass local = mirror.labelClass(id);
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
    public void applyTrainingSet(String id, JsonNode json) {
        Outbox outbox = mirror.outbox();
        outbox.trainingSets().setOnServer(id, json != null);
        if (outbox.trainingSets().isPending(id)) {
            return;
        }
        TrainingSet local = mirror.trainingSet(id);
        Project project = mirror.store().project();
        if (json == null) {
            if (local != null) {
                EcoreUtil.delete(local); // and from what refers to it (training jobs), as the server's DeleteCommand
            }
        } else if (local == null) {
            project.getTrainingSets().add(ServerModel.trainingSet(json, project));
        } else {
            ServerModel.fill(local, json, project);
        }
    }

    /**
     * An image's name, description and metadata as the server has them (another user changed them, or the mirror
     * catches up), unless a change of them made in the mirror is waiting to be sent: that one will win on the server.
     */
    public void applyImage(JsonNode json) {
        String id = json.path("id").asText(null);
        ImageAsset image = id == null ? null : mirror.image(id);
        if (image != null && !mirror.outbox().images().isPending(id)) {
            ServerModel.fill(image, json);
        }
    }

    /**
     * An image the server no longer has (another user removed it) leaves the mirror, with its annotations and tiles,
     * and what refers to it lets go of it, as on the server; the mirror's copy of its file and its cached tiles go too
     * (they are the server's, fetched again should it ever come back). An image with edits of the mirror's still to
     * send (its annotations, its name) stays, on this computer only, and the user is told: those edits have nowhere to
     * go, but they are not thrown away.
     */
    public void removeImage(String id) {
        Outbox outbox = mirror.outbox();
        outbox.images().setOnServer(id, false);
        ImageAsset image = mirror.image(id);
        if (image == null) {
            return;
        }
        long unsent = image.getAnnotations().stream().filter(a -> outbox.isPending(a.getId())).count()
                + (outbox.images().isPending(id) ? 1 : 0);
        if (unsent > 0) {
            outbox.images().drop(id);
            outbox.dropImage(id);
            mirror.conflict("Image '" + image.getName() + "' was removed on the server by another user; it stays on this "
                    + "computer only, with your " + unsent + " unsent edit(s) of it.");
            return;
        }
        image.getAnnotations().forEach(a -> outbox.setVersion(a.getId(), null));
        String location = image.getLocation();
        EcoreUtil.delete(image, true); // and from training sets, benchmarks and tasks, as the server's DeleteCommand
        if (location != null && location.startsWith(ImageFiles.FILES_FOLDER + "/")) {
            ImageFiles.forget(mirror.store().folder(), location, id);
        }
    }

    /**
     * An image's status as the server has it (unknown: left as it is); with {@code tiles} its tiles' too, as the
     * server's status route sets them.
     */
    public static void applyStatus(ImageAsset image, ImageStatus status, boolean tiles) {
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
}
