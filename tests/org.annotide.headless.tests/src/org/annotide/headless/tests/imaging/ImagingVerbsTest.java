package org.annotide.headless.tests.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.CliVerb;
import org.annotide.headless.internal.InfoVerb;
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.headless.internal.imaging.TileVerb;
import org.annotide.headless.tests.Cli;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-images and tile as a user runs them. */
class ImagingVerbsTest {

    private final List<CliVerb> commands = List.of(new ImportImagesVerb(), new TileVerb(), new InfoVerb());

    @TempDir
    Path temp;

    @Test
    void everyImagingCommandExplainsItself() {
        for (CliVerb command : commands) {
            Cli cli = Cli.run(commands, (command.name() + " --help").split(" "));
            assertEquals(CliVerb.OK, cli.exitCode);
            assertTrue(cli.out.startsWith("Usage: annotide-cli " + command.name()), cli.out);
        }
    }

    @Test
    void importImagesThenTileAndRetile() throws IOException {
        Path project = temp.resolve("project");
        ProjectStore.create(project, "cli").close();
        Path images = Files.createDirectories(temp.resolve("images"));
        writePng(images.resolve("one.png"), 2500, 1100);
        writePng(images.resolve("two.png"), 300, 200);
        Files.write(images.resolve("three.png"), new byte[] {1, 2, 3});
        Files.writeString(images.resolve("readme.txt"), "skipped: not an image extension");

        Cli imported = Cli.run(commands, "import-images", project.toString(), images.toString());
        assertEquals(CliVerb.PARTIAL, imported.exitCode, imported.err);
        assertTrue(imported.out.contains("Imported       2 images"), imported.out);
        assertTrue(imported.out.contains("REJECTED " + images.resolve("three.png") + ": "), imported.out);

        Cli filtered = Cli.run(commands, "import-images", project.toString(), images.toString(), "--filter", "^two");
        assertEquals(CliVerb.PARTIAL, filtered.exitCode);
        assertTrue(filtered.out.contains("already in the project"), filtered.out);
        assertEquals(CliVerb.USAGE, Cli.run(commands, "import-images", project.toString(), images.toString(),
                "--filter", "([").exitCode);

        Cli tiled = Cli.run(commands, "tile", project.toString(), "one.png", "--size", "1024", "--overlap", "64");
        assertEquals(CliVerb.OK, tiled.exitCode, tiled.err);
        assertTrue(tiled.out.contains("Tile 'one.png' into 6 tiles of 1024 px (overlap 64)"), tiled.out);
        assertTrue(tiled.err.contains("Tiling one.png"), "progress goes to standard error: " + tiled.err);

        Cli retiled = Cli.run(commands, "tile", project.toString(), "one.png", "--size", "512", "--overlap", "0", "--edge", "clip");
        assertEquals(CliVerb.OK, retiled.exitCode, retiled.err);
        assertTrue(retiled.out.contains("Re-tile 'one.png' into 15 tiles") && retiled.out.contains("replaces 6 old tiles"),
                retiled.out);
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            ImageAsset one = store.project().getImages().stream().filter(i -> i.getName().equals("one.png")).findFirst().orElseThrow();
            assertEquals(15, one.getTiles().size());
            assertEquals(452, one.getTiles().get(4).getWidth(), "clipped at the right edge: 2500 - 4 * 512");
        }

        Cli unknown = Cli.run(commands, "tile", project.toString(), "nothing.png");
        assertEquals(CliVerb.USAGE, unknown.exitCode);
        assertTrue(unknown.err.contains("no image with the id or name 'nothing.png'"), unknown.err);
        assertEquals(CliVerb.USAGE, Cli.run(commands, "tile", project.toString(), "one.png", "--overlap", "2000").exitCode);
    }

    @Test
    void importImagesFromACsvList() throws IOException {
        Path project = temp.resolve("labelled");
        ProjectStore.create(project, "labelled").close();
        writePng(temp.resolve("cat.png"), 40, 30);
        writePng(temp.resolve("dog.png"), 40, 30);
        Path csv = Files.writeString(temp.resolve("labels.csv"), "path,label\ncat.png,cat\ndog.png,dog\nghost.png,cat\n");
        Cli cli = Cli.run(commands, "import-images", project.toString(), "--csv", csv.toString(), "--copy");
        assertEquals(CliVerb.PARTIAL, cli.exitCode, cli.err);
        assertTrue(cli.out.contains("Label classes  2 new"), cli.out);
        assertTrue(cli.out.contains("REJECTED " + csv + ":4: "), cli.out);
        assertTrue(Files.isRegularFile(project.resolve("images/cat.png")));
        assertEquals(CliVerb.USAGE, Cli.run(commands, "import-images", project.toString()).exitCode);
    }

    private static void writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 7 & 0xFF) << 16 | (y * 3 & 0xFF) << 8 | (x + y) & 0xFF);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
