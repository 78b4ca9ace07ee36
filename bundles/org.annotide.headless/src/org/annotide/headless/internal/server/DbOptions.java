package org.annotide.headless.internal.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.server.db.DatabaseSettings;

/**
 * The database options shared by {@code serve} and {@code server}: {@code --db postgresql://[USER@]HOST[:PORT]/DB}
 * or {@code --db-config FILE} (url, user, password or password_file, pool_size); the password may also come from
 * the environment variable {@value #PASSWORD_ENV}, so it need not appear on a command line.
 */
final class DbOptions {

    static final String PASSWORD_ENV = "ANNOTIDE_DB_PASSWORD";

    private DbOptions() {
    }

    /** The settings the options name, or null when neither --db nor --db-config is given. */
    static DatabaseSettings read(CliContext context, Args args) throws IOException {
        String url = args.option("db", null);
        String config = args.option("db-config", null);
        if (url != null && config != null) {
            throw new UsageException("give --db or --db-config, not both");
        }
        try {
            if (config != null) {
                return DatabaseSettings.read(Path.of(config));
            }
            if (url == null) {
                return null;
            }
            return DatabaseSettings.parse(url, null, context.env(PASSWORD_ENV), args.intOption("db-pool",
                    DatabaseSettings.DEFAULT_POOL_SIZE));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static char[] readLine(CliContext context) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            throw new UsageException("--password-stdin: standard input is empty");
        }
        return line.toCharArray();
    }
}
