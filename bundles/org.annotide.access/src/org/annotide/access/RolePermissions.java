package org.annotide.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.annotide.model.User;

/**
 * The annotator-training permission table, exactly as the seed gives it:
 *
 * <pre>
 * permission                                     Admin  Team Manager  Annotator
 * view benchmark project source                   yes       no           no
 * edit benchmark scoring function                 yes       no           no
 * add annotation instructions                     yes       no           no
 * delete                                          yes       no           no
 * invite team members                             yes       yes          no
 * manage team permissions                         yes       no           no
 * manage admins                                   yes       no           no
 * annotate tasks                                  no        no           yes
 * control assignments and status                  yes       yes          no
 * (server) view projects                         yes       yes          yes
 * (server) edit annotations                      yes       yes          yes
 * (server) run training                          yes       yes          no
 * </pre>
 *
 * Two rules about the object acted on narrow the table, never widen it: an annotator annotates only their own
 * tasks that are not submitted (an {@link AnnotatorTask} target) and only in training projects they are a
 * trainee of (a {@link TrainingProject} target); inviting someone as an Admin (an {@link Account} target whose
 * role is Admin) is managing admins.
 * <p>
 * A third narrows the server's two rows for trainees' drafts ({@link TraineeDrafts}: annotations on a benchmark
 * image of a training project, which trainees share): with an {@link Annotation} target that is a draft,
 * {@link Action#VIEW_PROJECTS} is its author's and theirs who control assignments and status (Admin, Team Manager:
 * they follow the trainees' progress), and {@link Action#EDIT_ANNOTATIONS} its author's only; a draft without an
 * author is seen and edited only by those who control assignments and status. So an Annotator sees and edits
 * their own drafts and never another trainee's.
 * <p>
 * Projects have members ({@link InProject} targets, {@link ProjectRoles}): within a project the table is read with
 * the role the user holds there, not their server-wide one; a server Admin is an Admin of every project; someone who
 * is not a member may do nothing in it.
 */
public final class RolePermissions implements PermissionService {

    private static final Map<Action, Set<Role>> TABLE = new EnumMap<>(Action.class);

    static {
        TABLE.put(Action.VIEW_BENCHMARK_SOURCE, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.EDIT_SCORING_FUNCTION, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.ADD_ANNOTATION_INSTRUCTIONS, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.DELETE, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.INVITE_TEAM_MEMBERS, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER));
        TABLE.put(Action.MANAGE_TEAM_PERMISSIONS, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.MANAGE_ADMINS, EnumSet.of(Role.ADMIN));
        TABLE.put(Action.ANNOTATE_TASKS, EnumSet.of(Role.ANNOTATOR));
        TABLE.put(Action.CONTROL_ASSIGNMENTS_AND_STATUS, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER));
        TABLE.put(Action.VIEW_PROJECTS, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER, Role.ANNOTATOR));
        TABLE.put(Action.EDIT_ANNOTATIONS, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER, Role.ANNOTATOR));
        TABLE.put(Action.RUN_TRAINING, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER));
        TABLE.put(Action.EDIT_PROJECT_SETUP, EnumSet.of(Role.ADMIN, Role.TEAM_MANAGER));
    }

    /** The roles the table gives an action to. */
    public static Set<Role> rolesFor(Action action) {
        return EnumSet.copyOf(TABLE.get(action));
    }

    @Override
    public boolean may(Account user, Action action, Object target) {
        if (target instanceof InProject scope) {
            Account member = scope.member(user);
            return member != null && may(member, action, scope.target());
        }
        return user != null && action != null && TABLE.get(action).contains(user.role())
                && targetAllows(user, action, target);
    }

    private boolean targetAllows(Account user, Action action, Object target) {
        if (action == Action.ANNOTATE_TASKS) {
            if (target instanceof AnnotatorTask task) {
                return owns(user, task.getAnnotator()) && task.getStatus() != TaskStatus.SUBMITTED;
            }
            if (target instanceof TrainingProject project) {
                return project.getTrainees().stream().anyMatch(trainee -> owns(user, trainee));
            }
        }
        if ((action == Action.VIEW_PROJECTS || action == Action.EDIT_ANNOTATIONS) && target instanceof Annotation draft
                && TraineeDrafts.isDraft(draft)) {
            if (draft.getAuthor() == null || draft.getAuthor().isEmpty()) {
                return TABLE.get(Action.CONTROL_ASSIGNMENTS_AND_STATUS).contains(user.role());
            }
            return TraineeDrafts.isOwnDraft(user, draft) || action == Action.VIEW_PROJECTS
                    && TABLE.get(Action.CONTROL_ASSIGNMENTS_AND_STATUS).contains(user.role());
        }
        if (action == Action.INVITE_TEAM_MEMBERS && target instanceof Account invited && invited.role() == Role.ADMIN) {
            return may(user, Action.MANAGE_ADMINS, null);
        }
        return true;
    }

    private static boolean owns(Account user, User modelUser) {
        return modelUser != null && user.login().equals(modelUser.getLogin());
    }

    @Override
    public String denial(Account user, Action action, Object target) {
        if (user == null) {
            return "Nobody is logged in: log in first.";
        }
        if (target instanceof InProject scope) {
            Account member = scope.member(user);
            if (member == null) {
                return user.login() + " is not a member of the project '" + scope.project() + "'.";
            }
            return denial(member, action, scope.target());
        }
        String what = action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (!TABLE.get(action).contains(user.role())) {
            return user.login() + " (" + Account.roleName(user.role()) + ") may not " + what + "; only "
                    + TABLE.get(action).stream().map(Account::roleName).collect(Collectors.joining(" and "))
                    + " may.";
        }
        if (target instanceof AnnotatorTask task) {
            if (task.getStatus() == TaskStatus.SUBMITTED && owns(user, task.getAnnotator())) {
                return "The task was submitted: a submitted task cannot be reopened or edited.";
            }
            return user.login() + " may annotate only their own tasks; this one belongs to "
                    + (task.getAnnotator() == null ? "nobody" : task.getAnnotator().getLogin()) + ".";
        }
        if (target instanceof Annotation draft) {
            String author = draft.getAuthor() == null || draft.getAuthor().isEmpty() ? null : draft.getAuthor();
            String verb = action == Action.VIEW_PROJECTS ? "see" : "change";
            return author == null ? user.login() + " may not " + verb + " this annotation: it is a draft of a training "
                    + "project without an author; only an Admin or a Team Manager may."
                    : user.login() + " may not " + verb + " this annotation: it is a draft of trainee " + author
                            + "; trainees see and change only their own drafts.";
        }
        if (target instanceof TrainingProject) {
            return user.login() + " is not a trainee of this training project.";
        }
        if (target instanceof Account) {
            return user.login() + " (" + Account.roleName(user.role()) + ") may not make someone an Admin; only an "
                    + "Admin may.";
        }
        return user.login() + " may not " + what + ".";
    }
}
