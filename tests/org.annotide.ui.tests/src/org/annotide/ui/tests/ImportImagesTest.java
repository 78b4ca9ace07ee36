package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.annotide.ui.AnnotideUi;
import org.annotide.ui.Problems;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Images on a folder with a broken file: the good images go in, and the Problems entry of the
 * rejected one names it, in its text and its location.
 */
class ImportImagesTest {

    @TempDir
    Path temp;

    @Test
    void aRejectedFileIsNamedInProblems() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("images-project"), "u9 images", 1));
        Path folder = Files.createDirectories(temp.resolve("incoming"));
        png(folder.resolve("a.png"));
        Files.write(folder.resolve("broken.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.writeString(folder.resolve("notes.txt"), "not looked at");
        try {
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u9 images"), 0);
            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Workbench.page().activate(explorer);
            IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);

            Dialogs.Seen input = Dialogs.answer("Import Images", folder.toString(), false);
            Dialogs.Seen answered = input.then("Import Images");
            handlers.executeCommand("org.annotide.ui.commands.importImages", null);
            input.await();
            String outcome = answered.await().text();
            assertTrue(outcome.contains("Imported 1 image(s)") && outcome.contains("1 file(s) were rejected"), outcome);

            IMarker marker = Workbench.waitFor("the rejection in Problems", () -> marker(project));
            String message = marker.getAttribute(IMarker.MESSAGE, "");
            assertTrue(message.startsWith("broken.png is not an image"), message);
            assertEquals(folder.resolve("broken.png").toString(), marker.getAttribute(IMarker.LOCATION, ""));
        } finally {
            TestProjects.remove(project);
        }
    }

    private static IMarker marker(IProject project) {
        try {
            return Arrays.stream(project.findMarkers(AnnotideUi.PROBLEM_MARKER_ID, true, IResource.DEPTH_ZERO))
                    .filter(m -> "images".equals(m.getAttribute(Problems.SOURCE, ""))).findFirst().orElse(null);
        } catch (CoreException e) {
            return null;
        }
    }

    private static void png(Path file) {
        ImageData data = new ImageData(8, 6, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }
}
