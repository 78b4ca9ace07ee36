package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.DisplayTiles;
import org.annotide.ui.editor.internal.render.FrameRenderer;
import org.annotide.ui.editor.internal.render.OffscreenView;
import org.annotide.ui.editor.tests.TestProjects;
import org.annotide.tests.support.ui.Spin;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Until a view's first complete frame every core renders its tiles (the UI thread only waits for them then); from
 * that frame on, the lasting workers only, which leave a core to the UI thread's frames.
 */
class FirstFrameWorkersTest {

    @TempDir
    Path folder;

    @Test
    void helpersRenderUntilTheFirstCompleteFrameOnly() throws Exception {
        Display display = Display.getDefault();
        int cores = Runtime.getRuntime().availableProcessors();
        int lasting = DisplayTiles.defaultWorkers();
        try (ProjectStore store = TestProjects.create(folder.resolve("project"))) {
            ImageAsset image = TestProjects.addSlide(store, "slide", 4096);
            ImageAnnotations annotations = ImageAnnotations.acquire(image, display::asyncExec);
            try (ImagePyramid pyramid = new DefaultImageService().open(store.folder(), image);
                    OffscreenView view = new OffscreenView(display, annotations, pyramid, 800, 600)) {
                view.viewport().fit();
                assertEquals(Math.max(cores, lasting), view.tiles().workerThreads(),
                        "before the first frame every core renders: " + cores + " cores, " + lasting + " lasting");

                FrameRenderer.FrameResult first = view.paint();
                assertTrue(!first.complete(), "no tile is there for the first paint");
                assertEquals(Math.max(cores, lasting), view.tiles().workerThreads(),
                        "an incomplete frame keeps the helpers");

                Spin.until("the first complete frame", () -> view.paint().complete());
                Spin.until("the helpers ending", () -> view.tiles().workerThreads() == lasting);

                // later frames (a zoom that needs new tiles) do not bring them back
                view.viewport().zoomBy(2, 400, 300);
                view.paint();
                assertEquals(lasting, view.tiles().workerThreads());
                Spin.until("the zoomed frame complete", () -> view.paint().complete());
                assertEquals(lasting, view.tiles().workerThreads());
            } finally {
                annotations.release();
            }
        }
    }
}
