package org.annotide.perf.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a stretch's CPU time went, by kind of thread: the UI thread, the tile renderers, the JIT compilers, the
 * garbage collector. On a machine with little CPU to spare the compilers and the collector compete with the paint for
 * the same cores, and wall-clock phases alone do not show it. Java threads are read from the thread bean (their full
 * names); the JVM's own threads, which the bean hides, from Linux's {@code /proc/self/task} (nothing there elsewhere).
 * A thread that ended meanwhile (a first-frame helper) counts only in {@code process}, the whole JVM's.
 */
final class ThreadCpu {

    /** The groups, in the order they are printed. */
    static final java.util.List<String> GROUPS = java.util.List.of("ui", "tiles", "other_java", "jit", "gc", "vm",
            "process");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long TICK_NANOS = 10_000_000L; // USER_HZ 100, as on every Linux we run on

    private final Map<String, Long> start = sample();

    /** Milliseconds of CPU per group since this was made. */
    Map<String, Double> since() {
        Map<String, Long> now = sample();
        Map<String, Double> millis = new LinkedHashMap<>();
        for (String group : GROUPS) {
            millis.put(group, (now.getOrDefault(group, 0L) - start.getOrDefault(group, 0L)) / 1e6);
        }
        return millis;
    }

    private static Map<String, Long> sample() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        if (THREADS.isThreadCpuTimeSupported()) {
            for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    String name = info.getThreadName();
                    String group = name.equals("main") ? "ui" : name.contains("tile renderer") ? "tiles" : "other_java";
                    nanos.merge(group, cpu, Long::sum);
                }
            }
        }
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            try (Stream<Path> list = Files.list(tasks)) {
                list.forEach(task -> {
                    String[] stat = fields(task.resolve("stat"));
                    if (stat == null) {
                        return;
                    }
                    String comm = stat[0];
                    String group = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "jit"
                            : comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "gc"
                                    : comm.startsWith("VM ") ? "vm" : null;
                    if (group != null) {
                        nanos.merge(group, ticks(stat), Long::sum);
                    }
                });
            } catch (IOException e) {
                // no breakdown of the JVM's own threads
            }
            String[] process = fields(Path.of("/proc/self/stat"));
            if (process != null) {
                nanos.put("process", ticks(process));
            }
        }
        return nanos;
    }

    /** The name between the parentheses, then the fields after them (state first). */
    private static String[] fields(Path stat) {
        try {
            String line = Files.readString(stat);
            int open = line.indexOf('('), close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null; // a thread that ended meanwhile
        }
    }

    /** utime + stime (fields 14 and 15 of stat, here 12 and 13 after the name) in nanoseconds. */
    private static long ticks(String[] fields) {
        return (Long.parseLong(fields[12]) + Long.parseLong(fields[13])) * TICK_NANOS;
    }
}
