package org.annotide.ui;

import java.util.Collection;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The open Annotide projects of the workbench: each workspace project with the Annotide nature is backed
 * by one {@link ProjectStore}, opened on first use and closed (with a final checkpoint) when the project
 * is closed, deleted or the workbench shuts down. An OSGi service; reach it through
 * {@code PlatformUI.getWorkbench().getService(ProjectService.class)}.
 */
public interface ProjectService {

    /**
     * Opens the project's store if it is not open yet; throws a StoreException the user can read. A failure
     * is remembered: later calls throw it again without touching the folder, until {@link #retry} or until
     * the project is closed and opened again. Callers on other threads wait while one opens the project.
     */
    ProjectStore store(IProject project);

    /**
     * Opens the project's store in a background job (shown in the Progress view), so that a later {@link #store}
     * finds it open, or waits only for the rest of the opening, instead of recovering and decoding it on the
     * calling thread, the UI thread. Nothing is scheduled when the store is open, being opened or known not to open,
     * or when the project is closed; a store opened meanwhile by {@link #store} is not opened twice. A failure is
     * reported as {@link #store}'s are (a problem marker). Returns the job, or null when there was nothing to do.
     */
    Job openInBackground(IProject project);

    /**
     * Opens in the background ({@link #openInBackground}) the projects whose stores were open when the workbench
     * last shut down and that are still open workspace projects: at start, before the user asks for them. Returns
     * the jobs scheduled.
     */
    List<Job> reopenInBackground();

    /** Forgets why the project could not be opened, so that the next {@link #store} tries again. */
    void retry(IProject project);

    /** The workspace project a store belongs to, or null. */
    IProject project(ProjectStore store);

    Collection<ProjectStore> openStores();

    boolean isOpen(IProject project);

    /** Closes the project's store with a final checkpoint, on the UI thread (which owns the model). */
    void close(IProject project);

    /**
     * Closes every store (the workbench shuts down): background openings not started are cancelled, one under way
     * closes what it opened. The projects stay remembered for {@link #reopenInBackground} at the next start.
     */
    void closeAll();

    /**
     * Serves an already open store for the workspace project at {@code folder} (a server project's mirror, which its
     * sync engine opened): {@link #store} answers it, and closing the project runs {@code close} (which closes the
     * store) instead of closing the store directly. A project at that folder opened before is closed first.
     */
    void adopt(java.nio.file.Path folder, ProjectStore store, Runnable close);

    /** Told when a store opens or closes; never while the service holds a lock. */
    interface Listener {
        /**
         * On the thread that opened the store, which may be a background job's ({@link #openInBackground}) while the
         * UI thread already works with the store: a listener that touches the model (adds adapters) does that on the
         * UI thread, which owns the model.
         */
        void opened(IProject project, ProjectStore store);

        /** On the UI thread while the workbench runs; the store is closed already. */
        void closed(IProject project);
    }

    void addListener(Listener listener);

    void removeListener(Listener listener);
}
