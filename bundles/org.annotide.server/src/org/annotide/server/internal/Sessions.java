package org.annotide.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.access.Account;
import org.annotide.access.UserDirectory;
import org.annotide.model.Role;
import org.annotide.server.db.ServerDatabase;

/**
 * Bearer tokens (random 256 bits, expiring, revocable) and the slowing down of failed logins per user and address:
 * after the second failure of a pair, the next attempt is refused for 1 s, then 2, 4, ... up to 5 minutes; a
 * success clears the count. With a database the tokens live there (only their SHA-256), so they outlive a restart of
 * the server and a revocation holds for every server on that database; a token found there is trusted from memory
 * for {@link #RECHECK_MS} before it is looked up again. The slowing down of failed logins is kept in memory.
 */
final class Sessions {

    /**
     * A live token of an account until {@code expiresAt}; {@code remembered}: the hash of the remembered login it was
     * opened with or alongside ({@link RememberedLogins}), which its log-out revokes too; null for none.
     */
    record Session(String token, Account account, Instant expiresAt, String remembered) {
    }

    private static final long MAX_WAIT_MS = 300_000;
    /** Failed pairs held before those with nothing left to hold back are dropped. */
    static final int FAILURES_KEPT = 10_000;
    static final long RECHECK_MS = 5_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> tokens = new ConcurrentHashMap<>();
    private final Map<String, long[]> failures = new ConcurrentHashMap<>(); // {count, notBeforeMillis, inFlight}
    private final Map<String, Long> checkedAt = new ConcurrentHashMap<>();
    private final Map<String, Session> internal = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final ServerDatabase db;
    private final java.util.function.LongSupplier clock;

    Sessions(Duration lifetime, ServerDatabase db) {
        this(lifetime, db, System::currentTimeMillis);
    }

    /** @param clock milliseconds of the failed-login waits (the tests' own clock) */
    Sessions(Duration lifetime, ServerDatabase db, java.util.function.LongSupplier clock) {
        this.lifetime = lifetime;
        this.db = db;
        this.clock = clock;
    }

    /** A new session of the account; {@code remembered} as in {@link Session} (null for none). */
    Session open(Account account, String address, String remembered) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), account,
                Instant.now().plus(lifetime), remembered);
        if (db != null) {
            db.call(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO sessions (token_hash, username, address, "
                        + "expires_at, remembered) VALUES (?, ?, ?, ?, ?)")) {
                    p.setString(1, hash(session.token()));
                    p.setString(2, account.login());
                    p.setString(3, address);
                    p.setTimestamp(4, Timestamp.from(session.expiresAt()));
                    p.setString(5, remembered);
                    return p.executeUpdate();
                }
            });
            checkedAt.put(session.token(), System.currentTimeMillis());
        }
        tokens.put(session.token(), session);
        return session;
    }

    /**
     * A session for the server's own in-process workers: kept only in this process's memory (never in the database,
     * never sent anywhere but to loopback), valid until the server stops.
     */
    Session internal(Account account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), account,
                Instant.now().plus(Duration.ofDays(3650)), null);
        internal.put(session.token(), session);
        return session;
    }

    /** The live session of a token, or null (unknown, revoked or expired). */
    Session find(String token) {
        if (token == null) {
            return null;
        }
        Session own = internal.get(token);
        if (own != null) {
            return own;
        }
        Session session = tokens.get(token);
        if (session != null && !Instant.now().isBefore(session.expiresAt())) {
            forget(token);
            return null;
        }
        if (db != null) {
            Long checked = checkedAt.get(token);
            if (session == null || checked == null || System.currentTimeMillis() - checked > RECHECK_MS) {
                session = lookUp(token);
                if (session == null) {
                    forget(token);
                    return null;
                }
                tokens.put(token, session);
                checkedAt.put(token, System.currentTimeMillis());
            }
        }
        return session;
    }

    private Session lookUp(String token) {
        return db.call(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.username, u.display_name, u.role, s.expires_at, s.remembered "
                    + "FROM sessions s JOIN users u ON u.username = s.username "
                    + "WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > now()")) {
                p.setString(1, hash(token));
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    return new Session(token, new Account(r.getString(1), r.getString(2),
                            UserDirectory.parseRole(r.getString(3))), r.getTimestamp(4).toInstant(), r.getString(5));
                }
            }
        });
    }

    Session refresh(Session old, String address) {
        revoke(old);
        return open(old.account(), address, old.remembered());
    }

    void revoke(Session session) {
        if (db != null) {
            db.call(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE sessions SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")) {
                    p.setString(1, hash(session.token()));
                    return p.executeUpdate();
                }
            });
        }
        forget(session.token());
    }

    /**
     * Forgets every token of a user who no longer exists (with a database their sessions went with them): they hold
     * at once on this server, not after {@link #RECHECK_MS}.
     */
    void forgetUser(String login) {
        tokens.values().removeIf(s -> s.account().login().equals(login));
        checkedAt.keySet().retainAll(tokens.keySet());
    }

    /** The users with a token this server holds in memory (not its own workers). */
    Set<String> logins() {
        Set<String> logins = new HashSet<>();
        tokens.values().forEach(s -> logins.add(s.account().login()));
        return logins;
    }

    /**
     * A user's server-wide role changed: their tokens act with the new one from now on (without a database nothing
     * else would tell them before they log in again; with one, before the next look-up).
     */
    void restate(String login, Role role) {
        tokens.replaceAll((token, s) -> !s.account().login().equals(login) || s.account().role() == role ? s
                : new Session(s.token(), new Account(login, s.account().displayName(), role), s.expiresAt(),
                        s.remembered()));
    }

    /**
     * The database says these tokens (their hashes) were revoked or deleted (a log-out or a refresh on any server on
     * it, or by hand): they are forgotten now, not trusted from memory for up to {@link #RECHECK_MS} more.
     */
    void forgetRevoked(Set<String> tokenHashes) {
        tokens.keySet().removeIf(token -> tokenHashes.contains(hash(token)));
        checkedAt.keySet().retainAll(tokens.keySet());
    }

    private void forget(String token) {
        tokens.remove(token);
        checkedAt.remove(token);
    }

    /** The SHA-256 of a token (base64url): what the database keeps instead of the token. */
    static String hash(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a login attempt of the pair: 0 when it may try now, else the milliseconds it must wait. Once the pair has
     * failed, it has one attempt at a time (in flight until {@link #failed}, {@link #succeeded} or {@link #abandoned}),
     * checked and marked in one step, so parallel guesses cannot all pass a wait that only the first failure would set.
     * A pair that never failed is not held: one user's parallel logins from one address (several windows or workers
     * behind one gateway) all go through.
     */
    long beginAttempt(String login, String address) {
        long now = clock.getAsLong();
        long[] wait = {0};
        failures.computeIfPresent(key(login, address), (k, f) -> {
            if (f[2] != 0 || f[1] > now) {
                wait[0] = Math.max(1, f[1] - now);
                return f;
            }
            return new long[] {f[0], f[1], 1};
        });
        return wait[0];
    }

    void failed(String login, String address) {
        long now = clock.getAsLong();
        if (failures.size() >= FAILURES_KEPT) {
            // guesses from many addresses or at many names must not grow the server without end: a pair whose wait
            // ended longer ago than the longest wait has nothing left to hold back
            failures.values().removeIf(f -> f[2] == 0 && f[1] < now - MAX_WAIT_MS);
        }
        failures.compute(key(login, address), (k, f) -> {
            long count = f == null ? 1 : f[0] + 1;
            long wait = count < 2 ? 0 : Math.min(MAX_WAIT_MS, 1000L << Math.min(20, count - 2));
            return new long[] {count, now + wait, 0};
        });
    }

    /** Failed pairs held now (for the tests). */
    int failedPairs() {
        return failures.size();
    }

    void succeeded(String login, String address) {
        failures.remove(key(login, address));
    }

    /** An attempt that neither failed nor succeeded (the database away): the pair may try again as before it. */
    void abandoned(String login, String address) {
        failures.computeIfPresent(key(login, address), (k, f) -> new long[] {f[0], f[1], 0});
    }

    private static String key(String login, String address) {
        return login + "\u0000" + address;
    }
}
