package org.annotide.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingSet;
import org.annotide.server.db.ProjectContent;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * A project folder imported into PostgreSQL and exported into a new folder (real PostgreSQL, inside OSGi): the
 * exported project opens in the journaled store and equals the original object by object, feature by feature
 * (images, classes, annotations with their shapes and attributes, tiles, training sets, a job, a class removed while
 * annotations still name it); the image files come back byte for byte. Refusals change nothing; an import that fails
 * halfway leaves no row.
 */
class ProjectContentTest extends DatabaseServerTest {

    private static final AnnotideFactory MODEL = AnnotideFactory.eINSTANCE;

    @Test
    void aProjectRoundTripsThroughTheDatabase() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        ProjectContent content = new ProjectContent(pg.db);
        Path source = project(temp.resolve("source"), 6, 40, 24);

        ProjectContent.Imported imported;
        try (ProjectStore store = ProjectStore.openReadOnly(source)) {
            imported = content.importProject(store, "shoes", "alice");
        }
        assertEquals(6, imported.images());
        assertEquals(6 * 40, imported.annotations());
        assertEquals(6, imported.files());
        assertEquals(List.of(), imported.notes());
        assertEquals(List.of(List.of("6", "240")), rows("SELECT (SELECT count(*) FROM content_images), "
                + "(SELECT count(*) FROM content_annotations)"));
        assertEquals(List.of(List.of("dark", "#202020"), List.of("light", "#e0e0e0")),
                rows("SELECT name, color FROM content_label_classes ORDER BY position"));

        Path out = temp.resolve("exported");
        ProjectContent.Exported exported = content.exportProject("shoes", out);
        assertEquals(6, exported.files());
        assertEquals(List.of(), exported.notes());
        assertFalse(Files.exists(temp.resolve(".exported.exporting")), "nothing left beside it");
        try (ProjectStore original = ProjectStore.openReadOnly(source); ProjectStore copy = ProjectStore.open(out)) {
            assertTrue(new DeepEquality().equals(original.project(), copy.project()),
                    "the exported model equals the original feature by feature");
            List<String> notes = new java.util.ArrayList<>();
            Project loaded = content.load("shoes", notes);
            assertTrue(new DeepEquality().equals(original.project(), loaded));
            ((PolygonShape) loaded.getImages().get(4).getAnnotations().get(7).getShape()).getPoints()[3] += 1e-9;
            assertFalse(new DeepEquality().equals(original.project(), loaded), "the comparison sees one coordinate");
            assertEquals(List.of(), notes);
            for (ImageAsset image : copy.project().getImages()) {
                assertArrayEquals(Files.readAllBytes(source.resolve(image.getLocation())),
                        Files.readAllBytes(out.resolve(image.getLocation())), image.getLocation());
            }
        }
        assertEquals(1, content.held().size());
        assertEquals(new ProjectContent.Held("shoes", "shoes", 6, 240, content.held().get(0).importedAt(),
                source.toAbsolutePath().normalize().toString()), content.held().get(0));
    }

    @Test
    void refusalsChangeNothingAndAFailedImportLeavesNoRow() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        ProjectContent content = new ProjectContent(pg.db);
        Path source = project(temp.resolve("source"), 3, 10, 8);
        try (ProjectStore store = ProjectStore.openReadOnly(source)) {
            content.importProject(store, "shoes", null);
            List<List<String>> before = rows("SELECT count(*) FROM content_objects");
            IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                    () -> content.importProject(store, "shoes", null));
            assertTrue(taken.getMessage().contains("already holds a project 'shoes'"), taken.getMessage());
            assertEquals(before, rows("SELECT count(*) FROM content_objects"));

            // the last insert of the import fails: the objects inserted before it are rolled back with it
            pg.sql("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'refused by the test'; END $$");
            pg.sql("CREATE TRIGGER refuse BEFORE INSERT ON content_image_files FOR EACH ROW EXECUTE FUNCTION refuse()");
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> content.importProject(store, "boots", null));
            assertTrue(failed.getMessage().contains("refused by the test"), failed.getMessage());
            assertEquals(List.of(List.of("shoes")), rows("SELECT id FROM content_projects"));
            assertEquals(before, rows("SELECT count(*) FROM content_objects"));
        }

        Path existing = Files.createDirectories(temp.resolve("existing"));
        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class,
                () -> content.exportProject("shoes", existing));
        assertTrue(exists.getMessage().contains("exists"), exists.getMessage());
        assertEquals(List.of(), Files.list(existing).toList());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> content.exportProject("boots", temp.resolve("boots")));
        assertTrue(unknown.getMessage().contains("holds no project 'boots'"), unknown.getMessage());
        assertFalse(Files.exists(temp.resolve("boots")));

        content.remove("shoes");
        assertEquals(List.of(List.of("0", "0", "0")), rows("SELECT (SELECT count(*) FROM content_projects), "
                + "(SELECT count(*) FROM content_objects), (SELECT count(*) FROM content_blobs)"));
        assertThrows(IllegalArgumentException.class, () -> content.remove("shoes"));
    }

    @Test
    void aLargeProjectImportsAndExportsInSeconds() throws Exception {
        pg = TestDatabase.create();
        pg.db.migrate();
        ProjectContent content = new ProjectContent(pg.db);
        Path source = project(temp.resolve("large"), 200, 250, 20);
        long start = System.nanoTime();
        ProjectContent.Imported imported;
        try (ProjectStore store = ProjectStore.openReadOnly(source)) {
            start = System.nanoTime();
            imported = content.importProject(store, "large", null);
        }
        double importS = (System.nanoTime() - start) / 1e9;
        assertEquals(50_000, imported.annotations());
        start = System.nanoTime();
        ProjectContent.Exported exported = content.exportProject("large", temp.resolve("large-out"));
        double exportS = (System.nanoTime() - start) / 1e9;
        assertEquals(50_000, exported.annotations());
        System.out.printf("FIGURE content_import_s %.2f (%d images, %d annotations, %d objects)%n", importS,
                imported.images(), imported.annotations(), imported.objects());
        System.out.printf("FIGURE content_export_s %.2f%n", exportS);
        try (ProjectStore copy = ProjectStore.openReadOnly(temp.resolve("large-out"))) {
            assertEquals(50_000, copy.project().getImages().stream().mapToInt(i -> i.getAnnotations().size()).sum());
        }
    }

    /**
     * A project of images (distinct PNG files under images/), two classes and a third removed while annotations name
     * it, annotations of several shapes with attributes, tiles, a training set and a job.
     */
    static Path project(Path folder, int images, int annotationsPerImage, int polygonPoints) throws IOException {
        Project project = MODEL.createProject();
        String name = folder.getFileName().toString().equals("source") ? "shoes" : folder.getFileName().toString();
        project.setId(name); // the id the tests import it under, so that the model comes back unchanged
        project.setName(name);
        project.setCreatedAt(new Date(1_700_000_000_123L));
        project.getMetadata().put("owner", "lab 3");
        LabelClass dark = labelClass("dark", "#202020");
        // a restriction that the annotations below obey (boxes, polygons and keypoints; the model never holds what
        // ClassRules forbids), so that a served copy of this project takes writes as any project does
        dark.getAllowedShapes().addAll(List.of(ShapeKind.BOX, ShapeKind.POLYGON, ShapeKind.KEYPOINTS));
        dark.getKeypointNames().addAll(List.of("toe", "heel"));
        LabelClass light = labelClass("light", "#e0e0e0");
        LabelClass gone = labelClass("gone", "#ff0000");
        project.getLabelClasses().addAll(List.of(dark, light));
        TrainingSet set = MODEL.createTrainingSet();
        set.setId("ts-1");
        set.setName("first");
        set.setCreatedAt(new Date(1_700_000_001_000L));
        Files.createDirectories(folder.resolve("images"));
        long nextId = 1;
        for (int i = 0; i < images; i++) {
            ImageAsset image = MODEL.createImageAsset();
            image.setId("img-" + i);
            image.setName("image " + i + ".png");
            image.setLocation("images/image-" + i + ".png");
            image.setWidth(64);
            image.setHeight(48);
            image.setStatus(i % 2 == 0 ? ImageStatus.values()[0] : ImageStatus.values()[ImageStatus.values().length - 1]);
            image.getMetadata().put("scanner", "S" + i);
            byte[] png = png(i);
            Files.write(folder.resolve(image.getLocation()), png);
            for (int a = 0; a < annotationsPerImage; a++) {
                Annotation annotation = MODEL.createAnnotation();
                annotation.setId(nextId++);
                annotation.setLabelClass(a % 7 == 6 ? gone : a % 2 == 0 ? dark : light);
                annotation.setAuthor(a % 3 == 0 ? "alice" : "bob");
                annotation.setCreatedAt(new Date(1_700_000_000_000L + a));
                annotation.setScore(a / 3.0);
                annotation.setProvenance(a % 4 == 0 ? Provenance.values()[1] : Provenance.values()[0]);
                if (a % 5 == 0) {
                    annotation.getAttributes().put("truncated", "yes");
                }
                annotation.setShape(shape(a, i, polygonPoints));
                image.getAnnotations().add(annotation);
            }
            Tile tile = MODEL.createTile();
            tile.setId("tile-" + i);
            tile.setWidth(32);
            tile.setHeight(24);
            tile.setX(i);
            image.getTiles().add(tile);
            if (i % 2 == 0) {
                set.getTiles().add(tile);
            }
            project.getImages().add(image);
        }
        project.setNextAnnotationId(nextId);
        project.getTrainingSets().add(set);
        TrainingJob job = MODEL.createTrainingJob();
        job.setId("job-1");
        job.setName("detector");
        job.setTrainingSet(set);
        job.getLabelClasses().addAll(List.of(dark, light));
        job.getConfiguration().put("epochs", "3");
        project.getTrainingJobs().add(job);
        ProjectStore.create(folder, project).close();
        return folder;
    }

    private static LabelClass labelClass(String name, String color) {
        LabelClass c = MODEL.createLabelClass();
        c.setId("c-" + name);
        c.setName(name);
        c.setColor(color);
        return c;
    }

    private static Shape shape(int a, int image, int points) {
        switch (a % 3) {
            case 0 -> {
                BoxShape box = MODEL.createBoxShape();
                box.setX(a + 0.1);
                box.setY(image / 3.0);
                box.setWidth(5);
                box.setHeight(Math.PI);
                return box;
            }
            case 1 -> {
                PolygonShape polygon = MODEL.createPolygonShape();
                double[] xy = new double[points * 2];
                for (int k = 0; k < xy.length; k++) {
                    xy[k] = Math.sin(k + a) * 20 + 30 + 1e-7 * k;
                }
                polygon.setPoints(xy);
                return polygon;
            }
            default -> {
                KeypointsShape keypoints = MODEL.createKeypointsShape();
                keypoints.setPoints(new double[] {1.5, 2.25, -3, 4e-9});
                keypoints.setVisibility(new int[] {2, 0});
                return keypoints;
            }
        }
    }

    private static byte[] png(int seed) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed % 64, seed / 64 % 48, 0xffffff);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** EMF's structural equality, with arrays (coordinates) compared by content rather than by identity. */
    private static final class DeepEquality extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualAttribute(EObject a, EObject b, EAttribute attribute) {
            if (a.eIsSet(attribute) != b.eIsSet(attribute)) {
                return false;
            }
            return Objects.deepEquals(a.eGet(attribute), b.eGet(attribute));
        }
    }
}
