package org.annotide.headless.internal.benchmark;

import java.nio.file.Path;
import java.util.Set;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.TrainingSession;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.metrics.SimilarityRegistry;

/** {@code annotide-cli training-project add-trainee}: one more trainee, with their copies of the tasks. */
public final class TrainingProjectAddTraineeVerb implements CliVerb {

    private PermissionService permissions;

    public TrainingProjectAddTraineeVerb() {
    }

    public TrainingProjectAddTraineeVerb(PermissionService permissions) {
        this.permissions = permissions;
    }

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "training-project add-trainee";
    }

    @Override
    public String summary() {
        return "Add a trainee to a training project: their copy of every benchmark task";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli training-project add-trainee TP NAME [--user NAME] [--password-stdin]

                Adds the Annotator NAME (an existing one, or invited now: they set a password at the first login)
                to the training project TP and makes their copy of every benchmark task.
                Admins and Team Managers: --user NAME (or ANNOTIDE_USER) and the password on standard input
                (--password-stdin) or in ANNOTIDE_PASSWORD.

                Prints TRAINEE <NAME> <tasks added>.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(2, 2);
        Path folder = args.path(0, "TP");
        String login = args.positional(1, "NAME");
        UserDirectory users = UserDirectory.locate(folder);
        Account caller = CliLogin.login(context, args, users, null, true);
        try (TrainingSession session = TrainingSession.open(folder, permissions, SimilarityRegistry.fromExtensions())) {
            permissions.check(caller, Action.INVITE_TEAM_MEMBERS, null);
            Account trainee = TrainingProjectVerbs.trainee(users, login, caller, permissions, context.err());
            int before = session.trainingProject().getTasks().size();
            session.addTrainee(caller, trainee);
            context.out().println("TRAINEE " + login + " " + (session.trainingProject().getTasks().size() - before));
        }
        return OK;
    }
}
