package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.ui.ModelLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The label classes' colour swatch: its pixels, and one image per colour. */
class ModelLabelProviderTest {

    @Test
    void aSwatchIsARoundedSquareOfTheColourOnTransparency() {
        Display.getDefault();
        ModelLabelProvider labels = new ModelLabelProvider();
        try {
            Image swatch = labels.swatch("#ff8000");
            assertSame(swatch, labels.swatch("#FF8000"), "one image per colour");
            ImageData data = swatch.getImageData();
            assertEquals(16, data.width);
            assertEquals(16, data.height);
            assertEquals(new RGB(255, 128, 0), data.palette.getRGB(data.getPixel(8, 8)));
            assertEquals(255, data.getAlpha(8, 8), "inside");
            assertEquals(255, data.getAlpha(2, 8), "the left edge, on a pixel boundary");
            assertEquals(0, data.getAlpha(0, 0), "outside");
            assertEquals(0, data.getAlpha(15, 8), "outside on the right");
            int corner = data.getAlpha(2, 2);
            assertTrue(corner > 0 && corner < 255, "a rounded corner is partly covered: " + corner);
        } finally {
            labels.dispose();
        }
    }
}
