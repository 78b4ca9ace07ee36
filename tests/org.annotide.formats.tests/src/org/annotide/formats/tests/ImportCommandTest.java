package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.Dataset;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
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
    /**
     * A project class restricted to ellipses refuses imported polygons of the same name, as the class key and
     * Properties do: they are left out and reported, the allowed ones come in.
     */
    @Test
    void annotationsTheProjectsClassDoesNotAllowAreRejectedAndReported() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("rules"), "rules")) {
            LabelClass nucleus = org.annotide.model.AnnotideFactory.eINSTANCE.createLabelClass();
            nucleus.setName("nucleus");
            nucleus.getAllowedShapes().add(ShapeKind.ELLIPSE);
            store.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(),
                    store.project(), org.annotide.model.AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, nucleus));

            Dataset dataset = new Dataset();
            ImageAsset image = dataset.image("cells.png", "cells.png");
            LabelClass incoming = dataset.labelClass("nucleus");
            dataset.annotate(image, incoming, org.annotide.model.AnnotideFactory.eINSTANCE.createEllipseShape());
            dataset.annotate(image, incoming, org.annotide.model.AnnotideFactory.eINSTANCE.createPolygonShape());
            dataset.annotate(image, incoming, org.annotide.model.AnnotideFactory.eINSTANCE.createPolygonShape());
            ValidationReport report = new ValidationReport();
            store.commandStack().execute(new ImportCommand(store.project(), dataset, report));

            ImageAsset imported = store.project().getImages().get(0);
            assertEquals(1, imported.getAnnotations().size(), "only the ellipse comes in");
            Annotation kept = imported.getAnnotations().get(0);
            assertEquals(ShapeKind.ELLIPSE, kept.getShape().getKind());
            assertTrue(kept.getLabelClass() == nucleus, "the project's class is reused");
            assertEquals(1, report.rejectedCount(), report.issues().toString());
            String reason = report.issues().get(0).reason();
            assertTrue(reason.contains("\"nucleus\" is for ellipse only") && reason.contains("2 polygons"), reason);
        }
    }
}
