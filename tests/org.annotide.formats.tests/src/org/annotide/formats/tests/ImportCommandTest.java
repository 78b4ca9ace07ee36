package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is one undoable command on the project's command stack, durable like every other change. */
class ImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void importIsOneUndoableCommandThatSurvivesReopening() throws IOException {
        Path folder = temp.resolve("project");
        ImportResult coco = TestFormats.read("coco", Fixtures.path("formats/coco/datumaro"));
        try (ProjectStore store = ProjectStore.create(folder, "p")) {
            store.commandStack().execute(coco.command(store.project()));
            assertEquals(2, store.project().getImages().size());
            assertEquals(7, TestFormats.annotationCount(store.project()));
            assertEquals(8, store.project().getNextAnnotationId());
            assertTrue(store.commandStack().canUndo());
            store.commandStack().undo();
            assertEquals(0, store.project().getImages().size());
            assertEquals(0, store.project().getLabelClasses().size());
            assertEquals(1, store.project().getNextAnnotationId());
            store.commandStack().redo();
            assertEquals(7, TestFormats.annotationCount(store.project()));
        }
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            Project project = reopened.project();
            assertEquals(7, TestFormats.annotationCount(project));
            long previous = 0;
            for (ImageAsset image : project.getImages()) {
                for (Annotation annotation : image.getAnnotations()) {
                    assertTrue(annotation.getId() > previous, "ids are unique and increasing");
                    previous = annotation.getId();
                }
            }
        }
    }

    @Test
    void secondImportReusesClassesAndImagesAndShiftsGroups() throws IOException {
        Path folder = temp.resolve("project");
        Path source = Fixtures.path("formats/coco/datumaro");
        try (ProjectStore store = ProjectStore.create(folder, "p")) {
            store.commandStack().execute(TestFormats.read("coco", source).command(store.project()));
            // a second, different pass over the same images (equal annotations would be skipped as duplicates)
            ImportResult second = TestFormats.read("coco", source);
            second.dataset().images().forEach(image -> image.getAnnotations()
                    .forEach(annotation -> annotation.getAttributes().put("pass", "2")));
            store.commandStack().execute(second.command(store.project()));
            Project project = store.project();
            assertEquals(3, project.getLabelClasses().size(), "classes are matched by name");
            assertEquals(2, project.getImages().size(), "images are matched by location");
            assertEquals(14, TestFormats.annotationCount(project));
            ImageAsset a = TestFormats.image(project, "a.jpg");
            assertEquals(2, a.getAnnotations().stream().mapToInt(Annotation::getGroup).filter(g -> g != 0).distinct()
                    .count(), "the second import's group does not join the first's");
            store.commandStack().undo();
            assertEquals(7, TestFormats.annotationCount(project));
            assertEquals(3, project.getLabelClasses().size());
        }
    }

    @Test
    void strictOptionRefusesAPartialImport() throws IOException {
        ImportOptions strict = new ImportOptions(true, java.util.List.of());
        ImportResult rejected = TestFormats.read("yolo-detect", Fixtures.path("formats/yolo/datumaro/yolov8_detection"),
                strict);
        assertTrue(rejected.report().hasRejections());
        assertFalse(rejected.committable(strict));
        assertTrue(rejected.committable(ImportOptions.defaults()));
    }
}
