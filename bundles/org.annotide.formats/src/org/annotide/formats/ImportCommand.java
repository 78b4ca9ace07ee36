package org.annotide.formats;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Merges a {@link Dataset} into a project as ONE undoable change: new label classes are added and existing
 * ones (same name) reused, images are matched by location (else by name) and receive the new annotations,
 * the others are added, and every annotation gets the next project-unique id. Group numbers of annotations
 * added to an image that already has groups are shifted past the existing ones.
 *
 * <p>Large lists are appended with {@code addAllUnique} so that a million annotations cost one
 * notification per list, not one per annotation. Undo takes exactly these additions back.
 */
public final class ImportCommand extends AbstractCommand {

    private final Project project;
    private final Dataset dataset;
    private boolean prepared;
    private final List<LabelClass> newClasses = new ArrayList<>();
    private final List<ImageAsset> newImages = new ArrayList<>();
    private final Map<ImageAsset, List<Annotation>> appended = new LinkedHashMap<>();
    private final Map<String, String> oldMetadata = new HashMap<>();
    private final Map<LabelClass, LabelClass> classFills = new IdentityHashMap<>();
    private final Map<LabelClass, LabelClass> savedClassFields = new IdentityHashMap<>();
    private long oldNextId;
    private long newNextId;
    private long annotationCount;

    public ImportCommand(Project project, Dataset dataset) {
        super("Import", "Import " + dataset.annotationCount() + " annotation(s) on " + dataset.images().size()
                + " image(s)");
        this.project = project;
        this.dataset = dataset;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        if (!prepared) {
            plan();
            prepared = true;
        }
        apply();
    }

    @Override
    public void redo() {
        apply();
    }

    /** How many annotations this command adds. */
    public long annotationCount() {
        return annotationCount;
    }

    public List<ImageAsset> newImages() {
        return newImages;
    }

    public List<LabelClass> newClasses() {
        return newClasses;
    }

    private void plan() {
        Map<String, LabelClass> existingClasses = new HashMap<>();
        for (LabelClass labelClass : project.getLabelClasses()) {
            existingClasses.putIfAbsent(labelClass.getName(), labelClass);
        }
        Map<LabelClass, LabelClass> classMapping = new IdentityHashMap<>();
        for (LabelClass incoming : dataset.labelClasses()) {
            LabelClass existing = existingClasses.get(incoming.getName());
            if (existing == null) {
                newClasses.add(incoming);
            } else {
                classMapping.put(incoming, existing);
                if (fillsGaps(existing, incoming)) {
                    classFills.put(existing, incoming);
                }
            }
        }
        Map<String, ImageAsset> existingImages = new HashMap<>();
        for (ImageAsset image : project.getImages()) {
            existingImages.putIfAbsent(imageKey(image), image);
        }
        long nextId = Math.max(1, project.getNextAnnotationId());
        oldNextId = project.getNextAnnotationId();
        Date now = new Date();
        for (ImageAsset incoming : dataset.images()) {
            for (Annotation annotation : incoming.getAnnotations()) {
                LabelClass mapped = classMapping.get(annotation.getLabelClass());
                if (mapped != null) {
                    annotation.setLabelClass(mapped);
                }
                annotation.setId(nextId++);
                annotationCount++;
            }
            ImageAsset existing = existingImages.get(imageKey(incoming));
            if (existing == null) {
                incoming.setImportedAt(now);
                newImages.add(incoming);
            } else {
                List<Annotation> moved = new ArrayList<>(incoming.getAnnotations());
                int offset = Dataset.nextGroup(existing) - 1;
                if (offset > 0) {
                    for (Annotation annotation : moved) {
                        if (annotation.getGroup() != 0) {
                            annotation.setGroup(annotation.getGroup() + offset);
                        }
                    }
                }
                appended.computeIfAbsent(existing, key -> new ArrayList<>()).addAll(moved);
            }
        }
        newNextId = nextId;
        for (Map.Entry<String, String> entry : dataset.metadata().entrySet()) {
            oldMetadata.put(entry.getKey(), project.getMetadata().get(entry.getKey()));
        }
    }

    private static boolean fillsGaps(LabelClass existing, LabelClass incoming) {
        return existing.getKeypointNames().isEmpty() && !incoming.getKeypointNames().isEmpty()
                || isEmpty(existing.getSkeletonEdges()) && !isEmpty(incoming.getSkeletonEdges())
                || isEmpty(existing.getSupercategory()) && !isEmpty(incoming.getSupercategory());
    }

    private static boolean isEmpty(int[] values) {
        return values == null || values.length == 0;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    /** Images are the same when they have the same location, else (no location) the same name. */
    static String imageKey(ImageAsset image) {
        return image.getLocation() != null && !image.getLocation().isEmpty() ? "L:" + image.getLocation()
                : "N:" + image.getName();
    }

    @SuppressWarnings("unchecked")
    private void apply() {
        ((InternalEList<LabelClass>) project.getLabelClasses()).addAllUnique(newClasses);
        for (Map.Entry<LabelClass, LabelClass> fill : classFills.entrySet()) {
            LabelClass existing = fill.getKey();
            LabelClass incoming = fill.getValue();
            LabelClass saved = org.eclipse.emf.ecore.util.EcoreUtil.copy(existing);
            savedClassFields.put(existing, saved);
            if (existing.getKeypointNames().isEmpty()) {
                existing.getKeypointNames().addAll(incoming.getKeypointNames());
            }
            if (isEmpty(existing.getSkeletonEdges())) {
                existing.setSkeletonEdges(incoming.getSkeletonEdges());
            }
            if (isEmpty(existing.getSupercategory())) {
                existing.setSupercategory(incoming.getSupercategory());
            }
        }
        for (Map.Entry<ImageAsset, List<Annotation>> entry : appended.entrySet()) {
            ((InternalEList<Annotation>) entry.getKey().getAnnotations()).addAllUnique(entry.getValue());
        }
        ((InternalEList<ImageAsset>) project.getImages()).addAllUnique(newImages);
        for (Map.Entry<String, String> entry : dataset.metadata().entrySet()) {
            project.getMetadata().put(entry.getKey(), entry.getValue());
        }
        project.setNextAnnotationId(newNextId);
    }

    @Override
    public void undo() {
        project.setNextAnnotationId(oldNextId);
        for (Map.Entry<String, String> entry : oldMetadata.entrySet()) {
            if (entry.getValue() == null) {
                project.getMetadata().removeKey(entry.getKey());
            } else {
                project.getMetadata().put(entry.getKey(), entry.getValue());
            }
        }
        removeTail(project.getImages(), newImages.size());
        for (Map.Entry<ImageAsset, List<Annotation>> entry : appended.entrySet()) {
            removeTail(entry.getKey().getAnnotations(), entry.getValue().size());
        }
        for (Map.Entry<LabelClass, LabelClass> saved : savedClassFields.entrySet()) {
            LabelClass existing = saved.getKey();
            LabelClass before = saved.getValue();
            existing.getKeypointNames().clear();
            existing.getKeypointNames().addAll(before.getKeypointNames());
            existing.setSkeletonEdges(before.getSkeletonEdges());
            existing.setSupercategory(before.getSupercategory());
        }
        savedClassFields.clear();
        removeTail(project.getLabelClasses(), newClasses.size());
    }

    /** Removes the last {@code count} elements, last first, so each removal is O(1). */
    private static void removeTail(EList<?> list, int count) {
        for (int i = 0; i < count; i++) {
            list.remove(list.size() - 1);
        }
    }
}
