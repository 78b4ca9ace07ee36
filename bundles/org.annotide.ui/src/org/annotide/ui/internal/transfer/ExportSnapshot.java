package org.annotide.ui.internal.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What an export reads, copied on the UI thread so that the export can run in the background while the
 * user goes on editing: a detached project with the original's name and metadata, its label classes, and
 * the images to export with their annotations and tiles. Nothing else (training sets, users, models) is
 * copied: a copy of the whole project would take seconds and double the heap on a large one.
 *
 * @param images the copied images, in the order given
 */
public record ExportSnapshot(Project project, List<ImageAsset> images) {

    /**
     * @param images images of the project to export; empty for all of them
     */
    public static ExportSnapshot of(Project original, List<ImageAsset> images) {
        List<ImageAsset> chosen = images.isEmpty() ? original.getImages() : images;
        // Classes and images in one copier, so that the copied annotations refer to the copied classes.
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<LabelClass> classes = copier.copyAll(original.getLabelClasses());
        List<ImageAsset> copies = new ArrayList<>(copier.copyAll(chosen));
        copier.copyReferences();

        Project copy = AnnotideFactory.eINSTANCE.createProject();
        copy.setId(original.getId());
        copy.setName(original.getName());
        copy.setDescription(original.getDescription());
        copy.setCreatedAt(original.getCreatedAt());
        copy.setNextAnnotationId(original.getNextAnnotationId());
        copy.getMetadata().putAll(original.getMetadata().map());
        ((InternalEList<LabelClass>) copy.getLabelClasses()).addAllUnique(classes);
        ((InternalEList<ImageAsset>) copy.getImages()).addAllUnique(copies);
        return new ExportSnapshot(copy, List.copyOf(copies));
    }
}
