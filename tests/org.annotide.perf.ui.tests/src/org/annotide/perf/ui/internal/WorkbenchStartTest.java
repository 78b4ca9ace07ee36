package org.annotide.perf.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The bench's child JVMs get transparent huge pages exactly when the {@code annotide} script gives them: when the
 * kernel hands them out on request ({@code madvise}); with {@code always} the kernel uses them anyway, with
 * {@code never} the option would only make the JVM warn.
 */
class WorkbenchStartTest {

    @Test
    void transparentHugePagesOnlyWhenTheKernelGivesThemOnRequest() {
        assertEquals(List.of("-XX:+UseTransparentHugePages"),
                WorkbenchStart.transparentHugePages("always [madvise] never\n"));
        assertEquals(List.of(), WorkbenchStart.transparentHugePages("[always] madvise never\n"));
        assertEquals(List.of(), WorkbenchStart.transparentHugePages("always madvise [never]\n"));
        assertEquals(List.of(), WorkbenchStart.transparentHugePages(""));
    }
}
