package org.annotide.client.internal;

import java.util.List;

import org.annotide.benchmark.SourceStatus;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.TrainingSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends the outbox's edits of the project's setup, without versions (the last write wins): label classes, images
 * imported into the mirror (uploads), training sets with their tiles, image statuses, trainees' submissions and the
 * training settings, in an
 * order that never sends an object before what it needs. A change made meanwhile stays in the outbox for the next
 * round; a refusal for good is reported and the object stays local.
 */
public final class SetupSender {

    /** One setup edit to send and the queue of the outbox it waits in. */
    public record Next(SetupEdits queue, SetupEdits.Edit edit) {
    }

    private final Mirror mirror;
    private final ImageFiles files;
    private final TrainingSync training;
    private final Outbox outbox;

    public SetupSender(Mirror mirror, ImageFiles files, TrainingSync training) {
        this.mirror = mirror;
        this.files = files;
        this.training = training;
        this.outbox = mirror.outbox();
    }

    /**
     * The setup edit to send next: created and changed classes first (annotations may use a new one), then images
     * added to the mirror and changed images (annotations may be on them), then the annotations (null while any wait),
     * then training sets (after what they were made with), image statuses, submissions (after the drafts they
     * submit) and training settings, then removed images and deleted classes (after their annotations left them);
     * null when nothing of the setup waits.
     */
    public Next next() {
        SetupEdits.Edit classEdit = outbox.classes().first(false);
        if (classEdit != null) {
            return new Next(outbox.classes(), classEdit);
        }
        SetupEdits.Edit upload = outbox.images().first(false);
        if (upload != null) { // before the annotations, which may be on the image
            return new Next(outbox.images(), upload);
        }
        if (outbox.first() != null) {
            return null;
        }
        for (SetupEdits queue : List.of(outbox.trainingSets(), outbox.imageStatuses(), outbox.submissions(),
                outbox.trainingSettings(), outbox.images(), outbox.classes())) {
            SetupEdits.Edit edit = queue.first();
            if (edit != null) {
                return new Next(queue, edit);
            }
        }
        return null;
    }

    public void send(Next next) throws ServerException {
        SetupEdits queue = next.queue();
        SetupEdits.Edit edit = next.edit();
        if (queue == outbox.classes()) {
            sendClass(edit);
        } else if (queue == outbox.images()) {
            sendImage(edit);
        } else if (queue == outbox.trainingSets()) {
            sendTrainingSet(edit);
        } else if (queue == outbox.submissions()) {
            training.sendSubmission(edit);
        } else if (queue == outbox.trainingSettings()) {
            training.sendSettings(edit);
        } else {
            sendImageStatus(edit);
        }
    }

    /**
     * The server refused a setup edit for good (400, 403: a role that may not change the project's setup or the
     * images' status): it is dropped from the outbox, the change stays in the mirror, and the user is told why.
     */
    public void refused(Next next, ServerException e) {
        SetupEdits queue = next.queue();
        SetupEdits.Edit edit = next.edit();
        queue.drop(edit.id());
        if (queue == outbox.trainingSettings()) { // the mirror takes the server's setting back: read it again
            mirror.setTrainingStale(true);
            mirror.conflict("The server refused your change of the " + TrainingSync.settingName(edit.id()) + " ("
                    + e.getMessage() + "); this copy shows the server's again.");
            return;
        }
        String what = mirror.onOwner(() -> {
            if (queue == outbox.classes()) {
                return edit.op() + " of label class '" + mirror.labelClassName(edit.id()) + "'";
            }
            if (queue == outbox.trainingSets()) {
                TrainingSet set = mirror.trainingSet(edit.id());
                return edit.op() + " of training set '" + (set == null ? edit.id() : set.getName()) + "'";
            }
            if (queue == outbox.images() && edit.op().equals("delete")) {
                return "removal of image '" + edit.id() + "' (the server keeps it; it comes back into this mirror when "
                        + "it next catches up";
            }
            if (queue == outbox.images() && edit.op().equals("update")) {
                ImageAsset image = mirror.image(edit.id());
                return "change of image '" + (image == null ? edit.id() : image.getName()) + "'";
            }
            if (queue == outbox.images()) { // its annotations have nowhere to go on the server either
                outbox.images().lacks(edit.id());
                outbox.dropImage(edit.id());
                ImageAsset image = mirror.image(edit.id());
                return "upload of image '" + (image == null ? edit.id() : image.getName()) + "' (with its annotations)";
            }
            ImageAsset image = mirror.image(edit.id());
            if (queue == outbox.submissions()) {
                return "submission of your task on image '" + (image == null ? edit.id() : image.getName())
                        + "' (nothing was submitted: the task stays open";
            }
            return "status change of image '" + (image == null ? edit.id() : image.getName()) + "'";
        });
        boolean removal = queue == outbox.images() && edit.op().equals("delete");
        mirror.conflict(queue == outbox.submissions() || removal
                ? "The server refused your " + what + "): " + e.getMessage()
                : "The server refused your " + what + " (" + e.getMessage() + "); it stays on this computer only.");
    }

    /** Sends one label-class edit; a change made meanwhile stays in the outbox for the next round. */
    private void sendClass(SetupEdits.Edit edit) throws ServerException {
        ServerConnection connection = mirror.connection();
        String classes = mirror.api() + "/label-classes";
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
        ObjectNode body = mirror.onOwner(() -> {
            LabelClass local = mirror.labelClass(edit.id());
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
        ServerConnection connection = mirror.connection();
        String sets = mirror.api() + "/training-sets";
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
        ObjectNode body = mirror.onOwner(() -> {
            TrainingSet local = mirror.trainingSet(edit.id());
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
        if (edit.op().equals("delete")) {
            removeImage(edit);
            return;
        }
        if (edit.op().equals("update")) {
            changeImage(edit);
            return;
        }
        ImageFiles.Upload upload = mirror.onOwner(() -> files.upload(edit.id()));
        if (upload == null) { // removed from the mirror meanwhile
            outbox.images().drop(edit.id());
            return;
        }
        if (upload.file() == null) {
            throw new ServerException(-1, "the image cannot be sent: " + upload.problem(), null, null);
        }
        ServerConnection connection = mirror.connection();
        String path = mirror.api() + "/images?name=" + encode(upload.name()) + "&id=" + encode(edit.id());
        try {
            connection.upload(path, upload.file(), ImageFiles.contentType(upload.file()),
                    ServerConnection.CLIENT_HEADER, connection.client());
        } catch (ServerException e) {
            JsonNode current = e.problem() == null ? null : e.problem().get("current");
            if (e.status() != 409 || current == null || !edit.id().equals(current.path("id").asText())) {
                throw e;
            }
        }
        // the upload carries the file and its name; a description or metadata follow as the image's change
        ObjectNode details = mirror.onOwner(() -> {
            ImageAsset image = mirror.image(edit.id());
            return image == null || (image.getDescription() == null && image.getMetadata().isEmpty()) ? null
                    : ServerModel.body(image);
        });
        if (details != null) {
            connection.request("PUT", mirror.api() + "/images/" + edit.id(), details, ServerConnection.CLIENT_HEADER,
                    connection.client());
        }
        outbox.images().acknowledged(edit);
    }

    /**
     * Sends an image's name, description and metadata as the mirror has them now. An image the server removed
     * meanwhile (404) is left to the removal's event or the next catching up, which tell the mirror.
     */
    private void changeImage(SetupEdits.Edit edit) throws ServerException {
        ObjectNode body = mirror.onOwner(() -> {
            ImageAsset image = mirror.image(edit.id());
            return image == null ? null : ServerModel.body(image);
        });
        if (body != null) {
            ServerConnection connection = mirror.connection();
            try {
                connection.request("PUT", mirror.api() + "/images/" + edit.id(), body, ServerConnection.CLIENT_HEADER,
                        connection.client());
            } catch (ServerException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        outbox.images().acknowledged(edit);
    }

    /**
     * Removes an image on the server as it was removed from the mirror: forced, so that its annotations leave with
     * it, as they left the mirror. 404: someone removed it first, which is what we wanted.
     */
    private void removeImage(SetupEdits.Edit edit) throws ServerException {
        ServerConnection connection = mirror.connection();
        try {
            connection.request("DELETE", mirror.api() + "/images/" + encode(edit.id()) + "?force=true", null,
                    ServerConnection.CLIENT_HEADER, connection.client());
        } catch (ServerException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        outbox.images().acknowledged(edit);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends an image's status as the mirror has it now (the image's id is the edit's); a change meanwhile stays. */
    private void sendImageStatus(SetupEdits.Edit edit) throws ServerException {
        String word = mirror.onOwner(() -> {
            ImageAsset image = mirror.image(edit.id());
            return image == null ? null : SourceStatus.of(image).word();
        });
        ServerConnection connection = mirror.connection();
        if (word != null) {
            connection.request("PUT", mirror.api() + "/images/" + edit.id() + "/status",
                    ServerModel.JSON.createObjectNode().put("status", word), ServerConnection.CLIENT_HEADER,
                    connection.client());
        }
        outbox.imageStatuses().acknowledged(edit);
    }
}
