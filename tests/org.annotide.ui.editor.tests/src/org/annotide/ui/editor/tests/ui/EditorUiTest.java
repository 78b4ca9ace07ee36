package org.annotide.ui.editor.tests.ui;

import java.io.File;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.canvas.AnnotationCanvas;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.annotide.ui.editor.internal.part.AnnotationEditorContributor;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the editor's UI tests: a real project in a temporary folder, the real workbench, and the
 * editor driven by real mouse and keyboard input ({@link Input}).
 */
abstract class EditorUiTest {

    @TempDir
    Path folder;

    protected ProjectStore store;
    protected IWorkbenchPage page;
    protected AnnotationEditor editor;

    @BeforeEach
    void openWorkbench() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 1000);
        Spin.idle(50);
        store = TestProjects.create(folder.resolve("project"));
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        Spin.idle(50);
        store.close();
    }

    /** Opens the editor on an image or tile and waits for its first frame; the canvas has the focus. */
    protected AnnotationEditor open(EObject imageOrTile) throws PartInitException {
        editor = (AnnotationEditor) AnnotationEditors.open(page, imageOrTile);
        Spin.until("the editor's first frame", () -> canvas().lastFrame() != null
                && canvas().control().getSize().x > 100);
        focusCanvas();
        return editor;
    }

    /** The editor's message in the status line: tool, class, selection and hint or note. */
    protected String statusMessage() {
        return ((AnnotationEditorContributor) editor.getEditorSite().getActionBarContributor())
                .statusText(AnnotationEditorContributor.MESSAGE);
    }

    protected AnnotationCanvas canvas() {
        return editor.canvas();
    }

    protected Canvas control() {
        return canvas().control();
    }

    protected void focusCanvas() {
        page.activate(editor);
        Input.focus(control());
        Spin.idle(50);
    }

    /** Screen point of the canvas (control coordinates) showing an image point. */
    protected Point at(double imageX, double imageY) {
        return new Point((int) Math.round(canvas().viewport().toScreenX(imageX)),
                (int) Math.round(canvas().viewport().toScreenY(imageY)));
    }

    protected void click(double imageX, double imageY) {
        Point p = at(imageX, imageY);
        Input.click(control(), p.x, p.y);
    }

    protected void click(double imageX, double imageY, int modifiers) {
        Point p = at(imageX, imageY);
        Input.click(control(), p.x, p.y, 1, modifiers);
    }

    protected void drag(double x0, double y0, double x1, double y1) {
        Point from = at(x0, y0);
        Point to = at(x1, y1);
        Input.drag(control(), from.x, from.y, to.x, to.y);
    }

    /** Sets 1:1 with the key binding and centres the view on an image point. */
    protected void actualSizeAt(double imageX, double imageY) {
        Input.key(SWT.CTRL, '0', 0);
        Spin.until("zoom 1:1", () -> canvas().viewport().scale() == 1.0);
        canvas().centreOn(imageX, imageY);
        Spin.idle(30);
    }

    /** Saves the screen (the workbench window fills it) as target/screenshots/NAME.png. */
    protected static void screenshot(String name) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Spin.idle(100);
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            File target = new File("target/screenshots");
            target.mkdirs();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(new File(target, name + ".png").getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
