package org.annotide.headless.internal.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Project;

import org.annotide.headless.internal.Json;

/**
 * {@code annotide-cli import PROJECT SOURCE}: reads SOURCE in its format (named or detected) and commits every
 * valid item as one undoable command; creates the project when the folder holds none.
 */
public final class ImportProjectVerb implements CliVerb {

    private final Supplier<FormatRegistry> registry;

    public ImportProjectVerb() {
        this(FormatSelection.platform());
    }

    public ImportProjectVerb(Supplier<FormatRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Import annotations (COCO, YOLO, VOC, CVAT, Label Studio, simple JSON/CSV) into a project";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli import PROJECT FILE|FOLDER [--format ID] [--strict] [--images-from DIRS] [--json]

                Reads FILE or FOLDER and adds its images, label classes and annotations to the project folder
                PROJECT, as ONE change that can be undone. Creates the project when PROJECT holds none.
                Classes are matched by name, images by location (else name). Every item that cannot be read
                is listed with its file, location (line or JSON path) and reason; the rest is imported.

                Options:
                  --format ID         the format ('annotide-cli formats' lists them); detected when omitted
                  --strict            import nothing when any item is rejected
                  --images-from DIRS  comma-separated folders to look for images in (YOLO needs image sizes)
                  --json              print one JSON object (counts and the validation report)

                An annotation already on its image in the project is skipped (importing twice adds nothing);
                an image whose size differs from the project's image of that name keeps its annotations out.
                No project is created when nothing could be imported.

                Exit codes: 0 all imported, 3 some items rejected (with --strict: nothing imported),
                1 failure (the source cannot be read at all: nothing imported).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "images-from");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("strict", "json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(2, 2);
        Path projectFolder = args.path(0, "PROJECT");
        Path source = args.path(1, "FILE|FOLDER");
        if (!Files.exists(source)) {
            context.err().println("annotide-cli import: there is no file or folder " + source);
            return FAILED;
        }
        FormatDescriptor format = FormatSelection.forImport(registry.get(), args, source);
        ImportOptions options = new ImportOptions(args.flag("strict"), FormatSelection.imageRoots(args));
        ImportResult result = ImportResult.read(format, source, options, context.progress());
        Outcome outcome = result.unreadable() ? Outcome.NONE : commit(result, options, projectFolder);
        if (args.flag("json")) {
            context.out().println(Json.object().put("format", format.id()).put("committed", outcome.committed())
                    .put("created", outcome.created()).put("newImages", outcome.images())
                    .put("annotations", outcome.annotations()).put("duplicates", outcome.duplicates())
                    .set("report", result.report().toJsonTree()));
        } else {
            FormatSelection.printText(context, result.report());
            context.out().printf("Format         %s%n", format.id());
            context.out().printf("Report         %s%n", result.report().summary());
            context.out().println("Imported       " + importedLine(result, options, outcome, projectFolder));
        }
        if (result.unreadable()) {
            return FAILED;
        }
        return result.report().hasRejections() ? PARTIAL : OK;
    }

    /** What was committed; {@code committed} is false when nothing was (strict, or nothing new). */
    private record Outcome(boolean committed, boolean created, long annotations, int images, long duplicates) {
        static final Outcome NONE = new Outcome(false, false, 0, 0, 0);
    }

    /**
     * Plans the import against the project (so the report holds duplicates and size conflicts before --strict
     * decides) and commits it as one command; a new project folder is only created when there is something in it.
     */
    private static Outcome commit(ImportResult result, ImportOptions options, Path projectFolder) throws Exception {
        if (ProjectStore.isProject(projectFolder)) {
            try (ProjectStore store = ProjectStore.open(projectFolder)) {
                ImportCommand command = result.command(store.project());
                command.plan();
                if (!result.committable(options) || command.isEmpty()) {
                    return new Outcome(false, false, 0, 0, command.duplicateCount());
                }
                store.commandStack().execute(command);
                return new Outcome(true, false, command.annotationCount(), command.newImages().size(),
                        command.duplicateCount());
            }
        }
        Project project = AnnotideFactory.eINSTANCE.createProject();
        project.setId(UUID.randomUUID().toString());
        Path name = projectFolder.toAbsolutePath().normalize().getFileName();
        project.setName(name == null ? "project" : name.toString());
        project.setCreatedAt(new Date());
        ImportCommand command = result.command(project);
        command.plan();
        if (!result.committable(options) || command.isEmpty()) {
            return Outcome.NONE;
        }
        command.execute();
        try (ProjectStore store = ProjectStore.create(projectFolder, project)) {
            return new Outcome(true, true, command.annotationCount(), command.newImages().size(), 0);
        }
    }

    private static String importedLine(ImportResult result, ImportOptions options, Outcome outcome, Path projectFolder) {
        String skipped = outcome.duplicates() > 0
                ? ", " + outcome.duplicates() + " already in the project skipped" : "";
        if (result.unreadable()) {
            return "nothing: the source cannot be read (see the report)";
        }
        if (!result.committable(options)) {
            return "nothing: --strict and " + result.report().rejectedCount() + " item(s) were rejected";
        }
        if (!outcome.committed()) {
            return "nothing new" + skipped + (ProjectStore.isProject(projectFolder) ? "" : "; no project was created");
        }
        return String.format("%d annotation(s), %d new image(s) into %s%s%s", outcome.annotations(), outcome.images(),
                projectFolder, outcome.created() ? " (new project)" : "", skipped);
    }
}
