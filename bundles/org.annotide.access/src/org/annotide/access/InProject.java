package org.annotide.access;

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
}
