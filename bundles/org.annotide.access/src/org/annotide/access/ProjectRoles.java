package org.annotide.access;

import java.util.Optional;

import org.annotide.model.Role;

/**
 * Who is a member of which served project, and in which role: the team server keeps this per project (in
 * PostgreSQL with {@code --db}); the permission service consults it through an {@link InProject} target. A user's
 * role in a project replaces their server-wide role there; a server Admin is an Admin of every project.
 */
@FunctionalInterface
public interface ProjectRoles {

    /** Every user holds their own (server-wide) role in every project: one person's folders, no member lists. */
    ProjectRoles EVERYONE = (user, project) -> Optional.of(user.role());

    /**
     * @param user    the logged-in user
     * @param project the project's id as the server names it
     * @return the user's role in the project; empty when the user is not a member
     */
    Optional<Role> roleIn(Account user, String project);
}
