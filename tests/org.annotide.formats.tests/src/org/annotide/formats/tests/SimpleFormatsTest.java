package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.ModelComparison;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed document's simple JSON and CSV, JSON-MIN and classification folders: read, written, read again. */
class SimpleFormatsTest {

    @TempDir
    Path temp;

    @Test
    void simpleJsonMapsImagesToClasses() throws IOException {
        GeneratedSources.write("simple-json", temp);
        Project project = TestFormats.load("simple-json", temp.resolve("dataset.json"));
        assertEquals(3, project.getImages().size());
        assertEquals(List.of("cat", "indoor"), TestFormats.image(project, "a.png").getAnnotations().stream()
                .map(a -> a.getLabelClass().getName()).toList());
        assertEquals(0, TestFormats.image(project, "b.png").getAnnotations().size());
        assertEquals("dog", TestFormats.image(project, "c.png").getAnnotations().get(0).getLabelClass().getName());
        roundTrip("simple-json", project, "out.json");
        String written = Files.readString(temp.resolve("out.json"), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"b.png\" : [ ]"), written);
    }

    @Test
    void csvKeepsExtraColumnsAsAttributes() throws IOException {
        GeneratedSources.write("csv", temp);
        Project project = TestFormats.load("csv", temp.resolve("dataset.csv"));
        assertEquals(3, project.getImages().size());
        Annotation cat = TestFormats.image(project, "a.png").getAnnotations().get(0);
        assertEquals("ann", cat.getAttributes().get("annotator"));
        assertEquals("dog", TestFormats.image(project, "c,1.png").getAnnotations().get(0).getLabelClass().getName());
        roundTrip("csv", project, "out.csv");
    }

    @Test
    void jsonMinReadsEveryKind() throws IOException {
        GeneratedSources.write("labelstudio-min", temp);
        Project project = TestFormats.load("labelstudio-min", temp.resolve("min.json"));
        var image = project.getImages().get(0);
        assertEquals(200, image.getWidth());
        assertEquals(1, TestFormats.annotations(image, ShapeKind.ROTATED_BOX).size());
        assertEquals(1, TestFormats.annotations(image, ShapeKind.POLYGON).size());
        assertEquals(1, TestFormats.annotations(image, ShapeKind.KEYPOINTS).size());
        assertEquals("indoor", TestFormats.annotations(image, ShapeKind.IMAGE_CLASS).get(0).getLabelClass().getName());
        assertEquals("3", image.getAnnotations().get(0).getAuthor());
        roundTrip("labelstudio-min", project, "out.json");
    }

    @Test
    void classificationFolders() throws IOException {
        GeneratedSources.write("yolo-classify", temp.resolve("in"));
        Project project = TestFormats.load("yolo-classify", temp.resolve("in"));
        assertEquals(3, project.getImages().size());
        assertEquals("val", TestFormats.image(project, "c.png").getMetadata().get("subset"));
        roundTrip("yolo-classify", project, "out");
        assertTrue(Files.isRegularFile(temp.resolve("out/train/dog/b.png")));
    }

    private void roundTrip(String format, Project project, String output) throws IOException {
        ValidationReport report = TestFormats.export(format, project, temp.resolve(output));
        assertEquals(0, report.rejectedCount(), report::toText);
        Project again = TestFormats.load(format, temp.resolve(output));
        assertEquals(List.of(), ModelComparison.compare(project, again,
                ModelComparison.Options.exact().withoutMetadata().withoutColors()));
    }
}
