package org.annotide.client.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingSession;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the mirror's training project asks of the server: a trainee's submission (sent from the outbox, after the
 * drafts it submits), an Admin's re-scoring (asked at once, because the Admin waits for its before and after; after
 * either the training projects are read again into the mirror), and the training settings changed in the mirror (sent
 * from the outbox, so that a change made offline waits there, across a restart, until the server is back).
 */
public final class TrainingSync {

    private final Mirror mirror;

    public TrainingSync(Mirror mirror) {
        this.mirror = mirror;
    }

    /**
     * Sends a trainee's submission of their task on an image (the edit's id): after the drafts, which the server then
     * takes off the image into the submission and scores. Once it answers, the drafts leave the mirror's image as they
     * left the server's (which tells other listeners, not this client), and the task comes back submitted with its
     * score. A 409 says the task was submitted already (an earlier try whose answer was lost): the mirror takes the
     * server's state. Any other refusal is reported by the caller and nothing changes here.
     */
    public void sendSubmission(SetupEdits.Edit edit) throws ServerException {
        ServerConnection connection = mirror.connection();
        Outbox outbox = mirror.outbox();
        String training = mirror.onOwner(() -> trainingOf(edit.id()));
        if (training == null) {
            outbox.submissions().drop(edit.id());
            return;
        }
        try {
            connection.request("POST", mirror.api() + "/training-projects/" + training
                    + "/submission", ServerModel.JSON.createObjectNode().set("images",
                            ServerModel.JSON.createArrayNode().add(edit.id())), ServerConnection.CLIENT_HEADER,
                    connection.client());
        } catch (ServerException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
        outbox.submissions().acknowledged(edit);
        List<TrainingMirror.Served> served = TrainingMirror.fetch(connection, mirror.projectId());
        mirror.setTrainingStale(false);
        mirror.onOwner(() -> {
            mirror.edits().quiet(() -> {
                removeSubmittedDrafts(edit.id());
                TrainingMirror.apply(mirror.store().project(), served,
                        mirror.outbox().trainingSettings());
            });
            mirror.commit();
            return null;
        });
    }

    /** The training project whose benchmark has the image, or null. */
    private String trainingOf(String image) {
        return mirror.store().project().getTrainingProjects().stream().filter(t -> t.getBenchmark() != null
                && t.getBenchmark().getImages().stream().anyMatch(i -> image.equals(i.getId()))).map(t -> t.getId())
                .findFirst().orElse(null);
    }

    /** This user's drafts the server had on the image: the submission took them off it. */
    private void removeSubmittedDrafts(String imageId) {
        ImageAsset image = mirror.image(imageId);
        if (image == null) {
            return;
        }
        Outbox outbox = mirror.outbox();
        for (Annotation draft : List.copyOf(image.getAnnotations())) {
            if (mirror.connection().user().equals(draft.getAuthor()) && outbox.version(draft.getId()) != null
                    && !outbox.isPending(draft.getId())) {
                image.getAnnotations().remove(draft);
                outbox.setVersion(draft.getId(), null);
            }
        }
    }

    /**
     * POST .../rescore with the function, then the scores read again into the mirror. Network work: called off the
     * owner thread (a job; the server computes meanwhile), and the new scores come into the model on the owner
     * thread. Refused or unreachable before the server answered, nothing changed; should the scores not be read back
     * (the server went away just after, or the caller was interrupted), the sender reads them as soon as it can.
     */
    public List<TrainingSession.Rescore> rescore(ScoringFunctionSpec function) {
        ServerConnection connection = mirror.connection();
        String training = mirror.onOwner(() -> mirror.store().project().getTrainingProjects().isEmpty() ? null
                : mirror.store().project().getTrainingProjects().get(0).getId());
        if (training == null) {
            throw new IllegalStateException("The mirror of " + mirror.projectId() + " holds no training project.");
        }
        JsonNode answer;
        try {
            ObjectNode body = ServerModel.JSON.createObjectNode();
            body.set("function", ServerModel.JSON.readTree(function.toJson()));
            answer = connection.request("POST", mirror.api() + "/training-projects/" + training
                    + "/rescore", body, ServerConnection.CLIENT_HEADER, connection.client()).json();
        } catch (ServerException e) {
            throw new IllegalStateException("Not re-calculated: " + (e.isUnreachable() ? "the server "
                    + connection.base() + " is unreachable (" + e.getMessage() + ")" : "the server refused it ("
                            + e.getMessage() + ")") + "; no score changed.", e);
        } catch (IOException e) {
            throw new IllegalStateException("the scoring function's own JSON does not parse: " + e.getMessage(), e);
        }
        try {
            List<TrainingMirror.Served> served = TrainingMirror.fetch(connection, mirror.projectId());
            mirror.onOwner(() -> {
                mirror.edits().quiet(() -> TrainingMirror.apply(mirror.store().project(), served,
                        mirror.outbox().trainingSettings()));
                mirror.commit();
                return null;
            });
        } catch (ServerException e) {
            readLater(); // re-scored there, not yet read back here
        } catch (IllegalStateException e) {
            if (!Thread.currentThread().isInterrupted()) {
                throw e;
            }
            readLater(); // the caller stopped waiting (a cancelled job): the scores still come
        }
        List<TrainingSession.Rescore> changes = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            changes.add(new TrainingSession.Rescore(item.path("annotator").asText(), number(item.get("before")),
                    number(item.get("after"))));
        }
        return changes;
    }

    /**
     * Sends one training setting as the mirror has it now (the edit's id is its metadata key) with {@code PUT
     * .../settings}; a change made meanwhile stays in the outbox for the next round. The server keeps no versions of
     * settings: the last write wins, and the other mirrors hear of it ({@code training_project_updated}).
     */
    public void sendSettings(SetupEdits.Edit edit) throws ServerException {
        ServerConnection connection = mirror.connection();
        SetupEdits settings = mirror.outbox().trainingSettings();
        String[] training = new String[1];
        ObjectNode body = mirror.onOwner(() -> {
            Project project = mirror.store().project();
            if (project.getTrainingProjects().isEmpty()) {
                return null;
            }
            training[0] = project.getTrainingProjects().get(0).getId();
            return settingBody(project, edit.id());
        });
        if (body == null) {
            settings.drop(edit.id());
            return;
        }
        connection.request("PUT", mirror.api() + "/training-projects/" + training[0] + "/settings", body,
                ServerConnection.CLIENT_HEADER, connection.client());
        settings.acknowledged(edit);
    }

    /** The body that sets one setting (by its metadata key) to the mirror's value; null for a key that is none. */
    private static ObjectNode settingBody(Project project, String key) {
        ObjectNode body = ServerModel.JSON.createObjectNode();
        switch (key) {
            case TrainingSettings.SKILL_BANDS_KEY -> {
                SkillBands bands = SkillBands.of(project);
                body.putObject("skill_bands").put("lower", bands.lower()).put("upper", bands.upper());
            }
            case TrainingSettings.INSTRUCTIONS_KEY -> body.put("instructions", TrainingSettings.instructions(project));
            case TrainingSettings.PENDING_FUNCTION_KEY -> {
                ScoringFunctionSpec pending = TrainingSettings.pendingFunction(project);
                try {
                    body.set("pending_function", pending == null ? ServerModel.JSON.getNodeFactory().nullNode()
                            : ServerModel.JSON.readTree(pending.toJson()));
                } catch (IOException e) {
                    throw new IllegalStateException("the scoring function's own JSON does not parse: "
                            + e.getMessage(), e);
                }
            }
            default -> {
                return null;
            }
        }
        return body;
    }

    /** Which setting a metadata key is, as a person reads it. */
    static String settingName(String key) {
        return switch (key) {
            case TrainingSettings.SKILL_BANDS_KEY -> "skill bands";
            case TrainingSettings.PENDING_FUNCTION_KEY -> "saved scoring function";
            case TrainingSettings.INSTRUCTIONS_KEY -> "annotation instructions";
            default -> key;
        };
    }

    /** The server sends the client that asked for a re-scoring no event of it: the sender reads the scores. */
    private void readLater() {
        mirror.setTrainingStale(true);
        mirror.wakeSender();
    }

    private static double number(JsonNode value) {
        return value == null || value.isNull() ? Double.NaN : value.asDouble();
    }
}
