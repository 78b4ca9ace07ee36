package org.annotide.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.client.RemoteProject;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.Problems;
import org.annotide.ui.ProjectService;
import org.annotide.ui.internal.server.ServerProblems;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Keeps one store per open Annotide workspace project; see {@link ProjectService}. The service's lock
 * guards its maps only: opening (which may replay a long journal) and closing (which writes a checkpoint)
 * run outside it, and so do the listeners.
 */
public final class ProjectServiceImpl implements ProjectService {

    /** The preference (of this bundle's instance scope) naming the projects to open again at the next start. */
    static final String REMEMBERED = "openProjects";
    private static final Object REMEMBER_LOCK = new Object();

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
    /** Projects with a background opening scheduled or running: one job per project at a time. */
    private final Set<IProject> openingInBackground = new HashSet<>();
    /** Set when the service is deactivated (the framework stops): no background opening starts after it. */
    private boolean shutDown;
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
        synchronized (this) {
            shutDown = true;
        }
        Job.getJobManager().cancel(this);
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
            } else if (RemoteProject.isMirror(folder)) {
                // edits made here without the sync engine would never reach the server: read-only until connected; a
                // copy whose user the server shut out says so (connecting again would not make it editable)
                String shutOut = RemoteProject.shutOutNote(folder);
                String why = shutOut != null ? shutOut : "This is the copy of a server's project, read-only while not "
                        + "connected: File > Connect to Server... to edit it.";
                store = ProjectStore.openReadOnly(folder, why); // an edit tried in a view or editor is refused with it
                Problems.report(project, ServerProblems.SOURCE, List.of(Problems.Problem.warning(folder.toString(), why)));
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
        remember(project, true);
        Problems.report(project, "open", List.of());
        Problems.report(project, "recovery", store.recoveryNotes().stream()
                .map(note -> Problems.Problem.warning(folder.toString(), note)).toList());
        for (Listener listener : listeners) {
            listener.opened(project, store);
        }
        return store;
    }

    @Override
    public Job openInBackground(IProject project) {
        synchronized (this) {
            if (shutDown || stores.containsKey(project) || opening.containsKey(project) || failures.containsKey(project)
                    || closing.contains(project) || !project.isOpen() || !openingInBackground.add(project)) {
                return null;
            }
        }
        Job job = new BackgroundOpening(project);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // for a job cancelled before it ran, which never runs (run() removes it itself)
                synchronized (ProjectServiceImpl.this) {
                    openingInBackground.remove(project);
                }
            }
        });
        job.schedule();
        return job;
    }

    /**
     * Opens a project's store through {@link #store}: whoever asks first opens it, the other waits, so a store is
     * never opened twice. Recovery and decoding cannot be interrupted: cancelled once running, the job still ends
     * its opening, and a store closed meanwhile (shutdown) is closed again by {@link #open}.
     */
    private final class BackgroundOpening extends Job {

        private final IProject project;

        BackgroundOpening(IProject project) {
            super("Opening the project " + project.getName());
            this.project = project;
            setPriority(Job.SHORT);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ProjectServiceImpl.this;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            try {
                store(project);
            } catch (StoreException e) {
                // open() remembered and reported it (the project's problem marker, the explorer's node)
            } finally {
                // here and not only in the done listener: that listener may be told after a join() has returned, and an
                // opening asked for right after the join() found this one still registered (ProjectOpeningTest, once)
                synchronized (ProjectServiceImpl.this) {
                    openingInBackground.remove(project);
                }
            }
            return Status.OK_STATUS;
        }
    }

    @Override
    public List<Job> reopenInBackground() {
        List<Job> jobs = new ArrayList<>();
        for (String name : remembered()) {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            Job job = project.isOpen() && WorkspaceProjects.isAnnotideProject(project) ? openInBackground(project) : null;
            if (job != null) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    /** Names of the projects opened and not closed by the user since: those to open again at the next start. */
    private static List<String> remembered() {
        String names = AnnotidePreferencePage.preferences().get(REMEMBERED, "");
        return names.isEmpty() ? List.of() : List.of(names.split("/"));
    }

    /** Remembers (or forgets) a project for the next start; '/' cannot be part of a workspace project's name. */
    private static void remember(IProject project, boolean open) {
        synchronized (REMEMBER_LOCK) {
            Set<String> names = new LinkedHashSet<>(remembered());
            boolean changed = open ? names.add(project.getName()) : names.remove(project.getName());
            if (!changed) {
                return;
            }
            var preferences = AnnotidePreferencePage.preferences();
            preferences.put(REMEMBERED, String.join("/", names));
            try {
                preferences.flush();
            } catch (BackingStoreException e) {
                ILog.of(ProjectServiceImpl.class).warn("The open projects were not remembered: " + e.getMessage(), e);
            }
        }
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
        onUiThread(() -> closeHere(project, false));
    }

    /** @param shutdown closed because the workbench shuts down: the project is opened again at the next start */
    private void closeHere(IProject project, boolean shutdown) {
        if (!shutdown) {
            remember(project, false);
        }
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
        Job.getJobManager().cancel(this);
        List<IProject> projects;
        synchronized (this) {
            failures.clear();
            // an opening under way finds its entry gone and closes what it opened
            opening.clear();
            projects = new ArrayList<>(stores.keySet());
        }
        projects.forEach(project -> onUiThread(() -> closeHere(project, true)));
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
