package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import org.annotide.client.RemoteProject;
import org.annotide.client.internal.Outbox;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.edit.AttributeValues;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The review of predictions (Accept, Reject), the attributes of annotations, their flags (locked, occluded, crowd),
 * group, z-order and model version, changed in a mirror, travel through the API as class and shape do, and hiding
 * (each user's view) does not (real server on loopback, its journaled store): the other mirror has them within a second
 * and the server's GET answers them; a concurrent change keeps both versions; a change made while the server is away
 * waits in the outbox, across a restart of the client, and is sent when it is back.
 */
class AnnotationReviewSyncTest extends ServerAndMirrors {

    /** A Team Manager's mirror, where the prediction is made ({@link #aPredicts()}). */
    private Client a;
    /** An Admin's mirror of the same project. */
    private Client b;
    /** A's prediction: a box on the server's image. */
    private Annotation predicted;
    /** Its id on the server. */
    private long id;

    /** Starts the server, opens A's and B's mirrors of its project, and A predicts a box; back once it is sent. */
    private void aPredicts() throws Exception {
        server = new TeamServer(temp);
        a = client("manager");
        b = client("admin");
        predicted = predict(a, server.image, 3);
        a.awaitSent();
        id = a.onOwner(predicted::getId);
    }

    /** Adds a model's prediction to the mirror as the editor's Predict does (provenance, model, score; one command). */
    static Annotation predict(Client c, String imageId, double x) throws Exception {
        return c.onOwner(() -> {
            Project project = c.store().project();
            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
            box.setX(x);
            box.setY(2);
            box.setWidth(5);
            box.setHeight(6);
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            annotation.setId(project.getNextAnnotationId());
            annotation.setLabelClass(project.getLabelClasses().get(0));
            annotation.setShape(box);
            annotation.setProvenance(Provenance.PREDICTED);
            annotation.setModelVersion("m-1");
            annotation.setScore(0.75);
            CompoundCommand command = new CompoundCommand("Predict");
            command.append(AddCommand.create(c.store().editingDomain(), c.image(imageId),
                    Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            command.append(SetCommand.create(c.store().editingDomain(), project, Literals.PROJECT__NEXT_ANNOTATION_ID,
                    annotation.getId() + 1));
            c.store().commandStack().execute(command);
            return annotation;
        });
    }

    /** Accepts or rejects a prediction with the editor's commands (review, and shown or hidden). */
    static void review(Client c, Annotation annotation, ReviewState review) throws Exception {
        c.onOwner(() -> {
            CompoundCommand command = new CompoundCommand(review == ReviewState.ACCEPTED ? "Accept Prediction"
                    : "Reject Prediction");
            command.append(new SetCommand(c.store().editingDomain(), annotation, Literals.ANNOTATION__REVIEW, review));
            command.append(new SetCommand(c.store().editingDomain(), annotation, Literals.ANNOTATION__HIDDEN,
                    review == ReviewState.REJECTED));
            c.store().commandStack().execute(command);
            return null;
        });
    }

    /** Gives an attribute a value (empty: takes it off) with the attribute strip's command. */
    static void attribute(Client c, Annotation annotation, String name, String value) throws Exception {
        c.onOwner(() -> {
            c.store().commandStack().execute(AttributeValues.command(c.store().editingDomain(), annotation, name, value));
            return null;
        });
    }

    /** The server's own model, read as the server reads it. */
    Annotation onServer(String image, long id) {
        synchronized (server.store) {
            return server.store.project().getImages().stream().filter(i -> i.getId().equals(image)).findFirst()
                    .orElseThrow().getAnnotations().stream().filter(a -> a.getId() == id).findFirst().orElse(null);
        }
    }

    /** The annotation as the server's GET answers it to {@code c}'s user. */
    JsonNode get(Client c, String image, long id) throws Exception {
        return c.connection.request("GET", "/api/v1/projects/" + server.projectId + "/images/" + image
                + "/annotations/" + id, null).json();
    }

    /** Whether {@code c}'s mirror has the annotation with that review and exactly those attributes. */
    static boolean has(Client c, String image, long id, ReviewState review, Map<String, String> attributes) {
        Annotation a = c.image(image).getAnnotations().stream().filter(x -> x.getId() == id).findFirst().orElse(null);
        return a != null && a.getReview() == review && attributes.equals(a.getAttributes().map());
    }

    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void anAcceptedPredictionAndItsAttributesReachTheServerAndTheOtherMirrorWithinASecond() throws Exception {
        aPredicts();
        assertEquals(Provenance.PREDICTED, onServer(server.image, id).getProvenance(), "a prediction on the server too");
        assertEquals(Provenance.PREDICTED, a.onOwner(predicted::getProvenance), "and still one in the mirror");
        b.await(1000, "B has the prediction", () -> b.image(server.image).getAnnotations().stream()
                .anyMatch(x -> x.getId() == id && x.getProvenance() == Provenance.PREDICTED
                        && x.getReview() == ReviewState.NONE));

        long t0 = System.nanoTime();
        review(a, predicted, ReviewState.ACCEPTED);
        attribute(a, predicted, "quality", "sharp");
        b.await(1000, "B sees the acceptance and the attribute",
                () -> has(b, server.image, id, ReviewState.ACCEPTED, Map.of("quality", "sharp")));
        long accepted = millisSince(t0);
        a.awaitSent();
        JsonNode served = get(b, server.image, id);
        assertEquals("accepted", served.get("review").asText(), served.toString());
        assertEquals("predicted", served.get("provenance").asText(), served.toString());
        assertEquals("sharp", served.get("attributes").get("quality").asText(), served.toString());
        assertEquals(1, served.get("attributes").size(), served.toString());
        Annotation stored = onServer(server.image, id);
        assertEquals(ReviewState.ACCEPTED, stored.getReview());
        assertEquals(Map.of("quality", "sharp"), stored.getAttributes().map());

        // the other way: B rejects it and takes the attribute off, A follows
        Annotation bs = b.find(server.image, id);
        t0 = System.nanoTime();
        review(b, bs, ReviewState.REJECTED);
        attribute(b, bs, "quality", "");
        a.await(1000, "A sees the rejection and the attribute gone",
                () -> has(a, server.image, id, ReviewState.REJECTED, Map.of()));
        long rejected = millisSince(t0);
        assertTrue(a.find(server.image, id).isHidden(), "A shows B's rejected prediction as its own Reject would");
        b.awaitSent();
        served = get(a, server.image, id);
        assertEquals("rejected", served.get("review").asText(), served.toString());
        assertEquals(0, served.get("attributes").size(), served.toString());
        Thread.sleep(200);
        assertEquals(0, a.remote.unsent(), "nothing echoed back to B");
        assertEquals(0, b.remote.unsent());
        assertTrue(a.conflicts.isEmpty() && b.conflicts.isEmpty(), a.conflicts + " " + b.conflicts);
        System.out.printf("review sync: seen in the other mirror after: accept+attribute %d ms, reject+removal %d ms%n",
                accepted, rejected);
    }

    /** Sets features of an annotation in one command, as the editor's Lock or an attribute edit does. */
    static void set(Client c, Annotation annotation, String label, Map<EAttribute, Object> values) throws Exception {
        c.onOwner(() -> {
            CompoundCommand command = new CompoundCommand(label);
            values.forEach((attribute, value) -> command.append(new SetCommand(c.store().editingDomain(), annotation,
                    attribute, value)));
            c.store().commandStack().execute(command);
            return null;
        });
    }

    @Test
    void flagsGroupZOrderAndModelVersionTravelButHidingStaysOnThisComputer() throws Exception {
        aPredicts();
        assertEquals("m-1", onServer(server.image, id).getModelVersion(), "the model version came with the create");
        b.await(1000, "B has the prediction with its model version", () -> b.image(server.image).getAnnotations()
                .stream().anyMatch(x -> x.getId() == id && "m-1".equals(x.getModelVersion())));

        long t0 = System.nanoTime();
        set(a, predicted, "Lock", Map.of(Literals.ANNOTATION__LOCKED, true, Literals.ANNOTATION__OCCLUDED, true,
                Literals.ANNOTATION__CROWD, true, Literals.ANNOTATION__GROUP, 5, Literals.ANNOTATION__ZORDER, -1));
        b.await(1000, "B sees the flags, group and z-order", () -> {
            Annotation x = b.image(server.image).getAnnotations().stream().filter(y -> y.getId() == id).findFirst()
                    .orElse(null);
            return x != null && x.isLocked() && x.isOccluded() && x.isCrowd() && x.getGroup() == 5
                    && x.getZOrder() == -1;
        });
        long flagged = millisSince(t0);
        a.awaitSent();
        JsonNode served = get(b, server.image, id);
        assertTrue(served.get("locked").asBoolean() && served.get("occluded").asBoolean()
                && served.get("crowd").asBoolean(), served.toString());
        assertEquals(5, served.get("group").asInt(), served.toString());
        assertEquals(-1, served.get("z_order").asInt(), served.toString());
        assertEquals("m-1", served.get("model_version").asText(), served.toString());

        // B unlocks it and takes it out of the group, A follows
        Annotation bs = b.find(server.image, id);
        set(b, bs, "Unlock", Map.of(Literals.ANNOTATION__LOCKED, false, Literals.ANNOTATION__GROUP, 0));
        a.await(1000, "A sees it unlocked and ungrouped", () -> !predicted.isLocked() && predicted.getGroup() == 0
                && predicted.isCrowd());
        b.awaitSent();

        // hiding is each user's view: A's Hide sends nothing and changes nothing on the server or in B's mirror
        String version = get(a, server.image, id).get("version").asText();
        set(a, predicted, "Hide", Map.of(Literals.ANNOTATION__HIDDEN, true));
        assertEquals(0, a.remote.unsent(), "no replace for a Hide");
        Thread.sleep(300);
        assertEquals(version, get(a, server.image, id).get("version").asText(), "the server's annotation as it was");
        assertFalse(onServer(server.image, id).isHidden());
        assertFalse(b.find(server.image, id).isHidden(), "B still sees it");
        assertTrue(a.find(server.image, id).isHidden(), "A's stays hidden");
        // and a later change of the annotation leaves A's view alone
        set(b, bs, "Move", Map.of(Literals.ANNOTATION__ZORDER, 2));
        a.await(1000, "A sees B's change", () -> predicted.getZOrder() == 2);
        assertTrue(a.find(server.image, id).isHidden(), "still hidden in A after B's change arrived");
        Thread.sleep(200);
        assertEquals(0, a.remote.unsent(), "nothing echoed back");
        assertTrue(a.conflicts.isEmpty() && b.conflicts.isEmpty(), a.conflicts + " " + b.conflicts);
        System.out.printf("flag sync: seen in the other mirror after %d ms%n", flagged);
    }

    @Test
    void aConcurrentReviewKeepsBothVersionsAsAShapeConflictDoes() throws Exception {
        aPredicts();
        b.await(1000, "B has the prediction", () -> b.image(server.image).getAnnotations().size() == 1);
        Annotation bs = b.find(server.image, id);

        // B's owner thread is busy while A's change reaches the server, so B rejects the version it had
        CountDownLatch busy = new CountDownLatch(1);
        b.owner.submit(() -> {
            busy.await();
            return null;
        });
        Future<?> bRejects = b.owner.submit(() -> {
            b.store().commandStack().execute(new SetCommand(b.store().editingDomain(), bs, Literals.ANNOTATION__REVIEW,
                    ReviewState.REJECTED));
            return null;
        });
        review(a, predicted, ReviewState.ACCEPTED);
        attribute(a, predicted, "quality", "sharp");
        a.awaitSent();
        busy.countDown();
        bRejects.get();
        b.await(3000, "B's conflict is settled", () -> b.remote.unsent() == 0
                && b.image(server.image).getAnnotations().size() == 2);

        List<Annotation> both = b.annotations(server.image);
        Annotation servers = both.stream().filter(x -> x.getId() == id).findFirst().orElseThrow();
        Annotation copy = both.stream().filter(x -> x.getId() != id).findFirst().orElseThrow();
        assertEquals(ReviewState.ACCEPTED, servers.getReview(), "the server's version (A's) under the id");
        assertEquals("sharp", servers.getAttributes().get("quality"));
        assertEquals(ReviewState.REJECTED, copy.getReview(), "B's version beside it");
        assertNotNull(copy.getAttributes().get(RemoteProject.CONFLICT_ATTRIBUTE));
        assertEquals(1, b.conflicts.size(), b.conflicts.toString());
        assertEquals(ReviewState.ACCEPTED, onServer(server.image, id).getReview(), "nothing of B's reached the server");

        // B keeps its own: it deletes the server's version, and its copy goes to the server unmarked
        b.delete(servers);
        b.awaitSent();
        Annotation kept = b.annotations(server.image).get(0);
        assertTrue(kept.getId() < RemoteProject.LOCAL_IDS);
        JsonNode served = get(a, server.image, kept.getId());
        assertEquals("rejected", served.get("review").asText(), served.toString());
        assertEquals("predicted", served.get("provenance").asText(), served.toString());
        assertFalse(served.get("attributes").has(RemoteProject.CONFLICT_ATTRIBUTE), "the mark stays on B's computer: "
                + served);
        a.await(1000, "A sees B's resolution", () -> has(a, server.image, kept.getId(), ReviewState.REJECTED,
                Map.of()) && a.image(server.image).getAnnotations().size() == 1);
    }

    @Test
    void aReviewMadeWhileTheServerIsAwayWaitsInTheOutboxAcrossARestartAndIsSentWhenItIsBack() throws Exception {
        aPredicts();
        b.await(1000, "B has the prediction", () -> b.image(server.image).getAnnotations().size() == 1);

        serverAway(a, b);
        review(a, predicted, ReviewState.ACCEPTED);
        attribute(a, predicted, "quality", "sharp");
        Thread.sleep(300);
        assertEquals(1, a.remote.unsent(), "one pending replace of the annotation, nothing reported saved");
        Path folder = a.store().folder();
        a.remote.close();
        assertEquals(1, Outbox.open(folder).size(), "the outbox on disk holds it");
        a.open(server.projectId);
        assertFalse(a.remote.isOnline());
        assertTrue(has(a, server.image, id, ReviewState.ACCEPTED, Map.of("quality", "sharp")),
                "the mirror reopened with the change");
        assertEquals(ReviewState.NONE, onServer(server.image, id).getReview());

        serverBack(a);
        Annotation stored = onServer(server.image, id);
        assertEquals(ReviewState.ACCEPTED, stored.getReview());
        assertEquals(Map.of("quality", "sharp"), stored.getAttributes().map());
        b.await(Client.AFTER_RESTART_MILLIS, "B catches up after reconnecting", () -> b.remote.isOnline()
                && has(b, server.image, id, ReviewState.ACCEPTED, Map.of("quality", "sharp")));
        assertNull(b.find(server.image, id).getAttributes().get(RemoteProject.CONFLICT_ATTRIBUTE));
    }
}
