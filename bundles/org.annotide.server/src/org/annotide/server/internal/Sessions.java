package org.annotide.server.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.annotide.access.Account;

/**
 * Bearer tokens (random 256 bits, expiring, revocable) and the slowing down of failed logins per user and address:
 * after the second failure of a pair, the next attempt is refused for 1 s, then 2, 4, ... up to 5 minutes; a
 * success clears the count.
 */
final class Sessions {

    record Session(String token, Account account, Instant expiresAt) {
    }

    private static final long MAX_WAIT_MS = 300_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> tokens = new ConcurrentHashMap<>();
    private final Map<String, long[]> failures = new ConcurrentHashMap<>(); // {count, notBeforeMillis}
    private final Duration lifetime;

    Sessions(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Session open(Account account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), account,
                Instant.now().plus(lifetime));
        tokens.put(session.token(), session);
        return session;
    }

    /** The live session of a token, or null (unknown, revoked or expired). */
    Session find(String token) {
        if (token == null) {
            return null;
        }
        Session session = tokens.get(token);
        if (session != null && !Instant.now().isBefore(session.expiresAt())) {
            tokens.remove(token);
            return null;
        }
        return session;
    }

    Session refresh(Session old) {
        tokens.remove(old.token());
        return open(old.account());
    }

    void revoke(Session session) {
        tokens.remove(session.token());
    }

    /** Milliseconds the pair must still wait before it may try again; 0 when it may now. */
    long waitMillis(String login, String address) {
        long[] f = failures.get(key(login, address));
        return f == null ? 0 : Math.max(0, f[1] - System.currentTimeMillis());
    }

    void failed(String login, String address) {
        failures.compute(key(login, address), (k, f) -> {
            long count = f == null ? 1 : f[0] + 1;
            long wait = count < 2 ? 0 : Math.min(MAX_WAIT_MS, 1000L << Math.min(20, count - 2));
            return new long[] {count, System.currentTimeMillis() + wait};
        });
    }

    void succeeded(String login, String address) {
        failures.remove(key(login, address));
    }

    private static String key(String login, String address) {
        return login + "\u0000" + address;
    }
}
