package org.annotide.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.server.db.ServerDatabase;

/**
 * "Keep me logged in": a long-lived token (random 256 bits, {@link #lifetime}) that a client keeps instead of the
 * password and exchanges for a session token after a restart ({@code POST /auth/resume}). The server keeps only its
 * SHA-256, in the server's user store: the {@code remembered_logins} table with a database, else the users file
 * ({@link UserDirectory#remember}). A log-out of a session opened with it revokes it; a user's removal (and, in the
 * users file, a new password) ends it.
 * <p>
 * <i>Why a kind of its own and not the session token:</i> sessions live hours ({@code --token-hours}) and, without a
 * database, only in the server's memory, so a workbench restarted the next day, or after the server restarted, would
 * hold a dead token. The remembered login outlives both and is revoked only on purpose or at its end.
 */
final class RememberedLogins {

    /** A remembered login just made: the token for the client (shown once, never stored) and its end. */
    record Remembered(String token, String hash, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final ServerDatabase db;
    private final UserDirectory users;

    RememberedLogins(Duration lifetime, ServerDatabase db, UserDirectory users) {
        this.lifetime = lifetime;
        this.db = db;
        this.users = users;
    }

    /** Makes and keeps a remembered login for the account. */
    Remembered keep(Account account, String address) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Remembered made = new Remembered(token, Sessions.hash(token), Instant.now().plus(lifetime));
        if (db != null) {
            db.call(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO remembered_logins (token_hash, username, "
                        + "address, expires_at) VALUES (?, ?, ?, ?)")) {
                    p.setString(1, made.hash());
                    p.setString(2, account.login());
                    p.setString(3, address);
                    p.setTimestamp(4, Timestamp.from(made.expiresAt()));
                    return p.executeUpdate();
                }
            });
        } else {
            try {
                users.remember(account.login(), made.hash(), made.expiresAt());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return made;
    }

    /** The account of a live remembered login of that user with that token, or null. */
    Account resume(String login, String token) {
        String hash = Sessions.hash(token);
        if (db != null) {
            return db.call(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT u.username, u.display_name, u.role "
                        + "FROM remembered_logins r JOIN users u ON u.username = r.username "
                        + "WHERE r.token_hash = ? AND r.username = ? AND r.revoked_at IS NULL AND r.expires_at > now()")) {
                    p.setString(1, hash);
                    p.setString(2, login);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? new Account(r.getString(1), r.getString(2),
                                UserDirectory.parseRole(r.getString(3))) : null;
                    }
                }
            });
        }
        try {
            return users.remembered(login, hash).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Revokes a remembered login by its token's hash (a log-out); one already gone is no error. */
    void revoke(String login, String hash) {
        if (db != null) {
            db.call(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE remembered_logins SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")) {
                    p.setString(1, hash);
                    return p.executeUpdate();
                }
            });
            return;
        }
        try {
            users.forgetRemembered(login, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
