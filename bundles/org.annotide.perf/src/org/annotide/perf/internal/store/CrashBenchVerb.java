package org.annotide.perf.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;

/**
 * {@code annotide-cli bench crash}: kills an editing process with SIGKILL at random moments and checks that
 * every acknowledged edit survives and the project always opens.
 */
public final class CrashBenchVerb implements CliVerb {

    @Override
    public String name() {
        return "bench crash";
    }

    @Override
    public String summary() {
        return "Kill an editing process many times; count lost edits and unopenable projects";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench crash [--kills N] [--seed S]

                Starts a JVM that edits a project (adds, changes, removes and moves annotations, adds
                tiles to a training set, writes checkpoints now and then) and kills it with SIGKILL at a
                random moment, N times (default 200). After each kill the project is opened and compared
                with what the acknowledged edits must have produced. Prints:
                  BENCH kills N
                  BENCH acknowledged_edits A
                  BENCH lost_edits L        acknowledged edits missing or wrong (goal 0)
                  BENCH unopenable U        times the project would not open (goal 0)
                Exit code 1 when anything was lost, or when no edit was acknowledged (nothing was tested).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("kills", "seed");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int kills = args.intOption("kills", 200);
        if (kills < 1) {
            throw new UsageException("--kills must be at least 1");
        }
        Path folder = Files.createTempDirectory("annotide-bench-crash").resolve("project");
        try {
            CrashHarness.Result result = new CrashHarness(folder, args.intOption("seed", 1)).run(kills, context.progress());
            context.bench("kills", result.kills(), "");
            context.bench("acknowledged_edits", result.acknowledgedEdits(), "");
            context.bench("lost_edits", result.lostEdits(), "");
            context.bench("unopenable", result.unopenable(), "");
            result.problems().forEach(problem -> context.err().println(problem));
            if (result.acknowledgedEdits() == 0) {
                context.err().println("no edit was acknowledged before the kills, so nothing was tested: use more --kills");
                return FAILED;
            }
            return result.lostEdits() == 0 && result.unopenable() == 0 && result.problems().isEmpty() ? OK : FAILED;
        } finally {
            FileTrees.deleteRecursively(folder.getParent());
        }
    }
}
