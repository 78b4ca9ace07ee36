package org.annotide.headless.internal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.OntologyMismatchException;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/** {@code annotide-cli training-project create}: a training project from source projects. */
public final class TrainingProjectCreateVerb implements CliVerb {

    private PermissionService permissions;

    public TrainingProjectCreateVerb() {
    }

    public TrainingProjectCreateVerb(PermissionService permissions) {
        this.permissions = permissions;
    }

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "training-project create";
    }

    @Override
    public String summary() {
        return "Create a training project: benchmark tasks from source projects, a copy per trainee";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli training-project create OUT --source PROJECT... --trainee NAME...
                                                            [--function FILE.json] [--name TEXT] [--description TEXT]
                                                            [--user NAME] [--password-stdin]

                Creates the training project OUT (a new or empty folder). Its benchmark tasks are the In review and
                Completed images of the source projects (repeat --source, or separate with commas), whose
                ontologies must be exactly the same (else nothing is created and the differences are listed). The
                ground truth is frozen into OUT/ground-truth/; every trainee (repeat --trainee, or commas) gets a
                copy of every benchmark task without it. A trainee is an existing Annotator or, for a new name, an
                Annotator invited now who sets a password at the first login.

                --function FILE.json is the scoring function: {"mode": "dynamic"|"classification", "classes":
                {"name": {"iou": 100, "category": 100}, ...}}; classes not named get 100 and 100 (the default).

                Admins only (the ground truth is read): --user NAME (or ANNOTIDE_USER) and the password on standard
                input (--password-stdin) or in ANNOTIDE_PASSWORD. Users are those of OUT's workspace.

                Prints CREATED <OUT> <benchmark tasks> <trainees> <tasks>.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("source", "trainee", "function", "name", "description", "user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path out = args.path(0, "OUT");
        List<Path> sources = args.options("source").stream().map(Path::of).toList();
        if (sources.isEmpty()) {
            throw new UsageException("give at least one --source PROJECT");
        }
        ScoringFunctionSpec function = ScoringFunctionSpec.defaults();
        if (args.option("function", null) != null) {
            Path file = Path.of(args.option("function", null));
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--function " + file + ": no such file");
            }
            function = ScoringFunctionSpec.read(file);
        }
        UserDirectory users = UserDirectory.locate(out);
        Account caller = CliLogin.login(context, args, users, null, true);
        permissions.check(caller, Action.VIEW_BENCHMARK_SOURCE, null);
        List<Account> trainees = new ArrayList<>();
        for (String login : args.options("trainee")) {
            trainees.add(TrainingProjectVerbs.trainee(users, login, caller, permissions, context.err()));
        }
        Path name = out.toAbsolutePath().normalize().getFileName();
        try {
            TrainingProjects.create(out, args.option("name", name == null ? "training" : name.toString()),
                    args.option("description", ""), sources, function, trainees, caller, permissions);
        } catch (OntologyMismatchException e) {
            context.err().println("annotide-cli training-project create: " + e.getMessage());
            return FAILED;
        }
        try (var session = org.annotide.benchmark.TrainingSession.open(out, permissions,
                org.annotide.metrics.SimilarityRegistry.fromExtensions())) {
            context.out().println("CREATED " + out + " " + session.benchmarkTaskCount() + " "
                    + session.trainees().size() + " " + session.trainingProject().getTasks().size());
        }
        return OK;
    }
}
