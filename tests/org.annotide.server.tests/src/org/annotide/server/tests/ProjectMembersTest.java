package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Role;
import org.annotide.server.db.ServerProjects;
import org.annotide.server.internal.ServerCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Projects and their members in PostgreSQL: the server hosts what the database lists, each member works with the
 * role they hold in that project (the permission service reads it from the database), non-members do not even see
 * the project, and a change of membership holds within a second without a restart.
 */
class ProjectMembersTest {

    @TempDir
    Path temp;
    TestDatabase pg;
    Fixture f;
    ProjectStore cars;
    ServerProjects hosted;
    String carsId;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
        if (cars != null) {
            cars.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** The fixture's project "shapes" (manager: Team Manager, ann: Annotator) and "cars" (carol: Team Manager). */
    private void start() throws Exception {
        pg = TestDatabase.create();
        f = new Fixture(temp, 0, 1 << 20, pg.db, Duration.ofSeconds(30));
        cars = ProjectStore.create(temp.resolve("workspace").resolve("cars"), "cars");
        carsId = ServerCore.projectId(cars);
        f.more.add(cars);
        f.restartServer();
        pg.db.addUser(new Account("carol", Role.ANNOTATOR), Fixture.PASSWORD.toCharArray());
        hosted = new ServerProjects(pg.db);
        hosted.setMember(carsId, "carol", Role.TEAM_MANAGER, "admin");
    }

    private List<String> projectsOf(String token) throws Exception {
        Fixture.Answer answer = f.call("GET", "/api/v1/projects", token, null);
        assertEquals(200, answer.status(), answer.toString());
        List<String> ids = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    private int createJob(String token, String project) throws Exception {
        return f.call("POST", "/api/v1/training/jobs", token, "{\"name\":\"j\",\"task_type\":\"classify\",\"project\":\""
                + project + "\",\"config\":{\"epochs\":1}}").status();
    }

    /** Polls (the server reads a membership at most once a second) until the answer is the expected one. */
    private void eventually(int expected, java.util.concurrent.Callable<Integer> status) throws Exception {
        int last = -1;
        for (int i = 0; i < 30; i++) {
            last = status.call();
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(expected, last, "not within 3 s");
    }

    @Test
    void theDatabaseSaysWhichProjectsAreHostedAndWhoWorksOnThem() throws Exception {
        start();
        assertEquals(java.util.Set.of(new ServerProjects.Hosted(carsId, cars.folder().toAbsolutePath().normalize()),
                new ServerProjects.Hosted(f.projectId, f.store.folder().toAbsolutePath().normalize())),
                java.util.Set.copyOf(hosted.hosted()),
                "the server registered the projects it serves");
        assertEquals(List.of(new ServerProjects.Member("ann", Role.ANNOTATOR),
                new ServerProjects.Member("manager", Role.TEAM_MANAGER)), hosted.members(f.projectId));

        String admin = f.login("admin");
        String ann = f.login("ann");
        String carol = f.login("carol");
        String manager = f.login("manager");
        assertEquals(List.of(f.projectId, carsId), projectsOf(admin), "a server Admin is in every project");
        assertEquals(List.of(f.projectId), projectsOf(ann));
        assertEquals(List.of(f.projectId), projectsOf(manager));
        assertEquals(List.of(carsId), projectsOf(carol));
        // each is told the role they hold in the project (a client's views act with it), not the server-wide one
        assertEquals("Team Manager", f.call("GET", "/api/v1/projects/" + carsId, carol, null).json().get("role")
                .asText(), "carol is an Annotator on the server and manages cars");
        assertEquals("Team Manager", f.call("GET", "/api/v1/projects", carol, null).json().get("items").get(0)
                .get("role").asText());
        assertEquals("Admin", f.call("GET", "/api/v1/projects/" + carsId, admin, null).json().get("role").asText());
        assertEquals("Annotator", f.call("GET", "/api/v1/projects/" + f.projectId, ann, null).json().get("role")
                .asText());

        // Not a member: the project does not exist for them, through any route.
        assertEquals(404, f.call("GET", "/api/v1/projects/" + carsId, ann, null).status());
        assertEquals(404, f.call("GET", "/api/v1/projects/" + carsId + "/label-classes", manager, null).status());
        assertEquals(404, f.call("GET", "/api/v1/projects/" + f.projectId + "/images", carol, null).status());
        assertEquals(404, f.call("GET", "/api/v1/projects/" + f.projectId + "/images/" + f.image + "/annotations",
                carol, null).status());
        assertEquals(404, createJob(manager, carsId), "a Team Manager elsewhere is nobody in cars");

        // The role in the project, not the server-wide one: carol (Annotator on the server) manages cars.
        assertEquals(201, createJob(carol, carsId));
        assertEquals(403, createJob(ann, f.projectId), "ann annotates in shapes");
        assertEquals(201, createJob(manager, f.projectId));
        JsonNode carolsJobs = f.call("GET", "/api/v1/training/jobs", carol, null).json().get("items");
        assertEquals(1, carolsJobs.size());
        assertEquals(carsId, carolsJobs.get(0).get("project").asText(), "only the jobs of her projects");
        String shapesJob = f.call("GET", "/api/v1/training/jobs?project=" + f.projectId, manager, null).json()
                .get("items").get(0).get("id").asText();
        assertEquals(404, f.call("GET", "/api/v1/training/jobs/" + shapesJob, carol, null).status());
        assertEquals(403, f.call("GET", "/api/v1/training/jobs", ann, null).status(), "ann trains nowhere");
        String claim = "{\"worker\":\"w\",\"projects\":[\"" + f.projectId + "\"]}";
        assertEquals(204, f.call("POST", "/api/v1/workers/claim", carol, claim).status(),
                "a worker logged in as carol never gets a job of a project she is not in");

        // Ground truth in shapes is for those who are Admins there.
        String gt = "/api/v1/projects/" + f.projectId + "/images/" + f.gtImage + "/annotations";
        assertEquals(403, f.call("GET", gt, manager, null).status());
        hosted.setMember(f.projectId, "manager", Role.ADMIN, "admin");
        eventually(200, () -> f.call("GET", gt, manager, null).status());

        // Membership changes hold without a restart.
        hosted.setMember(f.projectId, "ann", Role.TEAM_MANAGER, "admin");
        eventually(201, () -> createJob(ann, f.projectId));
        hosted.removeMember(f.projectId, "ann");
        eventually(404, () -> f.call("GET", "/api/v1/projects/" + f.projectId, ann, null).status());
        assertEquals(List.of(), projectsOf(ann));
        assertEquals(200, f.call("GET", "/api/v1/projects/" + f.projectId, admin, null).status());
    }

    @Test
    void hostingAndMembershipRefuseWhatDoesNotFitAndCascade() throws Exception {
        start();
        IllegalArgumentException moved = assertThrows(IllegalArgumentException.class,
                () -> hosted.host(carsId, temp.resolve("elsewhere"), "admin"));
        assertTrue(moved.getMessage().contains("already hosted from"), moved.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> hosted.host("cars2", cars.folder(), "admin"));
        assertTrue(twice.getMessage().contains("already hosted as project '" + carsId + "'"), twice.getMessage());
        hosted.host(carsId, cars.folder(), "admin"); // the same again: nothing changes
        assertThrows(IllegalArgumentException.class, () -> hosted.setMember(carsId, "nobody", Role.ANNOTATOR, "admin"));
        assertThrows(IllegalArgumentException.class, () -> hosted.setMember("boats", "ann", Role.ANNOTATOR, "admin"));
        assertThrows(IllegalArgumentException.class, () -> hosted.removeMember(carsId, "ann"));

        hosted.setMember(carsId, "carol", Role.ANNOTATOR, "admin");
        assertEquals(List.of(new ServerProjects.Member("carol", Role.ANNOTATOR)), hosted.members(carsId), "role changed");
        pg.db.removeUser("carol");
        assertEquals(List.of(), hosted.members(carsId), "a removed user leaves every project");
        hosted.unhost(carsId);
        assertEquals(List.of(f.projectId), hosted.hosted().stream().map(ServerProjects.Hosted::id).toList());
        assertThrows(IllegalArgumentException.class, () -> hosted.members(carsId));
        assertThrows(IllegalArgumentException.class, () -> hosted.unhost(carsId));
    }
}
