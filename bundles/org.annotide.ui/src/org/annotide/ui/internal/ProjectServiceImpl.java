package org.annotide.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.ui.Problems;
import org.annotide.ui.ProjectService;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;

/** Keeps one store per open Annotide workspace project; see {@link ProjectService}. */
public final class ProjectServiceImpl implements ProjectService {

    private final Map<IProject, ProjectStore> stores = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final IResourceChangeListener closer = this::resourceChanged;

    private final org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener thresholdListener =
            event -> {
                if (AnnotidePreferencePage.CHECKPOINT_THRESHOLD_MB.equals(event.getKey())) {
                    long bytes = AnnotidePreferencePage.checkpointThresholdBytes();
                    openStores().forEach(store -> store.setCheckpointThreshold(bytes));
                }
            };

    public void activate() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(closer,
                IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
        AnnotidePreferencePage.preferences().addPreferenceChangeListener(thresholdListener);
    }

    public void deactivate() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(closer);
        AnnotidePreferencePage.preferences().removePreferenceChangeListener(thresholdListener);
        closeAll();
    }

    @Override
    public synchronized ProjectStore store(IProject project) {
        ProjectStore store = stores.get(project);
        if (store != null) {
            return store;
        }
        if (project.getLocation() == null) {
            throw new StoreException("The project " + project.getName() + " has no folder on this machine.");
        }
        Path folder = project.getLocation().toPath();
        try {
            store = ProjectStore.open(folder);
        } catch (StoreException e) {
            Problems.report(project, "open", List.of(Problems.Problem.error(folder.toString(), e.getMessage())));
            throw e;
        }
        Problems.report(project, "open", List.of());
        store.setCheckpointThreshold(AnnotidePreferencePage.checkpointThresholdBytes());
        stores.put(project, store);
        List<Problems.Problem> notes = store.recoveryNotes().stream()
                .map(note -> Problems.Problem.warning(folder.toString(), note)).toList();
        Problems.report(project, "recovery", notes);
        for (Listener listener : listeners) {
            listener.opened(project, store);
        }
        return store;
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
    public synchronized void close(IProject project) {
        ProjectStore store = stores.remove(project);
        if (store == null) {
            return;
        }
        try {
            store.close();
        } catch (StoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
        for (Listener listener : listeners) {
            listener.closed(project);
        }
    }

    @Override
    public synchronized void closeAll() {
        for (IProject project : new ArrayList<>(stores.keySet())) {
            close(project);
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void resourceChanged(IResourceChangeEvent event) {
        if (event.getResource() instanceof IProject project) {
            close(project);
        }
    }
}
