package org.annotide.perf.internal.imaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.perf.SyntheticSlide;

/** {@code annotide-cli generate-image OUT.tif --width W --height H [--tile 512] [--pyramid]}. */
public final class GenerateImageVerb implements CliVerb {

    @Override
    public String name() {
        return "generate-image";
    }

    @Override
    public String summary() {
        return "Write a synthetic tissue-like whole-slide TIFF of any size (tiled, compressed, optionally pyramidal)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli generate-image OUT.tif --width W --height H [--tile 512] [--pyramid]
                                                   [--compression jpeg|deflate] [--quality 0.85] [--seed 1]
                                                   [--bigtiff] [--subifds]

                Writes a synthetic stained tissue section on a slide background as a tiled, compressed TIFF,
                for benches and tests that need gigapixel images. Slide background tiles are stored once, so
                a 100,000 x 100,000 image takes a few hundred megabytes. BigTIFF is chosen when the pixels
                exceed 3 GB uncompressed. Prints the time as BENCH generate_image_s.

                Options:
                  --width N, --height N   size in pixels (required)
                  --tile N                tile size, a multiple of 16 (default 512)
                  --pyramid               add reduced levels down to one tile (page series)
                  --subifds               store the reduced levels as SubIFDs of the first page instead
                  --compression C         jpeg (default) or deflate (lossless)
                  --quality Q             JPEG quality 0-1 (default 0.85)
                  --seed N                random seed of the tissue layout (default 1)
                  --bigtiff               write BigTIFF whatever the size

                Example:
                  annotide-cli generate-image slide.tif --width 100000 --height 100000 --pyramid""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("width", "height", "tile", "compression", "quality", "seed");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("pyramid", "bigtiff", "subifds");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path out = args.path(0, "OUT.tif");
        if (Files.isDirectory(out)) {
            throw new UsageException(out + " is a folder; name the TIFF file to write, e.g. " + out.resolve("slide.tif"));
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".tif") && !name.endsWith(".tiff")) {
            throw new UsageException("generate-image writes TIFF: name the file .tif or .tiff, not " + out.getFileName());
        }
        SyntheticSlide.Options options;
        try {
            SyntheticSlide.Compression compression = switch (args.option("compression", "jpeg").toLowerCase(Locale.ROOT)) {
                case "jpeg" -> SyntheticSlide.Compression.JPEG;
                case "deflate" -> SyntheticSlide.Compression.DEFLATE;
                default -> throw new UsageException("--compression must be jpeg or deflate");
            };
            options = SyntheticSlide.Options.of(Integer.parseInt(args.requiredOption("width")),
                    Integer.parseInt(args.requiredOption("height")))
                    .withTileSize(args.intOption("tile", 512))
                    .withPyramid(args.flag("pyramid") || args.flag("subifds"))
                    .withCompression(compression)
                    .withJpegQuality((float) args.doubleOption("quality", 0.85))
                    .withSeed(args.intOption("seed", 1))
                    .withBigTiff(args.flag("bigtiff") ? Boolean.TRUE : null)
                    .withLayout(args.flag("subifds") ? SyntheticSlide.Layout.SUB_IFDS : SyntheticSlide.Layout.PAGES);
        } catch (NumberFormatException e) {
            throw new UsageException("--width and --height must be whole numbers");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long start = System.nanoTime();
        SyntheticSlide.write(out, options, context.progress());
        double seconds = (System.nanoTime() - start) / 1e9;
        context.out().printf(Locale.ROOT, "Wrote %s: %d x %d, %.1f MB%n", out, options.width(), options.height(),
                Files.size(out) / 1e6);
        context.bench("generate_image_s", seconds, "s");
        return OK;
    }
}
