package org.annotide.headless.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.annotide.core.store.StoreException;
import org.annotide.headless.Args;
import org.annotide.headless.CliCommand;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** {@code annotide-cli}: finds the command named by the first words and runs it. */
public final class HeadlessApplication implements IApplication {

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

    public static int run(List<String> raw, List<CliCommand> commands, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(raw);
        boolean quiet = words.remove("--quiet");
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help") && words.size() == 1) {
            printOverview(commands, out);
            return words.isEmpty() ? CliCommand.USAGE : CliCommand.OK;
        }
        if (words.get(0).equals("help")) {
            words.remove(0);
            words.add("--help");
        }
        CliCommand command = find(commands, words);
        if (command == null) {
            err.println("annotide-cli: unknown command '" + String.join(" ", words.subList(0, Math.min(2, words.size())))
                    + "'. Run 'annotide-cli --help' for the list.");
            return CliCommand.USAGE;
        }
        List<String> rest = words.subList(command.name().split(" ").length, words.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return CliCommand.OK;
        }
        CliContext context = new CliContext(out, err, quiet);
        try {
            return command.run(context, Args.parse(rest, command.valueOptions(), command.flagOptions()));
        } catch (UsageException e) {
            err.println("annotide-cli " + command.name() + ": " + e.getMessage());
            err.println();
            err.println(command.usage());
            return CliCommand.USAGE;
        } catch (StoreException e) {
            err.println("annotide-cli " + command.name() + ": " + e.getMessage());
            return CliCommand.FAILED;
        } catch (Exception e) {
            err.println("annotide-cli " + command.name() + ": " + (e.getMessage() == null ? e : e.getMessage()));
            if (Boolean.getBoolean("annotide.debug")) {
                e.printStackTrace(err);
            }
            return CliCommand.FAILED;
        }
    }

    private static CliCommand find(List<CliCommand> commands, List<String> words) {
        CliCommand best = null;
        for (CliCommand command : commands) {
            List<String> name = List.of(command.name().split(" "));
            if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)
                    && (best == null || name.size() > best.name().split(" ").length)) {
                best = command;
            }
        }
        return best;
    }

    private static void printOverview(List<CliCommand> commands, PrintStream out) {
        out.println("Usage: annotide-cli COMMAND [ARGUMENTS] [--help] [--quiet]");
        out.println();
        out.println("Annotide without a window: work on project folders from scripts.");
        out.println();
        out.println("Commands:");
        for (CliCommand command : commands) {
            out.printf("  %-18s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Exit codes: 0 success, 1 failure, 2 wrong command line, 3 done but some input rejected.");
    }

    private List<CliCommand> commands() throws InvalidSyntaxException {
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Collection<ServiceReference<CliCommand>> references = bundleContext.getServiceReferences(CliCommand.class, null);
        List<CliCommand> commands = new ArrayList<>();
        for (ServiceReference<CliCommand> reference : references) {
            CliCommand command = bundleContext.getService(reference);
            if (command != null) {
                commands.add(command);
            }
        }
        commands.sort(Comparator.comparing(CliCommand::name));
        return commands;
    }
}
