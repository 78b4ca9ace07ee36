package org.annotide.headless.internal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.model.Role;

/** {@code annotide-cli users}: the users of a workspace (or project) folder, their roles and passwords. */
public final class UsersVerb implements CliVerb {

    private PermissionService permissions;

    public UsersVerb() {
    }

    public UsersVerb(PermissionService permissions) {
        this.permissions = permissions;
    }

    /** Declarative Services: the one permission service. */
    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String summary() {
        return "Users of a workspace or project: add (admin, manager, annotator), list, remove, password, role";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli users PROJECT_OR_WORKSPACE add NAME --role admin|manager|annotator [--password-stdin]
                                                                [--display-name TEXT]
                       annotide-cli users PROJECT_OR_WORKSPACE list
                       annotide-cli users PROJECT_OR_WORKSPACE remove NAME
                       annotide-cli users PROJECT_OR_WORKSPACE role NAME --role admin|manager|annotator
                       annotide-cli users PROJECT_OR_WORKSPACE password NAME --password-stdin

                Users live in annotide-users.json of the workspace (the folder that holds the projects): for a
                project folder, its own file if it has one, else its workspace's. Passwords are stored only as
                salted PBKDF2-SHA256 hashes.

                The first 'add' to a folder without users creates the first Admin and needs no login. After that the
                caller logs in: --user NAME (or ANNOTIDE_USER) and the password in ANNOTIDE_PASSWORD. Inviting a
                Team Manager or an Annotator takes an Admin or a Team Manager; adding an Admin, changing roles and
                removing users take an Admin.

                add --password-stdin reads the NEW user's password from the first line of standard input; without
                it the user sets one at the first login ('password'). 'password NAME' sets NAME's password (first
                line of standard input): without a login for a user who has none yet (first login), else as NAME
                (ANNOTIDE_PASSWORD holds the old one) or as an Admin.

                Output of list: one line per user, USER <login> <role> <password|no-password>.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("role", "display-name", "user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(2, 3);
        Path folder = args.path(0, "PROJECT_OR_WORKSPACE");
        if (!Files.isDirectory(folder)) {
            context.err().println("annotide-cli users: there is no folder " + folder);
            return FAILED;
        }
        UserDirectory users = UserDirectory.locate(folder);
        String action = args.positional(1, "add, list, remove, role or password");
        switch (action) {
            case "list" -> {
                args.expectPositionals(2, 2);
                if (!users.isEmpty()) {
                    CliLogin.login(context, args, users, null, true);
                }
                for (Account account : users.accounts()) {
                    context.out().println("USER " + account.login() + " " + word(account.role()) + " "
                            + (users.hasPassword(account.login()) ? "password" : "no-password"));
                }
                return OK;
            }
            case "add" -> {
                String login = args.positional(2, "NAME");
                Role role = role(args.requiredOption("role"));
                Account added = new Account(login, args.option("display-name", login), role);
                if (users.isEmpty()) {
                    if (role != Role.ADMIN) {
                        throw new UsageException("the first user of " + users.file().getParent()
                                + " must be an admin (--role admin)");
                    }
                } else {
                    Account caller = CliLogin.login(context, args, users, null, false);
                    permissions.check(caller, Action.INVITE_TEAM_MEMBERS, added);
                }
                char[] password = args.flag("password-stdin") ? CliLogin.readLine(context) : null;
                users.add(added, password);
                context.out().println("ADDED " + login + " " + word(role) + (password == null ? " (sets a password "
                        + "at the first login)" : "") + " in " + users.file());
                return OK;
            }
            case "remove" -> {
                String login = args.positional(2, "NAME");
                Account target = users.find(login).orElseThrow(() -> new IllegalArgumentException("there is no user '"
                        + login + "'"));
                Account caller = CliLogin.login(context, args, users, null, true);
                permissions.check(caller, target.role() == Role.ADMIN ? Action.MANAGE_ADMINS
                        : Action.MANAGE_TEAM_PERMISSIONS, target);
                users.remove(login);
                context.out().println("REMOVED " + login);
                return OK;
            }
            case "role" -> {
                String login = args.positional(2, "NAME");
                Account target = users.find(login).orElseThrow(() -> new IllegalArgumentException("there is no user '"
                        + login + "'"));
                Role role = role(args.requiredOption("role"));
                Account caller = CliLogin.login(context, args, users, null, true);
                permissions.check(caller, Action.MANAGE_TEAM_PERMISSIONS, target);
                if (role == Role.ADMIN || target.role() == Role.ADMIN) {
                    permissions.check(caller, Action.MANAGE_ADMINS, target);
                }
                users.setRole(login, role);
                context.out().println("ROLE " + login + " " + word(role));
                return OK;
            }
            case "password" -> {
                String login = args.positional(2, "NAME");
                if (!args.flag("password-stdin")) {
                    throw new UsageException("password: give the new password on standard input with --password-stdin");
                }
                if (users.find(login).isEmpty()) {
                    throw new IllegalArgumentException("there is no user '" + login + "'");
                }
                if (!users.hasPassword(login)) {
                    users.setFirstPassword(login, CliLogin.readLine(context));
                    context.out().println("PASSWORD " + login + " set (first login)");
                    return OK;
                }
                Account caller = CliLogin.login(context, args, users, login, false);
                if (!caller.login().equals(login)) {
                    permissions.check(caller, Action.MANAGE_TEAM_PERMISSIONS, users.find(login).get());
                }
                users.setPassword(login, CliLogin.readLine(context));
                context.out().println("PASSWORD " + login + " changed");
                return OK;
            }
            default -> throw new UsageException("unknown action '" + action + "': add, list, remove, role or password");
        }
    }

    static String word(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case TEAM_MANAGER -> "manager";
            case ANNOTATOR -> "annotator";
        };
    }

    private static Role role(String text) {
        try {
            return UserDirectory.parseRole(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--role " + e.getMessage());
        }
    }

}
