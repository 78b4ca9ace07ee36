package org.annotide.client.internal;

import java.util.List;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends the outbox's annotation edits (create, replace with {@code If-Match}, delete with {@code If-Match}) and keeps
 * what the server answers: the server's id, version, author and times; on a 409 both versions (the local one as a
 * conflict copy, {@value RemoteProject#CONFLICT_ATTRIBUTE}); on a 404 the local version sent again as a new one. Also
 * resolves a conflict copy once the user deleted its original.
 */
public final class AnnotationSender {

    private final Mirror mirror;
    private final ServerChanges changes;
    private final Outbox outbox;

    public AnnotationSender(Mirror mirror, ServerChanges changes) {
        this.mirror = mirror;
        this.changes = changes;
        this.outbox = mirror.outbox();
    }

    private String path(Outbox.Pending p) {
        return mirror.api() + "/images/" + p.image() + "/annotations";
    }

    /** Sends one pending edit (network, on the sender thread); the model takes the answer on the owner thread. */
    public void send(Outbox.Pending p) throws ServerException {
        ServerConnection connection = mirror.connection();
        String client = connection.client();
        if (!outbox.images().isOnServer(p.image()) && !outbox.images().isPending(p.image())) {
            outbox.drop(p.id()); // an image the server refused: the user was told it stays here with its annotations
            return;
        }
        switch (p.op()) {
            case "create" -> {
                JsonNode body = mirror.onOwner(() -> body(p));
                if (body == null) {
                    outbox.drop(p.id());
                    return;
                }
                JsonNode created = connection.request("POST", path(p), body, ServerConnection.CLIENT_HEADER, client).json();
                long id = created.get("id").asLong();
                mirror.onOwner(() -> {
                    ImageAsset image = mirror.image(p.image());
                    Annotation local = image == null ? null : Mirror.find(image, p.id());
                    if (local != null) {
                        Outbox.Pending now = outbox.pending(p.id());
                        if (now != null && now.seq() == p.seq()) { // no edit since: take author and times
                            mirror.edits().quiet(() -> ServerModel.fill(local, created, mirror.store().project()));
                        }
                        mirror.edits().quiet(() -> local.setId(id));
                        mirror.commit();
                    }
                    outbox.acknowledged(p, id, created.get("version").asText());
                    return null;
                });
            }
            case "update" -> {
                JsonNode body = mirror.onOwner(() -> body(p));
                if (body == null) {
                    outbox.drop(p.id());
                    return;
                }
                try {
                    JsonNode updated = connection.request("PUT", path(p) + "/" + p.id(), body,
                            ServerConnection.CLIENT_HEADER, client, "If-Match", "\"" + p.base() + "\"").json();
                    mirror.onOwner(() -> {
                        ImageAsset image = mirror.image(p.image());
                        Annotation local = image == null ? null : Mirror.find(image, p.id());
                        if (local != null && outbox.pending(p.id()) != null && outbox.pending(p.id()).seq() == p.seq()) {
                            mirror.edits().quiet(() -> ServerModel.fill(local, updated, mirror.store().project())); // author, times
                            mirror.commit();
                        }
                        outbox.acknowledged(p, p.id(), updated.get("version").asText());
                        return null;
                    });
                } catch (ServerException e) {
                    if (e.status() == 409) {
                        mirror.onOwner(() -> keepBoth(p, e.problem().get("current")));
                    } else if (e.status() == 404) {
                        mirror.onOwner(() -> recreate(p));
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
                        mirror.onOwner(() -> restore(p, e.problem().get("current")));
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

    /** The server refused the edit for good: it is dropped and the user is told. */
    public void refused(Outbox.Pending p, ServerException e) {
        outbox.drop(p.id());
        mirror.conflict("The server refused to " + p.op() + " annotation " + p.id() + ": " + e.getMessage());
    }

    /**
     * A conflict copy whose original the user deleted is what the user kept: it loses its mark and is sent as a new
     * annotation. On the owner thread, after each local command.
     */
    public void resolveConflicts() {
        for (ImageAsset image : mirror.store().project().getImages()) {
            for (Annotation a : List.copyOf(image.getAnnotations())) {
                Long original = outbox.conflictOriginal(a.getId());
                if (original != null && Mirror.find(image, original) == null) {
                    outbox.removeConflict(a.getId());
                    mirror.edits().quiet(() -> a.getAttributes().removeKey(RemoteProject.CONFLICT_ATTRIBUTE));
                    outbox.added(image.getId(), a.getId());
                    mirror.commit();
                }
            }
        }
    }

    private JsonNode body(Outbox.Pending p) {
        ImageAsset image = mirror.image(p.image());
        Annotation local = image == null ? null : Mirror.find(image, p.id());
        return local == null ? null : ServerModel.body(local);
    }

    /** 409 on a replace: the server's version under the id, the local one beside it as a conflict copy. */
    private Void keepBoth(Outbox.Pending p, JsonNode current) {
        ImageAsset image = mirror.image(p.image());
        Annotation local = image == null ? null : Mirror.find(image, p.id());
        outbox.drop(p.id());
        if (local == null) {
            mirror.edits().quiet(() -> changes.applyServerVersion(image, current));
            mirror.commit();
            return null;
        }
        long copyId = mirror.nextLocalId();
        String author = current.path("author").asText("another user");
        String message = "Annotation " + p.id() + " of image " + image.getName() + " was changed on the server (by "
                + author + ") while you edited it: the server's version is annotation " + p.id()
                + ", yours is kept beside it as annotation " + copyId + " (on this computer only). Delete the one you "
                + "do not want; deleting " + p.id() + " sends yours to the server.";
        Annotation copy = ServerModel.copy(local, copyId);
        copy.getAttributes().put(RemoteProject.CONFLICT_ATTRIBUTE, message);
        mirror.edits().quiet(() -> {
            ServerModel.fill(local, current, mirror.store().project());
            image.getAnnotations().add(copy);
            mirror.store().project().setNextAnnotationId(copyId + 1);
        });
        outbox.setVersion(p.id(), current.path("version").asText(null));
        outbox.addConflict(copyId, p.id());
        mirror.commit();
        mirror.saveOutbox();
        mirror.conflict(message);
        return null;
    }

    /** 409 on a delete: someone changed the annotation first; it comes back as the server has it. */
    private Void restore(Outbox.Pending p, JsonNode current) {
        outbox.drop(p.id());
        ImageAsset image = mirror.image(p.image());
        if (image != null) {
            mirror.edits().quiet(() -> changes.applyServerVersion(image, current));
            mirror.commit();
        }
        mirror.conflict("Your deletion of annotation " + p.id() + " was refused: " + current.path("author").asText(
                "another user") + " changed it on the server meanwhile. It is back as the server has it; delete it "
                + "again if it should go.");
        return null;
    }

    /** 404 on a replace: someone deleted the annotation; the local version is created again, as a new one. */
    private Void recreate(Outbox.Pending p) {
        outbox.drop(p.id());
        outbox.setVersion(p.id(), null);
        ImageAsset image = mirror.image(p.image());
        if (image != null && Mirror.find(image, p.id()) != null) {
            outbox.added(p.image(), p.id());
        }
        mirror.conflict("Annotation " + p.id() + " was deleted on the server while you edited it; your version is "
                + "sent again as a new annotation.");
        return null;
    }
}
