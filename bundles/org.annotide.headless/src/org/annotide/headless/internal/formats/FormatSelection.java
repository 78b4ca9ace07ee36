package org.annotide.headless.internal.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;

/** What the format commands share: finding the format (named or detected), image folders, printing reports. */
public final class FormatSelection {

    private FormatSelection() {
    }

    /** The formats of the running platform (extension point org.annotide.formats.formats). */
    public static Supplier<FormatRegistry> platform() {
        return FormatRegistry::fromExtensions;
    }

    /** The format named by --format, else the one that recognises the source with the most certainty. */
    public static FormatDescriptor forImport(FormatRegistry registry, Args args, Path source) {
        String id = args.option("format", null);
        if (id != null) {
            FormatDescriptor format = registry.get(id);
            if (format == null || !format.canImport()) {
                throw new UsageException("no importable format '" + id + "'; 'annotide-cli formats' lists them");
            }
            return format;
        }
        List<FormatRegistry.Detection> detections = registry.detect(source);
        if (detections.isEmpty()) {
            throw new UsageException("no format recognises " + source + "; name one with --format");
        }
        if (detections.size() > 1 && detections.get(1).certainty() == detections.get(0).certainty()) {
            List<String> ids = new ArrayList<>();
            for (FormatRegistry.Detection detection : detections) {
                if (detection.certainty() == detections.get(0).certainty()) {
                    ids.add(detection.format().id());
                }
            }
            throw new UsageException(source + " could be " + String.join(" or ", ids) + "; name one with --format");
        }
        return detections.get(0).format();
    }

    static FormatDescriptor forExport(FormatRegistry registry, String id) {
        FormatDescriptor format = registry.get(id);
        if (format == null || !format.canExport()) {
            throw new UsageException("no exportable format '" + id + "'; 'annotide-cli formats' lists them");
        }
        return format;
    }

    /** --images-from folders (may repeat as a comma-separated list). */
    public static List<Path> imageRoots(Args args) {
        String value = args.option("images-from", null);
        List<Path> roots = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    roots.add(Path.of(part.strip()));
                }
            }
        }
        return roots;
    }

    /** Issues one per line on standard output, then the summary. */
    public static void printText(CliContext context, ValidationReport report) {
        for (ValidationIssue issue : report.issues()) {
            context.out().println(issue);
        }
        long unlisted = report.rejectedCount() + report.warningCount() - report.issues().size();
        if (unlisted > 0) {
            context.out().println("... and " + unlisted + " more issue(s) not listed");
        }
    }
}
