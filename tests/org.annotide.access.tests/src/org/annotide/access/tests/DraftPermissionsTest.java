package org.annotide.access.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.RolePermissions;
import org.annotide.access.TraineeDrafts;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Trainees' drafts on a shared benchmark image: who may see and change one, cell by cell, and that nothing
 * changes for annotations outside training projects.
 */
class DraftPermissionsTest {

    private final PermissionService permissions = new RolePermissions();
    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    private static Annotation onImage(Project project, String author) {
        ImageAsset image = project.getImages().isEmpty() ? null : project.getImages().get(0);
        if (image == null) {
            image = F.createImageAsset();
            project.getImages().add(image);
        }
        Annotation annotation = F.createAnnotation();
        annotation.setAuthor(author);
        image.getAnnotations().add(annotation);
        return annotation;
    }

    @Test
    void aDraftIsItsAuthorsToSeeAndChange() {
        Project training = F.createProject();
        training.getTrainingProjects().add(F.createTrainingProject());
        Annotation annsDraft = onImage(training, "ann");
        Annotation nobodys = onImage(training, null);
        assertTrue(TraineeDrafts.isDraft(annsDraft));
        Account ann = new Account("ann", Role.ANNOTATOR);
        Account bob = new Account("bob", Role.ANNOTATOR);
        Account tm = new Account("tm", Role.TEAM_MANAGER);
        Account root = new Account("root", Role.ADMIN);
        // user, see, change
        List<Object[]> cells = List.of(new Object[] {ann, true, true}, new Object[] {bob, false, false},
                new Object[] {tm, true, false}, new Object[] {root, true, false});
        for (Object[] cell : cells) {
            Account user = (Account) cell[0];
            assertEquals(cell[1], permissions.may(user, Action.VIEW_PROJECTS, annsDraft), user + " sees ann's draft");
            assertEquals(cell[2], permissions.may(user, Action.EDIT_ANNOTATIONS, annsDraft),
                    user + " changes ann's draft");
        }
        assertFalse(permissions.may(null, Action.VIEW_PROJECTS, annsDraft));
        assertFalse(permissions.may(ann, Action.VIEW_PROJECTS, nobodys), "a draft without author is nobody's");
        assertTrue(permissions.may(tm, Action.EDIT_ANNOTATIONS, nobodys));
        assertTrue(permissions.denial(bob, Action.VIEW_PROJECTS, annsDraft).contains("a draft of trainee ann"),
                permissions.denial(bob, Action.VIEW_PROJECTS, annsDraft));

        // the same annotation outside a training project: the table alone decides
        Project plain = F.createProject();
        Annotation ordinary = onImage(plain, "ann");
        assertFalse(TraineeDrafts.isDraft(ordinary));
        assertTrue(permissions.may(bob, Action.VIEW_PROJECTS, ordinary));
        assertTrue(permissions.may(bob, Action.EDIT_ANNOTATIONS, ordinary));
        // and inside a task (work, not a draft): not narrowed by authorship
        assertFalse(TraineeDrafts.isDraft(F.createAnnotation()));
    }
}
