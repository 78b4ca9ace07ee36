package org.annotide.headless.internal.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.annotide.access.Account;
import org.annotide.access.AuthenticationException;
import org.annotide.access.UserDirectory;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;

/**
 * How a command-line caller logs in: the login from {@code --user} or the environment variable
 * {@value #USER_ENV}; the password from the first line of standard input with {@code --password-stdin}, else
 * from {@value #PASSWORD_ENV}. Checked by {@link UserDirectory#authenticate}, as the workbench and the server do.
 * A password is never taken from the command line itself (other users could read it in the process list).
 */
final class CliLogin {

    static final String USER_ENV = "ANNOTIDE_USER";
    static final String PASSWORD_ENV = "ANNOTIDE_PASSWORD";

    private CliLogin() {
    }

    /**
     * @param fallbackUser     the login when neither --user nor ANNOTIDE_USER says one (e.g. the trainee), or null
     * @param stdinIsCallers   whether --password-stdin carries the caller's password (not a new user's)
     */
    static Account login(CliContext context, Args args, UserDirectory users, String fallbackUser,
            boolean stdinIsCallers) throws IOException {
        String login = args.option("user", context.env(USER_ENV));
        if (login == null) {
            login = fallbackUser;
        }
        if (login == null) {
            throw new UsageException("who is this? Give --user NAME (or set " + USER_ENV + ")");
        }
        char[] password;
        if (stdinIsCallers && args.flag("password-stdin")) {
            password = readLine(context);
        } else {
            String fromEnvironment = context.env(PASSWORD_ENV);
            if (fromEnvironment == null) {
                throw new UsageException("no password for " + login + ": pipe it with --password-stdin or set "
                        + PASSWORD_ENV);
            }
            password = fromEnvironment.toCharArray();
        }
        try {
            return users.authenticate(login, password);
        } catch (AuthenticationException e) {
            throw new IllegalStateException("login failed (" + users.file() + "): " + e.getMessage());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** The first line of standard input, without its line end. */
    static char[] readLine(CliContext context) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            throw new UsageException("--password-stdin: standard input is empty");
        }
        return line.toCharArray();
    }
}
