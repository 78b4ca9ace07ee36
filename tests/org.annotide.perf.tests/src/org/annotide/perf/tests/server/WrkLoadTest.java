package org.annotide.perf.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.annotide.perf.internal.server.WrkLoad;
import org.junit.jupiter.api.Test;

/** wrk's summary, as wrk 4.1.0 (Debian) printed it for a run against a server answering 404. */
class WrkLoadTest {

    private static final String SUMMARY = """
            Running 2s test @ http://127.0.0.1:8765/nothere
              1 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     8.42ms    7.45ms  55.74ms   83.99%
                Req/Sec   522.40    151.42     0.85k    65.00%
              Latency Distribution
                 50%  684.00us
                 75%   11.78ms
                 90%   16.92ms
                 99%   37.42ms
              1065 requests in 2.05s, 540.82KB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 1065
            Requests/sec:    518.35
            Transfer/sec:    263.23KB
            """;

    @Test
    void readsRateLatenciesInMillisecondsAndEveryKindOfError() throws IOException {
        WrkLoad.Figures figures = WrkLoad.parse(SUMMARY);
        assertEquals(518.35, figures.requestsPerSecond(), 1e-9);
        assertEquals(0.684, figures.p50Ms(), 1e-9);
        assertEquals(37.42, figures.p99Ms(), 1e-9);
        assertEquals(1065 + 3, figures.errors());
    }

    @Test
    void aSummaryWithoutItsFiguresIsAnError() {
        assertThrows(IOException.class, () -> WrkLoad.parse("unable to connect to 127.0.0.1:8765 Connection refused"));
        assertThrows(IOException.class, () -> WrkLoad.parse("Requests/sec: 10.0\n"));
    }
}
