package org.annotide.perf.ui.internal;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the time of a first paint goes: wall-clock milliseconds, classes loaded and JIT compilation time
 * between marks, read from the JVM's management beans (no logging, no agent), so a cold first paint's
 * class loading shows beside its work.
 */
final class StartupPhases {

    /** One stretch between two marks. */
    record Phase(String name, double millis, long classes, double compileMillis) {
    }

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private final List<Phase> phases = new ArrayList<>();
    private long time;
    private long classes;
    private long compile;

    StartupPhases() {
        time = System.nanoTime();
        classes = CLASSES.getTotalLoadedClassCount();
        compile = compileMillis();
    }

    /** Ends the stretch since the last mark (or the start) under this name. */
    void mark(String name) {
        long now = System.nanoTime();
        long loaded = CLASSES.getTotalLoadedClassCount();
        long compiled = compileMillis();
        phases.add(new Phase(name, (now - time) / 1e6, loaded - classes, compiled - compile));
        time = now;
        classes = loaded;
        compile = compiled;
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    private static long compileMillis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime()
                : 0;
    }
}
