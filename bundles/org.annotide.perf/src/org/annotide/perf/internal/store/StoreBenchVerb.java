package org.annotide.perf.internal.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;
import org.annotide.headless.FileTrees;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * {@code annotide-cli bench store}: builds a project of N images and M polygons of 20 vertices, then
 * measures how long opening and checkpointing take, the heap the open project uses, and how long one edit
 * takes to become durable.
 */
public final class StoreBenchVerb implements CliVerb {

    private static final int VERTICES = 20;

    @Override
    public String name() {
        return "bench store";
    }

    @Override
    public String summary() {
        return "Time opening, checkpointing and durable edits of a large project";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench store [--images N] [--polygons M] [--edits K] [--folder DIR]

                Builds a project of N images (default 10000) holding M polygons of 20 vertices (default
                1000000; 0 leaves out the edit figures) in a temporary folder (or DIR, which must not exist),
                then prints:
                  BENCH open_s               opening it (checkpoint load and journal replay)
                  BENCH checkpoint_s         writing a checkpoint of it
                  BENCH heap_mb              heap used with the project open, after a full GC
                  BENCH edit_durable_p50_ms  one edit (a polygon's vertices) until durable, median
                  BENCH edit_durable_p99_ms  the same, 99th percentile over K edits (default 2000)
                  BENCH checkpoint_mb        size of the checkpoint file
                  BENCH disk_fsync_p50_ms    the disk alone: a 400-byte append forced to disk, median
                  BENCH disk_fsync_p99_ms    the same, 99th percentile: the floor under edit_durable
                Goals: open_s <= 3, checkpoint_s <= 3, edit_durable_p99_ms <= 2.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("images", "polygons", "edits", "folder");
    }

    @Override
    public int run(CliContext context, Args args) throws IOException {
        args.expectPositionals(0, 0);
        int images = args.intOption("images", 10_000);
        int polygons = args.intOption("polygons", 1_000_000);
        int edits = args.intOption("edits", 2000);
        if (images < 1) {
            throw new UsageException("--images must be at least 1");
        }
        if (polygons < 0) {
            throw new UsageException("--polygons must be 0 or more");
        }
        if (edits < 1) {
            throw new UsageException("--edits must be at least 1");
        }
        boolean temporary = args.option("folder", null) == null;
        Path folder = temporary ? Files.createTempDirectory("annotide-bench-store").resolve("project")
                : Path.of(args.option("folder", null));
        try {
            context.err().println("Building " + images + " images with " + polygons + " polygons...");
            ProjectStore.create(folder, build(images, polygons)).close();
            System.gc();

            long start = System.nanoTime();
            ProjectStore store = ProjectStore.open(folder);
            context.bench("open_s", seconds(start), "s");
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            context.bench("heap_mb", memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0), "MB");

            if (polygons > 0) {
                long[] latencies = edit(store, edits);
                context.bench("edit_durable_p50_ms", latencies[latencies.length / 2] / 1e6, "ms");
                context.bench("edit_durable_p99_ms", latencies[(int) (latencies.length * 0.99)] / 1e6, "ms");
            } else {
                context.err().println("No polygons to edit (--polygons 0): the edit_durable figures are left out.");
            }
            // The floor under any durable edit: what the disk takes to force a small append, measured now.
            long[] fsync = rawFsync(folder, edits);
            context.bench("disk_fsync_p50_ms", fsync[fsync.length / 2] / 1e6, "ms");
            context.bench("disk_fsync_p99_ms", fsync[(int) (fsync.length * 0.99)] / 1e6, "ms");

            start = System.nanoTime();
            store.checkpoint();
            context.bench("checkpoint_s", seconds(start), "s");
            context.bench("checkpoint_mb", newestCheckpointSize(folder) / (1024.0 * 1024.0), "MB");
            store.close();
        } finally {
            if (temporary) {
                FileTrees.deleteRecursively(folder.getParent());
            }
        }
        return OK;
    }

    static Project build(int imageCount, int polygonCount) {
        AnnotideFactory factory = AnnotideFactory.eINSTANCE;
        Random random = new Random(1);
        Project project = factory.createProject();
        project.setId("bench");
        project.setName("bench store");
        for (int i = 0; i < 10; i++) {
            LabelClass labelClass = factory.createLabelClass();
            labelClass.setId("class-" + i);
            labelClass.setName("class " + i);
            project.getLabelClasses().add(labelClass);
        }
        long id = 1;
        InternalEList<ImageAsset> images = (InternalEList<ImageAsset>) project.getImages();
        for (int i = 0; i < imageCount; i++) {
            ImageAsset image = factory.createImageAsset();
            image.setId("image-" + i);
            image.setName("image-" + i + ".png");
            image.setLocation("images/image-" + i + ".png");
            image.setWidth(4096);
            image.setHeight(4096);
            images.addUnique(image);
            int count = polygonCount / imageCount + (i < polygonCount % imageCount ? 1 : 0);
            InternalEList<Annotation> annotations = (InternalEList<Annotation>) image.getAnnotations();
            for (int k = 0; k < count; k++) {
                Annotation annotation = factory.createAnnotation();
                annotation.setId(id++);
                annotation.setLabelClass(project.getLabelClasses().get(k % 10));
                PolygonShape shape = factory.createPolygonShape();
                shape.setPoints(circle(random.nextDouble() * 4000, random.nextDouble() * 4000, 5 + random.nextDouble() * 30));
                annotation.setShape(shape);
                annotations.addUnique(annotation);
            }
        }
        project.setNextAnnotationId(id);
        return project;
    }

    private static double[] circle(double cx, double cy, double radius) {
        double[] points = new double[2 * VERTICES];
        for (int v = 0; v < VERTICES; v++) {
            double angle = 2 * Math.PI * v / VERTICES;
            points[2 * v] = cx + radius * Math.cos(angle);
            points[2 * v + 1] = cy + radius * Math.sin(angle);
        }
        return points;
    }

    /** Moves a vertex of a random polygon, edits times; the project holds at least one polygon. */
    private static long[] edit(ProjectStore store, int edits) {
        Random random = new Random(2);
        EditingDomain domain = store.editingDomain();
        // Only images with polygons are drawn from, so that every draw makes an edit.
        List<ImageAsset> images = store.project().getImages().stream().filter(i -> !i.getAnnotations().isEmpty())
                .toList();
        long[] latencies = new long[edits];
        for (int done = 0; done < edits; done++) {
            ImageAsset image = images.get(random.nextInt(images.size()));
            PolygonShape shape = (PolygonShape) image.getAnnotations()
                    .get(random.nextInt(image.getAnnotations().size())).getShape();
            double[] moved = shape.getPoints().clone();
            moved[0] += 1;
            var command = SetCommand.create(domain, shape, AnnotidePackage.Literals.POLYGON_SHAPE__POINTS, moved);
            long start = System.nanoTime();
            domain.getCommandStack().execute(command);
            latencies[done] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static long[] rawFsync(Path folder, int count) throws IOException {
        Path file = folder.resolve(ProjectStore.CACHE_FOLDER).resolve("fsync-probe");
        long[] latencies = new long[count];
        java.nio.ByteBuffer record = java.nio.ByteBuffer.allocate(400);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            for (int i = 0; i < count; i++) {
                record.clear();
                long start = System.nanoTime();
                channel.write(record);
                channel.force(false);
                latencies[i] = System.nanoTime() - start;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static long newestCheckpointSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.STORE_FOLDER))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".atd")).max(Comparator.naturalOrder())
                    .map(f -> f.toFile().length()).orElse(0L);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
