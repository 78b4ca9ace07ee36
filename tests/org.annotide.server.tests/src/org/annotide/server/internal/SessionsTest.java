package org.annotide.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Failed logins are held per user and address, and what is held stays bounded: guesses from many addresses fill the
 * table, and the pairs with nothing left to hold back are dropped when it is full, while a pair still waiting is kept.
 */
class SessionsTest {

    @Test
    void failedPairsStayBoundedAndAWaitingPairIsKept() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Sessions sessions = new Sessions(Duration.ofHours(1), null, now::get);
        for (int i = 0; i < Sessions.FAILURES_KEPT; i++) {
            sessions.failed("admin", "10.0." + (i >> 8) + "." + (i & 255));
        }
        assertEquals(Sessions.FAILURES_KEPT, sessions.failedPairs());
        now.addAndGet(Duration.ofMinutes(6).toMillis()); // longer than the longest wait (5 min)
        for (int k = 0; k < 12; k++) { // a guesser at work: 12 failures, a wait of 1024 s, capped at 5 min
            sessions.failed("ann", "192.0.2.1");
        }
        assertEquals(1, sessions.failedPairs(), "the stale pairs are gone, the guesser's is kept");
        assertTrue(sessions.beginAttempt("ann", "192.0.2.1") > 0, "and still held back");
        assertEquals(0, sessions.beginAttempt("admin", "10.0.0.1"), "a dropped pair may try again");
    }
}
