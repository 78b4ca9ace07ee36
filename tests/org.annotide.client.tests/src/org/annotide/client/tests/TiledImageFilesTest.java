package org.annotide.client.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.formats.ExportOptions;
import org.annotide.formats.Exports;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.ml.ImagePixels;
import org.annotide.model.ImageAsset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * What needs the pixels or the file of a large image that a mirror shows tile by tile ({@link Slide}, on a real server
 * on loopback): training reads a tile's region through the image service's pixel sources, fetching its tiles, pixel for
 * pixel the server's; an export of image files downloads the server's file, byte for byte; with the server away
 * training is told why instead of learning from stand-ins, and the export says why the file is missing and writes no
 * part of it.
 */
class TiledImageFilesTest extends ServerAndMirrors {

    @Test
    void trainingReadsATilesRegionThroughTheMirrorPixelForPixelTheServers() throws Exception {
        server = new TeamServer(temp);
        ImageAsset onServer = Slide.add(server);
        Client a = client("admin");
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        assertFalse(Files.exists(DefaultImageService.locate(a.store().folder(), image)), "not downloaded whole");
        Rectangle tile = new Rectangle(2048, 1536, 512, 384); // a training tile: level-0 tiles 8..9 x 6..7
        ImagePixels.Located where = a.onOwner(() -> ImagePixels.locate(a.store().folder(), image));
        long before = a.remote.fetched().requests();

        BufferedImage read = ImagePixels.installed().read(where, tile);

        assertEquals(tile.width, read.getWidth());
        assertEquals(tile.height, read.getHeight());
        try (ImagePyramid served = new DefaultImageService().open(server.store.folder(), onServer)) {
            Slide.assertSamePixels(served.readRegion(0, tile.x, tile.y, tile.width, tile.height), read, 0, tile.width);
        }
        Path file = server.store.folder().resolve("images/slide.tif");
        Slide.assertSamePixels(ImagePixels.installed().read(file, tile), read, 0, tile.width);
        assertEquals(before + 4, a.remote.fetched().requests(), "the 4 tiles under the region");

        serverAway(a);
        Rectangle unseen = new Rectangle(4096, 2048, 256, 256);
        IOException away = assertThrows(IOException.class, () -> ImagePixels.installed().read(where, unseen));
        assertTrue(away.getMessage().contains("unreachable") && away.getMessage().contains("slide"), away.getMessage());
        Slide.assertSamePixels(read, ImagePixels.installed().read(where, tile), 0, tile.width); // seen: on disk
    }

    @Test
    void anExportOfImageFilesDownloadsTheServersFileOrSaysWhyNot() throws Exception {
        server = new TeamServer(temp);
        Slide.add(server);
        byte[] original = Files.readAllBytes(server.store.folder().resolve("images/slide.tif"));
        Client a = client("admin");
        ImageAsset image = a.onOwner(() -> a.image("slide"));
        FormatRegistry formats = FormatRegistry.fromExtensions();

        Path exported = temp.resolve("coco");
        ValidationReport report = a.onOwner(() -> Exports.write(formats.get("coco"), a.store().project(),
                a.store().folder(), List.of(image), exported, new ExportOptions(true), new NullProgressMonitor()));

        List<Path> copies = files(exported, image.getName());
        assertEquals(1, copies.size(), "the image file in the export: " + copies);
        assertArrayEquals(original, Files.readAllBytes(copies.get(0)), "the server's bytes");
        assertTrue(report.issues().stream().noneMatch(i -> i.reason().contains("slide")), report.issues().toString());
        assertFalse(Files.exists(DefaultImageService.locate(a.store().folder(), image)),
                "the mirror does not keep the file it exported");

        serverAway(a);
        Path offline = temp.resolve("coco-offline");
        ValidationReport without = a.onOwner(() -> Exports.write(formats.get("coco"), a.store().project(),
                a.store().folder(), List.of(image), offline, new ExportOptions(true), new NullProgressMonitor()));

        List<String> said = without.issues().stream().map(ValidationIssue::reason).toList();
        assertTrue(said.stream().anyMatch(m -> m.contains("slide") && m.contains("unreachable")
                && m.contains("not copied")), said.toString());
        assertEquals(List.of(), files(offline, image.getName()), "no file");
        assertEquals(List.of(), files(offline, image.getName() + ".part"), "no part of one");
        assertTrue(Files.exists(offline), "the annotations are exported all the same");
    }

    private static List<Path> files(Path folder, String name) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }
}
