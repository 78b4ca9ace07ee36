package org.annotide.ui.editor.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.index.ImageAnnotations;
import org.annotide.ui.editor.internal.render.OffscreenView;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the overview's thumbnail, which every view asks for first, is rendered as soon as the display tiles exist,
 * while the UI thread still builds the view, not from its first paint on; nothing else is rendered before a paint
 * asks for it.
 */
class EarlyThumbnailTest {

    @Test
    void theThumbnailIsRenderedBeforeTheFirstPaint(@TempDir Path folder) throws Exception {
        Display display = Display.getDefault();
        try (ProjectStore store = TestProjects.create(folder.resolve("project"))) {
            ImageAsset image = TestProjects.addSlide(store, "slide", 4096);
            ImageAnnotations annotations = ImageAnnotations.acquire(image, display::asyncExec);
            try (ImagePyramid pyramid = new DefaultImageService().open(store.folder(), image);
                    OffscreenView view = new OffscreenView(display, annotations, pyramid, 800, 600)) {
                Spin.until("the thumbnail rendered without a paint", () -> view.tiles().renderedTiles() == 1
                        && view.repaintWanted());
                assertNull(view.tiles().thumbnail(), "installed by the first paint, on the UI thread");
                Thread.sleep(200);
                assertEquals(1, view.tiles().renderedTiles(), "only the thumbnail before a paint asks for tiles");

                view.viewport().fit();
                view.paint();
                assertNotNull(view.tiles().thumbnail(), "the first paint has the thumbnail for its overview");
                Spin.until("the first complete frame", () -> view.paint().complete());
            } finally {
                annotations.release();
            }
        }
    }
}
