package org.annotide.headless.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.core.store.FileErrors;
import org.annotide.core.store.StoreException;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliRunner;
import org.annotide.headless.UsageException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** {@code annotide-cli}: finds the command named by the first words and runs it. */
public final class HeadlessApplication implements IApplication {

    private static final Set<String> HELP = Set.of("--help", "-h");

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return run(Arrays.asList(raw == null ? new String[0] : raw), commands(), System.out, System.err);
    }

    @Override
    public void stop() {
        // commands run to completion on the main thread
    }

    /**
     * Runs the command the words name. Global options ({@code --quiet}, {@code --help}) come before the command
     * words; after them every token belongs to the command, and {@code --help} or {@code -h} asks for its help
     * only as a token of its own, not as the value of an option (as in {@code --filter -h}).
     */
    public static int run(List<String> raw, List<CliVerb> commands, PrintStream out, PrintStream err) {
        return run(raw, commands, out, err, System.in, System.getenv());
    }

    /** {@link #run(List, List, PrintStream, PrintStream)} with the given standard input and environment. */
    public static int run(List<String> raw, List<CliVerb> commands, PrintStream out, PrintStream err,
            java.io.InputStream in, java.util.Map<String, String> environment) {
        boolean quiet = false;
        boolean help = false;
        int first = 0;
        for (; first < raw.size() && raw.get(first).startsWith("-"); first++) {
            String option = raw.get(first);
            if (option.equals("--quiet")) {
                quiet = true;
            } else if (HELP.contains(option)) {
                help = true;
            } else {
                err.println("annotide-cli: unknown option " + option + " before the command. Run 'annotide-cli --help'.");
                return CliVerb.USAGE;
            }
        }
        List<String> words = raw.subList(first, raw.size());
        if (!words.isEmpty() && words.get(0).equals("help")) {
            words = words.subList(1, words.size());
            help = true;
        }
        if (words.isEmpty()) {
            printOverview(commands, out);
            return help ? CliVerb.OK : CliVerb.USAGE;
        }
        CliVerb command = find(commands, words);
        if (command == null) {
            return unknown(commands, words, help, out, err);
        }
        List<String> rest = words.subList(wordCount(command), words.size());
        List<String> tokens = standaloneTokens(rest, command.valueOptions());
        if (help || tokens.stream().anyMatch(HELP::contains)) {
            out.println(command.usage());
            return CliVerb.OK;
        }
        if (tokens.contains("--quiet") && !command.flagOptions().contains("quiet")) {
            err.println("annotide-cli " + command.name() + ": --quiet goes before the command: annotide-cli --quiet "
                    + command.name() + " ...");
            return CliVerb.USAGE;
        }
        CliContext context = new CliContext(out, err, quiet, in, environment);
        // a plug-in contribution that cannot be used is told once, on standard error, with the plug-in's name
        ILogListener problems = (status, plugin) -> {
            if (ContributionProblems.isContributionProblem(status)) {
                err.println("annotide-cli: warning: " + status.getMessage());
            }
        };
        Platform.addLogListener(problems);
        try {
            return command.run(context, Args.parse(rest, command.valueOptions(), command.flagOptions()));
        } catch (UsageException e) {
            err.println("annotide-cli " + command.name() + ": " + e.getMessage());
            err.println();
            err.println(command.usage());
            return CliVerb.USAGE;
        } catch (StoreException e) {
            err.println("annotide-cli " + command.name() + ": " + e.getMessage());
            return CliVerb.FAILED;
        } catch (IOException e) {
            err.println("annotide-cli " + command.name() + ": " + FileErrors.describe(e));
            if (Boolean.getBoolean("annotide.debug")) {
                e.printStackTrace(err);
            }
            return CliVerb.FAILED;
        } catch (Exception e) {
            err.println("annotide-cli " + command.name() + ": " + (e.getMessage() == null ? e : e.getMessage()));
            if (Boolean.getBoolean("annotide.debug")) {
                e.printStackTrace(err);
            }
            return CliVerb.FAILED;
        } finally {
            Platform.removeLogListener(problems);
        }
    }

    /**
     * No command has these words as its name. When the first word starts a group of two-word commands
     * ({@code bench store}, {@code bench crash}, ...), lists the group: as the answer to {@code bench --help}
     * or {@code help bench}, else as a usage error.
     */
    private static int unknown(List<CliVerb> commands, List<String> words, boolean help, PrintStream out,
            PrintStream err) {
        List<CliVerb> group = commands.stream().filter(c -> wordCount(c) > 1 && c.name().startsWith(words.get(0) + " "))
                .toList();
        if (group.isEmpty()) {
            err.println("annotide-cli: unknown command '" + String.join(" ", words.subList(0, Math.min(2, words.size())))
                    + "'. Run 'annotide-cli --help' for the list.");
            return CliVerb.USAGE;
        }
        if (help || words.size() > 1 && HELP.contains(words.get(1))) {
            printGroup(words.get(0), group, out);
            return CliVerb.OK;
        }
        if (words.size() == 1) {
            printGroup(words.get(0), group, out);
            return CliVerb.USAGE;
        }
        err.println("annotide-cli: unknown command '" + words.get(0) + " " + words.get(1) + "'.");
        err.println();
        printGroup(words.get(0), group, err);
        return CliVerb.USAGE;
    }

    /** The tokens that are not the value of an option taking one (neither {@code --name value} nor {@code --name=value}). */
    static List<String> standaloneTokens(List<String> tokens, Set<String> valueOptions) {
        List<String> standalone = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            standalone.add(token);
            if (token.startsWith("--") && valueOptions.contains(token.substring(2))) {
                i++;
            }
        }
        return standalone;
    }

    private static int wordCount(CliVerb command) {
        return command.name().split(" ").length;
    }

    private static CliVerb find(List<CliVerb> commands, List<String> words) {
        CliVerb best = null;
        for (CliVerb command : commands) {
            List<String> name = List.of(command.name().split(" "));
            if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)
                    && (best == null || name.size() > wordCount(best))) {
                best = command;
            }
        }
        return best;
    }

    private static void printOverview(List<CliVerb> commands, PrintStream out) {
        out.println("Usage: annotide-cli [--quiet] COMMAND [ARGUMENTS] [--help]");
        out.println();
        out.println("Annotide without a window: work on project folders from scripts.");
        out.println("--quiet (before the command) leaves out the progress lines on standard error;");
        out.println("COMMAND --help (or 'annotide-cli help COMMAND') explains a command.");
        out.println();
        out.println("Commands:");
        for (CliVerb command : commands) {
            out.printf("  %-18s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Exit codes: 0 success, 1 failure, 2 wrong command line, 3 done but some input rejected.");
    }

    private static void printGroup(String group, List<CliVerb> members, PrintStream out) {
        out.println("Usage: annotide-cli " + group + " SUBCOMMAND [ARGUMENTS] [--help]");
        out.println();
        out.println("Subcommands:");
        for (CliVerb command : members) {
            out.printf("  %-18s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("'annotide-cli " + group + " SUBCOMMAND --help' explains one.");
    }

    private static List<CliVerb> commands() {
        return CliRunner.registeredVerbs();
    }
}
