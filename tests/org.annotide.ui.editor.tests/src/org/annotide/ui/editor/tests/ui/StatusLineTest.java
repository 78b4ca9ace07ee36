package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.internal.part.AnnotationEditorContributor;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;

/**
 * The editor's status line and tools as a new user met them: the tools' tooltips name their keys, the hint is
 * cut at its end (never in the middle) when the window is narrow, and the pointer's coordinates are painted
 * while the mouse drags, not only when the button is released.
 */
class StatusLineTest extends EditorUiTest {

    @Test
    void toolTooltipsNameTheirKeys() throws Exception {
        open(TestProjects.addImage(store, "keys", 400, 300));
        ToolBar tools = Widgets.byRole(editor.getSite().getShell(), ToolBar.class, "tools");
        // the keys are looked up once the first frame is complete (issue 16): until then the tooltips name the tool
        Spin.until("the tools' keys looked up", () -> Arrays.stream(tools.getItems())
                .allMatch(item -> item.getToolTipText().endsWith(")")));
        String[] tips = Arrays.stream(tools.getItems()).map(ToolItem::getToolTipText).toArray(String[]::new);
        assertTrue(Arrays.asList(tips).contains("Box (B)"), Arrays.toString(tips));
        assertTrue(Arrays.asList(tips).contains("Mask Brush (M)"), Arrays.toString(tips));
        assertTrue(Arrays.stream(tips).allMatch(t -> t.endsWith(")")), "every tool has a key: " + Arrays.toString(tips));
    }

    @Test
    void theHintIsCutAtItsEndNotInTheMiddle() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "narrow", 400, 300);
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(560, 700);
        Spin.idle(100);
        open(image);
        Input.key('m'); // the brush has a long hint
        AnnotationEditorContributor contributor = (AnnotationEditorContributor) editor.getEditorSite()
                .getActionBarContributor();
        Spin.until("the brush hint", () -> contributor.statusText(AnnotationEditorContributor.MESSAGE)
                .startsWith("Mask Brush"));
        String full = contributor.statusText(AnnotationEditorContributor.MESSAGE);
        Spin.idle(100);
        String shown = contributor.statusText(AnnotationEditorContributor.SHOWN_MESSAGE);
        CLabel label = Widgets.all(shell, CLabel.class, l -> shown != null && shown.equals(l.getText())).get(0);
        GC gc = new GC(label);
        int extent;
        try {
            gc.setFont(label.getFont());
            extent = gc.textExtent(shown).x;
        } finally {
            gc.dispose();
        }
        assertTrue(extent <= label.getClientArea().width, "the message fits its label, so the label does not cut"
                + " it in the middle: " + extent + " > " + label.getClientArea().width + " for '" + shown + "'");
        assertTrue(full.startsWith(shown.replace("\u2026", "")), "a start of the message: '" + shown + "' of '"
                + full + "'");
        assertFalse(shown.equals(full), "the window is narrow enough to cut the message: " + full);
        assertEquals(full, label.getToolTipText(), "the whole message in the tooltip");
        screenshot("status-hint-cut-at-end");
    }

    @Test
    void coordinatesArePaintedWhileTheMouseDrags() throws Exception {
        open(TestProjects.addImage(store, "drag", 800, 600));
        actualSizeAt(400, 300);
        Input.key('b');
        CLabel position = Widgets.byRole(editor.getSite().getShell(), CLabel.class,
                AnnotationEditorContributor.POSITION_FIELD);
        Point from = at(300, 250);
        Input.moveTo(control(), from.x, from.y);
        Input.press(1);
        try {
            Point first = at(340, 270);
            Input.moveTo(control(), first.x, first.y);
            Spin.until("the first position shown", () -> position.getText().startsWith("340"));
            ImageData before = capture(position);
            Point second = at(420, 330);
            Input.moveTo(control(), second.x, second.y);
            Spin.until("the second position in the field", () -> position.getText().startsWith("420"));
            ImageData after = capture(position);
            assertFalse(Arrays.equals(before.data, after.data), "the field was painted again during the drag");
        } finally {
            Input.release(1);
        }
    }

    /** What the screen shows of the control, without processing events first. */
    private static ImageData capture(CLabel control) {
        Rectangle bounds = control.getBounds();
        Point origin = control.getParent().toDisplay(bounds.x, bounds.y);
        GC gc = new GC(control.getDisplay());
        Image image = new Image(control.getDisplay(), bounds.width, bounds.height);
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
