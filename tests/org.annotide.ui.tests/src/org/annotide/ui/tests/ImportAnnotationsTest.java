package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.tests.support.Fixtures;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Annotations as a user runs it: the dataset goes in as one change; running it again adds
 * nothing and says that what is already there was skipped.
 */
class ImportAnnotationsTest {

    @TempDir
    Path temp;

    @Test
    void importingADatasetTwiceAddsItOnce() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("twice"), "u4 twice", 1));
        try {
            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u4 twice"), 0);
            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Workbench.page().activate(explorer);
            IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
            ProjectStore store = TestProjects.service().store(project);
            String source = Fixtures.path("formats/coco/datumaro").toString();
            int before = annotations(store.project());

            String first = importOnce(handlers, source);
            assertTrue(first.contains("Imported 7 annotation(s)"), first);
            int once = annotations(store.project());
            assertEquals(before + 7, once);

            String second = importOnce(handlers, source);
            assertTrue(second.contains("Nothing was imported") && second.contains("7 annotation(s) already in the project"),
                    second);
            assertEquals(once, annotations(store.project()), "nothing doubled");
        } finally {
            TestProjects.remove(project);
        }
    }

    /** Types the source into the dialog, presses Enter, and returns what the outcome dialog said. */
    private static String importOnce(IHandlerService handlers, String source) throws Exception {
        Dialogs.Seen input = Dialogs.answer("Import Annotations", source, false);
        Dialogs.Seen outcome = input.then("Import Annotations");
        handlers.executeCommand("org.annotide.ui.commands.importAnnotations", null);
        input.await();
        return outcome.await().text();
    }

    private static int annotations(Project project) {
        return project.getImages().stream().mapToInt(image -> ((ImageAsset) image).getAnnotations().size()).sum();
    }
}
