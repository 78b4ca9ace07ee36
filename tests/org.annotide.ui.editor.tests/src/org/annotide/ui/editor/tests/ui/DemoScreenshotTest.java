package org.annotide.ui.editor.tests.ui;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor on the demo project a newcomer gets on first start: the large slide with its tiles in the
 * filmstrip, and one of its tiles, saved as screenshots (target/screenshots/editor-*.png).
 */
class DemoScreenshotTest {

    @Test
    void theDemoSlideOpensInTheEditor() throws Exception {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 1000);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Demo");
        assertTrue(project.exists(), "the workbench created the demo project on first start");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        ImageAsset slide = store.project().getImages().stream().filter(image -> !image.getTiles().isEmpty())
                .findFirst().orElseThrow();
        AnnotationEditor editor = (AnnotationEditor) AnnotationEditors.open(page, slide);
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Spin.until("the slide painted whole", () -> editor.canvas().lastFrame() != null
                && editor.canvas().lastFrame().complete() && editor.canvas().tiles().pending() == 0);
        List<Annotation> polygons = slide.getAnnotations().stream()
                .filter(annotation -> annotation.getShape() != null && annotation.getShape().getKind()
                        == ShapeKind.POLYGON)
                .limit(3).toList();
        assertFalse(polygons.isEmpty(), "the demo slide carries polygons");
        Spin.forMillis(500);
        EditorUiTest.screenshot("editor-demo-fit");
        editor.selectAnnotations(polygons.subList(0, 1));
        editor.canvas().actualSize();
        editor.canvas().reveal(polygons.get(0));
        Spin.until("repainted", () -> editor.canvas().lastFrame().complete() && editor.canvas().tiles().pending() == 0);
        EditorUiTest.screenshot("editor-demo-slide");

        Tile tile = slide.getTiles().get(slide.getTiles().size() / 2);
        editor.open(tile);
        Spin.until("the tile painted", () -> editor.canvas().lastFrame() != null
                && editor.canvas().lastFrame().complete() && editor.canvas().tiles().pending() == 0);
        assertNotNull(editor.canvas().session().tile());
        EditorUiTest.screenshot("editor-demo-tile");
        page.closeAllEditors(false);
    }
}
