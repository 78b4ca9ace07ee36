package org.annotide.perf.tests.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.annotide.headless.CliVerb;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageInfo;
import org.annotide.perf.tests.BenchFigures;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate-image and bench pyramid as a user runs them. */
class ImagingBenchVerbsTest {

    @TempDir
    Path temp;

    @Test
    void generateImageWritesAReadablePyramidalTiffAndItsTime() throws IOException {
        Path out = temp.resolve("slides/slide.tif");
        Cli cli = Cli.run("generate-image", out.toString(), "--width", "3000", "--height", "2000", "--tile", "256",
                "--pyramid");
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.matches("(?s).*BENCH generate_image_s [0-9.]+ s.*"), cli.out);
        new BenchFigures(cli.out).positive("generate_image_s");
        ImageInfo info = ImageFormats.builtIn().readInfo(out);
        assertEquals(3000, info.width());
        assertEquals(2000, info.height());
        assertEquals(CliVerb.USAGE, Cli.run("generate-image", out.toString(), "--width", "10").exitCode);
        assertEquals(CliVerb.USAGE, Cli.run("generate-image", out.toString(), "--width", "10", "--height", "10",
                "--tile", "100").exitCode);
    }

    @Test
    void benchPyramidTimesTheBuildAndComparesWithVipsWhenPresent() throws IOException {
        Path image = temp.resolve("big.tif");
        assertEquals(CliVerb.OK, Cli.run("generate-image", image.toString(), "--width", "4800", "--height", "4000")
                .exitCode);
        Cli cli = Cli.run("bench", "pyramid", image.toString());
        assertEquals(CliVerb.OK, cli.exitCode, cli.err);
        assertTrue(cli.out.matches("(?s).*BENCH pyramid_s [0-9.]+ s.*"), cli.out);
        assertTrue(cli.out.contains("BENCH pyramid_mpix_per_s"), cli.out);
        boolean vips = vipsOnPath();
        assertEquals(vips, cli.out.contains("BENCH vips_dzsave_s"), cli.out);
        assertEquals(vips, cli.out.contains("BENCH pyramid_vs_vips_ratio"), cli.out);
        BenchFigures figures = new BenchFigures(cli.out);
        double seconds = figures.positive("pyramid_s");
        // 4800 x 4000 = 19.2 megapixels at full resolution
        figures.agrees("pyramid_mpix_per_s", 19.2 / seconds);
        if (vips) {
            figures.agrees("pyramid_vs_vips_ratio", figures.positive("vips_dzsave_s") / seconds);
        }
        assertEquals(!vips, cli.err.contains("vips is not installed"), cli.err);

        Path small = temp.resolve("small.png");
        writePng(small, 100, 100);
        Cli refused = Cli.run("bench", "pyramid", small.toString());
        assertEquals(CliVerb.FAILED, refused.exitCode);
        assertTrue(refused.err.contains("needs no pyramid"), refused.err);
    }

    private static boolean vipsOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "vips"))) {
                return true;
            }
        }
        return false;
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
