package org.annotide.headless.tests;

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
import org.annotide.headless.internal.imaging.ImportImagesVerb;
import org.annotide.model.ImageAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the help of import-images says about --filter is what it does. */
class ImportImagesFilterTest {

    private final List<CliVerb> commands = List.of(new ImportImagesVerb());

    @TempDir
    Path temp;

    @Test
    void theHelpSaysTheFilterMatchesFileNamesFoundInFolders() {
        String usage = new ImportImagesVerb().usage();
        assertTrue(usage.contains("file name"), usage);
        assertTrue(usage.contains("image files named as"), "named files are taken whatever their name: " + usage);
    }

    @Test
    void theFilterMatchesTheFileNameNotTheFolderNameAndSparesNamedFiles() throws IOException {
        Path project = temp.resolve("project");
        ProjectStore.create(project, "filter").close();
        Path slides = temp.resolve("slides");
        Path inMatchingFolder = writePng(slides.resolve("match/a.png"));
        Path matchingName = writePng(slides.resolve("other/match-b.png"));
        writePng(slides.resolve("other/c.png"));

        Cli folders = Cli.run(commands, "import-images", project.toString(), slides.toString(), "--filter", "match");
        assertEquals(CliVerb.OK, folders.exitCode, folders.out + folders.err);
        assertEquals(List.of(matchingName.getFileName().toString()), imageNames(project));

        Cli named = Cli.run(commands, "import-images", project.toString(), inMatchingFolder.toString(), "--filter",
                "nothing-matches-this");
        assertEquals(CliVerb.OK, named.exitCode, named.out + named.err);
        assertEquals(List.of("match-b.png", "a.png"), imageNames(project));
    }

    private static List<String> imageNames(Path project) {
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            return store.project().getImages().stream().map(ImageAsset::getName).toList();
        }
    }

    private static Path writePng(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
