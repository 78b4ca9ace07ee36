package org.annotide.headless.internal.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Role;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ProjectContent;
import org.annotide.server.db.ServerDatabase;
import org.annotide.server.db.ServerProjects;

/**
 * {@code annotide-cli server migrate | users | projects | members | import-project | export-project | content}: the
 * team server's PostgreSQL database.
 */
public final class ServerAdminVerb implements CliVerb {

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String summary() {
        return "The team server's PostgreSQL database: migrate its schema; its users, hosted projects and their members; "
                + "projects imported into it and exported from it";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli server migrate --db URL | --db-config FILE
                       annotide-cli server users add NAME --role admin|manager|annotator --password-stdin (--db ...)
                       annotide-cli server users list (--db ...)
                       annotide-cli server users remove NAME (--db ...)
                       annotide-cli server projects add FOLDER [--id ID] | list | remove ID (--db ...)
                       annotide-cli server members PROJECT list | add NAME --role admin|manager|annotator
                                                   | remove NAME (--db ...)
                       annotide-cli server import-project FOLDER [--id ID] (--db ...)
                       annotide-cli server export-project ID FOLDER (--db ...)
                       annotide-cli server content list | remove ID (--db ...)

                The database: --db postgresql://[USER@]HOST[:PORT]/DATABASE (the password from the environment
                variable ANNOTIDE_DB_PASSWORD) or --db-config FILE, a properties file with url, user, password or
                password_file, pool_size. 'migrate' brings the schema to the newest version with the numbered
                migrations this Annotide carries and prints each one applied (MIGRATED V1 ...), then
                SCHEMA <version>; 'serve --db' migrates too. The other actions migrate first as well.

                'projects add' hosts a project folder (its id: --id, else the project's own id, else the folder's
                name); 'serve --db' then serves it. Only members work in a project, with the role they hold there
                ('members add' also changes a member's role); server admins are admins of every project.

                'import-project' copies a project folder into the database (its model and its image files), all or
                nothing, under --id or the project's own id; 'export-project' writes a held project into a new
                folder (one that does not exist yet) that the workbench opens; 'content' lists or removes the
                projects the database holds. Notes (an image file that cannot be read, a file outside the project
                folder that is not written back) go to standard error.

                Output: IMPORTED <id> <images> images <annotations> annotations; EXPORTED <id> <folder> <images>
                images <annotations> annotations; CONTENT <id> <images> images <annotations> annotations per held
                project (content list); USER <login> <role> per user (users list), PROJECT <id> <folder> per project (projects list),
                MEMBER <login> <role> per member (members list).

                Example:
                  createdb annotide && echo 'a long password' | \\
                    annotide-cli server users add alice --role admin --password-stdin --db postgresql://localhost/annotide""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "db-config", "db-pool", "role", "id");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "migrate, users, projects, members, import-project, export-project or content");
        DatabaseSettings settings = DbOptions.read(context, args);
        if (settings == null) {
            throw new UsageException("name the database with --db postgresql://HOST/DATABASE or --db-config FILE");
        }
        try (ServerDatabase db = ServerDatabase.open(settings)) {
            List<String> applied = db.migrate();
            switch (action) {
                case "migrate" -> {
                    args.expectPositionals(1, 1);
                    applied.forEach(m -> context.out().println("MIGRATED " + m));
                    context.out().println("SCHEMA " + db.schemaVersion());
                }
                case "users" -> users(context, args, db);
                case "projects" -> projects(context, args, new ServerProjects(db));
                case "members" -> members(context, args, new ServerProjects(db));
                case "import-project", "export-project", "content" -> content(context, args, action, new ProjectContent(db));
                default -> throw new UsageException("unknown action '" + action
                        + "': migrate, users, projects, members, import-project, export-project or content");
            }
        } catch (DatabaseUnavailableException e) {
            context.err().println("annotide-cli server: " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    private static void users(CliContext context, Args args, ServerDatabase db) throws Exception {
        String what = args.positional(1, "add, list or remove");
        switch (what) {
            case "list" -> {
                args.expectPositionals(2, 2);
                for (Account account : db.users()) {
                    context.out().println("USER " + account.login() + " " + roleWord(account.role()));
                }
            }
            case "add" -> {
                args.expectPositionals(3, 3);
                String login = args.positional(2, "NAME");
                Role role;
                try {
                    role = UserDirectory.parseRole(args.requiredOption("role"));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                if (!args.flag("password-stdin")) {
                    throw new UsageException("users add: give the password on standard input with --password-stdin");
                }
                try {
                    db.addUser(new Account(login, role), DbOptions.readLine(context));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                context.out().println("ADDED " + login + " " + roleWord(role));
            }
            case "remove" -> {
                args.expectPositionals(3, 3);
                String login = args.positional(2, "NAME");
                try {
                    db.removeUser(login);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                context.out().println("REMOVED " + login);
            }
            default -> throw new UsageException("unknown users action '" + what + "': add, list or remove");
        }
    }

    private static void projects(CliContext context, Args args, ServerProjects projects) throws Exception {
        String what = args.positional(1, "add, list or remove");
        try {
            switch (what) {
                case "list" -> {
                    args.expectPositionals(2, 2);
                    for (ServerProjects.Hosted hosted : projects.hosted()) {
                        context.out().println("PROJECT " + hosted.id() + " " + hosted.folder());
                    }
                }
                case "add" -> {
                    args.expectPositionals(3, 3);
                    Path folder = Path.of(args.positional(2, "FOLDER")).toAbsolutePath().normalize();
                    String id;
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) { // refuses what is no project
                        id = args.option("id", ServerProjects.idOf(store));
                    }
                    projects.host(id, folder, null);
                    context.out().println("HOSTED " + id + " " + folder);
                }
                case "remove" -> {
                    args.expectPositionals(3, 3);
                    String id = args.positional(2, "ID");
                    projects.unhost(id);
                    context.out().println("REMOVED " + id);
                }
                default -> throw new UsageException("unknown projects action '" + what + "': add, list or remove");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void members(CliContext context, Args args, ServerProjects projects) throws Exception {
        String project = args.positional(1, "PROJECT");
        String what = args.positional(2, "list, add or remove");
        try {
            switch (what) {
                case "list" -> {
                    args.expectPositionals(3, 3);
                    for (ServerProjects.Member member : projects.members(project)) {
                        context.out().println("MEMBER " + member.login() + " " + roleWord(member.role()));
                    }
                }
                case "add" -> {
                    args.expectPositionals(4, 4);
                    String login = args.positional(3, "NAME");
                    Role role = UserDirectory.parseRole(args.requiredOption("role"));
                    projects.setMember(project, login, role, null);
                    context.out().println("MEMBER " + login + " " + roleWord(role));
                }
                case "remove" -> {
                    args.expectPositionals(4, 4);
                    String login = args.positional(3, "NAME");
                    projects.removeMember(project, login);
                    context.out().println("REMOVED " + login);
                }
                default -> throw new UsageException("unknown members action '" + what + "': list, add or remove");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void content(CliContext context, Args args, String action, ProjectContent content) throws Exception {
        try {
            switch (action) {
                case "import-project" -> {
                    args.expectPositionals(2, 2);
                    Path folder = Path.of(args.positional(1, "FOLDER")).toAbsolutePath().normalize();
                    ProjectContent.Imported imported;
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) { // refuses what is no project
                        imported = content.importProject(store, args.option("id", ServerProjects.idOf(store)), null);
                    }
                    imported.notes().forEach(note -> context.err().println("annotide-cli server: note: " + note));
                    context.out().println("IMPORTED " + imported.id() + " " + imported.images() + " images "
                            + imported.annotations() + " annotations");
                }
                case "export-project" -> {
                    args.expectPositionals(3, 3);
                    String id = args.positional(1, "ID");
                    ProjectContent.Exported exported = content.exportProject(id, Path.of(args.positional(2, "FOLDER")));
                    exported.notes().forEach(note -> context.err().println("annotide-cli server: note: " + note));
                    context.out().println("EXPORTED " + id + " " + exported.folder() + " " + exported.images()
                            + " images " + exported.annotations() + " annotations");
                }
                default -> {
                    String what = args.positional(1, "list or remove");
                    switch (what) {
                        case "list" -> {
                            args.expectPositionals(2, 2);
                            for (ProjectContent.Held held : content.held()) {
                                context.out().println("CONTENT " + held.id() + " " + held.images() + " images "
                                        + held.annotations() + " annotations");
                            }
                        }
                        case "remove" -> {
                            args.expectPositionals(3, 3);
                            String id = args.positional(2, "ID");
                            content.remove(id);
                            context.out().println("REMOVED " + id);
                        }
                        default -> throw new UsageException("unknown content action '" + what + "': list or remove");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String roleWord(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case TEAM_MANAGER -> "manager";
            case ANNOTATOR -> "annotator";
        };
    }
}
