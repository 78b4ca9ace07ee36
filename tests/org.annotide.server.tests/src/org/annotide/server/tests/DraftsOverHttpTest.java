package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.TrainingProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Trainees' drafts over HTTP: once the project holds a training project, annotations on its images are drafts, and
 * the server shows a trainee only their own (the permission service decides, as in the workbench), while Admins and
 * Team Managers follow every trainee; a draft is changed only by its author.
 */
class DraftsOverHttpTest extends ServedProjectTest {

    private String create(String token) throws Exception {
        String body = "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                + "\",\"shape\":{\"kind\":\"box\",\"x\":1,\"y\":2,\"width\":3,\"height\":4}}";
        Fixture.Answer created = f.call("POST", base(), token, body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private String base() {
        return "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations";
    }

    private List<String> authors(String token) throws Exception {
        Fixture.Answer page = f.call("GET", base(), token, null);
        assertEquals(200, page.status(), page.toString());
        List<String> authors = new ArrayList<>();
        for (JsonNode item : page.json().get("items")) {
            authors.add(item.get("author").isNull() ? "-" : item.get("author").asText());
        }
        return authors;
    }

    @Test
    void aTraineeSeesAndChangesOnlyTheirOwnDrafts() throws Exception {
        f = new Fixture(temp, 0, 1 << 20);
        String ann = f.login("ann");
        String manager = f.login("manager");
        String admin = f.login("admin");
        int before = authors(ann).size(); // image-level labels imported without an author
        TrainingProject training = AnnotideFactory.eINSTANCE.createTrainingProject();
        training.setId("tp");
        training.setName("tp");
        synchronized (f.store) {
            f.store.commandStack().execute(AddCommand.create(f.store.editingDomain(), f.store.project(),
                    AnnotidePackage.Literals.PROJECT__TRAINING_PROJECTS, training));
        }
        assertEquals(List.of(), authors(ann), "drafts without an author are for those who follow the trainees");
        String annsDraft = create(ann);
        String managersDraft = create(manager);
        assertEquals(List.of("ann"), authors(ann));
        assertEquals(before + 2, authors(manager).size(), "a Team Manager follows every draft");

        String update = "{\"label_class\":\"" + f.store.project().getLabelClasses().get(0).getId()
                + "\",\"shape\":{\"kind\":\"box\",\"x\":5,\"y\":5,\"width\":3,\"height\":4}}";
        assertEquals(404, f.call("GET", base() + "/" + managersDraft, ann, null).status(), "another's draft is not there");
        assertEquals(404, f.call("PUT", base() + "/" + managersDraft, ann, update).status());
        assertEquals(404, f.call("DELETE", base() + "/" + managersDraft, ann, null).status());
        assertEquals(200, f.call("GET", base() + "/" + annsDraft, manager, null).status());
        assertEquals(403, f.call("PUT", base() + "/" + annsDraft, manager, update).status(), "only its author changes it");
        assertEquals(403, f.call("DELETE", base() + "/" + annsDraft, admin, null).status());
        assertEquals(200, f.call("PUT", base() + "/" + annsDraft, ann, update).status());
        assertEquals(204, f.call("DELETE", base() + "/" + annsDraft, ann, null).status());
    }
}
