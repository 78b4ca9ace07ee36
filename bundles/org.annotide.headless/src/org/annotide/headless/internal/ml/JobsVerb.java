package org.annotide.headless.internal.ml;

import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainingJob;

/** {@code annotide-cli jobs PROJECT [--status S] [--task T]} and {@code jobs PROJECT cancel ID}. */
public final class JobsVerb implements CliVerb {

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public String summary() {
        return "List a project's training jobs, or cancel a running one";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli jobs PROJECT [--status S] [--task T]
                       annotide-cli jobs PROJECT cancel ID

                Lists the training jobs of the project, newest last: id, status, task, epochs done of epochs
                asked, images in train/validation, name, and the reason of a failure. Reads the project without
                changing it, so it works while another process trains.

                'cancel ID' asks the process that runs the job (ID or a unique prefix of it) to stop; the job
                ends as cancelled within about two seconds and registers nothing.

                Options:
                  --status S   only jobs in status pending, preparing, training, completed, failed or cancelled
                  --task T     only jobs of task classify, detect or segment""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("status", "task");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 3);
        if (args.positionals().size() > 1) {
            if (!"cancel".equals(args.positional(1, "action")) || args.positionals().size() != 3) {
                throw new UsageException("the only action is 'cancel ID'");
            }
            return cancel(context, args);
        }
        JobStatus status = null;
        if (args.option("status", null) != null) {
            status = JobStatus.get(args.option("status", null).toUpperCase(Locale.ROOT));
            if (status == null) {
                throw new UsageException("unknown status '" + args.option("status", null) + "'");
            }
        }
        TaskType task = MlVerbs.task(args.option("task", null));
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        try (ProjectStore store = ProjectStore.openReadOnly(args.path(0, "PROJECT"))) {
            for (TrainingJob job : store.project().getTrainingJobs()) {
                if ((status != null && job.getStatus() != status) || (task != null && job.getType() != task)) {
                    continue;
                }
                String epochs = job.getEpochs().size() + "/" + job.getConfiguration().get("epochs");
                String data = job.getConfiguration().containsKey("dataset.train")
                        ? job.getConfiguration().get("dataset.train") + "/" + job.getConfiguration().get("dataset.validation")
                        : "-";
                context.out().printf(Locale.ROOT, "%s  %-9s  %-8s  epochs %-7s  images %-11s  %s  %s%s%n", job.getId(),
                        job.getStatus().getLiteral().toLowerCase(Locale.ROOT), MlVerbs.name(job.getType()), epochs, data,
                        job.getCreatedAt() == null ? "-" : time.format(job.getCreatedAt()), job.getName(),
                        job.getErrorMessage() == null ? "" : "  (" + job.getErrorMessage() + ")");
            }
        }
        return OK;
    }

    private static int cancel(CliContext context, Args args) throws Exception {
        String key = args.positional(2, "ID");
        TrainingJob found = null;
        try (ProjectStore store = ProjectStore.openReadOnly(args.path(0, "PROJECT"))) {
            for (TrainingJob job : store.project().getTrainingJobs()) {
                if (key.equals(job.getId()) || (key.length() >= 4 && job.getId().startsWith(key))) {
                    if (found != null) {
                        context.err().println("annotide-cli jobs: '" + key + "' names several jobs; give more of the id");
                        return FAILED;
                    }
                    found = job;
                }
            }
            if (found == null) {
                context.err().println("annotide-cli jobs: the project has no job '" + key + "'");
                return FAILED;
            }
            JobStatus status = found.getStatus();
            if (status != JobStatus.PENDING && status != JobStatus.PREPARING && status != JobStatus.TRAINING) {
                context.err().println("annotide-cli jobs: the job is " + status.getLiteral().toLowerCase(Locale.ROOT)
                        + ", not running");
                return FAILED;
            }
            TrainingQueue.requestCancel(store.folder(), found.getId());
        }
        context.out().println("CANCEL requested for " + found.getId());
        return OK;
    }
}
