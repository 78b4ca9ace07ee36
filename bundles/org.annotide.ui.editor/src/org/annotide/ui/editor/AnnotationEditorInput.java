package org.annotide.ui.editor;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.part.AnnotationEditorInputFactory;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What an annotation editor shows: an image of a project, or one of its tiles. Two inputs are equal when
 * they show the same object, so opening an image twice activates the editor that shows it.
 */
public final class AnnotationEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

    private final EObject target;

    /** @param imageOrTile an {@link ImageAsset} or a {@link Tile} of an open project */
    public AnnotationEditorInput(EObject imageOrTile) {
        if (!(imageOrTile instanceof ImageAsset) && !(imageOrTile instanceof Tile)) {
            throw new IllegalArgumentException("an annotation editor shows an image or a tile, not " + imageOrTile);
        }
        this.target = imageOrTile;
    }

    /** The image or tile shown. */
    public EObject target() {
        return target;
    }

    /** The image whose annotations are shown (the tile's image for a tile). */
    public ImageAsset image() {
        return target instanceof Tile tile ? tile.getImage() : (ImageAsset) target;
    }

    /** The tile shown, or null for a whole image. */
    public Tile tile() {
        return target instanceof Tile tile ? tile : null;
    }

    /** True while the image (and tile) still belong to a loaded project. */
    @Override
    public boolean exists() {
        ImageAsset image = image();
        return image != null && image.eResource() != null && (tile() == null || tile().getImage() == image);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return EditorPlugin.icon(target instanceof Tile ? "icons/tile.png" : "icons/editor.png");
    }

    @Override
    public String getName() {
        if (target instanceof Tile tile) {
            String image = tile.getImage() == null ? "?" : tile.getImage().getName();
            return image + " [" + tile.getRow() + "," + tile.getColumn() + "]";
        }
        return ((ImageAsset) target).getName();
    }

    @Override
    public String getToolTipText() {
        if (target instanceof Tile tile) {
            return "Tile " + tile.getTileIndex() + " (" + tile.getWidth() + " x " + tile.getHeight() + " at "
                    + tile.getX() + ", " + tile.getY() + ") of " + getName();
        }
        ImageAsset image = (ImageAsset) target;
        return image.getName() + " (" + image.getWidth() + " x " + image.getHeight() + ")";
    }

    /**
     * Editors are restored at the next start by {@link AnnotationEditorInputFactory}, from the project
     * folder and the image (and tile) id; an image no longer in a project is not saved.
     */
    @Override
    public IPersistableElement getPersistable() {
        return exists() && ProjectStore.of(image()) != null ? this : null;
    }

    @Override
    public String getFactoryId() {
        return AnnotationEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        AnnotationEditorInputFactory.save(memento, this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.isInstance(target)) {
            return (T) target;
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnnotationEditorInput input && input.target == target;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target);
    }
}
