package org.annotide.headless;

import java.util.Set;

/**
 * One verb of {@code annotide-cli} ("Command" is kept for EMF commands). Verbs are OSGi services (Declarative Services components in
 * OSGI-INF), so any bundle can add one. A name may have two words, e.g. {@code "bench store"}.
 */
public interface CliVerb {

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the work failed (I/O, bad data that stops the work). */
    int FAILED = 1;
    /** Exit code: the command line was wrong. */
    int USAGE = 2;
    /** Exit code: the work was done but some input was rejected (see the report). */
    int PARTIAL = 3;

    String name();

    /** One line for the list of commands. */
    String summary();

    /** The full help text: synopsis, arguments, options, examples. */
    String usage();

    /** Names (without dashes) of the options that take a value, e.g. {@code "size"} for {@code --size 1024}. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Names (without dashes) of the switches, e.g. {@code "json"}. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /**
     * @return the exit code
     * @throws UsageException when the arguments are wrong; the application prints it with the usage
     */
    int run(CliContext context, Args args) throws Exception;
}
