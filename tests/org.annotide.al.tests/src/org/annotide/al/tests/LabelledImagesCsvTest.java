package org.annotide.al.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.annotide.al.LabelledImages;
import org.annotide.ml.ImagePixels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation reads labels CSVs with the product's one reader: its header words, quoting and comments. */
class LabelledImagesCsvTest {

    @TempDir
    Path folder;

    @Test
    void aCsvOfTheImportVocabularyReadsAsImportImagesReadsIt() throws IOException {
        image("a,1.png", 40);
        image("b.png", 200);
        Files.createDirectories(folder.resolve("sub"));
        image("sub/c.png", 90);
        Path csv = folder.resolve("labels.csv");
        Files.writeString(csv, """
                # exported by a script
                image,class
                "a,1.png",dog
                b.png,cat
                sub/c.png,dog
                """);

        LabelledImages data = LabelledImages.read(csv.toString(), null, 0, 4, ImagePixels.installed());

        assertEquals(List.of("cat", "dog"), data.classes());
        assertArrayEquals(new int[] {1, 0, 1}, data.labels());
        assertEquals(40, data.pixels()[0][0] & 0xff, "the quoted file name with a comma is the first image");
        assertEquals(200, data.pixels()[1][0] & 0xff);
    }

    @Test
    void aRowWithSeveralLabelsOrABadRowIsRefusedWithItsLine() throws IOException {
        image("a.png", 1);
        Path several = folder.resolve("several.csv");
        Files.writeString(several, "path,label\na.png,cat;dog\n");
        IOException error = assertThrows(IOException.class,
                () -> LabelledImages.read(several.toString(), null, 0, 4, ImagePixels.installed()));
        assertTrue(error.getMessage().contains("line 2") && error.getMessage().contains("exactly one label"),
                error.getMessage());

        Path noImage = folder.resolve("noimage.csv");
        Files.writeString(noImage, "path,label\n,cat\n");
        IOException rejected = assertThrows(IOException.class,
                () -> LabelledImages.read(noImage.toString(), null, 0, 4, ImagePixels.installed()));
        assertTrue(rejected.getMessage().contains("line 2"), rejected.getMessage());
    }

    private void image(String name, int grey) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.getRaster().setSample(x, y, 0, grey);
            }
        }
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }
}
