package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportResult;
import org.annotide.formats.LabelsCsv;
import org.annotide.formats.ModelComparison;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One labels CSV reader: the image importer ({@code import-images --csv}, the workbench's Import Images) and the
 * {@code csv} format ({@code import}, the workbench's Import Annotations) read the same file into the same project,
 * and {@code export --format csv} writes what they read back.
 */
class LabelsCsvTest {

    private static final ModelComparison.Options SAME = ModelComparison.Options.exact().withoutMetadata()
            .withoutColors();

    @TempDir
    Path temp;

    private Path projectFolder;

    @BeforeEach
    void images() throws IOException {
        projectFolder = temp.resolve("project");
        png(temp.resolve("data/a.png"), 30, 20);
        png(temp.resolve("data/nested/b.png"), 40, 60);
        png(temp.resolve("data/c,1.png"), 8, 6);
        png(temp.resolve("data/images/d.png"), 12, 10);
        Files.write(temp.resolve("data/broken.png"), new byte[] {0x42, 0x42, 0x42});
    }

    @Test
    void theHeaderOfImportImagesIsAcceptedByTheCsvFormatAndGivesTheSameProject() throws IOException {
        Path csv = write("labels.csv", """
                path,label
                # first batch
                a.png,cat
                nested/b.png,dog;cat
                "c,1.png",bird|cat
                d.png,
                """);
        assertEquals(FormatImporter.CERTAIN, TestFormats.format("csv").importer().detect(csv));
        Project viaFormat = viaFormat(csv);
        Project viaImages = viaImageImporter(csv);
        assertEquals(List.of(), ModelComparison.compare(viaFormat, viaImages, SAME));
        assertEquals(List.of("cat", "dog", "bird"), classNames(viaImages));
        assertEquals(classNames(viaImages), classNames(viaFormat));
        assertEquals(List.of("dog", "cat"), labels(TestFormats.image(viaFormat, "b.png")));
        assertEquals(List.of("bird", "cat"), labels(TestFormats.image(viaImages, "c,1.png")));
        assertEquals(0, TestFormats.image(viaFormat, "d.png").getAnnotations().size());
        assertEquals(12, TestFormats.image(viaFormat, "d.png").getWidth(), "found in images/ beside the CSV");
        Annotation label = TestFormats.image(viaImages, "a.png").getAnnotations().get(0);
        assertTrue(label.getShape() instanceof ImageClassShape);
        assertEquals(Provenance.IMPORTED, label.getProvenance());
        assertEquals(Provenance.IMPORTED, TestFormats.image(viaFormat, "a.png").getAnnotations().get(0).getProvenance());
    }

    @Test
    void everyHeaderNameSeparatorCommentAndByteOrderMarkReadsAlike() throws IOException {
        String[][] headers = {{"path", "label"}, {"image", "labels"}, {"File", "Class"}, {"filename", "category"},
            {"location", "classes"}, {"file_name", "label"}, {"image_path", "label"}};
        Project first = null;
        for (String[] header : headers) {
            Path csv = write(header[0] + ".csv", "\uFEFF# a comment\n" + header[0] + "," + header[1]
                    + ",annotator\na.png,cat|dog,ann\n\nnested/b.png,dog; cat ,\n");
            Project viaFormat = viaFormat(csv);
            assertEquals(List.of(), ModelComparison.compare(viaFormat, viaImageImporter(csv), SAME), header[0]);
            assertEquals("ann", TestFormats.image(viaFormat, "a.png").getAnnotations().get(1).getAttributes()
                    .get("annotator"));
            if (first == null) {
                first = viaFormat;
            } else {
                assertEquals(List.of(), ModelComparison.compare(first, viaFormat, SAME), header[0]);
            }
        }
    }

    @Test
    void aCsvWithoutLabelColumnAddsTheImagesUnlabelled() throws IOException {
        Path csv = write("list.csv", "image,comment\na.png,first\nnested/b.png,\n");
        Project viaFormat = viaFormat(csv);
        assertEquals(2, viaFormat.getImages().size());
        assertEquals(0, viaFormat.getLabelClasses().size());
        assertTrue(viaFormat.getImages().stream().allMatch(image -> image.getAnnotations().isEmpty()));
        assertEquals(List.of(), ModelComparison.compare(viaFormat, viaImageImporter(csv), SAME));
    }

    @Test
    void withoutHeaderTheFirstColumnIsTheImageAndEveryOtherCellLabels() throws IOException {
        Path csv = write("plain.csv", "a.png,cat,indoor\nnested/b.png\n");
        assertEquals(FormatImporter.LIKELY, TestFormats.format("csv").importer().detect(csv));
        Project viaFormat = viaFormat(csv);
        assertEquals(List.of("cat", "indoor"), labels(TestFormats.image(viaFormat, "a.png")));
        assertEquals(List.of(), ModelComparison.compare(viaFormat, viaImageImporter(csv), SAME));
    }

    @Test
    void badRowsAreRejectedWithTheSameLineAndReasonByBothEntryPoints() throws IOException {
        Path csv = write("rows.csv", """
                filename,label,comment
                # pictures of the first batch
                a.png,cat,first
                ,bird,no file named
                nested/b.png,dog,too,many
                """);
        ImportResult result = TestFormats.read("csv", csv);
        List<ValidationIssue> issues = result.report().issues();
        assertEquals(List.of("line 4", "line 5"), issues.stream().map(ValidationIssue::location).toList());
        ImportReport report = importImages(csv, projectFolder);
        assertEquals(List.of(csv + ":4", csv + ":5"), report.rejected().stream().map(ImportReport.Rejection::source).toList());
        for (int i = 0; i < 2; i++) {
            assertEquals(issues.get(i).reason(), report.rejected().get(i).reason());
        }
        assertEquals("the row names no image", issues.get(0).reason());
        assertTrue(issues.get(1).reason().contains("4 values but the header names 3 columns"), issues.get(1).reason());
    }

    @Test
    void brokenQuotingContributesNothingAndSaysWhereInTheFilesTerms() throws IOException {
        Path csv = write("bad.csv", "path,label\na.png,cat\nnested/b.png,\"dog\n");
        ImportResult result = TestFormats.read("csv", csv);
        assertTrue(result.unreadable(), result.report().toText());
        assertTrue(result.dataset().isEmpty());
        String reason = result.report().issues().get(0).reason();
        assertEquals("line 3", result.report().issues().get(0).location());
        assertTrue(reason.contains("opened with a double quote on line 3 is never closed"), reason);
        assertFalse(reason.contains("encapsulated") || reason.contains("Exception"), reason);

        ImportReport report = importImages(csv, projectFolder);
        assertEquals(0, report.imported(), "a.png, before the break, is not imported either");
        assertEquals(1, report.rejected().size());
        assertEquals(csv + ":3", report.rejected().get(0).source());
        assertEquals(reason, report.rejected().get(0).reason());
    }

    @Test
    void theImageImporterRejectsMissingAndUnreadableFilesOfTheList() throws IOException {
        Path csv = write("files.csv", "path,label\na.png,cat\nmissing.png,bird\nbroken.png,cat\n");
        try (ProjectStore store = ProjectStore.create(projectFolder, "csv")) {
            Project project = store.project();
            long firstId = project.getNextAnnotationId();
            ImportReport report = run(store, csv);
            assertEquals(1, report.imported());
            assertEquals(List.of(csv + ":3", csv + ":4"),
                    report.rejected().stream().map(ImportReport.Rejection::source).toList());
            assertTrue(report.rejected().get(0).reason().contains("no such file"), report.rejected().toString());
            assertEquals(firstId + 1, project.getNextAnnotationId());
            store.commandStack().undo();
            assertEquals(0, project.getImages().size());
            assertEquals(0, project.getLabelClasses().size());
        }
    }

    @Test
    void exportWritesWhatTheReaderReadsBackLosslessly() throws IOException {
        Path csv = write("labels.csv", """
                image,label,note
                a.png,"cat, black",said "hi"
                a.png,"the ""big"" dog",
                a.png,plain
                nested/b.png,"two
                lines"
                "c,1.png",#hash
                d.png,
                """);
        Project original = viaFormat(csv);
        assertEquals(List.of("cat, black", "the \"big\" dog", "plain"), labels(TestFormats.image(original, "a.png")));
        assertEquals("said \"hi\"", TestFormats.image(original, "a.png").getAnnotations().get(0).getAttributes().get("note"));
        assertEquals(List.of("#hash"), labels(TestFormats.image(original, "c,1.png")));

        Path out = temp.resolve("data/out.csv");
        ValidationReport report = TestFormats.export("csv", original, out);
        assertEquals(0, report.rejectedCount(), report::toText);
        assertTrue(Files.readString(out).startsWith("image,label,note"), Files.readString(out));
        Project again = viaFormat(out);
        assertEquals(List.of(), ModelComparison.compare(original, again, SAME));
        assertEquals(List.of(), ModelComparison.compare(original, viaImageImporter(out), SAME));
        assertEquals(labels(TestFormats.image(original, "a.png")), labels(TestFormats.image(again, "a.png")));
    }

    @Test
    void aLabelHoldingASeparatorIsReportedOnExportNotSplitSilently() throws IOException {
        Project project = viaFormat(write("one.csv", "image,label\na.png,cat\n"));
        LabelClass labelClass = project.getLabelClasses().get(0);
        labelClass.setName("cat;dog");
        ValidationReport report = TestFormats.export("csv", project, temp.resolve("data/out.csv"));
        assertEquals(1, report.rejectedCount(), report::toText);
        assertTrue(report.issues().get(0).reason().contains("separates labels"), report::toText);
    }

    // ------------------------------------------------------------------ helpers

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve("data").resolve(name), text, StandardCharsets.UTF_8);
    }

    /** {@code import P FILE.csv}: the csv format through the import command, nothing rejected. */
    private static Project viaFormat(Path csv) throws IOException {
        return TestFormats.load("csv", csv);
    }

    /** {@code import-images P --csv FILE}: the image importer with the formats bundle's reader. */
    private Project viaImageImporter(Path csv) throws IOException {
        Path folder = Files.createTempDirectory(temp, "project");
        Files.delete(folder);
        try (ProjectStore store = ProjectStore.create(folder, "csv")) {
            ImportReport report = run(store, csv);
            assertEquals(List.of(), report.rejected());
            return EcoreUtil.copy(store.project());
        }
    }

    private static ImportReport importImages(Path csv, Path folder) throws IOException {
        try (ProjectStore store = ProjectStore.create(folder, "csv")) {
            return run(store, csv);
        }
    }

    private static ImportReport run(ProjectStore store, Path csv) throws IOException {
        return new ImageImporter(ImageFormats.builtIn(), LabelsCsv::imageList).run(store,
                new ImportRequest(List.of(), null, false, csv), new NullProgressMonitor());
    }

    private static List<String> labels(ImageAsset image) {
        assertNotNull(image);
        return image.getAnnotations().stream().map(a -> a.getLabelClass().getName()).toList();
    }

    private static List<String> classNames(Project project) {
        return project.getLabelClasses().stream().map(LabelClass::getName).toList();
    }

    private static void png(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }
}
