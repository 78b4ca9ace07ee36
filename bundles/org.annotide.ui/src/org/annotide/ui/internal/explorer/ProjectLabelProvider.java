package org.annotide.ui.internal.explorer;

import org.annotide.access.Action;
import org.annotide.access.TraineeDrafts;
import org.annotide.benchmark.SourceStatus;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.ui.ModelLabelProvider;
import org.annotide.ui.UserSession;
import org.annotide.ui.internal.AnnotideUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels of the explorer: project names, group names with counts, model objects via their item providers; images and
 * tiles end with their task status (New, In progress, In review, Completed).
 */
public final class ProjectLabelProvider extends ModelLabelProvider {

    private final ResourceManager icons = new LocalResourceManager(JFaceResources.getResources());

    /**
     * The annotations of an image the logged-in user may see: on a benchmark image of a training project, an
     * Annotator counts only their own drafts (the permission service decides), never another trainee's.
     */
    static int visibleCount(ImageAsset image) {
        if (TraineeDrafts.trainingProjectOf(image) == null) {
            return image.getAnnotations().size();
        }
        UserSession users = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(UserSession.class)
                : null;
        int count = 0;
        for (Annotation annotation : image.getAnnotations()) {
            if (users == null || users.may(Action.VIEW_PROJECTS, annotation)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof IProject project) {
            return project.getName();
        }
        if (element instanceof ModelFolder folder) {
            return folder.label() + " (" + folder.children().size() + ")";
        }
        if (element instanceof ProblemNode problem) {
            return problem.message() + "  (double-click to try again)";
        }
        if (element instanceof ImageAsset image) {
            // the count stays last: people (and tests) read it at the end of the line
            return image.getName() + "  " + image.getWidth() + "\u00d7" + image.getHeight() + "  \u00b7 "
                    + SourceStatus.of(image).label() + "  (" + visibleCount(image) + ")";
        }
        if (element instanceof Tile tile) {
            String image = tile.getImage() == null ? "" : tile.getImage().getName() + " ";
            return image + "tile " + tile.getTileIndex() + " [r" + tile.getRow() + " c" + tile.getColumn() + "]  \u00b7 "
                    + SourceStatus.of(tile).label();
        }
        if (element instanceof TrainingSet set) {
            return set.getName() + " (" + set.getTiles().size() + " tiles)";
        }
        if (element instanceof LabelClass labelClass) {
            String key = labelClass.getHotkey() == null ? "" : "  [" + labelClass.getHotkey() + "]";
            return labelClass.getName() + key;
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof IProject) {
            return icon("icons/annotide16.png");
        }
        if (element instanceof ModelFolder folder) {
            EReference feature = folder.feature();
            return icon(feature == AnnotidePackage.Literals.PROJECT__IMAGES ? "icons/folder.png"
                    : feature == AnnotidePackage.Literals.PROJECT__LABEL_CLASSES ? "icons/classes.png"
                    : "icons/trainingset.png");
        }
        if (element instanceof ProblemNode) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (element instanceof ImageAsset) {
            return icon("icons/image.png");
        }
        if (element instanceof Tile) {
            return icon("icons/tile.png");
        }
        if (element instanceof TrainingSet) {
            return icon("icons/trainingset.png");
        }
        return super.getImage(element);
    }

    private Image icon(String path) {
        ImageDescriptor descriptor = AnnotideUiPlugin.imageDescriptor(path);
        return descriptor == null ? null : icons.create(descriptor);
    }

    @Override
    public void dispose() {
        icons.dispose();
        super.dispose();
    }
}
