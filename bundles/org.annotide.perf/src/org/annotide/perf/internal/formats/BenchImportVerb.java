package org.annotide.perf.internal.formats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportCommand;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Project;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code annotide-cli bench import}: generates a seeded COCO file of polygons and imports it into a new project
 * the way {@code import} does (streamed read, one command, first checkpoint written), timing it and recording the
 * heap it needed.
 */
public final class BenchImportVerb implements CliVerb {

    private final Supplier<FormatRegistry> registry;

    public BenchImportVerb() {
        this(FormatRegistry::fromExtensions);
    }

    public BenchImportVerb(Supplier<FormatRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "bench import";
    }

    @Override
    public String summary() {
        return "Time importing a generated COCO file of a million polygons (seeded)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench import [--images 10000] [--per-image 100] [--vertices 20] [--seed 1]
                                                 [--keep FOLDER]

                Writes a seeded COCO instances file (IMAGES images x PER-IMAGE polygons of about VERTICES vertices,
                categories listed last), then imports it into a new project as 'annotide-cli import' does and prints
                  BENCH import_s          seconds for the whole import: read, one command, project written
                  BENCH import_read_s     of which reading and building the model (streaming JSON parser)
                  BENCH import_store_s    of which writing the new project's first checkpoint
                  BENCH import_heap_mb    peak heap during the import (sum of the heap pools' peaks, an upper bound)
                  BENCH annotations       annotations imported
                  BENCH file_mb           size of the generated file
                The goal for the default size is 10 s or less and 2 GB of heap or less (run with -Xmx2g).

                Options:
                  --images N       images (default 10000)
                  --per-image N    polygons per image (default 100)
                  --vertices N     vertices per polygon, about (default 20)
                  --seed N         random seed (default 1)
                  --keep FOLDER    keep the generated file and the project there (default: a temporary folder)""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("images", "per-image", "vertices", "seed", "keep");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(0, 0);
        int images = args.intOption("images", 10000);
        int perImage = args.intOption("per-image", 100);
        int vertices = args.intOption("vertices", 20);
        int seed = args.intOption("seed", 1);
        if (images < 1 || perImage < 0 || vertices < 3) {
            throw new UsageException("--images must be at least 1, --per-image at least 0, --vertices at least 3");
        }
        String keep = args.option("keep", null);
        Path folder = keep != null ? Path.of(keep) : Files.createTempDirectory("annotide-bench-import");
        Files.createDirectories(folder);
        Path file = folder.resolve("instances_bench.json");
        Path project = folder.resolve("project");
        if (ProjectStore.isProject(project)) {
            throw new UsageException(project + " already holds a project; use another --keep folder");
        }
        try {
            context.err().println("Generating " + images + " x " + perImage + " polygons into " + file);
            CocoBenchFile.write(file, images, perImage, vertices, seed);
            double fileMegabytes = Files.size(file) / (1024.0 * 1024.0);

            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            ImportResult result = ImportResult.read(registry.get().get("coco"), file, ImportOptions.defaults(),
                    new NullProgressMonitor());
            Project model = AnnotideFactory.eINSTANCE.createProject();
            model.setName("bench");
            ImportCommand command = result.command(model);
            command.execute();
            long read = System.nanoTime();
            try (ProjectStore store = ProjectStore.create(project, model)) {
                // the first checkpoint is written by create; closing releases the folder
            }
            long end = System.nanoTime();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            if (result.report().hasRejections()) {
                context.err().println(result.report().toText());
                return FAILED;
            }
            context.bench("import_s", (end - start) / 1e9, "s");
            context.bench("import_read_s", (read - start) / 1e9, "s");
            context.bench("import_store_s", (end - read) / 1e9, "s");
            context.bench("import_heap_mb", Math.round(peak / (1024.0 * 1024.0)), "MB");
            context.bench("annotations", command.annotationCount(), "");
            context.bench("file_mb", Math.round(fileMegabytes), "MB");
            return OK;
        } finally {
            if (keep == null) {
                FileTrees.deleteRecursively(folder);
            }
        }
    }
}
