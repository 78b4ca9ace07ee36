package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.Problems;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.explorer.ModelFolder;
import org.annotide.ui.internal.explorer.ProblemNode;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening and closing projects in the workbench: a project that cannot be opened is tried once, not again
 * and again, until the user asks; a project closed from another thread is closed on the UI thread.
 */
class ProjectOpeningTest {

    @TempDir
    Path temp;

    /** Regression: the failure's problem marker refreshed the explorer, which opened the project again, ... */
    @Test
    void aProjectThatCannotBeOpenedIsTriedOnceUntilTheUserTriesAgain() throws CoreException {
        Path folder = TestProjects.write(temp.resolve("locked"), "u1 locked", 1);
        ProjectStore elsewhere = ProjectStore.open(folder); // holds the folder's lock, as another window would
        boolean[] elsewhereOpen = {true};
        IProject project = TestProjects.link(folder);
        AtomicInteger markerChanges = new AtomicInteger();
        AtomicInteger otherChanges = new AtomicInteger();
        IResourceChangeListener counter = event -> {
            IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(project.getFullPath());
            if (delta != null && (delta.getFlags() & IResourceDelta.MARKERS) != 0) {
                markerChanges.incrementAndGet();
            } else if (delta != null) {
                otherChanges.incrementAndGet();
            }
        };
        try {
            Workbench.freshExplorer();
            TreeItem node = Workbench.explorerItem("u1 locked");
            Workbench.expand(node);
            TreeItem problem = Workbench.waitFor("the reason under the project",
                    () -> node.getItemCount() > 0 && node.getItem(0).getData() instanceof ProblemNode ? node.getItem(0) : null);
            assertTrue(problem.getText().contains("open in another Annotide window or process"), problem.getText());
            Workbench.waitFor("the problem in the Problems view", () -> openProblem(project));

            ResourcesPlugin.getWorkspace().addResourceChangeListener(counter, IResourceChangeEvent.POST_CHANGE);
            // a change of the project refreshes the explorer, which asks for the project again: wait for the
            // positive signals (the change delivered, the explorer's refresh and any opening job done) before
            // asserting that no new problem marker came of it
            project.touch(null);
            Spin.until("the project's change delivered", () -> otherChanges.get() > 0);
            settle();
            Spin.until("no job left running", () -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle());
            settle();
            assertEquals(0, markerChanges.get(), "the failure was reported once, not once per refresh");

            elsewhere.close();
            elsewhereOpen[0] = false;
            ProjectService projects = TestProjects.service();
            assertThrows(StoreException.class, () -> projects.store(project), "remembered until the user retries");

            Workbench.doubleClick(problem);
            try {
                Workbench.waitFor("the project's folders after trying again",
                        () -> node.getItemCount() == 3 && node.getItem(0).getData() instanceof ModelFolder ? node : null);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; under the project: "
                        + java.util.Arrays.stream(node.getItems()).map(TreeItem::getText).toList(), e);
            }
            assertTrue(projects.isOpen(project));
            Workbench.waitFor("the problem marker gone", () -> openProblem(project) == null ? project : null);
            TestProjects.remove(project);
            Workbench.waitFor("the removed project gone from the explorer",
                    () -> Workbench.child(Workbench.explorerTree().getItems(), "u1 locked") == null ? project : null);
        } finally {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(counter);
            if (elsewhereOpen[0]) {
                elsewhere.release();
            }
            TestProjects.remove(project);
        }
    }

    /** Waits until work queued on the UI thread so far has run: a marker queued behind it has. */
    private static void settle() {
        for (int round = 0; round < 2; round++) {
            boolean[] ran = {false};
            org.eclipse.swt.widgets.Display.getCurrent().asyncExec(() -> ran[0] = true);
            Spin.until("the queued UI work done", () -> ran[0]);
        }
    }

    @Test
    void closingAProjectFromAnotherThreadClosesItsStoreOnTheUiThreadOutsideTheServiceLock() throws Exception {
        Path folder = TestProjects.write(temp.resolve("closing"), "u5 closing", 1);
        IProject project = TestProjects.link(folder);
        ProjectService projects = TestProjects.service();
        Thread[] closedOn = new Thread[1];
        boolean[] heldLock = new boolean[2];
        ProjectService.Listener listener = new ProjectService.Listener() {
            @Override
            public void opened(IProject opened, ProjectStore store) {
                if (opened.equals(project)) {
                    heldLock[0] = Thread.holdsLock(projects);
                }
            }

            @Override
            public void closed(IProject closed) {
                if (closed.equals(project)) {
                    closedOn[0] = Thread.currentThread();
                    heldLock[1] = Thread.holdsLock(projects);
                }
            }
        };
        projects.addListener(listener);
        try {
            ProjectStore store = projects.store(project);
            assertNotNull(store);
            assertFalse(heldLock[0], "opened() was called outside the service's lock");

            Job close = TestProjects.closeInBackground(project);
            Spin.until("the project closed by the job", () -> close.getResult() != null && closedOn[0] != null);
            assertTrue(close.getResult().isOK(), close.getResult().toString());
            assertSame(Display.getCurrent().getThread(), closedOn[0], "closed on the UI thread");
            assertFalse(heldLock[1], "closed() was called outside the service's lock");
            assertFalse(projects.isOpen(project));
            // The final checkpoint is written and the folder's lock released: another store can open it.
            ProjectStore.open(folder).close();
            assertThrows(StoreException.class, () -> projects.store(project), "a closed project is not opened");
        } finally {
            projects.removeListener(listener);
            TestProjects.remove(project);
        }
    }

    /**
     * Issue 16: a store opened by a background job is the one the UI thread gets, opened once (a second opening of
     * the folder would fail on its lock); asked for while the job runs, the UI thread waits for it or opens it
     * itself, never both. A project closed by the workbench's shutdown is opened again at the next start, one the
     * user closed is not.
     */
    @Test
    void aStoreOpenedInTheBackgroundIsOpenedOnceAndReopenedAfterAShutdown() throws Exception {
        Path folder = TestProjects.write(temp.resolve("background"), "u6 background", 3);
        IProject project = TestProjects.link(folder);
        ProjectService projects = TestProjects.service();
        AtomicInteger openings = new AtomicInteger();
        Thread[] openedOn = new Thread[1];
        ProjectService.Listener listener = new ProjectService.Listener() {
            @Override
            public void opened(IProject opened, ProjectStore store) {
                if (opened.equals(project)) {
                    openings.incrementAndGet();
                    openedOn[0] = Thread.currentThread();
                }
            }

            @Override
            public void closed(IProject closed) {
            }
        };
        projects.addListener(listener);
        try {
            Job job = projects.openInBackground(project);
            assertNotNull(job, "scheduled");
            assertEquals(null, projects.openInBackground(project), "one job per project at a time");
            job.join();
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            assertTrue(projects.isOpen(project));
            assertFalse(Display.getCurrent().getThread() == openedOn[0], "opened off the UI thread");
            ProjectStore store = projects.store(project);
            assertEquals(3, store.project().getImages().size());
            assertEquals(null, projects.openInBackground(project), "nothing to do for an open store");

            // asked for at once on the UI thread: the same store, whoever opened it
            projects.closeAll();
            assertFalse(projects.isOpen(project));
            Job again = projects.openInBackground(project);
            assertNotNull(again);
            ProjectStore now = projects.store(project);
            again.join();
            assertTrue(again.getResult().isOK(), again.getResult().toString());
            assertSame(now, projects.store(project), "one store: the job's or the UI thread's, not two");
            assertEquals(2, openings.get(), "opened once each time");

            // closed by a shutdown: opened again at the next start; closed by the user: not
            projects.closeAll();
            List<Job> reopened = reopening(projects.reopenInBackground(), project);
            assertEquals(1, reopened.size(), "the project closed by the shutdown is opened again");
            reopened.get(0).join();
            assertTrue(projects.isOpen(project));
            projects.close(project);
            assertEquals(List.of(), reopening(projects.reopenInBackground(), project),
                    "a project the user closed is not opened at the next start");
            assertFalse(projects.isOpen(project));
        } finally {
            projects.removeListener(listener);
            TestProjects.remove(project);
        }
    }

    /** The jobs among these that open this project (other tests' projects may be remembered too). */
    private static List<Job> reopening(List<Job> jobs, IProject project) {
        return jobs.stream().filter(job -> job.getName().endsWith(" " + project.getName())).toList();
    }

    private static IMarker openProblem(IProject project) {
        try {
            for (IMarker marker : project.findMarkers(AnnotideUi.PROBLEM_MARKER_ID, false, IResource.DEPTH_ZERO)) {
                if ("open".equals(marker.getAttribute(Problems.SOURCE, ""))) {
                    return marker;
                }
            }
            return null;
        } catch (CoreException e) {
            return null;
        }
    }
}
