package org.annotide.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.imaging.internal.tiff.TiffWriter;
import org.annotide.model.ImageAsset;
import org.annotide.model.PixelType;
import org.annotide.model.Project;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports read headers only, reject what they cannot use with a reason, and are one undoable command. */
class ImageImporterTest {

    @TempDir
    Path root;

    private Path projectFolder;
    private Path images;
    private final ImageImporter importer = new ImageImporter(ImageFormats.builtIn());

    @BeforeEach
    void files() throws IOException {
        projectFolder = root.resolve("project");
        images = Files.createDirectories(root.resolve("images/nested/deeper"));
        TestImages.png(TestImages.rgb(30, 20, TestImages::pattern), root.resolve("images/a.png"));
        TestImages.jpeg(TestImages.rgb(40, 60, TestImages::pattern), root.resolve("images/nested/b.jpg"), 6);
        TestImages.tiledTiff(images.resolve("c.tif"), 16, false, TiffWriter.Layout.PAGES,
                List.of(new TestImages.Level(70, 50, TestImages::pattern)));
        TestImages.png(TestImages.grey16(8, 8, (x, y) -> x * y), images.resolve("d16.png"));
        Files.writeString(root.resolve("images/notes.txt"), "not an image, and not looked at");
        Files.write(root.resolve("images/nested/broken.png"), new byte[] {0x42, 0x42, 0x42});
        TestImages.truncate(TestImages.png(TestImages.rgb(100, 100, TestImages::pattern), root.resolve("images/cut.png")), 0.5);
        Files.createDirectories(root.resolve("images/.hidden"));
        TestImages.png(TestImages.rgb(5, 5, TestImages::pattern), root.resolve("images/.hidden/skip.png"));
    }

    @Test
    void folderImportReadsHeadersReportsBadFilesAndUndoesAsOne() throws IOException {
        try (ProjectStore store = ProjectStore.create(projectFolder, "import")) {
            ImportReport report = importer.run(store, new ImportRequest(List.of(root.resolve("images")), null, false, null),
                    new NullProgressMonitor());
            assertEquals(4, report.imported());
            assertEquals(2, report.rejected().size(), report.rejected().toString());
            Map<String, String> reasons = report.rejected().stream()
                    .collect(Collectors.toMap(r -> Path.of(r.source()).getFileName().toString(), ImportReport.Rejection::reason));
            // the reason is a sentence about the file (the Problems view shows it without the source)
            assertTrue(reasons.get("broken.png").startsWith("broken.png is not an image"), reasons.toString());
            assertTrue(reasons.get("cut.png").contains("cut short"), reasons.toString());

            Project project = store.project();
            ImageAsset jpeg = byName(project, "b.jpg");
            assertEquals(60, jpeg.getWidth(), "EXIF orientation 6: the stored 40x60 shows 60 wide");
            assertEquals(40, jpeg.getHeight());
            assertEquals(6, jpeg.getExifOrientation());
            assertEquals("JPEG", jpeg.getFormat());
            assertEquals(root.resolve("images/nested/b.jpg").toAbsolutePath().toString(), jpeg.getLocation());
            ImageAsset grey = byName(project, "d16.png");
            assertEquals(PixelType.UINT16, grey.getPixelType());
            assertEquals(1, grey.getBands());
            assertEquals("TIFF", byName(project, "c.tif").getFormat());

            store.commandStack().undo();
            assertEquals(0, project.getImages().size(), "the whole import undoes as one");
            store.commandStack().redo();
            assertEquals(4, project.getImages().size());
        }
        try (ProjectStore reopened = ProjectStore.open(projectFolder)) {
            assertEquals(4, reopened.project().getImages().size());
        }
    }

    @Test
    void filterSelectsFileNamesAndRepeatedImportsAreRejected() throws IOException {
        try (ProjectStore store = ProjectStore.create(projectFolder, "filter")) {
            ImportRequest request = new ImportRequest(List.of(root.resolve("images")), Pattern.compile("\\.(tif|jpg)$"), false, null);
            ImportReport first = importer.run(store, request, new NullProgressMonitor());
            assertEquals(2, first.imported());
            assertFalse(first.hasRejections());
            ImportReport again = importer.run(store, request, new NullProgressMonitor());
            assertEquals(0, again.imported());
            assertNull(again.commandLabel());
            assertEquals(2, again.rejected().size());
            assertTrue(again.rejected().get(0).reason().contains("already in the project"));
        }
    }

    @Test
    void copyPutsFilesIntoTheProjectUnderRelativeLocations() throws IOException {
        try (ProjectStore store = ProjectStore.create(projectFolder, "copy")) {
            Path a = root.resolve("images/a.png");
            Path other = Files.createDirectories(root.resolve("other")).resolve("a.png");
            Files.copy(a, other);
            ImportReport report = importer.run(store, new ImportRequest(List.of(a, other), null, true, null),
                    new NullProgressMonitor());
            assertEquals(2, report.imported());
            List<String> locations = store.project().getImages().stream().map(ImageAsset::getLocation).toList();
            assertEquals(List.of("images/a.png", "images/a-2.png"), locations);
            assertTrue(Files.isRegularFile(projectFolder.resolve("images/a-2.png")));
            assertEquals(a.toString(), store.project().getImages().get(0).getMetadata().get(ImageImporter.SOURCE_METADATA));
            ImportReport again = importer.run(store, new ImportRequest(List.of(a), null, true, null), new NullProgressMonitor());
            assertEquals(0, again.imported(), "a copied file is known by its source");
        }
    }

    @Test
    void missingPathsAreRejectedNotFatal() throws IOException {
        try (ProjectStore store = ProjectStore.create(projectFolder, "missing")) {
            ImportReport report = importer.run(store,
                    new ImportRequest(List.of(root.resolve("nowhere"), root.resolve("images/a.png")), null, false, null),
                    new NullProgressMonitor());
            assertEquals(1, report.imported());
            assertEquals("no such file or folder", report.rejected().get(0).reason());
        }
    }

    private static ImageAsset byName(Project project, String name) {
        return project.getImages().stream().filter(i -> name.equals(i.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no image " + name));
    }
}
