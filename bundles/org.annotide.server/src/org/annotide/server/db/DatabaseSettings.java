package org.annotide.server.db;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the server's PostgreSQL database is and how to log in to it. {@code url} is
 * {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE} (the libpq form) or
 * {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=..&password=..]}; a user or password given apart wins over
 * one in the address.
 *
 * @param url      the database address as given
 * @param host     host name or address
 * @param port     TCP port (5432 unless given)
 * @param database database name
 * @param user     login role, or null for the operating-system user
 * @param password password, or null
 * @param poolSize most connections the server keeps open
 */
public record DatabaseSettings(String url, String host, int port, String database, String user, String password,
        int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 8;

    public DatabaseSettings {
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("the pool size must be from 1 to 200, not " + poolSize);
        }
    }

    /** Parses an address; user and password may be null to keep those of the address. */
    public static DatabaseSettings parse(String url, String user, String password, int poolSize) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database address: give postgresql://HOST[:PORT]/DATABASE");
        }
        String text = url.trim();
        String rest;
        if (text.startsWith("jdbc:postgresql://")) {
            rest = text.substring("jdbc:".length());
        } else if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            rest = text;
        } else {
            throw new IllegalArgumentException("'" + url + "' is not a PostgreSQL address: give "
                    + "postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE");
        }
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid address: " + e.getMessage());
        }
        String host = uri.getHost();
        String path = uri.getPath();
        if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("'" + url + "' needs a host and a database name: "
                    + "postgresql://HOST[:PORT]/DATABASE");
        }
        String addressUser = null;
        String addressPassword = null;
        if (uri.getRawUserInfo() != null) {
            String[] info = uri.getRawUserInfo().split(":", 2);
            addressUser = decode(info[0]);
            addressPassword = info.length > 1 ? decode(info[1]) : null;
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                switch (kv[0]) {
                    case "user" -> addressUser = value;
                    case "password" -> addressPassword = value;
                    default -> throw new IllegalArgumentException("unknown database option '" + kv[0]
                            + "' in the address (user and password are understood)");
                }
            }
        }
        return new DatabaseSettings(text, host, uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1),
                user != null ? user : addressUser, password != null ? password : addressPassword, poolSize);
    }

    /**
     * Reads a settings file (Java properties): {@code url} (required), {@code user}, {@code password} or
     * {@code password_file} (a file whose first line is the password), {@code pool_size}.
     */
    public static DatabaseSettings read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (!java.util.Set.of("url", "user", "password", "password_file", "pool_size").contains(key)) {
                throw new IllegalArgumentException(file + ": unknown setting '" + key
                        + "' (url, user, password, password_file, pool_size)");
            }
        }
        String password = p.getProperty("password");
        if (password == null && p.getProperty("password_file") != null) {
            Path passwordFile = file.resolveSibling(p.getProperty("password_file"));
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        }
        int pool;
        try {
            pool = Integer.parseInt(p.getProperty("pool_size", String.valueOf(DEFAULT_POOL_SIZE)).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": pool_size must be a whole number");
        }
        if (p.getProperty("url") == null) {
            throw new IllegalArgumentException(file + ": no 'url' (postgresql://HOST[:PORT]/DATABASE)");
        }
        return parse(p.getProperty("url"), p.getProperty("user"), password, pool);
    }

    /** The address without the password, for messages. */
    public String describe() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
