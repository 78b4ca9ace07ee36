package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.internal.startup.EditorWarmUpStartup;
import org.annotide.ui.editor.internal.startup.FirstImageWarmUp;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first-image warm-up runs as a low-priority system job off the UI thread, touches no project and leaves no
 * file, stops when the workbench shuts down, and is not started when an annotation editor is already open.
 */
class FirstImageWarmUpTest extends EditorUiTest {

    @BeforeEach
    void noEditorAndNoOtherWarmUp() {
        page.closeAllEditors(false);
        // the one the workbench started when the test run opened it
        Spin.until("the start's warm-up to end", () -> Job.getJobManager().find(FirstImageWarmUp.FAMILY).length == 0);
    }

    @Test
    void warmsUpInTheBackgroundWithoutTouchingAProject() throws Exception {
        TestProjects.addImage(store, "image", 256, 256);
        List<String> projectFiles = files(store.folder());
        Command lastCommand = store.commandStack().getUndoCommand();
        int workspaceProjects = ResourcesPlugin.getWorkspace().getRoot().getProjects().length;
        List<String> warmUpFolders = warmUpFolders();

        FirstImageWarmUp warmUp = EditorWarmUpStartup.start(PlatformUI.getWorkbench());
        assertNotNull(warmUp, "no editor is open: the warm-up starts; editors: " + page.getEditorReferences().length);
        assertTrue(warmUp.isSystem(), "a system job: not in the Progress view");
        assertEquals(Job.DECORATE, warmUp.getPriority(), "the lowest priority");
        Spin.until("the warm-up's end", () -> warmUp.getResult() != null);

        assertEquals(IStatus.OK, warmUp.getResult().getSeverity(), warmUp.getResult().toString());
        assertNotSame(Display.getDefault().getThread(), warmUp.worker(), "it ran off the UI thread");
        assertEquals(projectFiles, files(store.folder()), "the open project's files are as they were");
        assertSame(lastCommand, store.commandStack().getUndoCommand(), "no command was executed on the project");
        assertEquals(workspaceProjects, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
        assertEquals(warmUpFolders, warmUpFolders(), "its temporary folder is deleted");
    }

    @Test
    void shutdownCancelsTheWarmUp() throws Exception {
        List<String> warmUpFolders = warmUpFolders();
        FirstImageWarmUp warmUp = EditorWarmUpStartup.start(PlatformUI.getWorkbench());
        assertNotNull(warmUp, "no editor is open: the warm-up starts; editors: " + page.getEditorReferences().length);
        // the UI thread is held here until the cancel: the job cannot get past its first step on the UI thread
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (warmUp.getState() != Job.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Job.RUNNING, warmUp.getState(), "the warm-up started");
        assertTrue(new EditorWarmUpStartup.CancelOnShutdown().preShutdown(PlatformUI.getWorkbench(), false),
                "it never vetoes the shutdown");
        Spin.until("the warm-up's end", () -> warmUp.getResult() != null);

        assertEquals(IStatus.CANCEL, warmUp.getResult().getSeverity(), warmUp.getResult().toString());
        assertEquals(warmUpFolders, warmUpFolders(), "a cancelled warm-up deletes its temporary folder too");
    }

    @Test
    void notStartedWhileAnAnnotationEditorIsOpen() throws Exception {
        open(TestProjects.addImage(store, "image", 256, 256));

        assertNull(EditorWarmUpStartup.start(PlatformUI.getWorkbench()),
                "the open editor has loaded what the warm-up would");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> folder.relativize(file) + " " + file.toFile().length() + " "
                    + file.toFile().lastModified()).sorted().toList();
        }
    }

    private static List<String> warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("annotide-warmup"))
                    .sorted().toList();
        }
    }
}
