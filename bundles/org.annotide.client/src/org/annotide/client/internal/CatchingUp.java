package org.annotide.client.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.TrainingSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings the mirror to the server's state, but for local edits not yet sent: reads label classes, training sets,
 * images (fetching their files, or a large image's pyramid description; those the server removed leave) with their annotations and the training projects (network, on the sender thread), then
 * reconciles each kind with the model on the owner thread. Also reads the training projects alone again when the
 * server said they changed.
 */
public final class CatchingUp {

    private final Mirror mirror;
    private final ServerChanges changes;
    private final ImageFiles files;

    public CatchingUp(Mirror mirror, ServerChanges changes, ImageFiles files) {
        this.mirror = mirror;
        this.changes = changes;
        this.files = files;
    }

    /** Reads the server's whole state of the project and brings the mirror to it. */
    public void pull() throws ServerException {
        ServerConnection connection = mirror.connection();
        String base = mirror.api();
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
        Set<String> hidden = new HashSet<>(); // images whose annotations this user may not read (ground truth)
        Map<String, String> mirrored = mirror.onOwner(() -> { // an image this mirror imported keeps its own file
            Map<String, String> where = new HashMap<>();
            mirror.store().project().getImages().forEach(i -> where.put(i.getId(), String.valueOf(i.getLocation())));
            return where;
        });
        for (JsonNode image : images) {
            String id = image.get("id").asText();
            String location = ImageFiles.location(image);
            locations.put(id, location);
            Path file = mirror.store().folder().resolve(location);
            String mine = mirrored.get(id);
            boolean removedHere = mine == null && mirror.outbox().images().isPending(id); // the removal still to send
            if ((mine == null || mine.equals(location)) && !removedHere) {
                files.fetch(image, file);
            }
            try {
                annotations.put(id, pages(base + "/images/" + id + "/annotations"));
            } catch (ServerException e) {
                if (e.status() != 403) { // 403: ground truth this user may not read; the image comes without it
                    throw e;
                }
                hidden.add(id);
            }
        }
        mirror.setTrainingStale(false);
        // after the images: the tasks name them
        List<TrainingMirror.Served> training = TrainingMirror.fetch(connection, mirror.projectId());
        mirror.onOwner(() -> {
            mirror.edits().quiet(() -> {
                reconcile(classes, images, locations, annotations, hidden);
                reconcileTrainingSets(sets);
                TrainingMirror.apply(mirror.store().project(), training,
                        mirror.outbox().trainingSettings());
            });
            mirror.commit();
            return null;
        });
    }

    /** Reads the training projects again (the server said they changed) and brings the mirror's to them. */
    public void refreshTraining() throws ServerException {
        mirror.setTrainingStale(false);
        List<TrainingMirror.Served> training = TrainingMirror.fetch(mirror.connection(), mirror.projectId());
        mirror.onOwner(() -> {
            mirror.edits().quiet(() -> TrainingMirror.apply(mirror.store().project(), training,
                        mirror.outbox().trainingSettings()));
            mirror.commit();
            return null;
        });
    }

    private List<JsonNode> pages(String path) throws ServerException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = mirror.connection().request("GET", path + "?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)),
                    null).json();
            page.get("items").forEach(items::add);
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText(null);
        } while (cursor != null);
        return items;
    }

    /** Brings the model to the server's state, leaving annotations with unsent edits and conflict copies alone. */
    private void reconcile(List<JsonNode> classes, List<JsonNode> images, Map<String, String> locations,
            Map<String, List<JsonNode>> annotations, Set<String> hidden) {
        Outbox outbox = mirror.outbox();
        Project project = mirror.store().project();
        for (JsonNode c : classes) {
            LabelClass known = mirror.labelClass(c.get("id").asText());
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
        Set<String> servedImages = new HashSet<>();
        for (JsonNode json : images) {
            String id = json.get("id").asText();
            servedImages.add(id);
            ImageAsset image = mirror.image(id);
            outbox.images().setOnServer(id, true);
            if (image == null) {
                if (outbox.images().isPending(id)) {
                    continue; // removed in the mirror, the removal still to send
                }
                image = ServerModel.image(json, locations.get(id));
                project.getImages().add(image);
            } else {
                changes.applyImage(json); // renamed, described while this client was away
                if (!outbox.imageStatuses().isPending(id)) {
                    ServerChanges.applyStatus(image, ServerModel.imageStatus(json.path("status").asText(null)), false);
                }
            }
            List<JsonNode> served = annotations.get(id);
            if (served == null) {
                if (hidden.contains(id)) { // the role no longer sees them (demoted): as if it had connected with it
                    forgetServed(image);
                }
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
                changes.applyServerVersion(image, a);
            }
        }
        for (ImageAsset local : List.copyOf(project.getImages())) { // removed on the server while this client was away
            if (!servedImages.contains(local.getId()) && outbox.images().isOnServer(local.getId())) {
                changes.removeImage(local.getId());
            }
        }
        // after the removals: what is left unserved was refused or never sent, and the outbox keeps what the server lacks
        for (ImageAsset image : project.getImages()) {
            if (!servedImages.contains(image.getId())) {
                outbox.images().lacks(image.getId());
            }
        }
    }

    /**
     * Takes the annotations that came from the server out of an image whose annotations the user may no longer read
     * (ground truth after a demotion); their own unsent edits stay (the server refuses them, which is reported).
     */
    private void forgetServed(ImageAsset image) {
        Outbox outbox = mirror.outbox();
        for (Annotation local : List.copyOf(image.getAnnotations())) {
            long aid = local.getId();
            if (outbox.version(aid) != null && !outbox.isPending(aid)) {
                image.getAnnotations().remove(local);
                outbox.setVersion(aid, null);
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
            changes.applyTrainingSet(set.get("id").asText(), set);
        }
        for (TrainingSet local : List.copyOf(mirror.store().project().getTrainingSets())) {
            if (!served.contains(local.getId()) && mirror.outbox().trainingSets().isOnServer(local.getId())) {
                changes.applyTrainingSet(local.getId(), null);
            }
        }
    }
}
