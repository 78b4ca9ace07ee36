package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The menus and Problems of a fresh workbench hold what Annotide users need and none of the IDE's leftovers:
 * Window > Show View brings a closed view back; File has no Open File or project import of the IDE; the demo
 * project has no encoding warning.
 */
class WorkbenchMenusTest {

    @Test
    void fileMenuHasNoIdeLeftovers() {
        List<String> file = texts(topMenu("File"));
        assertTrue(file.stream().anyMatch(t -> t.startsWith("Open Project Folder")), file.toString());
        assertTrue(file.stream().anyMatch(t -> t.startsWith("Connect to Server")), file.toString());
        assertFalse(file.stream().anyMatch(t -> t.startsWith("Open File")), file.toString());
        assertFalse(file.stream().anyMatch(t -> t.startsWith("Open Projects from File System")), file.toString());
    }

    @Test
    void windowMenuShowsViews() {
        Menu window = topMenu("Window");
        MenuItem showView = items(window).stream().filter(i -> i.getText().replace("&", "").startsWith("Show View"))
                .findFirst().orElseThrow(() -> new AssertionError(texts(window).toString()));
        List<String> views = texts(showView.getMenu());
        assertTrue(views.contains("Training Sets") && views.contains("Project Explorer") && views.contains("Outline"),
                views.toString());
    }

    @Test
    void theDemoProjectHasNoEncodingWarning() throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().getProject("Demo")
                .findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        for (IMarker marker : markers) {
            assertFalse(marker.getType().endsWith("noExplicitEncoding"), marker.getAttribute(IMarker.MESSAGE, ""));
        }
        assertEquals(-1, org.eclipse.core.runtime.Platform.getPreferencesService().getInt(ResourcesPlugin.PI_RESOURCES,
                ResourcesPlugin.PREF_MISSING_ENCODING_MARKER_SEVERITY, 1, null));
    }

    private static Menu topMenu(String name) {
        Workbench.restoreViews();
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem item = items(bar).stream().filter(i -> i.getText().replace("&", "").equals(name)).findFirst().orElseThrow();
        return item.getMenu();
    }

    /** The texts of the menu's visible items, without mnemonics and accelerators, as they are filled when it opens. */
    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : items(menu)) {
            String text = item.getText().replace("&", "");
            int tab = text.indexOf('\t');
            texts.add(tab < 0 ? text : text.substring(0, tab));
        }
        return texts;
    }

    /** A menu fills itself when shown: send it the Show (and Hide) a user opening it would cause. */
    private static List<MenuItem> items(Menu menu) {
        if (menu.getParentItem() != null) {
            menu.notifyListeners(SWT.Show, new Event());
            menu.notifyListeners(SWT.Hide, new Event());
        }
        return List.of(menu.getItems());
    }
}
