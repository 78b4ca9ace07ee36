package org.annotide.access.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.InProject;
import org.annotide.access.PermissionService;
import org.annotide.access.ProjectRoles;
import org.annotide.access.RolePermissions;
import org.annotide.model.Role;
import org.junit.jupiter.api.Test;

/** Project members: the permission table read with the role a user holds in the project. */
class ProjectRolesTest {

    private final PermissionService permissions = new RolePermissions();

    private final Account admin = new Account("admin", Role.ADMIN);
    private final Account carol = new Account("carol", Role.ANNOTATOR);
    private final Account dave = new Account("dave", Role.TEAM_MANAGER);

    /** carol manages "shoes"; dave only annotates there; nobody but admins are in "cars". */
    private final ProjectRoles members = (user, project) -> Optional.ofNullable(Map.of(
            "shoes/carol", Role.TEAM_MANAGER, "shoes/dave", Role.ANNOTATOR).get(project + "/" + user.login()));

    private InProject in(String project) {
        return new InProject(project, members, null);
    }

    @Test
    void theRoleInTheProjectDecidesNotTheServerWideOne() {
        assertTrue(permissions.may(carol, Action.RUN_TRAINING, in("shoes")), "carol manages shoes");
        assertFalse(permissions.may(carol, Action.RUN_TRAINING, null), "but is an annotator elsewhere");
        assertFalse(permissions.may(dave, Action.RUN_TRAINING, in("shoes")), "dave only annotates in shoes");
        assertTrue(permissions.may(dave, Action.EDIT_ANNOTATIONS, in("shoes")));
        assertFalse(permissions.may(dave, Action.VIEW_BENCHMARK_SOURCE, in("shoes")));
        String denial = permissions.denial(dave, Action.RUN_TRAINING, in("shoes"));
        assertTrue(denial.startsWith("dave (Annotator) may not run training; only "), denial);
    }

    @Test
    void nonMembersMayDoNothingInAProjectAndAdminsEverything() {
        for (Action action : Action.values()) {
            assertFalse(permissions.may(carol, action, in("cars")), action.name());
            assertFalse(permissions.may(dave, action, in("cars")), action.name());
            assertEquals(permissions.may(admin, action, null), permissions.may(admin, action, in("cars")), action.name());
        }
        assertEquals("dave is not a member of the project 'cars'.", permissions.denial(dave, Action.VIEW_PROJECTS, in("cars")));
        assertFalse(permissions.may(null, Action.VIEW_PROJECTS, in("shoes")), "nobody logged in");
    }

    @Test
    void theUserAsTheyActInAProjectIsWhatThePermissionsAreReadWith() {
        assertEquals(new Account("carol", Role.TEAM_MANAGER), in("shoes").member(carol));
        assertEquals(new Account("dave", Role.ANNOTATOR), in("shoes").member(dave));
        assertEquals(admin, in("cars").member(admin), "a server Admin is an Admin of every project");
        assertEquals(null, in("cars").member(dave), "not a member");
        assertEquals(null, in("shoes").member(null));
        assertEquals(carol, new InProject("any", ProjectRoles.EVERYONE, null).member(carol));
    }

    @Test
    void withoutMemberListsEveryoneKeepsTheirOwnRole() {
        for (Action action : Action.values()) {
            for (Account user : new Account[] {admin, carol, dave}) {
                assertEquals(permissions.may(user, action, null),
                        permissions.may(user, action, new InProject("any", ProjectRoles.EVERYONE, null)),
                        user.login() + " " + action);
            }
        }
    }
}
