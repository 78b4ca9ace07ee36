package org.annotide.headless.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.HeadlessApplication;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.Fixtures;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §1: one image, one identity (content, name and size; the location only a hint). Importing
 * annotations never adds an image the project already has, whatever folder the file came from; a genuine second
 * picture of a known name is reported, never added silently.
 */
class ImageIdentityVerbTest {

    private static final List<String> IMAGES = List.of("img_1.jpg", "img_2.jpg", "img_3.jpg");

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... words) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<CliVerb> commands = List.of(new ImportProjectVerb(), new ImportImagesVerb());
        int code = HeadlessApplication.run(new ArrayList<>(List.of(words)), commands,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** gt_dataset.json (3 images, 9 annotations) with its images, copied into a folder of its own. */
    private Path dataset(String folder, boolean withImages) throws IOException {
        Path target = Files.createDirectories(temp.resolve(folder));
        Files.copy(Fixtures.path("coco-eval/gt_dataset.json"), target.resolve("gt_dataset.json"));
        if (withImages) {
            for (String image : IMAGES) {
                Files.copy(Fixtures.path("coco-eval/" + image), target.resolve(image));
            }
        }
        return target;
    }

    private static int[] counts(Path project) {
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            return new int[] {store.project().getImages().size(),
                store.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum()};
        }
    }

    @Test
    void theSameFileFromAnotherFolderAddsNothing() throws IOException {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), dataset("a", true).resolve("gt_dataset.json").toString()),
                out + err);
        assertEquals("[3, 9]", java.util.Arrays.toString(counts(project)));

        assertEquals(0, run("import", project.toString(), dataset("b", true).resolve("gt_dataset.json").toString()),
                out + err);
        assertEquals("[3, 9]", java.util.Arrays.toString(counts(project)), "images found elsewhere: " + out);
        assertTrue(out.contains("9 already in the project skipped"), out);

        assertEquals(0, run("import", project.toString(), dataset("c", false).resolve("gt_dataset.json").toString()),
                out + err);
        assertEquals("[3, 9]", java.util.Arrays.toString(counts(project)), "no images beside the file: " + out);
    }

    @Test
    void copiedImagesReceiveTheAnnotationsOfAFileNamingThem() throws IOException {
        Path source = dataset("source", true);
        Path project = temp.resolve("project");
        List<String> words = new ArrayList<>(List.of("import-images", project.toString()));
        for (String image : IMAGES) {
            words.add(source.resolve(image).toString());
        }
        words.add("--copy");
        assertEquals(0, run(words.toArray(String[]::new)), out + err);
        assertEquals("[3, 0]", java.util.Arrays.toString(counts(project)));

        assertEquals(0, run("import", project.toString(), source.resolve("gt_dataset.json").toString()), out + err);
        assertEquals("[3, 9]", java.util.Arrays.toString(counts(project)), out);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            for (ImageAsset image : store.project().getImages()) {
                assertTrue(image.getLocation().startsWith("images/"), "the copy keeps its place: " + image.getLocation());
                assertEquals(3, image.getAnnotations().size(), image.getName());
            }
        }
    }

    @Test
    void aSecondPictureOfTheSameNameIsReportedNotAdded() throws IOException {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), dataset("a", true).resolve("gt_dataset.json").toString()),
                out + err);
        Path other = dataset("other", true);
        // another 256 x 256 picture under the name img_1.jpg
        Files.copy(Fixtures.path("coco-eval/img_3.jpg"), other.resolve("img_1.jpg"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Fixtures.path("coco-eval/img_2.jpg"), other.resolve("img_3.jpg"), StandardCopyOption.REPLACE_EXISTING);

        assertEquals(3, run("import", project.toString(), other.resolve("gt_dataset.json").toString()), out + err);
        assertTrue(out.contains("image img_1.jpg") && out.contains("other content"), out);
        assertTrue(out.contains("a different picture under the same name"), out);
        assertEquals("[3, 9]", java.util.Arrays.toString(counts(project)), "nothing added silently: " + out);
    }

    @Test
    void theWorkbenchsAnswerAddsTheSecondPictureAsAnImageOfItsOwn() throws IOException {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), dataset("a", true).resolve("gt_dataset.json").toString()),
                out + err);
        Path other = dataset("other", true);
        Files.copy(Fixtures.path("coco-eval/img_3.jpg"), other.resolve("img_1.jpg"), StandardCopyOption.REPLACE_EXISTING);

        FormatRegistry registry = FormatRegistry.fromExtensions();
        ImportResult result = ImportResult.read(registry.get("coco"), other.resolve("gt_dataset.json"),
                new ImportOptions(false, List.of()), new NullProgressMonitor());
        try (ProjectStore store = ProjectStore.open(project)) {
            ImportCommand command = result.command(store.project());
            List<ImageAsset> others = command.otherPictures();
            assertEquals(1, others.size(), result.report().issues().toString());
            assertEquals("img_1.jpg", others.get(0).getName());
            command.addOtherPictures(true);
            command.plan();
            store.commandStack().execute(command);
            assertEquals(4, store.project().getImages().size());
            ImageAsset added = store.project().getImages().get(3);
            assertEquals("img_1.jpg", added.getName());
            assertNotNull(added.getId(), "every image has an id");
            assertEquals("JPEG", added.getFormat(), "every image has a format");
            assertEquals(3, added.getAnnotations().size());
        }
    }

    @Test
    void everyImportedImageHasAnIdAndAFormat() throws IOException {
        Path project = temp.resolve("project");
        assertEquals(0, run("import", project.toString(), dataset("c", false).resolve("gt_dataset.json").toString()),
                out + err);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            for (ImageAsset image : store.project().getImages()) {
                assertTrue(image.getId() != null && !image.getId().isBlank(), image.getName());
                assertEquals("JPEG", image.getFormat(), image.getName());
            }
        }
    }
}
