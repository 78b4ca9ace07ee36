package org.annotide.server.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annotide.access.Account;
import org.annotide.access.ProjectRoles;
import org.annotide.access.UserDirectory;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Role;

/**
 * The projects a team server hosts and their members, kept in its PostgreSQL database (tables {@code projects} and
 * {@code project_members}, migration V2). A project is hosted under an id (the project's id, else its folder's
 * name) from its folder; each member holds one role in it, which the permission service reads there instead of
 * the member's server-wide role ({@link ProjectRoles}). Every change is one committed statement or transaction.
 */
public final class ServerProjects implements ProjectRoles {

    /** A hosted project: the id the API names it by and its folder. */
    public record Hosted(String id, Path folder) {
    }

    /** A member of a project and the role they hold there. */
    public record Member(String login, Role role) {
    }

    /** A user's server-wide role and the role they hold in each project they are a member of. */
    public record Standing(Role role, Map<String, Role> projects) {

        /** The role they act with in a project (a server Admin is an Admin of every project); null: none there. */
        public Role in(String project) {
            return role == Role.ADMIN ? Role.ADMIN : projects.get(project);
        }
    }

    private final ServerDatabase db;

    public ServerProjects(ServerDatabase db) {
        this.db = db;
    }

    /** The id a project is served under: its own id, else its folder's name. */
    public static String idOf(ProjectStore store) {
        String id = store.project().getId();
        return id == null || id.isBlank() ? store.folder().getFileName().toString() : id;
    }

    /**
     * Hosts a project (nothing changes when it is hosted already from the same folder).
     *
     * @throws IllegalArgumentException when the id is hosted from another folder, or the folder under another id
     */
    public void host(String id, Path folder, String addedBy) {
        String path = folder.toAbsolutePath().normalize().toString();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, folder FROM projects WHERE id = ? OR folder = ? FOR UPDATE")) {
                p.setString(1, id);
                p.setString(2, path);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (r.getString(1).equals(id) && r.getString(2).equals(path)) {
                            return null;
                        }
                        if (r.getString(1).equals(id)) {
                            throw new IllegalArgumentException("the project id '" + id + "' is already hosted from "
                                    + r.getString(2) + ", not " + path);
                        }
                        throw new IllegalArgumentException("the folder " + path + " is already hosted as project '"
                                + r.getString(1) + "'");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO projects (id, folder, added_by) VALUES (?, ?, ?)")) {
                p.setString(1, id);
                p.setString(2, path);
                p.setString(3, addedBy);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Stops hosting a project (its folder is left as it is); its member list goes with it. */
    public void unhost(String id) {
        int removed = db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM projects WHERE id = ?")) {
                p.setString(1, id);
                return p.executeUpdate();
            }
        });
        if (removed == 0) {
            throw new IllegalArgumentException("no project '" + id + "' is hosted");
        }
    }

    /** The hosted projects, by id. */
    public List<Hosted> hosted() {
        return db.call(c -> {
            List<Hosted> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, folder FROM projects ORDER BY id");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Hosted(r.getString(1), Path.of(r.getString(2))));
                }
            }
            return list;
        });
    }

    /**
     * Makes a user a member of a project with a role, or changes the role of a member.
     *
     * @throws IllegalArgumentException for a project that is not hosted or a user the server does not have
     */
    public void setMember(String project, String login, Role role, String addedBy) {
        db.transaction(c -> {
            requireProject(c, project);
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM users WHERE username = ?")) {
                p.setString(1, login);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("there is no user '" + login + "'");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO project_members (project_id, username, role, added_by) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (project_id, username) DO UPDATE SET role = EXCLUDED.role")) {
                p.setString(1, project);
                p.setString(2, login);
                p.setString(3, ServerDatabase.roleText(role));
                p.setString(4, addedBy);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Removes a member from a project. */
    public void removeMember(String project, String login) {
        db.transaction(c -> {
            requireProject(c, project);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM project_members WHERE project_id = ? AND username = ?")) {
                p.setString(1, project);
                p.setString(2, login);
                if (p.executeUpdate() == 0) {
                    throw new IllegalArgumentException(login + " is not a member of the project '" + project + "'");
                }
            }
            return null;
        });
    }

    /** The members of a project, by login. */
    public List<Member> members(String project) {
        return db.call(c -> {
            requireProject(c, project);
            List<Member> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT username, role FROM project_members WHERE project_id = ? ORDER BY username")) {
                p.setString(1, project);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        list.add(new Member(r.getString(1), UserDirectory.parseRole(r.getString(2))));
                    }
                }
            }
            return list;
        });
    }

    /** The role the user holds in the project, read from the database; empty for someone who is not a member. */
    @Override
    public Optional<Role> roleIn(Account user, String project) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT role FROM project_members WHERE project_id = ? AND username = ?")) {
                p.setString(1, project);
                p.setString(2, user.login());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(UserDirectory.parseRole(r.getString(1))) : Optional.<Role>empty();
                }
            }
        });
    }

    /**
     * The standing of each of these users, read in one statement; a user the server no longer has is absent. The
     * server asks it a few times a second for the users following a project, so that a role changed (by any server
     * or the command line on this database) reaches their mirrors at once.
     */
    public Map<String, Standing> standings(Collection<String> logins) {
        return db.call(c -> {
            Map<String, Role> roles = new HashMap<>();
            Map<String, Map<String, Role>> memberships = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT u.username, u.role, m.project_id, m.role FROM users u "
                    + "LEFT JOIN project_members m ON m.username = u.username WHERE u.username = ANY (?)")) {
                p.setArray(1, c.createArrayOf("text", logins.toArray()));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        roles.put(r.getString(1), UserDirectory.parseRole(r.getString(2)));
                        Map<String, Role> in = memberships.computeIfAbsent(r.getString(1),
                                k -> new HashMap<>());
                        if (r.getString(3) != null) {
                            in.put(r.getString(3), UserDirectory.parseRole(r.getString(4)));
                        }
                    }
                }
            }
            Map<String, Standing> standings = new HashMap<>();
            roles.forEach((login, role) -> standings.put(login, new Standing(role, memberships.get(login))));
            return standings;
        });
    }

    private static void requireProject(Connection c, String project) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM projects WHERE id = ?")) {
            p.setString(1, project);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no project '" + project + "' is hosted");
                }
            }
        }
    }
}
