package org.annotide.headless.internal.server;

import java.util.List;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.model.Role;
import org.annotide.server.db.DatabaseSettings;
import org.annotide.server.db.DatabaseUnavailableException;
import org.annotide.server.db.ServerDatabase;

/** {@code annotide-cli server migrate | users ...}: the team server's PostgreSQL database. */
public final class ServerAdminVerb implements CliVerb {

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String summary() {
        return "The team server's PostgreSQL database: migrate its schema, add, list and remove its users";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli server migrate --db URL | --db-config FILE
                       annotide-cli server users add NAME --role admin|manager|annotator --password-stdin (--db ...)
                       annotide-cli server users list (--db ...)
                       annotide-cli server users remove NAME (--db ...)

                The database: --db postgresql://[USER@]HOST[:PORT]/DATABASE (the password from the environment
                variable ANNOTIDE_DB_PASSWORD) or --db-config FILE, a properties file with url, user, password or
                password_file, pool_size. 'migrate' brings the schema to the newest version with the numbered
                migrations this Annotide carries and prints each one applied (MIGRATED V1 ...), then
                SCHEMA <version>; 'serve --db' migrates too. The other actions migrate first as well.

                Output of users list: one line per user, USER <login> <role>.

                Example:
                  createdb annotide && echo 'a long password' | \\
                    annotide-cli server users add alice --role admin --password-stdin --db postgresql://localhost/annotide""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "db-config", "db-pool", "role");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "migrate or users");
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
                default -> throw new UsageException("unknown action '" + action + "': migrate or users");
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

    private static String roleWord(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case TEAM_MANAGER -> "manager";
            case ANNOTATOR -> "annotator";
        };
    }
}
