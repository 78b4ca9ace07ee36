package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImagePyramid;
import org.annotide.imaging.PixelSources;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.tests.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * Pixels that come from elsewhere than the project's files ({@link PixelSources}, as a server mirror's tiles do): while
 * the pyramid hands out stand-ins the editor's status says why, and when it says the pixels arrived the editor composes
 * its tiles again from them and has nothing left to say.
 */
class MissingPixelsTest extends EditorUiTest {

    static final String MISSING = "Some tiles of remote are not in this mirror and the server is unreachable";

    /**
     * The image's own pixels once {@code here}, grey stand-ins before; one per opening, as a mirror's are, over one
     * pyramid of the file that the test closes.
     */
    static final class Arriving implements ImagePyramid {
        final ImagePyramid real;
        final AtomicBoolean here;
        final AtomicInteger realReads;
        final List<Runnable> listeners;

        Arriving(ImagePyramid real, AtomicBoolean here, AtomicInteger realReads, List<Runnable> listeners) {
            this.real = real;
            this.here = here;
            this.realReads = realReads;
            this.listeners = listeners;
        }

        @Override
        public int width() {
            return real.width();
        }

        @Override
        public int height() {
            return real.height();
        }

        @Override
        public int levelCount() {
            return real.levelCount();
        }

        @Override
        public double downsample(int level) {
            return real.downsample(level);
        }

        @Override
        public int levelWidth(int level) {
            return real.levelWidth(level);
        }

        @Override
        public int levelHeight(int level) {
            return real.levelHeight(level);
        }

        @Override
        public BufferedImage readRegion(int level, int x, int y, int width, int height) throws IOException {
            if (here.get()) {
                realReads.incrementAndGet();
                return real.readRegion(level, x, y, width, height);
            }
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int py = 0; py < height; py++) {
                for (int px = 0; px < width; px++) {
                    grey.setRGB(px, py, 0x8c8c8c);
                }
            }
            return grey;
        }

        @Override
        public String missing() {
            return here.get() ? null : MISSING;
        }

        @Override
        public void whenPixelsArrive(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void close() {
            // the file's pyramid is the test's
        }
    }

    @Test
    void standInsAreNamedInTheStatusAndReplacedWhenThePixelsArrive() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "remote", 400, 300);
        AtomicBoolean here = new AtomicBoolean();
        AtomicInteger realReads = new AtomicInteger();
        List<Runnable> listeners = new CopyOnWriteArrayList<>();
        ImagePyramid file = new DefaultImageService().open(store.folder(), image); // before the source is there
        PixelSources.Source source = asked -> asked == image ? new Arriving(file, here, realReads, listeners) : null;
        PixelSources.register(store.folder(), source);
        try {
            open(image);
            Spin.until("the status names the missing pixels", () -> MISSING.equals(canvas().message()));
            assertTrue(realReads.get() == 0);
            assertTrue(!listeners.isEmpty(), "the editor listens for the pixels");
            Object before = canvas().tiles();

            here.set(true);
            listeners.forEach(Runnable::run); // from the source's thread, as a mirror tells it
            Spin.until("the tiles composed again from the arrived pixels", () -> canvas().tiles() != before
                    && realReads.get() > 0 && canvas().lastFrame().complete() && canvas().tiles().pending() == 0);
            assertNull(canvas().message(), "nothing left to say");
        } finally {
            PixelSources.unregister(store.folder(), source);
            page.closeAllEditors(false);
            file.close();
        }
    }
}
