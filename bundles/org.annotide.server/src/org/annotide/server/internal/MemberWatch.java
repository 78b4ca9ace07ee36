package org.annotide.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.annotide.access.Account;
import org.annotide.model.Role;
import org.annotide.server.db.ServerProjects;

/**
 * With a database: tells the user behind each project socket, and only them, when the role they act with in that
 * project changes, a few times a second, whoever changed it (the command line's {@code server members}, another
 * server on the same database). The database is read once per round for all users who follow a project; nothing is
 * read while nobody does.
 * <ul>
 * <li>another role there: {@code {"type": "role_changed", "project", "role"}} (as GET of the project says it);</li>
 * <li>no longer a member: {@code {"type": "membership_ended", "project"}}, and the socket is closed (the project no
 * longer exists for them: 404 on every route);</li>
 * <li>the user removed: {@code {"type": "session_revoked"}} on each of their sockets, which are closed, and their
 * tokens are forgotten at once (the database removed their sessions with them).</li>
 * </ul>
 * The one-second caches of memberships and of annotation pages are cleared for the user first, so the events after
 * this one are filtered with the new role and the mirror's catching up reads what that role sees.
 */
final class MemberWatch implements Runnable {

    private final ProjectEvents events;
    private final ServerProjects projects;
    private final Sessions sessions;
    private final Consumer<String> forgetRoles;

    /** {@code forgetRoles}: clears what is cached of a login's memberships (the roles, the pages they saw). */
    MemberWatch(ProjectEvents events, ServerProjects projects, Sessions sessions, Consumer<String> forgetRoles) {
        this.events = events;
        this.projects = projects;
        this.sessions = sessions;
        this.forgetRoles = forgetRoles;
    }

    @Override
    public void run() {
        try {
            check();
        } catch (RuntimeException e) {
            // the database away for a moment: the next round asks again (a scheduled task that threw would stop)
        }
    }

    private void check() {
        List<ProjectEvents.Listening> listening = events.listening();
        if (listening.isEmpty()) {
            return;
        }
        Set<String> logins = listening.stream().map(l -> l.listener().user().login()).collect(Collectors.toSet());
        Map<String, ServerProjects.Standing> standings = projects.standings(logins);
        for (ProjectEvents.Listening l : listening) {
            ProjectEvents.Listener listener = l.listener();
            Account user = listener.user();
            ServerProjects.Standing standing = standings.get(user.login());
            if (standing == null) {
                sessions.forgetUser(user.login());
                forgetRoles.accept(user.login());
                ProjectEvents.tell(listener, Json.object().put("type", "session_revoked").put("project", l.project()),
                        "the user " + user.login() + " was removed");
                continue;
            }
            Role role = standing.in(l.project());
            Role before = listener.role();
            if (Objects.equals(role, before) && standing.role() == user.role()) {
                continue;
            }
            forgetRoles.accept(user.login());
            listener.restate(new Account(user.login(), user.displayName(), standing.role()), role);
            if (Objects.equals(role, before)) {
                continue; // only the server-wide role changed, not the one they act with here
            }
            if (role == null) {
                ProjectEvents.tell(listener, Json.object().put("type", "membership_ended").put("project", l.project()),
                        user.login() + " is no longer a member of " + l.project());
            } else {
                ProjectEvents.tell(listener, Json.object().put("type", "role_changed").put("project", l.project())
                        .put("role", Account.roleName(role)), null);
            }
        }
    }
}
