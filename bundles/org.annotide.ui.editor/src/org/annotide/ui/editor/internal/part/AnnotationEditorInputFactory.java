package org.annotide.ui.editor.internal.part;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PlatformUI;

/**
 * Saves an annotation editor's input when the workbench closes and recreates it at the next start (the
 * {@code org.eclipse.ui.elementFactories} extension): the project by its folder and workspace project
 * name, the image and tile by id. The project is opened through the {@link ProjectService}, as the Project
 * Explorer opens it; an image or project that is gone gives an {@link UnavailableEditorInput} that says so.
 */
public final class AnnotationEditorInputFactory implements IElementFactory {

    public static final String ID = "org.annotide.ui.editor.inputFactory";

    private static final String FOLDER = "folder";
    private static final String PROJECT = "project";
    private static final String IMAGE = "image";
    private static final String TILE = "tile";
    private static final String NAME = "name";
    private static final String LOCATION = "location";

    /**
     * Writes what {@link #createElement} needs to find the input again. At exit this runs after the
     * projects were closed (the advisor's preShutdown), which leaves the model and its store's folder
     * readable but the project service no longer knows the workspace project: the folder alone finds it.
     */
    public static void save(IMemento memento, AnnotationEditorInput input) {
        ProjectStore store = ProjectStore.of(input.image());
        if (store == null) {
            return;
        }
        memento.putString(FOLDER, store.folder().toAbsolutePath().toString());
        IProject project = projects() == null ? null : projects().project(store);
        if (project != null) {
            memento.putString(PROJECT, project.getName());
        }
        // The id finds the image; the location and name find it too when it lost its id (imported twice).
        putIfSet(memento, IMAGE, input.image().getId());
        putIfSet(memento, LOCATION, input.image().getLocation());
        if (input.tile() != null) {
            memento.putString(TILE, input.tile().getId());
        }
        memento.putString(NAME, input.getName());
    }

    private static void putIfSet(IMemento memento, String key, String value) {
        if (value != null && !value.isEmpty()) {
            memento.putString(key, value);
        }
    }

    @Override
    public IAdaptable createElement(IMemento memento) {
        String name = Objects.requireNonNullElse(memento.getString(NAME), "Annotation editor");
        String folder = memento.getString(FOLDER);
        String imageId = memento.getString(IMAGE);
        String location = memento.getString(LOCATION);
        if (folder == null) {
            return new UnavailableEditorInput(name, "Annotide does not know which project " + name
                    + " belongs to: open the image again from the Project Explorer");
        }
        ProjectStore store;
        try {
            store = store(Path.of(folder), memento.getString(PROJECT));
        } catch (StoreException e) {
            return new UnavailableEditorInput(name, e.getMessage());
        }
        if (store == null) {
            return new UnavailableEditorInput(name, "The project folder " + folder
                    + " is not open: open it (File > Open Project Folder...) and open the image again");
        }
        ImageAsset image = find(store, imageId, location, memento.getString(NAME));
        if (image == null) {
            return new UnavailableEditorInput(name, name + " is no longer in the project " + store.project().getName()
                    + (imageId == null ? " (it had no image id; look for it in the Project Explorer)" : ""));
        }
        String tileId = memento.getString(TILE);
        if (tileId == null) {
            return new AnnotationEditorInput(image);
        }
        Tile tile = image.getTiles().stream().filter(each -> tileId.equals(each.getId())).findFirst().orElse(null);
        return tile == null
                ? new UnavailableEditorInput(name, "The tile " + name + " is no longer in the project "
                        + store.project().getName() + " (the image was tiled again?)")
                : new AnnotationEditorInput(tile);
    }

    /**
     * The image by id; else (an image that lost its id, or was saved without one) by its location; else, saved
     * without either, by its name.
     */
    private static ImageAsset find(ProjectStore store, String imageId, String location, String name) {
        List<ImageAsset> images = store.project().getImages();
        return images.stream().filter(each -> imageId != null && imageId.equals(each.getId())).findFirst()
                .or(() -> images.stream().filter(each -> location != null && location.equals(each.getLocation()))
                        .findFirst())
                .or(() -> images.stream().filter(each -> imageId == null && location == null && name != null
                        && name.equals(each.getName())).findFirst())
                .orElse(null);
    }

    /**
     * The open store of the folder, else the store of the workspace project of that name or folder (opened
     * now; a project that fails to open throws, once: the service remembers the failure); null when no open
     * workspace project has the folder.
     */
    private static ProjectStore store(Path folder, String projectName) {
        ProjectService projects = projects();
        if (projects == null) {
            return null;
        }
        for (ProjectStore store : projects.openStores()) {
            if (samePath(store.folder(), folder)) {
                return store;
            }
        }
        IProject named = projectName == null ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (named != null && named.isOpen() && named.getLocation() != null
                && samePath(named.getLocation().toPath(), folder)) {
            return projects.store(named);
        }
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            IPath location = project.getLocation();
            if (project.isOpen() && location != null && samePath(location.toPath(), folder)) {
                return projects.store(project);
            }
        }
        return null;
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static ProjectService projects() {
        return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(ProjectService.class) : null;
    }
}
