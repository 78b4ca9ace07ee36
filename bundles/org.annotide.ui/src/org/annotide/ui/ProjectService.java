package org.annotide.ui;

import java.util.Collection;

import org.annotide.core.store.ProjectStore;
import org.eclipse.core.resources.IProject;

/**
 * The open Annotide projects of the workbench: each workspace project with the Annotide nature is backed
 * by one {@link ProjectStore}, opened on first use and closed (with a final checkpoint) when the project
 * is closed, deleted or the workbench shuts down. An OSGi service; reach it through
 * {@code PlatformUI.getWorkbench().getService(ProjectService.class)}.
 */
public interface ProjectService {

    /** Opens the project's store if it is not open yet; throws a StoreException the user can read. */
    ProjectStore store(IProject project);

    /** The workspace project a store belongs to, or null. */
    IProject project(ProjectStore store);

    Collection<ProjectStore> openStores();

    boolean isOpen(IProject project);

    void close(IProject project);

    void closeAll();

    /** Notified, on the thread that opened or closed it, when a store opens or closes. */
    interface Listener {
        void opened(IProject project, ProjectStore store);

        void closed(IProject project);
    }

    void addListener(Listener listener);

    void removeListener(Listener listener);
}
