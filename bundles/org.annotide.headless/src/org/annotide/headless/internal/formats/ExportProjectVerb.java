package org.annotide.headless.internal.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.ExportOptions;
import org.annotide.formats.Exports;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ValidationReport;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.model.ImageAsset;

import org.annotide.headless.internal.Json;

/** {@code annotide-cli export PROJECT OUT --format ID}: writes the project's annotations in another tool's format. */
public final class ExportProjectVerb implements CliVerb {

    private final Supplier<FormatRegistry> registry;

    public ExportProjectVerb() {
        this(FormatSelection.platform());
    }

    public ExportProjectVerb(Supplier<FormatRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Export a project's annotations as COCO, YOLO, VOC, CVAT, Label Studio or simple JSON/CSV";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli export PROJECT OUT --format ID [--images REGEX] [--no-image-files] [--json]

                Writes the annotations of the project folder PROJECT to OUT (a file or a folder, as the format
                needs) following the tool's own schema. Opens the project read-only. A folder OUT must be new or
                empty, so that no file of an earlier export is left among the new ones. What the format cannot hold
                is converted where that is exact or close (and listed as a warning) or left out (listed as
                rejected).

                Options:
                  --format ID        the format ('annotide-cli formats' lists them)
                  --images REGEX     only images whose name matches the regular expression (find, not full match)
                  --no-image-files   do not copy image files into layouts that hold them (YOLO, VOC, COCO folders)
                  --json             print the report as one JSON object

                Exit codes: 0 everything written, 3 some annotations could not be written, 1 failure (OUT is a
                folder that holds files, no image matches --images, a file cannot be written).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "images");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("no-image-files", "json");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(2, 2);
        Path projectFolder = args.path(0, "PROJECT");
        Path output = args.path(1, "OUT");
        FormatDescriptor format = FormatSelection.forExport(registry.get(), args.requiredOption("format"));
        Pattern filter;
        try {
            filter = Pattern.compile(args.option("images", ".*"));
        } catch (PatternSyntaxException e) {
            throw new UsageException("--images is not a regular expression: " + e.getDescription());
        }
        ValidationReport report;
        int count;
        try (ProjectStore store = ProjectStore.openReadOnly(projectFolder)) {
            List<ImageAsset> images = new ArrayList<>();
            for (ImageAsset image : store.project().getImages()) {
                if (filter.matcher(image.getName() == null ? "" : image.getName()).find()) {
                    images.add(image);
                }
            }
            count = images.size();
            if (count == 0 && !store.project().getImages().isEmpty()) {
                context.err().println("annotide-cli export: no image name matches --images " + args.option("images", "")
                        + "; nothing written");
                return FAILED;
            }
            try {
                report = Exports.write(format, store.project(), store.folder(), images, output,
                        new ExportOptions(!args.flag("no-image-files")), context.progress());
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // what failed and where, on the terminal (not only in a log); the staging copy is gone, OUT untouched
                String reason = e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + ")"
                        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                context.err().println("annotide-cli export: writing " + format.id() + " to "
                        + output.toAbsolutePath().normalize() + " failed: " + reason + "; nothing was written");
                return FAILED;
            }
        }
        if (args.flag("json")) {
            context.out().println(Json.object().put("format", format.id()).put("images", count)
                    .set("report", report.toJsonTree()));
        } else {
            FormatSelection.printText(context, report);
            context.out().printf("Format         %s%n", format.id());
            context.out().printf("Images         %d%n", count);
            context.out().printf("Written to     %s%n", output.toAbsolutePath().normalize());
            context.out().printf("Report         %s%n", report.summary());
        }
        return report.hasRejections() ? PARTIAL : OK;
    }
}
