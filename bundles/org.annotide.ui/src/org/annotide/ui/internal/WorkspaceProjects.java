package org.annotide.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Links Annotide project folders into the workspace as projects with the Annotide nature. */
public final class WorkspaceProjects {

    private WorkspaceProjects() {
    }

    /**
     * Adds the folder to the workspace (where it is; nothing is copied) and opens it. A folder that is in the
     * workspace already is refused with a message saying so.
     *
     * @return the workspace project
     */
    public static IProject link(Path folder, IProgressMonitor monitor) throws CoreException {
        if (!ProjectStore.isProject(folder)) {
            throw new CoreException(Status.error(folder + " is not an Annotide project: it has no "
                    + ProjectStore.MARKER_FILE + " file."));
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject linked = projectAt(workspace, folder);
        if (linked != null) {
            throw new CoreException(Status.error(folder + " is already in the workspace as the project '"
                    + linked.getName() + "'" + (linked.isOpen() ? "." : " (closed: open it in the Project Explorer).")));
        }
        String name = uniqueName(workspace, ProjectStore.readName(folder));
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        URI location = folder.toAbsolutePath().normalize().toUri();
        Path defaultLocation = workspace.getRoot().getLocation().toPath().resolve(name).toAbsolutePath().normalize();
        if (!defaultLocation.equals(folder.toAbsolutePath().normalize())) {
            description.setLocationURI(location);
        }
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        project.create(description, monitor);
        project.open(monitor);
        saveSoon(workspace);
        return project;
    }

    /**
     * Saves the workspace's list of projects in the background. Eclipse saves it at exit and every few
     * minutes, so a project added just before a crash or a kill would be missing from the explorer after the
     * restart (its folder and work would be safe, but the user would have to find and add it again). A job,
     * because saving is not allowed inside a workspace operation the caller may be running.
     */
    private static void saveSoon(IWorkspace workspace) {
        Job save = Job.create("Saving the workspace's project list", monitor -> {
            workspace.save(false, monitor);
        });
        save.setSystem(true);
        save.setRule(workspace.getRoot());
        save.schedule();
    }

    public static boolean isAnnotideProject(IProject project) {
        try {
            return project.isOpen() && project.hasNature(AnnotideUi.PROJECT_NATURE_ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** The workspace project whose folder this is, or null. */
    public static IProject find(Path folder) {
        return projectAt(ResourcesPlugin.getWorkspace(), folder);
    }

    /** The workspace project whose folder this is (the same folder, however the path spells it), or null. */
    private static IProject projectAt(IWorkspace workspace, Path folder) {
        Path wanted = canonical(folder);
        for (IProject project : workspace.getRoot().getProjects()) {
            if (project.getLocation() != null && canonical(project.getLocation().toPath()).equals(wanted)) {
                return project;
            }
        }
        return null;
    }

    private static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static String uniqueName(IWorkspace workspace, String wanted) {
        String base = wanted == null || wanted.isBlank() ? "Project" : wanted.replaceAll("[/\\\\:]", "_");
        IStatus valid = workspace.validateName(base, org.eclipse.core.resources.IResource.PROJECT);
        if (!valid.isOK()) {
            base = "Project";
        }
        String name = base;
        for (int i = 2; workspace.getRoot().getProject(name).exists(); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }
}
