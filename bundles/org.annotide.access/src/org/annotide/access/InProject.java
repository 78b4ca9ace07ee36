package org.annotide.access;

import org.annotide.model.Role;

/**
 * A permission target inside one project: the permission service asks {@code roles} which role the user holds in
 * {@code project}, then decides {@code target} (an annotation, a task, ... or null for "anything in the project")
 * with that role. Someone who is not a member may do nothing there.
 *
 * @param project the project's id
 * @param roles   the project's members and their roles
 * @param target  the object acted on within the project, or null
 */
public record InProject(String project, ProjectRoles roles, Object target) {

    public InProject {
        if (project == null || roles == null) {
            throw new IllegalArgumentException("a project target needs the project and its roles");
        }
    }

    /**
     * The user as they act within the project: with the role they hold there, a server Admin as an Admin of every
     * project; null when they are not a member (or nobody is logged in). The permission service decides with it, and
     * the team server tells it to a client (a mirror's views act with it).
     */
    public Account member(Account user) {
        if (user == null) {
            return null;
        }
        if (user.role() == Role.ADMIN) {
            return user;
        }
        return roles.roleIn(user, project).map(role -> new Account(user.login(), user.displayName(), role)).orElse(null);
    }
}
