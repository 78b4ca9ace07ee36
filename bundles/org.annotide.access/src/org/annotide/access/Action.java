package org.annotide.access;

/**
 * What a user may be allowed to do: the rows of the annotator-training permission table (the seed's "Roles and
 * permissions"), then four rows the server adds for what that table does not name (viewing projects, editing
 * annotations, training, the project's setup). {@link RolePermissions} holds the table.
 */
public enum Action {
    /** See the benchmark (source) projects and their ground truth. */
    VIEW_BENCHMARK_SOURCE,
    /** Change the scoring (benchmark) function of a training project. */
    EDIT_SCORING_FUNCTION,
    /** Add or change annotation instructions. */
    ADD_ANNOTATION_INSTRUCTIONS,
    /** Delete a training project. */
    DELETE,
    /** Invite team members (add users who are not admins, add trainees). */
    INVITE_TEAM_MEMBERS,
    /** Change team members' roles, remove members. */
    MANAGE_TEAM_PERMISSIONS,
    /** Make, change or remove admins. */
    MANAGE_ADMINS,
    /** Annotate (and submit) tasks in the task management system: one's own tasks only. */
    ANNOTATE_TASKS,
    /** Control assignments and task status in the task management system. */
    CONTROL_ASSIGNMENTS_AND_STATUS,
    /** Server: see projects, images, label classes and the annotations that are not ground truth (every role). */
    VIEW_PROJECTS,
    /** Server: create, change and delete annotations of images that are not ground truth (every role). */
    EDIT_ANNOTATIONS,
    /** Server: queue, follow, cancel and delete training jobs; list and activate models (Admin, Team Manager). */
    RUN_TRAINING,
    /**
     * Server: create, rename, recolour and delete label classes, and create, fill and delete training sets (Admin, Team
     * Manager): the project's setup, which the seed gives to those who control assignments, not to annotators.
     */
    EDIT_PROJECT_SETUP;
}
