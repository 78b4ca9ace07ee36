package org.annotide.perf.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.perf.internal.store.CrashHarness;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fifty SIGKILLs at random moments of an editing JVM: every acknowledged edit survives, the project opens. */
class CrashTest {

    @TempDir
    Path temp;

    @Test
    void nothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
        CrashHarness.Result result = new CrashHarness(temp.resolve("p"), 20261123).run(50, new NullProgressMonitor());
        assertEquals(50, result.kills());
        assertEquals(0, result.unopenable(), result.problems().toString());
        assertEquals(0, result.lostEdits(), result.problems().toString());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertTrue(result.acknowledgedEdits() > 100, "the child made too few edits to mean anything");
    }
}
