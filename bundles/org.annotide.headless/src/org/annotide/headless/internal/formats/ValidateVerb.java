package org.annotide.headless.internal.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;

import org.annotide.headless.internal.Json;

/** {@code annotide-cli validate SOURCE}: reads an annotation file or folder and reports, without any project. */
public final class ValidateVerb implements CliVerb {

    private final Supplier<FormatRegistry> registry;

    public ValidateVerb() {
        this(FormatSelection.platform());
    }

    public ValidateVerb(Supplier<FormatRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check an annotation file or folder and list every item an import would reject";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli validate FILE|FOLDER [--format ID] [--images-from DIRS] [--json]

                Reads FILE or FOLDER as an import would, writes nothing, and lists every rejected item with its
                file, location (line, JSON path or XML element) and reason, then the counts.

                Options:
                  --format ID         the format ('annotide-cli formats' lists them); detected when omitted
                  --images-from DIRS  comma-separated folders to look for images in (YOLO needs image sizes)
                  --json              print the report as one JSON object

                Exit codes: 0 valid, 3 some items would be rejected, 1 the source cannot be read at all.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "images-from");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path source = args.path(0, "FILE|FOLDER");
        if (!Files.exists(source)) {
            context.err().println("annotide-cli validate: there is no file or folder " + source);
            return FAILED;
        }
        FormatDescriptor format = FormatSelection.forImport(registry.get(), args, source);
        ImportResult result = ImportResult.read(format, source, new ImportOptions(false, FormatSelection.imageRoots(args)),
                context.progress());
        if (args.flag("json")) {
            context.out().println(Json.object().put("format", format.id())
                    .put("images", result.dataset().images().size())
                    .put("annotations", result.dataset().annotationCount()).set("report", result.report().toJsonTree()));
        } else {
            FormatSelection.printText(context, result.report());
            context.out().printf("Format         %s%n", format.id());
            context.out().printf("Images         %d%n", result.dataset().images().size());
            context.out().printf("Annotations    %d%n", result.dataset().annotationCount());
            context.out().printf("Report         %s%n", result.report().summary());
        }
        if (result.unreadable()) {
            return FAILED;
        }
        return result.report().hasRejections() ? PARTIAL : OK;
    }
}
