package org.annotide.headless.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.ModelComparison;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.formats.ExportProjectVerb;
import org.annotide.headless.internal.formats.ImportProjectVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.Project;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same labels CSV gives the same project through {@code import-images --csv} and {@code import}, and back. */
class LabelsCsvVerbsTest {

    private static final ModelComparison.Options SAME = ModelComparison.Options.exact().withoutMetadata()
            .withoutColors();

    private final List<CliVerb> commands = List.of(new ImportImagesVerb(), new ImportProjectVerb(),
            new ExportProjectVerb());

    @TempDir
    Path temp;

    @BeforeEach
    void images() throws IOException {
        png(temp.resolve("data/a.png"), 30, 20);
        png(temp.resolve("data/nested/b.png"), 40, 60);
        png(temp.resolve("data/c.png"), 8, 6);
    }

    @Test
    void importImagesAndImportOfOneCsvGiveTheSameProjectAndImportCreatesIt() throws IOException {
        Path csv = Files.writeString(temp.resolve("data/labels.csv"),
                "path,label\n# batch 1\na.png,cat\nnested/b.png,\"dog, small;cat\"\nc.png,\n");
        Cli images = Cli.run(commands, "import-images", temp.resolve("p1").toString(), "--csv", csv.toString());
        assertEquals(CliVerb.OK, images.exitCode, images.out + images.err);
        Cli detected = Cli.run(commands, "import", temp.resolve("p2").toString(), csv.toString());
        assertEquals(CliVerb.OK, detected.exitCode, detected.out + detected.err);
        assertTrue(ProjectStore.isProject(temp.resolve("p2")), "import creates the project");
        Cli named = Cli.run(commands, "import", temp.resolve("p3").toString(), csv.toString(), "--format", "csv");
        assertEquals(CliVerb.OK, named.exitCode, named.out + named.err);

        Project viaImages = load("p1");
        assertEquals(3, viaImages.getImages().size());
        assertEquals(3, viaImages.getImages().stream().mapToInt(image -> image.getAnnotations().size()).sum());
        assertEquals(List.of(), ModelComparison.compare(viaImages, load("p2"), SAME));
        assertEquals(List.of(), ModelComparison.compare(viaImages, load("p3"), SAME));

        Path out = temp.resolve("data/export/labels.csv");
        Cli export = Cli.run(commands, "export", temp.resolve("p1").toString(), out.toString(), "--format", "csv");
        assertEquals(CliVerb.OK, export.exitCode, export.out + export.err);
        Cli again = Cli.run(commands, "import-images", temp.resolve("p4").toString(), "--csv", out.toString());
        assertEquals(CliVerb.OK, again.exitCode, again.out + again.err);
        assertEquals(List.of(), ModelComparison.compare(viaImages, load("p4"), SAME));
    }

    @Test
    void aCsvWithoutLabelsAddsTheImagesUnlabelledThroughBoth() throws IOException {
        Path csv = Files.writeString(temp.resolve("data/list.csv"), "file\na.png\nnested/b.png\n");
        assertEquals(CliVerb.OK, Cli.run(commands, "import-images", temp.resolve("p1").toString(), "--csv",
                csv.toString()).exitCode);
        Cli imported = Cli.run(commands, "import", temp.resolve("p2").toString(), csv.toString());
        assertEquals(CliVerb.OK, imported.exitCode, imported.out + imported.err);
        Project viaImages = load("p1");
        assertEquals(2, viaImages.getImages().size());
        assertEquals(List.of(), ModelComparison.compare(viaImages, load("p2"), SAME));
    }

    @Test
    void importImagesLeavesNoProjectBehindWhenNothingCouldBeImported() throws IOException {
        Path csv = Files.writeString(temp.resolve("data/ghosts.csv"), "path\nghost.png\n");
        Cli cli = Cli.run(commands, "import-images", temp.resolve("p1").toString(), "--csv", csv.toString());
        assertEquals(CliVerb.PARTIAL, cli.exitCode, cli.out + cli.err);
        assertTrue(cli.out.contains("REJECTED " + csv + ":2: "), cli.out);
        assertTrue(!Files.exists(temp.resolve("p1")), "no empty project created");
    }

    private Project load(String name) {
        try (ProjectStore store = ProjectStore.openReadOnly(temp.resolve(name))) {
            return EcoreUtil.copy(store.project());
        }
    }

    private static void png(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }
}
