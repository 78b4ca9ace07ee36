package org.annotide.ui.internal.explorer;

import java.util.Set;
import java.util.function.Function;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * What a model change means for the explorer: nothing (most changes: annotation edits), a label to update
 * (a renamed class, an image's annotation count), or an element whose children to refresh (an image tiled
 * again, images added). The explorer never refreshes more than the change touches.
 *
 * @param element the element to update or refresh; null for {@link Kind#NONE}
 */
public record ExplorerChange(Kind kind, Object element) {

    public enum Kind {
        /** Nothing the explorer shows changed. */
        NONE,
        /** The element's label changed. */
        LABEL,
        /** The element's children (and label) changed. */
        CHILDREN
    }

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;
    private static final ExplorerChange NONE = new ExplorerChange(Kind.NONE, null);
    /** What the explorer's image label shows: name, size and the number of annotations. */
    private static final Set<Object> IMAGE_LABEL = Set.of(MODEL.getImageAsset_Width(), MODEL.getImageAsset_Height(),
            MODEL.getImageAsset_Annotations());
    private static final Set<Object> TILE_LABEL = Set.of(MODEL.getTile_TileIndex(), MODEL.getTile_Row(),
            MODEL.getTile_Column());
    private static final Set<Object> CLASS_LABEL = Set.of(MODEL.getNamed_Name(), MODEL.getLabelClass_Hotkey(),
            MODEL.getLabelClass_Color());

    /**
     * @param workspaceProject the workspace project of a project model (null when it has none): the
     *                         explorer's folders belong to it
     */
    public static ExplorerChange of(Notification notification, Function<Project, IProject> workspaceProject) {
        if (notification.isTouch()) {
            return NONE;
        }
        Object feature = notification.getFeature();
        Object notifier = notification.getNotifier();
        if (notifier instanceof Project project && feature instanceof EReference reference
                && ModelFolder.FEATURES.contains(reference)) {
            IProject owner = workspaceProject.apply(project);
            return owner == null ? NONE : new ExplorerChange(Kind.CHILDREN, ModelFolder.of(owner, project, reference));
        }
        // A new name moves an image, class or training set among its sorted siblings: its folder is refreshed
        // (which refreshes the labels below it too: a tile's label names its image).
        if (feature == MODEL.getNamed_Name() && notifier instanceof EObject named
                && named.eContainer() instanceof Project project && ModelFolder.FEATURES.contains(named.eContainmentFeature())) {
            IProject owner = workspaceProject.apply(project);
            if (owner != null) {
                return new ExplorerChange(Kind.CHILDREN, ModelFolder.of(owner, project, named.eContainmentFeature()));
            }
        }
        if (notifier instanceof ImageAsset image) {
            // A tile's label names its image, so a new name refreshes the tiles too.
            if (feature == MODEL.getImageAsset_Tiles() || feature == MODEL.getNamed_Name()) {
                return new ExplorerChange(Kind.CHILDREN, image);
            }
            return IMAGE_LABEL.contains(feature) ? new ExplorerChange(Kind.LABEL, image) : NONE;
        }
        if (notifier instanceof Tile tile) {
            return TILE_LABEL.contains(feature) ? new ExplorerChange(Kind.LABEL, tile) : NONE;
        }
        if (notifier instanceof LabelClass labelClass) {
            return CLASS_LABEL.contains(feature) ? new ExplorerChange(Kind.LABEL, labelClass) : NONE;
        }
        if (notifier instanceof TrainingSet set) {
            if (feature == MODEL.getTrainingSet_Tiles()) {
                return new ExplorerChange(Kind.CHILDREN, set);
            }
            return feature == MODEL.getNamed_Name() ? new ExplorerChange(Kind.LABEL, set) : NONE;
        }
        return NONE;
    }
}
