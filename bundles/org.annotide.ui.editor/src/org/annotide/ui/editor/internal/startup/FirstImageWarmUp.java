package org.annotide.ui.editor.internal.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.PyramidalTiff;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.OffscreenView;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Makes the first image a user opens in a freshly started workbench paint at (nearly) the speed of the second: in
 * the background, at the lowest priority, it goes once through what a first frame needs on a tiny image of its own
 * (a 512-pixel pyramidal JPEG TIFF in a temporary folder, one polygon, in a model no project holds). That loads,
 * links and warms ImageIO's service registry and TwelveMonkeys' TIFF and JPEG readers, the EMF packages, the
 * annotation index and the tile rasteriser on this job's thread, and the frame renderer with SWT's graphics in one
 * short paint of a 128-pixel offscreen frame on the UI thread (the only step there; SWT draws nowhere else). It
 * touches no project, no preference and no image cache, and deletes its folder. Cancelled, it stops between steps.
 */
public final class FirstImageWarmUp extends Job {

    /** The family of the warm-up job, for {@link org.eclipse.core.runtime.jobs.IJobManager#cancel(Object)}. */
    public static final Object FAMILY = FirstImageWarmUp.class;

    private static final int IMAGE_SIZE = 512;
    private static final int TILE_SIZE = 256;
    private static final int FRAME_SIZE = 128;
    /** Longer than any warm-up has taken under load; past it the job gives up quietly (nothing depends on it). */
    private static final long FRAME_TIMEOUT_SECONDS = 60;
    private static final long CLOSE_TIMEOUT_SECONDS = 5;

    private final Display display;
    private volatile Thread worker;
    private volatile double runMillis = Double.NaN;

    public FirstImageWarmUp(Display display) {
        super("Preparing the image editor");
        this.display = display;
        setSystem(true);
        setPriority(DECORATE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The thread the last run ran on (for tests: never the UI thread). */
    public Thread worker() {
        return worker;
    }

    /** How long the last run took, for the benchmark; NaN before it ended. */
    public double runMillis() {
        return runMillis;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        worker = Thread.currentThread();
        long start = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("annotide-warmup");
            Path tiff = folder.resolve("warmup.tif");
            PyramidalTiff.write(tiff, new GreyGradient(IMAGE_SIZE), new PyramidalTiff.Options(TILE_SIZE, true,
                    PyramidalTiff.Compression.JPEG, 0.8f, false, PyramidalTiff.Layout.PAGES, null), getName(),
                    progress.split(1));
            ImageAsset image = image(tiff.getFileName().toString());
            progress.split(1);
            ImagePyramid pyramid = new DefaultImageService().open(folder, image);
            try {
                progress.split(1);
                ImageAnnotations annotations = ImageAnnotations.acquire(image, display::asyncExec);
                try {
                    paintOnce(pyramid, annotations, progress.split(1));
                } finally {
                    annotations.release();
                }
            } finally {
                pyramid.close();
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the editor works without it, a little slower the first time
            return Status.warning("The image editor's warm-up failed; the first image opens without it", e);
        } finally {
            deleteQuietly(folder);
            runMillis = (System.nanoTime() - start) / 1e6;
        }
    }

    /** The image in a model of its own: a project nobody opens, one label class, one polygon. */
    private static ImageAsset image(String location) {
        AnnotideFactory factory = AnnotideFactory.eINSTANCE;
        Project project = factory.createProject();
        LabelClass labelClass = factory.createLabelClass();
        labelClass.setName("warm-up");
        labelClass.setColor("#00c0ff");
        project.getLabelClasses().add(labelClass);
        ImageAsset image = factory.createImageAsset();
        image.setLocation(location);
        image.setWidth(IMAGE_SIZE);
        image.setHeight(IMAGE_SIZE);
        project.getImages().add(image);
        PolygonShape polygon = factory.createPolygonShape();
        polygon.setPoints(new double[] { 100, 100, 400, 120, 300, 400 });
        Annotation annotation = factory.createAnnotation();
        annotation.setId(1L);
        annotation.setLabelClass(labelClass);
        annotation.setShape(polygon);
        image.getAnnotations().add(annotation);
        return image;
    }

    /**
     * Paints the image at fit into a small offscreen frame on the UI thread until its tiles (decoded and rasterised
     * by the editor's tile workers) are in; this thread only waits.
     */
    private void paintOnce(ImagePyramid pyramid, ImageAnnotations annotations, IProgressMonitor monitor) {
        CompletableFuture<OffscreenView> created = new CompletableFuture<>();
        onUiThread(() -> {
            OffscreenView view = new OffscreenView(display, annotations, pyramid, FRAME_SIZE, FRAME_SIZE);
            view.viewport().fit();
            created.complete(view);
        }, created);
        OffscreenView view;
        try {
            view = await(created, monitor);
        } catch (OperationCanceledException e) {
            // the view may still be made after the cancel: close it then
            created.thenAccept(late -> onUiThread(late::close, new CompletableFuture<>()));
            throw e;
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FRAME_TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                CompletableFuture<Boolean> complete = new CompletableFuture<>();
                onUiThread(() -> complete.complete(view.paint().complete() && view.tiles().pending() == 0), complete);
                if (await(complete, monitor)) {
                    return;
                }
                // the tile workers post each finished tile to the UI thread; give them a moment before painting again
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            close(view);
        }
    }

    /**
     * Closes the view on the UI thread (which stops its tile workers) before the pyramid it reads is closed; waits
     * a few seconds at most, for a UI thread that has stopped running events while the workbench closes.
     */
    private void close(OffscreenView view) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        try {
            onUiThread(() -> {
                view.close();
                closed.complete(null);
            }, closed);
            closed.get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (OperationCanceledException | ExecutionException | TimeoutException e) {
            // the display is gone or busy closing: the workbench's end releases the view's resources
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onUiThread(Runnable step, CompletableFuture<?> result) {
        try {
            display.asyncExec(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (SWTException e) {
            // the display is gone: the workbench is closing
            throw new OperationCanceledException();
        }
    }

    /** Waits for a UI-thread step, checking for cancel; a step that failed fails the warm-up. */
    private static <T> T await(CompletableFuture<T> future, IProgressMonitor monitor) {
        while (true) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // check for cancel again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a warm-up step failed on the UI thread", e.getCause());
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            EditorPlugin.getDefault().getLog().warn("Could not delete the warm-up folder " + folder, e);
        }
    }

    /** A grey diagonal gradient: pixels that JPEG compresses as it would a real image's tiles. */
    private record GreyGradient(int size) implements PyramidalTiff.Pixels {

        @Override
        public int width() {
            return size;
        }

        @Override
        public int height() {
            return size;
        }

        @Override
        public int bandRows(int tileSize) {
            return tileSize;
        }

        @Override
        public int columnChunk() {
            return size;
        }

        @Override
        public void read(java.awt.Rectangle region, int[] target, int offset, int scan) {
            for (int y = 0; y < region.height; y++) {
                for (int x = 0; x < region.width; x++) {
                    int grey = ((region.x + x + region.y + y) * 255 / (2 * size)) & 0xff;
                    target[offset + y * scan + x] = grey << 16 | grey << 8 | grey;
                }
            }
        }
    }
}
