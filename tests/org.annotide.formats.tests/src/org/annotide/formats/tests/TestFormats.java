package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.formats.Dataset;
import org.annotide.formats.ExportOptions;
import org.annotide.formats.Exports;
import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

/** Shared steps of the format tests: the registry, importing into a fresh project, exporting, looking things up. */
final class TestFormats {

    private static FormatRegistry registry;

    private TestFormats() {
    }

    /** The formats contributed to the extension point, as the running platform sees them. */
    static synchronized FormatRegistry registry() {
        if (registry == null) {
            registry = FormatRegistry.fromExtensions();
        }
        return registry;
    }

    static FormatDescriptor format(String id) {
        FormatDescriptor format = registry().get(id);
        assertNotNull(format, "format " + id + " is registered");
        return format;
    }

    static ImportResult read(String formatId, Path source) throws IOException {
        return read(formatId, source, ImportOptions.defaults());
    }

    static ImportResult read(String formatId, Path source, ImportOptions options) throws IOException {
        return ImportResult.read(format(formatId), source, options, null);
    }

    /** Imports into a new in-memory project through the import command, as the CLI does for a new project. */
    static Project load(String formatId, Path source) throws IOException {
        return load(formatId, source, ImportOptions.defaults());
    }

    static Project load(String formatId, Path source, ImportOptions options) throws IOException {
        ImportResult result = read(formatId, source, options);
        assertEquals(0, result.report().rejectedCount(), () -> "nothing rejected:\n" + result.report().toText());
        return project(result.dataset());
    }

    static Project project(Dataset dataset) {
        Project project = AnnotideFactory.eINSTANCE.createProject();
        project.setName("test");
        new org.annotide.formats.ImportCommand(project, dataset).execute();
        return project;
    }

    static ValidationReport export(String formatId, Project project, Path output) throws IOException {
        return Exports.write(format(formatId), project, null, project.getImages(), output, ExportOptions.defaults(), null);
    }

    static ImageAsset image(Project project, String name) {
        for (ImageAsset image : project.getImages()) {
            if (image.getName().equals(name)) {
                return image;
            }
        }
        throw new AssertionError("no image " + name + " in " + names(project));
    }

    private static List<String> names(Project project) {
        List<String> names = new ArrayList<>();
        project.getImages().forEach(image -> names.add(image.getName()));
        return names;
    }

    static LabelClass labelClass(Project project, String name) {
        for (LabelClass labelClass : project.getLabelClasses()) {
            if (labelClass.getName().equals(name)) {
                return labelClass;
            }
        }
        throw new AssertionError("no class " + name);
    }

    static List<Annotation> annotations(ImageAsset image, ShapeKind kind) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getShape().getKind() == kind) {
                found.add(annotation);
            }
        }
        return found;
    }

    static <T extends Shape> T only(ImageAsset image, ShapeKind kind, Class<T> type) {
        List<Annotation> found = annotations(image, kind);
        assertEquals(1, found.size(), () -> "one " + kind + " on " + image.getName());
        assertTrue(type.isInstance(found.get(0).getShape()));
        return type.cast(found.get(0).getShape());
    }

    static int annotationCount(Project project) {
        return project.getImages().stream().mapToInt(image -> image.getAnnotations().size()).sum();
    }
}
