package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.render.DisplayAdjustment;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §4: brightness, contrast, gamma and channels change how the image shows, never its pixels; Reset
 * shows them as stored; each image keeps its own settings, also in an editor opened again.
 */
class DisplayControlsTest extends EditorUiTest {

    @Test
    void displayControlsChangeTheViewNotThePixelsAndAreKeptPerImage() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "gradient", 600, 400);
        ImageAsset other = TestProjects.addImage(store, "other", 600, 400);
        Path file = store.folder().resolve(image.getLocation());
        byte[] stored = Files.readAllBytes(file);
        open(image);
        Spin.until("painted", () -> canvas().lastFrame().complete() && canvas().tiles().pending() == 0);
        int before = brightnessAt(300, 200);

        Input.key('d');
        Scale brightness = Widgets.byRole(editor.getSite().getShell(), Scale.class, "brightness");
        Spin.until("the controls shown, brightness focused", brightness::isFocusControl);
        // a click on the trough moves the slider there (the arrow keys move it too: see the test below)
        Input.click(brightness, brightness.getSize().x * 85 / 100, brightness.getSize().y / 2);
        Spin.until("brighter", () -> canvas().displayAdjustment().brightness() > 0.2);
        Spin.until("repainted", () -> canvas().lastFrame().complete() && canvas().tiles().pending() == 0);
        int brighter = brightnessAt(300, 200);
        assertTrue(brighter > before + 20, "shown brighter: " + before + " -> " + brighter);

        // one channel off: the blue of the gradient goes dark on screen
        Button blue = Widgets.byRole(editor.getSite().getShell(), Button.class, "blue");
        Input.click(blue, 5, blue.getSize().y / 2);
        Spin.until("blue hidden", () -> (canvas().displayAdjustment().channels() & DisplayAdjustment.BLUE) == 0);
        Spin.until("repainted", () -> canvas().lastFrame().complete() && canvas().tiles().pending() == 0);
        assertEquals(0, pixelAt(300, 200) & 0xff, "no blue shown");
        screenshot("display-controls");

        assertArrayEquals(stored, Files.readAllBytes(file), "the file's pixels are as they were");

        // another image shows as stored; coming back shows this one as it was left
        editor.open(other);
        Spin.until("the other image as stored", () -> canvas().displayAdjustment().isNone());
        editor.open(image);
        Spin.until("this one as it was left", () -> canvas().displayAdjustment().brightness() > 0.2
                && (canvas().displayAdjustment().channels() & DisplayAdjustment.BLUE) == 0);

        // kept when the editor is opened again
        page.closeAllEditors(false);
        open(image);
        Spin.until("kept after reopening", () -> canvas().displayAdjustment().brightness() > 0.2);

        // Reset shows the pixels as they are
        Input.key('d');
        Button reset = Widgets.byRole(editor.getSite().getShell(), Button.class, "resetDisplay");
        Input.click(reset, reset.getSize().x / 2, reset.getSize().y / 2);
        Spin.until("reset", () -> canvas().displayAdjustment().isNone());
        Spin.until("repainted", () -> canvas().lastFrame().complete() && canvas().tiles().pending() == 0);
        assertTrue(Math.abs(brightnessAt(300, 200) - before) <= 2, "as before: " + before);
    }

    /**
     * Issue 13 §3: with a slider of the display controls focused, the arrow keys move the slider and leave the
     * view where it is; back on the canvas they pan again.
     */
    @Test
    void arrowKeysMoveAFocusedSliderNotTheImage() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "arrows", 2400, 1600);
        open(image);
        actualSizeAt(1200, 800);
        Input.key('d');
        Scale brightness = Widgets.byRole(editor.getSite().getShell(), Scale.class, "brightness");
        Spin.until("brightness focused", brightness::isFocusControl);
        Spin.idle(100); // the canvas is lower by the controls' row: the view has settled
        long x = canvas().viewport().offsetX();
        long y = canvas().viewport().offsetY();
        int before = brightness.getSelection();
        Input.keyCode(SWT.ARROW_RIGHT);
        Input.keyCode(SWT.ARROW_RIGHT);
        Spin.until("the slider moved right", () -> brightness.getSelection() > before);
        Spin.until("the display follows the slider",
                () -> canvas().displayAdjustment().brightness() > 0);
        Input.keyCode(SWT.ARROW_UP);
        Spin.idle(100);
        assertEquals(x, canvas().viewport().offsetX(), "no pan sideways while the slider has the focus");
        assertEquals(y, canvas().viewport().offsetY(), "no pan up or down while the slider has the focus");

        Scale gamma = Widgets.byRole(editor.getSite().getShell(), Scale.class, "gamma");
        Input.focus(gamma);
        int gammaBefore = gamma.getSelection();
        Input.keyCode(SWT.ARROW_LEFT);
        Spin.until("gamma moved left", () -> gamma.getSelection() < gammaBefore);
        assertEquals(x, canvas().viewport().offsetX(), "still no pan");

        // the canvas focused again: the arrows pan, and the tool keys are back
        focusCanvas();
        Input.keyCode(SWT.ARROW_RIGHT);
        Spin.until("panned right", () -> canvas().viewport().offsetX() > x);
        Input.key('d');
        Spin.until("the controls hidden", () -> !brightness.isVisible());
    }

    /** The pixel shown on screen at an image point, as 0xRRGGBB. */
    private int pixelAt(double imageX, double imageY) {
        canvas().control().update();
        Spin.idle(100);
        Point p = at(imageX, imageY);
        GC gc = new GC(control());
        Image image = new Image(control().getDisplay(), 1, 1);
        try {
            gc.copyArea(image, p.x, p.y);
            ImageData data = image.getImageData();
            org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(0, 0));
            return rgb.red << 16 | rgb.green << 8 | rgb.blue;
        } finally {
            image.dispose();
            gc.dispose();
        }
    }

    private int brightnessAt(double imageX, double imageY) {
        int rgb = pixelAt(imageX, imageY);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }
}
