package org.annotide.headless.internal.benchmark;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.annotide.access.Account;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.SourceStatus;
import org.annotide.benchmark.TaskStatuses;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/** {@code annotide-cli status}: sets the task status of a project's images and tiles. */
public final class StatusVerb implements CliVerb {

    private PermissionService permissions;

    public StatusVerb() {
    }

    public StatusVerb(PermissionService permissions) {
        this.permissions = permissions;
    }

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "Set the task status (new, in-progress, in-review, completed) of a project's images and tiles";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli status PROJECT --set new|in-progress|in-review|completed [--images REGEX]
                                           [--user NAME] [--password-stdin]

                Sets the task status of every image of PROJECT whose name or location matches REGEX (all images
                when omitted) and of its tiles, as one change that can be undone. Only In review and Completed
                tasks of a source project are ground truth for training projects.

                Admins and Team Managers only: log in with --user NAME (or ANNOTIDE_USER) and the password on
                standard input (--password-stdin) or in ANNOTIDE_PASSWORD.

                Prints STATUS <count> <status>: how many images and tiles were set.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("set", "images", "user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path folder = args.path(0, "PROJECT");
        SourceStatus status;
        try {
            status = SourceStatus.parse(args.requiredOption("set"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set: " + e.getMessage());
        }
        Pattern images = null;
        if (args.option("images", null) != null) {
            try {
                images = Pattern.compile(args.option("images", null));
            } catch (PatternSyntaxException e) {
                throw new UsageException("--images: not a regular expression: " + e.getDescription());
            }
        }
        if (!ProjectStore.isProject(folder)) {
            context.err().println("annotide-cli status: " + folder + " is not an Annotide project");
            return FAILED;
        }
        Account caller = CliLogin.login(context, args, UserDirectory.locate(folder), null, true);
        try (ProjectStore store = ProjectStore.open(folder)) {
            int count = TaskStatuses.set(store, caller, permissions, images, status);
            context.out().println("STATUS " + count + " " + status.word());
        }
        return OK;
    }
}
