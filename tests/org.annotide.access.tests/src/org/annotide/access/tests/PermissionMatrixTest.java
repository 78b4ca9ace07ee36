package org.annotide.access.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.PermissionService;
import org.annotide.access.RolePermissions;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.annotide.model.User;
import org.junit.jupiter.api.Test;

/** The seed's "Roles and permissions" table, walked cell by cell, and the rules about the object acted on. */
class PermissionMatrixTest {

    private final PermissionService permissions = new RolePermissions();

    /** The seed's table, copied row by row: Admin, Team Manager, Annotator. */
    private static final Map<Action, String> SEED_TABLE = new LinkedHashMap<>();

    static {
        SEED_TABLE.put(Action.VIEW_BENCHMARK_SOURCE, "yes no no");
        SEED_TABLE.put(Action.EDIT_SCORING_FUNCTION, "yes no no");
        SEED_TABLE.put(Action.ADD_ANNOTATION_INSTRUCTIONS, "yes no no");
        SEED_TABLE.put(Action.DELETE, "yes no no");
        SEED_TABLE.put(Action.INVITE_TEAM_MEMBERS, "yes yes no");
        SEED_TABLE.put(Action.MANAGE_TEAM_PERMISSIONS, "yes no no");
        SEED_TABLE.put(Action.MANAGE_ADMINS, "yes no no");
        SEED_TABLE.put(Action.ANNOTATE_TASKS, "no no yes");
        SEED_TABLE.put(Action.CONTROL_ASSIGNMENTS_AND_STATUS, "yes yes no");
        // the rows the server adds for what the seed's table does not name
        SEED_TABLE.put(Action.VIEW_PROJECTS, "yes yes yes");
        SEED_TABLE.put(Action.EDIT_ANNOTATIONS, "yes yes yes");
        SEED_TABLE.put(Action.RUN_TRAINING, "yes yes no");
        SEED_TABLE.put(Action.EDIT_PROJECT_SETUP, "yes yes no");
    }

    private static final Role[] COLUMNS = { Role.ADMIN, Role.TEAM_MANAGER, Role.ANNOTATOR };

    @Test
    void everyCellOfTheSeedTable() {
        assertEquals(EnumSet.allOf(Action.class), SEED_TABLE.keySet(), "the table has exactly the seed's rows and the server's four");
        int cells = 0;
        for (Map.Entry<Action, String> row : SEED_TABLE.entrySet()) {
            String[] expected = row.getValue().split(" ");
            for (int column = 0; column < COLUMNS.length; column++) {
                Account user = new Account("u" + column, COLUMNS[column]);
                boolean allowed = expected[column].equals("yes");
                assertEquals(allowed, permissions.may(user, row.getKey(), null),
                        row.getKey() + " for " + Account.roleName(COLUMNS[column]));
                if (allowed) {
                    permissions.check(user, row.getKey(), null);
                } else {
                    PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
                            () -> permissions.check(user, row.getKey(), null));
                    assertTrue(denied.getMessage().contains(Account.roleName(COLUMNS[column])), denied.getMessage());
                }
                cells++;
            }
        }
        assertEquals(39, cells);
    }

    @Test
    void nobodyLoggedInMayDoNothing() {
        for (Action action : Action.values()) {
            assertFalse(permissions.may(null, action, null), action.toString());
        }
    }

    @Test
    void rolesForMatchesTheTable() {
        assertEquals(Set.of(Role.ADMIN, Role.TEAM_MANAGER), RolePermissions.rolesFor(Action.INVITE_TEAM_MEMBERS));
        assertEquals(Set.of(Role.ANNOTATOR), RolePermissions.rolesFor(Action.ANNOTATE_TASKS));
    }

    @Test
    void anAnnotatorAnnotatesOnlyTheirOwnOpenTasks() {
        AnnotideFactory factory = AnnotideFactory.eINSTANCE;
        User ann = factory.createUser();
        ann.setLogin("ann");
        User bob = factory.createUser();
        bob.setLogin("bob");
        TrainingProject project = factory.createTrainingProject();
        project.getTrainees().add(ann);
        AnnotatorTask own = factory.createAnnotatorTask();
        own.setAnnotator(ann);
        AnnotatorTask others = factory.createAnnotatorTask();
        others.setAnnotator(bob);
        Account annAccount = new Account("ann", Role.ANNOTATOR);
        Account bobAccount = new Account("bob", Role.ANNOTATOR);
        assertTrue(permissions.may(annAccount, Action.ANNOTATE_TASKS, own));
        assertFalse(permissions.may(annAccount, Action.ANNOTATE_TASKS, others));
        assertTrue(permissions.may(annAccount, Action.ANNOTATE_TASKS, project));
        assertFalse(permissions.may(bobAccount, Action.ANNOTATE_TASKS, project), "bob is no trainee of it");
        assertFalse(permissions.may(new Account("ann", Role.ADMIN), Action.ANNOTATE_TASKS, own),
                "an admin of the same login still does not annotate");
        own.setStatus(TaskStatus.SUBMITTED);
        assertFalse(permissions.may(annAccount, Action.ANNOTATE_TASKS, own));
        assertTrue(permissions.denial(annAccount, Action.ANNOTATE_TASKS, own).contains("submitted"));
    }

    @Test
    void invitingAnAdminIsManagingAdmins() {
        Account newAdmin = new Account("eve", Role.ADMIN);
        Account newAnnotator = new Account("eve", Role.ANNOTATOR);
        Account manager = new Account("tm", Role.TEAM_MANAGER);
        Account admin = new Account("root", Role.ADMIN);
        assertTrue(permissions.may(manager, Action.INVITE_TEAM_MEMBERS, newAnnotator));
        assertFalse(permissions.may(manager, Action.INVITE_TEAM_MEMBERS, newAdmin));
        assertTrue(permissions.may(admin, Action.INVITE_TEAM_MEMBERS, newAdmin));
    }
}
