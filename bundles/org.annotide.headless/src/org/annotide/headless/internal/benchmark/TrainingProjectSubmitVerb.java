package org.annotide.headless.internal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.annotide.access.Account;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TrainingSession;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.internal.formats.FormatSelection;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.TaskStatus;

/** {@code annotide-cli training-project submit}: a trainee's annotations from a file, submitted (final). */
public final class TrainingProjectSubmitVerb implements CliVerb {

    private PermissionService permissions;
    private final Supplier<FormatRegistry> registry;

    public TrainingProjectSubmitVerb() {
        this.registry = FormatSelection.platform();
    }

    public TrainingProjectSubmitVerb(PermissionService permissions) {
        this();
        this.permissions = permissions;
    }

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "training-project submit";
    }

    @Override
    public String summary() {
        return "Submit a trainee's annotations (any importable format) for their benchmark tasks; final";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli training-project submit TP --trainee NAME --annotations FILE [--format ID]
                                                            [--images-from DIRS] [--user NAME] [--password-stdin]

                Reads FILE (COCO, YOLO, VOC, CVAT, Label Studio, simple JSON/CSV: 'annotide-cli formats'; detected
                when --format is omitted), matches its images to NAME's open benchmark tasks by image file name, puts
                each image's annotations into that task and submits it. Submitting is final: a submitted task
                cannot be reopened or edited. Each submission is scored at once.

                The trainee logs in: the login is NAME unless --user (or ANNOTIDE_USER) says otherwise, the password
                comes from standard input (--password-stdin) or ANNOTIDE_PASSWORD. Only the trainee may submit their
                tasks (Annotators annotate; Admins and Team Managers do not).

                Prints SUBMITTED <image> <task score> per submitted task and NOT_IN_FILE <image> for open tasks
                whose image FILE does not have (those stay open).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("trainee", "annotations", "format", "images-from", "user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path folder = args.path(0, "TP");
        String trainee = args.requiredOption("trainee");
        Path file = Path.of(args.requiredOption("annotations"));
        if (!Files.exists(file)) {
            throw new UsageException("--annotations " + file + ": no such file or folder");
        }
        Account caller = CliLogin.login(context, args, UserDirectory.locate(folder), trainee, true);
        FormatDescriptor format = FormatSelection.forImport(registry.get(), args, file);
        ImportResult imported = ImportResult.read(format, file, new ImportOptions(false,
                FormatSelection.imageRoots(args)), context.progress());
        if (imported.unreadable()) {
            FormatSelection.printText(context, imported.report());
            return FAILED;
        }
        Project scratch = AnnotideFactory.eINSTANCE.createProject();
        scratch.setId(UUID.randomUUID().toString());
        ImportCommand command = imported.command(scratch);
        command.plan();
        command.execute();
        Map<String, ImageAsset> byName = new HashMap<>();
        for (ImageAsset image : scratch.getImages()) {
            byName.putIfAbsent(key(image.getName()), image);
            byName.putIfAbsent(key(image.getLocation()), image);
        }
        int submitted = 0;
        try (TrainingSession session = TrainingSession.open(folder, permissions, SimilarityRegistry.fromExtensions())) {
            if (!session.trainees().contains(trainee)) {
                throw new IllegalArgumentException(trainee + " is not a trainee of " + folder);
            }
            for (AnnotatorTask task : session.tasksFor(caller)) {
                if (task.getAnnotator() == null || !trainee.equals(task.getAnnotator().getLogin())
                        || task.getStatus() == TaskStatus.SUBMITTED) {
                    continue;
                }
                String imageName = task.getImage().getName();
                ImageAsset image = byName.get(key(imageName));
                if (image == null) {
                    context.out().println("NOT_IN_FILE " + imageName);
                    continue;
                }
                session.setWork(caller, task, image.getAnnotations());
                TaskResult result = session.submit(caller, task);
                context.out().println("SUBMITTED " + imageName + " " + String.format(Locale.ROOT, "%.4f",
                        result.taskScore()));
                submitted++;
            }
        }
        if (submitted == 0) {
            context.err().println("annotide-cli training-project submit: nothing submitted (no open task of "
                    + trainee + " whose image is in " + file + ")");
            return FAILED;
        }
        return OK;
    }

    private static String key(String nameOrLocation) {
        if (nameOrLocation == null) {
            return "";
        }
        String normalized = nameOrLocation.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
