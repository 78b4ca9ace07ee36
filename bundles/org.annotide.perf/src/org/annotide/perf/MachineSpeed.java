package org.annotide.perf;

import java.util.Arrays;

/**
 * A fixed CPU-bound loop (integer hashing over a table that fits the L2 cache, no allocation, no I/O) that a
 * benchmark runs beside its figures, so that figures taken on different machines can be compared: printed as
 * {@code BENCH machine_speed_index N Mops/s}, millions of loop iterations a second on one thread. The best of
 * several runs is taken, which is what the core can do; other processes lower the median more than the best.
 */
public final class MachineSpeed {

    private static final int TABLE = 1 << 16;
    private static final int ROUNDS = 48;
    private static final int RUNS = 7;

    /** Consumed so the JIT cannot drop the loop. */
    private static volatile long sink;

    private MachineSpeed() {
    }

    /** Runs the loop (about 0.5 s on a 2-core cloud machine) and returns the index; higher is faster. */
    public static double index() {
        int[] table = new int[TABLE];
        for (int i = 0; i < TABLE; i++) {
            table[i] = i * 0x9E3779B9;
        }
        // warm-up: the JIT compiles the loop before the timed runs
        sink = loop(table, ROUNDS / 4);
        sink = loop(table, ROUNDS / 4);
        double[] rates = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            sink = loop(table, ROUNDS);
            long nanos = Math.max(1, System.nanoTime() - start);
            rates[run] = (double) TABLE * ROUNDS / nanos * 1e3;
        }
        Arrays.sort(rates);
        return rates[RUNS - 1];
    }

    /** FNV-style hashing with a data-dependent read: neither vectorisable nor predictable away. */
    static long loop(int[] table, int rounds) {
        long hash = 0xcbf29ce484222325L;
        int mask = table.length - 1;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < table.length; i++) {
                int value = table[(int) (hash ^ i) & mask];
                hash = (hash ^ value) * 0x100000001b3L;
                table[i] = (int) (hash >>> 29);
            }
        }
        return hash;
    }
}
