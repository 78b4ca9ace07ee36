package org.annotide.server.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.annotide.access.Account;
import org.annotide.model.Role;
import org.annotide.server.db.ServerProjects.Standing;

/**
 * The one place where "who may do what changed" becomes what the server's sockets and sessions hear. Whatever source
 * learns of a change calls {@link #changed} with the users concerned, or {@link #changedAll} when it cannot say who
 * (it may have missed changes): with a database its notifications ({@link MemberNotifications}), on a folder server
 * its users file ({@link UsersFileWatch}). Nothing is read on a timer: only after a change, and only for users this
 * server has a socket or a session of. The user behind each project socket, and only them, is told:
 * <ul>
 * <li>another role there: {@code {"type": "role_changed", "project", "role"}} (as GET of the project says it);</li>
 * <li>no longer a member: {@code {"type": "membership_ended", "project"}}, and the socket is closed (the project no
 * longer exists for them: 404 on every route);</li>
 * <li>the user removed: {@code {"type": "session_revoked"}} on each of their sockets, which are closed, and their
 * tokens are forgotten at once.</li>
 * </ul>
 * The user's sessions take their new server-wide role at once, and the caches of memberships and of annotation pages
 * are cleared for the user first, so the events after this one are filtered with the new role and the mirror's
 * catching up reads what that role sees.
 */
final class MemberWatch {

    /** What the project socket tells the user concerned alone ({@link #tell}). */
    static final SocketMessage ROLE_CHANGED = SocketMessage.of("role_changed", "the user's role in the project "
            + "changed (to them alone)", Schema.field("project", Schema.string()), Schema.field("role",
                    Schema.string(), "the role now, as GET of the project says it"));
    static final SocketMessage MEMBERSHIP_ENDED = SocketMessage.of("membership_ended", "the user is no longer a "
            + "member of the project (to them alone); the socket is closed (1008)", Schema.field("project",
                    Schema.string()));
    static final SocketMessage SESSION_REVOKED = SocketMessage.of("session_revoked", "the user was removed (to them "
            + "alone); the socket is closed (1008)", Schema.field("project", Schema.string()));
    static final List<SocketMessage> MESSAGES = List.of(ROLE_CHANGED, MEMBERSHIP_ENDED, SESSION_REVOKED);

    /** Reads users' standing now: their server-wide role and their role in each project; absent: no such user. */
    @FunctionalInterface
    interface Standings {
        Map<String, Standing> of(Collection<String> logins);
    }

    private final ProjectEvents events;
    private final Standings standings;
    private final Sessions sessions;
    private final Consumer<String> forgetRoles;

    /** {@code forgetRoles}: clears what is cached of a login's memberships (the roles, the pages they saw). */
    MemberWatch(ProjectEvents events, Standings standings, Sessions sessions, Consumer<String> forgetRoles) {
        this.events = events;
        this.standings = standings;
        this.sessions = sessions;
        this.forgetRoles = forgetRoles;
    }

    /**
     * Anything may have changed for anyone (the source was away, or cannot tell who): every user with a socket or a
     * session here is read again.
     */
    void changedAll() {
        changed(null);
    }

    /**
     * The memberships or the account of these users may have changed: they are read again, and their sockets and
     * sessions told. Users this server has neither a socket nor a session of are not read at all.
     *
     * @param logins the users concerned; null: everyone
     * @throws RuntimeException when the standings cannot be read (nothing was changed then)
     */
    synchronized void changed(Collection<String> logins) {
        List<ProjectEvents.Listening> listening = events.listening();
        Set<String> here = new HashSet<>(sessions.logins());
        listening.forEach(l -> here.add(l.listener().user().login()));
        if (logins != null) {
            here.retainAll(logins);
        }
        if (here.isEmpty()) {
            return;
        }
        Map<String, Standing> read = standings.of(here);
        for (String login : here) {
            Standing standing = read.get(login);
            forgetRoles.accept(login);
            if (standing == null) {
                sessions.forgetUser(login);
            } else {
                sessions.restate(login, standing.role());
            }
        }
        for (ProjectEvents.Listening l : listening) {
            if (here.contains(l.listener().user().login())) {
                tell(l, read.get(l.listener().user().login()));
            }
        }
    }

    private static void tell(ProjectEvents.Listening l, Standing standing) {
        ProjectEvents.Listener listener = l.listener();
        Account user = listener.user();
        if (standing == null) {
            ProjectEvents.tell(listener, SESSION_REVOKED.create().put("project", l.project()),
                    "the user " + user.login() + " was removed");
            return;
        }
        Role role = standing.in(l.project());
        Role before = listener.role();
        if (Objects.equals(role, before) && standing.role() == user.role()) {
            return;
        }
        listener.restate(new Account(user.login(), user.displayName(), standing.role()), role);
        if (Objects.equals(role, before)) {
            return; // only the server-wide role changed, not the one they act with here
        }
        if (role == null) {
            ProjectEvents.tell(listener, MEMBERSHIP_ENDED.create().put("project", l.project()),
                    user.login() + " is no longer a member of " + l.project());
        } else {
            ProjectEvents.tell(listener, ROLE_CHANGED.create().put("project", l.project())
                    .put("role", Account.roleName(role)), null);
        }
    }
}
