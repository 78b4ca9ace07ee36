package org.annotide.headless.internal.imaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.LabelsCsv;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;

/** {@code annotide-cli import-images PROJECT PATH... [--filter REGEX] [--copy] [--csv FILE]}. */
public final class ImportImagesVerb implements CliVerb {

    @Override
    public String name() {
        return "import-images";
    }

    @Override
    public String summary() {
        return "Add image files, folders or a CSV list (with labels) to a project as one undoable change";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli import-images PROJECT [PATH...] [--filter REGEX] [--copy] [--csv FILE]

                Adds images to the project folder PROJECT, creating the project when the folder holds none
                (none is left behind when nothing could be imported). Each PATH is an image file or a
                folder, searched recursively for files with an image extension (png, jpg, jpeg, bmp, tif,
                tiff, ...). Only the headers are read, so large sets import fast. Files that cannot be
                read, are cut short, are missing or are already in the project are listed with the reason,
                and the rest is imported.
                The whole import is one change, undone as one.

                Images are referred to where they are (relative to PROJECT when inside it); with --copy
                they are first copied into PROJECT/images/.

                A CSV list is a labels CSV, read exactly as 'annotide-cli import P FILE.csv' reads it
                (docs/formats.md, "Labels CSV"): one image per row, relative to the CSV's folder. With a
                header row, the image column is called path, image, file, filename, file_name, location
                or image_path and the label column label, labels, class, classes or category (other
                named columns become attributes of the labels; no label column: images without labels);
                without a header the first column is the image and the others labels. Several labels in
                one cell are separated by ';' or '|'. Labels become image-level class annotations, and
                label classes are created for new names. Lines starting with '#' are comments. A file
                whose quoting is broken is rejected as a whole.

                Options:
                  --filter REGEX   while searching the PATH folders, take only the files whose file name
                                   contains a match (Java regex, e.g. '\\.tiff?$'); image files named as
                                   PATH and the images of the CSV list are taken whatever their name
                  --copy           copy the files into PROJECT/images/
                  --csv FILE       import the images the CSV file lists

                Exit codes: 0 all imported, 3 some input rejected (listed as 'REJECTED source: reason').

                Examples:
                  annotide-cli import-images my-project ~/slides --filter '\\.(tif|svs)$'
                  annotide-cli import-images my-project --csv labels.csv --copy""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("filter", "csv");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("copy");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, Integer.MAX_VALUE);
        String csv = args.option("csv", null);
        if (args.positionals().size() < 2 && csv == null) {
            throw new UsageException("give at least one PATH or --csv FILE");
        }
        Pattern filter = null;
        String regex = args.option("filter", null);
        if (regex != null) {
            try {
                filter = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new UsageException("--filter is not a valid regular expression: " + e.getDescription());
            }
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.positionals().size(); i++) {
            paths.add(args.path(i, "PATH"));
        }
        String unreadable = csv == null ? null : unreadable(Path.of(csv));
        if (unreadable != null) {
            // nothing could be imported from a list that is not there: a failure, not a partial import
            context.err().println("annotide-cli import-images: the CSV list cannot be read: " + csv + " (" + unreadable + ")");
            return FAILED;
        }
        ImportRequest request = new ImportRequest(paths, filter, args.flag("copy"), csv == null ? null : Path.of(csv));
        Path projectFolder = args.path(0, "PROJECT");
        boolean create = !ProjectStore.isProject(projectFolder);
        boolean folderExisted = Files.exists(projectFolder);
        ImportReport report;
        try (ProjectStore store = create ? ProjectStore.create(projectFolder, projectName(projectFolder))
                : ProjectStore.open(projectFolder)) {
            report = new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store, request, context.progress());
        }
        if (create && report.imported() == 0 && !folderExisted) {
            // as 'import' does: no project is left behind when nothing was imported into it
            FileTrees.deleteRecursively(projectFolder);
        } else if (create) {
            context.out().println("Created        project " + projectFolder.toAbsolutePath().normalize());
        }
        context.out().printf("Imported       %d image%s%n", report.imported(), report.imported() == 1 ? "" : "s");
        context.out().printf("Label classes  %d new%n", report.labelClassesCreated());
        context.out().printf("Labels         %d%n", report.labelsAdded());
        context.out().printf("Rejected       %d%n", report.rejected().size());
        for (ImportReport.Rejection rejection : report.rejected()) {
            context.out().println("REJECTED " + rejection);
        }
        return report.hasRejections() ? PARTIAL : OK;
    }

    private static String projectName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "project" : name.toString();
    }

    /** Why the CSV list cannot be opened, or null when it can. */
    private static String unreadable(Path csv) {
        if (!Files.exists(csv)) {
            return "no such file";
        }
        if (!Files.isRegularFile(csv)) {
            return "not a file";
        }
        if (!Files.isReadable(csv)) {
            return "permission denied";
        }
        return null;
    }
}
