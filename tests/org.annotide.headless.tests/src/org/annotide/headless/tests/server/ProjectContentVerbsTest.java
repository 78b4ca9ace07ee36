package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.server.ServerAdminVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.tests.support.db.ScratchDatabase;
import org.annotide.tests.support.db.ScratchDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotide-cli server import-project | export-project | content} on a real PostgreSQL: a project folder goes
 * into the database and comes back as a new folder that opens with the same images, classes, annotations and image
 * files; a taken id, a folder that is no project and an export into an existing folder are refused with a message and
 * change nothing.
 */
class ProjectContentVerbsTest {

    private static final AnnotideFactory MODEL = AnnotideFactory.eINSTANCE;

    @TempDir
    Path temp;
    @RegisterExtension
    final ScratchDatabases databases = new ScratchDatabases();

    private static Cli cli(String... arguments) {
        return Cli.run(List.of(new ServerAdminVerb()), arguments);
    }

    @Test
    void aProjectGoesIntoTheDatabaseAndComesBack() throws Exception {
        ScratchDatabase database = databases.create();
        String url = database.url();
        Path source = project(temp.resolve("shoes"));

        Cli imported = cli("server", "import-project", source.toString(), "--db", url);
        assertEquals(CliVerb.OK, imported.exitCode, imported.err);
        assertEquals("IMPORTED shoes-1 2 images 3 annotations\n", imported.out);
        Cli taken = cli("server", "import-project", source.toString(), "--db", url);
        assertEquals(CliVerb.USAGE, taken.exitCode);
        assertTrue(taken.err.contains("already holds a project 'shoes-1'"), taken.err);
        Cli notAProject = cli("server", "import-project", Files.createDirectories(temp.resolve("empty")).toString(),
                "--db", url);
        assertEquals(CliVerb.FAILED, notAProject.exitCode, notAProject.out);
        assertEquals(CliVerb.OK, cli("server", "import-project", source.toString(), "--id", "boots", "--db", url).exitCode);
        assertEquals("CONTENT boots 2 images 3 annotations\nCONTENT shoes-1 2 images 3 annotations\n",
                cli("server", "content", "list", "--db", url).out);

        Path out = temp.resolve("out");
        Cli exported = cli("server", "export-project", "shoes-1", out.toString(), "--db", url);
        assertEquals(CliVerb.OK, exported.exitCode, exported.err);
        assertEquals("EXPORTED shoes-1 " + out.toAbsolutePath().normalize() + " 2 images 3 annotations\n", exported.out);
        try (ProjectStore copy = ProjectStore.open(out)) {
            Project project = copy.project();
            assertEquals("shoes", project.getName());
            assertEquals(List.of("dark", "light"), project.getLabelClasses().stream().map(LabelClass::getName).toList());
            assertEquals(List.of("a.png", "b.png"), project.getImages().stream().map(ImageAsset::getName).toList());
            Annotation second = project.getImages().get(0).getAnnotations().get(1);
            assertEquals("light", second.getLabelClass().getName());
            assertEquals(2.5, ((BoxShape) second.getShape()).getWidth());
            for (ImageAsset image : project.getImages()) {
                assertArrayEquals(Files.readAllBytes(source.resolve(image.getLocation())),
                        Files.readAllBytes(out.resolve(image.getLocation())));
            }
        }
        Cli exists = cli("server", "export-project", "shoes-1", out.toString(), "--db", url);
        assertEquals(CliVerb.USAGE, exists.exitCode);
        assertTrue(exists.err.contains("exists: export into a new folder"), exists.err);
        Cli unknown = cli("server", "export-project", "sandals", temp.resolve("sandals").toString(), "--db", url);
        assertEquals(CliVerb.USAGE, unknown.exitCode);
        assertFalse(Files.exists(temp.resolve("sandals")));

        assertEquals("REMOVED boots\n", cli("server", "content", "remove", "boots", "--db", url).out);
        assertEquals("CONTENT shoes-1 2 images 3 annotations\n", cli("server", "content", "list", "--db", url).out);
    }

    /** Two images (files under images/), classes dark and light, three box annotations; the project id shoes-1. */
    static Path project(Path folder) throws Exception {
        Project project = MODEL.createProject();
        project.setId("shoes-1");
        project.setName("shoes");
        LabelClass dark = MODEL.createLabelClass();
        dark.setId("dark");
        dark.setName("dark");
        LabelClass light = MODEL.createLabelClass();
        light.setId("light");
        light.setName("light");
        project.getLabelClasses().addAll(List.of(dark, light));
        Files.createDirectories(folder.resolve("images"));
        for (String name : List.of("a", "b")) {
            ImageAsset image = MODEL.createImageAsset();
            image.setId(name);
            image.setName(name + ".png");
            image.setLocation("images/" + name + ".png");
            Files.write(folder.resolve(image.getLocation()), ("not really a PNG: " + name).getBytes());
            project.getImages().add(image);
        }
        long id = 1;
        for (int i = 0; i < 3; i++) {
            Annotation annotation = MODEL.createAnnotation();
            annotation.setId(id++);
            annotation.setLabelClass(i == 1 ? light : dark);
            BoxShape box = MODEL.createBoxShape();
            box.setWidth(i + 1.5);
            box.setHeight(2);
            annotation.setShape(box);
            project.getImages().get(i / 2).getAnnotations().add(annotation);
        }
        ProjectStore.create(folder, project).close();
        return folder;
    }
}
