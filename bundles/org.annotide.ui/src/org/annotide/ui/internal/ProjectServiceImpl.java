package org.annotide.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.Problems;
import org.annotide.ui.ProjectService;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps one store per open Annotide workspace project; see {@link ProjectService}. The service's lock
 * guards its maps only: opening (which may replay a long journal) and closing (which writes a checkpoint)
 * run outside it, and so do the listeners.
 */
public final class ProjectServiceImpl implements ProjectService {

    private final Map<IProject, ProjectStore> stores = new LinkedHashMap<>();
    /** Projects being opened: a second caller waits for the first instead of failing on the folder's lock. */
    private final Map<IProject, CompletableFuture<ProjectStore>> opening = new HashMap<>();
    /**
     * Why a project could not be opened, until the user retries or the project is closed: every attempt
     * takes the folder's lock and may read a large checkpoint, so views asking again must not repeat it.
     */
    private final Map<IProject, StoreException> failures = new HashMap<>();
    /** Projects between the workspace's announcement that they close and their being closed. */
    private final Set<IProject> closing = new HashSet<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Stores opened by someone else (server mirrors), by folder, with what closes them. */
    private record Adopted(ProjectStore store, Runnable close) {
    }
    private final Map<Path, Adopted> adopted = new HashMap<>();
    private final IResourceChangeListener workspaceListener = this::resourceChanged;

    private final org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener thresholdListener =
            event -> {
                if (AnnotidePreferencePage.CHECKPOINT_THRESHOLD_MB.equals(event.getKey())) {
                    long bytes = AnnotidePreferencePage.checkpointThresholdBytes();
                    openStores().forEach(store -> store.setCheckpointThreshold(bytes));
                }
            };

    public void activate() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener,
                IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE | IResourceChangeEvent.POST_CHANGE);
        AnnotidePreferencePage.preferences().addPreferenceChangeListener(thresholdListener);
    }

    public void deactivate() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        AnnotidePreferencePage.preferences().removePreferenceChangeListener(thresholdListener);
        closeAll();
    }

    @Override
    public ProjectStore store(IProject project) {
        CompletableFuture<ProjectStore> pending;
        boolean mine = false;
        synchronized (this) {
            ProjectStore store = stores.get(project);
            if (store != null) {
                return store;
            }
            StoreException failure = failures.get(project);
            if (failure != null) {
                throw failure;
            }
            if (closing.contains(project) || !project.isOpen()) {
                throw new StoreException("The project " + project.getName() + " is closed.");
            }
            pending = opening.get(project);
            if (pending == null) {
                pending = new CompletableFuture<>();
                opening.put(project, pending);
                mine = true;
            }
        }
        return mine ? open(project, pending) : await(pending);
    }

    private ProjectStore open(IProject project, CompletableFuture<ProjectStore> pending) {
        Path folder = project.getLocation() == null ? null : project.getLocation().toPath();
        ProjectStore store;
        try {
            if (folder == null) {
                throw new StoreException("The project " + project.getName() + " has no folder on this machine.");
            }
            Adopted given;
            synchronized (this) {
                given = adopted.get(folder.toAbsolutePath().normalize());
            }
            if (given != null) {
                store = given.store();
            } else if (org.annotide.client.RemoteProject.isMirror(folder)) {
                // edits made here without the sync engine would never reach the server: read-only until connected
                store = ProjectStore.openReadOnly(folder);
                Problems.report(project, org.annotide.ui.internal.server.ServerProblems.SOURCE, List.of(Problems.Problem.warning(folder.toString(), "This is the "
                        + "copy of a server's project, read-only while not connected: File > Connect to Server... to "
                        + "edit it.")));
            } else {
                store = ProjectStore.open(folder);
            }
        } catch (RuntimeException e) {
            StoreException failure = e instanceof StoreException storeException ? storeException
                    : new StoreException("The project " + project.getName() + " could not be opened: " + e, e);
            synchronized (this) {
                if (opening.remove(project, pending)) {
                    failures.put(project, failure);
                }
            }
            pending.completeExceptionally(failure);
            Problems.report(project, "open", List.of(Problems.Problem.error(
                    folder == null ? project.getName() : folder.toString(), failure.getMessage())));
            throw failure;
        }
        store.setCheckpointThreshold(AnnotidePreferencePage.checkpointThresholdBytes());
        boolean wanted;
        synchronized (this) {
            wanted = opening.remove(project, pending);
            if (wanted) {
                stores.put(project, store);
            }
        }
        if (!wanted) {
            // Closed while it was being opened: nobody has seen this store.
            store.close();
            StoreException closed = new StoreException("The project " + project.getName() + " was closed while it opened.");
            pending.completeExceptionally(closed);
            throw closed;
        }
        pending.complete(store);
        Problems.report(project, "open", List.of());
        Problems.report(project, "recovery", store.recoveryNotes().stream()
                .map(note -> Problems.Problem.warning(folder.toString(), note)).toList());
        for (Listener listener : listeners) {
            listener.opened(project, store);
        }
        return store;
    }

    private static ProjectStore await(CompletableFuture<ProjectStore> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public synchronized void retry(IProject project) {
        failures.remove(project);
    }

    @Override
    public synchronized IProject project(ProjectStore store) {
        for (Map.Entry<IProject, ProjectStore> entry : stores.entrySet()) {
            if (entry.getValue() == store) {
                return entry.getKey();
            }
        }
        return null;
    }

    @Override
    public synchronized Collection<ProjectStore> openStores() {
        return new ArrayList<>(stores.values());
    }

    @Override
    public synchronized boolean isOpen(IProject project) {
        return stores.containsKey(project);
    }

    @Override
    public void close(IProject project) {
        onUiThread(() -> closeHere(project));
    }

    private void closeHere(IProject project) {
        ProjectStore store;
        synchronized (this) {
            failures.remove(project);
            // An opening under way finds its entry gone and closes what it opened.
            opening.remove(project);
            store = stores.remove(project);
        }
        if (store == null) {
            return;
        }
        Adopted given;
        synchronized (this) {
            given = adopted.remove(store.folder().toAbsolutePath().normalize());
        }
        try {
            if (given != null) {
                given.close().run();
            } else {
                store.close();
            }
        } catch (StoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
        for (Listener listener : listeners) {
            listener.closed(project);
        }
    }

    @Override
    public void adopt(Path folder, ProjectStore store, Runnable close) {
        Path key = folder.toAbsolutePath().normalize();
        List<IProject> before;
        synchronized (this) {
            before = stores.entrySet().stream().filter(e -> e.getValue().folder().toAbsolutePath().normalize()
                    .equals(key)).map(Map.Entry::getKey).toList();
        }
        before.forEach(this::close); // e.g. opened read-only before the user connected
        synchronized (this) {
            adopted.put(key, new Adopted(store, close));
            before.forEach(failures::remove);
        }
    }

    @Override
    public void closeAll() {
        List<IProject> projects;
        synchronized (this) {
            failures.clear();
            projects = new ArrayList<>(stores.keySet());
        }
        projects.forEach(this::close);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Closes a project's store when the workspace is about to close or delete the project. That runs on
     * the thread closing the project; the store is closed on the UI thread, which owns the model that the
     * final checkpoint reads.
     */
    private void resourceChanged(IResourceChangeEvent event) {
        if (event.getType() == IResourceChangeEvent.POST_CHANGE) {
            forgetClosed(event.getDelta());
        } else if (event.getResource() instanceof IProject project) {
            synchronized (this) {
                closing.add(project);
            }
            close(project);
        }
    }

    /** Once a project is closed, opened again or gone, it is no longer closing. */
    private void forgetClosed(IResourceDelta delta) {
        if (delta == null) {
            return;
        }
        synchronized (this) {
            if (closing.isEmpty()) {
                return;
            }
            for (IResourceDelta child : delta.getAffectedChildren()) {
                if (child.getResource() instanceof IProject project && (child.getKind() == IResourceDelta.REMOVED
                        || (child.getFlags() & IResourceDelta.OPEN) != 0)) {
                    closing.remove(project);
                }
            }
        }
    }

    private static void onUiThread(Runnable action) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || display.isDisposed() || display.getThread() == Thread.currentThread()) {
            action.run();
        } else {
            display.syncExec(action);
        }
    }
}
