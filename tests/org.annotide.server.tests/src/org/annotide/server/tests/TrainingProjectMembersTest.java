package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Role;
import org.annotide.server.db.ServerProjects;
import org.annotide.server.internal.ServerCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring routes with members in PostgreSQL: every check the benchmark layer makes is asked with the member's
 * role in the training project, not with the server-wide one (carol, an Annotator on the server, manages this
 * training project; the fixture's Team Manager is no member of it and does not see it).
 */
class TrainingProjectMembersTest {

    @TempDir
    Path temp;
    TestDatabase pg;
    Fixture f;
    ProjectStore training;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
        if (training != null) {
            training.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void theRoleInTheTrainingProjectDecides() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        String manager = f.login("manager");
        for (int i = 2; i < 6; i++) {
            String id;
            synchronized (f.store) {
                id = f.store.project().getImages().get(i).getId();
            }
            assertEquals(200, f.call("PUT", "/api/v1/projects/" + f.projectId + "/images/" + id + "/status", manager,
                    "{\"status\":\"completed\"}").status());
        }
        Path folder = temp.resolve("workspace").resolve("training");
        TrainingProjects.create(folder, "training", "shades", List.of(f.store.folder()), ScoringFunctionSpec.defaults(),
                List.of(new Account("ann", Role.ANNOTATOR)), new Account("admin", Role.ADMIN), new RolePermissions());
        training = ProjectStore.open(folder);
        String id = ServerCore.projectId(training);
        f.more.add(training);
        f.restartServer();
        pg.db.addUser(new Account("carol", Role.ANNOTATOR), Fixture.PASSWORD.toCharArray());
        ServerProjects hosted = new ServerProjects(pg.db);
        hosted.setMember(id, "carol", Role.TEAM_MANAGER, "admin");
        hosted.setMember(id, "ann", Role.ANNOTATOR, "admin");
        String carol = f.login("carol");
        String ann = f.login("ann");
        manager = f.login("manager");
        String tp;
        synchronized (training) {
            tp = "/api/v1/projects/" + id + "/training-projects/" + training.project().getTrainingProjects().get(0).getId();
        }

        assertEquals(4, f.call("GET", tp + "/tasks", carol, null).json().get("items").size(),
                "carol manages this project: she sees every trainee's tasks");
        assertEquals(200, f.call("GET", tp + "/scores.csv", carol, null).status());
        assertEquals(403, f.call("POST", tp + "/submission", carol, null).status(), "carol is no trainee");
        assertEquals(403, f.call("GET", tp + "/scores.csv", ann, null).status());
        assertEquals(201, f.call("POST", tp + "/submission", ann, null).status(), "ann submits as a member trainee");
        assertEquals(4, f.call("GET", tp + "/scores", carol, null).json().get("trainees").get(0).get("tasks").asInt(),
                "carol sees ann's four submitted tasks scored");
        for (String path : List.of(tp, tp + "/tasks", tp + "/scores", tp + "/scores.csv", tp + "/settings")) {
            assertEquals(404, f.call("GET", path, manager, null).status(), "no member of the training project: " + path);
        }

        // the training settings: carol manages, so she reads them but may not change the bands or the instructions
        String bands = "{\"skill_bands\":{\"lower\":30,\"upper\":70}}";
        assertEquals(200, f.call("GET", tp + "/settings", carol, null).status());
        assertEquals(403, f.call("PUT", tp + "/settings", carol, bands).status());
        assertEquals(403, f.call("PUT", tp + "/settings", carol, "{\"instructions\":\"x\"}").status());
        assertEquals(403, f.call("PUT", tp + "/settings", ann, bands).status());
        // made an Admin of this training project (still an Annotator on the server), she may: the role there decides
        hosted.setMember(id, "carol", Role.ADMIN, "admin");
        int status = 0;
        for (long until = System.nanoTime() + 5_000_000_000L; status != 200 && System.nanoTime() < until;) {
            status = f.call("PUT", tp + "/settings", carol, bands).status();
            Thread.sleep(status == 200 ? 0 : 100);
        }
        assertEquals(200, status, "carol, an Admin of the training project, sets its bands");
        synchronized (training) {
            assertEquals("30;70", training.project().getMetadata().get(
                    org.annotide.benchmark.TrainingSettings.SKILL_BANDS_KEY));
        }
    }
}
