package org.annotide.formats;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.internal.ImageIdentity;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.edit.LabelClasses;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.ClassRules;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Merges a {@link Dataset} into a project as ONE undoable change: new label classes are added and existing
 * ones (same name) reused, images are matched by their identity ({@link ImageIdentity}: content, name and size,
 * the location only a hint) and receive the new annotations, the others are added (with an id and a format),
 * and every annotation gets the next project-unique id. Group numbers of annotations
 * added to an image that already has groups are shifted past the existing ones.
 *
 * <p>Nothing is merged silently ({@link #plan()} reports into the import's report): an incoming annotation equal
 * to one already on the image is skipped with a warning (so importing a file twice, from any folder, adds
 * nothing); an image whose known size or content differs from the project image of the same name is a different
 * picture, and its annotations are rejected (unless {@link #addOtherPictures(boolean)}); project metadata already set (such as a class's kept COCO id) is never overwritten.
 *
 * <p>Large lists are appended with {@code addAllUnique} so that a million annotations cost one
 * notification per list, not one per annotation. Undo takes exactly these additions back.
 */
public final class ImportCommand extends AbstractCommand {

    private final Project project;
    private final Dataset dataset;
    private final ValidationReport report;
    private boolean prepared;
    private final List<LabelClass> newClasses = new ArrayList<>();
    private final List<ImageAsset> newImages = new ArrayList<>();
    private final Map<ImageAsset, List<Annotation>> appended = new LinkedHashMap<>();
    private final Map<String, String> newMetadata = new LinkedHashMap<>();
    private final Map<LabelClass, LabelClass> classFills = new IdentityHashMap<>();
    private final Map<LabelClass, LabelClass> savedClassFields = new IdentityHashMap<>();
    private long oldNextId;
    private long newNextId;
    private long annotationCount;
    private long duplicateCount;
    private Map<ImageAsset, ImageIdentity.Match> matches;
    private boolean addOtherPictures;

    /** An import whose findings go nowhere (callers without a report). */
    public ImportCommand(Project project, Dataset dataset) {
        this(project, dataset, new ValidationReport());
    }

    /** @param report the import's report, which {@link #plan()} adds skipped and rejected items to */
    public ImportCommand(Project project, Dataset dataset, ValidationReport report) {
        super("Import", "Import " + dataset.annotationCount() + " annotation(s) on " + dataset.images().size()
                + " image(s)");
        this.project = project;
        this.dataset = dataset;
        this.report = report;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        plan();
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

    /** How many incoming annotations were already in the project and skipped. */
    public long duplicateCount() {
        return duplicateCount;
    }

    /** True when executing would change nothing (everything was already there, or nothing was read). */
    public boolean isEmpty() {
        plan();
        return newClasses.isEmpty() && newImages.isEmpty() && appended.isEmpty() && classFills.isEmpty()
                && newMetadata.isEmpty();
    }

    /**
     * Matches the dataset against the project and reports what will be skipped or rejected. Runs once; {@link
     * #execute()} runs it when it has not run. Call it before deciding to commit (e.g. {@code --strict}), so that
     * the report is complete by then.
     */
    public void plan() {
        if (prepared) {
            return;
        }
        prepared = true;
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
        // new classes must stand apart from the project's: a colour of their own and a free hotkey
        LabelClasses.assignDistinct(project.getLabelClasses(), newClasses);
        Map<ImageAsset, ImageIdentity.Match> matches = matches();
        long nextId = Math.max(1, project.getNextAnnotationId());
        oldNextId = project.getNextAnnotationId();
        Date now = new Date();
        for (ImageAsset incoming : dataset.images()) {
            ImageIdentity.Match match = matches.get(incoming);
            if (match.kind() == ImageIdentity.Kind.SIZE_CONFLICT) {
                rejectSizeConflict(match.image(), incoming);
                continue;
            }
            if (match.kind() == ImageIdentity.Kind.OTHER_PICTURE && !addOtherPictures) {
                rejectOtherPicture(match.image(), incoming);
                continue;
            }
            ImageAsset existing = match.kind() == ImageIdentity.Kind.SAME ? match.image() : null;
            List<Annotation> moved = existing == null ? incoming.getAnnotations() : withoutDuplicates(existing, incoming);
            refuseDisallowedKinds(incoming, moved, classMapping);
            for (Annotation annotation : moved) {
                LabelClass mapped = classMapping.get(annotation.getLabelClass());
                if (mapped != null) {
                    annotation.setLabelClass(mapped);
                }
                annotation.setId(nextId++);
                annotationCount++;
            }
            if (existing == null) {
                incoming.setImportedAt(now);
                ImageIdentity.complete(incoming);
                newImages.add(incoming);
            } else if (!moved.isEmpty()) {
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
        planMetadata();
    }

    /**
     * Which project image each incoming image is ({@link ImageIdentity}: content, name and size; the location
     * only a hint). Computed once, before anything else, and without changing the dataset.
     */
    private Map<ImageAsset, ImageIdentity.Match> matches() {
        if (matches == null) {
            ProjectStore store = ProjectStore.of(project);
            ImageIdentity identity = new ImageIdentity(project.getImages(), store == null ? null : store.folder());
            matches = new IdentityHashMap<>();
            for (ImageAsset incoming : dataset.images()) {
                matches.put(incoming, identity.match(incoming));
            }
        }
        return matches;
    }

    /**
     * The incoming images that have the name and size of a project image but other content: different pictures
     * under a name the project already has. By default their annotations are rejected (and reported); the
     * workbench asks first and may {@link #addOtherPictures(boolean) add them} as images of their own.
     */
    public List<ImageAsset> otherPictures() {
        List<ImageAsset> others = new ArrayList<>();
        matches().forEach((incoming, match) -> {
            if (match.kind() == ImageIdentity.Kind.OTHER_PICTURE) {
                others.add(incoming);
            }
        });
        return others;
    }

    /**
     * Whether {@link #otherPictures()} are added as new images (true: the user said so) or reported with their
     * annotations left out (false, the default). Takes effect when called before {@link #plan()}.
     */
    public void addOtherPictures(boolean add) {
        addOtherPictures = add;
    }

    private void rejectOtherPicture(ImageAsset existing, ImageAsset incoming) {
        int count = incoming.getAnnotations().size();
        report.reject(fileOf(incoming), "image " + incoming.getName(), "image " + incoming.getName() + " ("
                + incoming.getLocation() + ") has the name and size of " + existing.getLocation()
                + " in the project but other content: a different picture under the same name; its " + count
                + " annotation(s) were not imported (rename the file, or import in the workbench, which asks)");
    }

    private void rejectSizeConflict(ImageAsset existing, ImageAsset incoming) {
        int count = incoming.getAnnotations().size();
        report.reject(fileOf(incoming), "image " + incoming.getName(), "image " + incoming.getName() + " is "
                + incoming.getWidth() + "x" + incoming.getHeight() + " here but " + existing.getWidth() + "x"
                + existing.getHeight() + " in the project (width x height): a different picture under the same name;"
                + " its " + count + " annotation(s) were not imported");
    }

    /** The incoming annotations the existing image does not already hold; the others are counted and reported. */
    private List<Annotation> withoutDuplicates(ImageAsset existing, ImageAsset incoming) {
        ExistingAnnotations held = new ExistingAnnotations(existing);
        List<Annotation> fresh = new ArrayList<>();
        int duplicates = 0;
        for (Annotation annotation : incoming.getAnnotations()) {
            if (held.absorbs(annotation)) {
                duplicates++;
            } else {
                fresh.add(annotation);
            }
        }
        if (duplicates > 0) {
            duplicateCount += duplicates;
            report.warn(fileOf(incoming), "image " + incoming.getName(), duplicates
                    + " annotation(s) already in the project (same class, shape and content) were skipped");
        }
        return fresh;
    }

    /**
     * Takes out, and reports, the incoming annotations whose shape kind the project's class of the same name does
     * not allow ({@link ClassRules}): the model never holds what the class rules forbid.
     */
    private void refuseDisallowedKinds(ImageAsset incoming, List<Annotation> moved,
            Map<LabelClass, LabelClass> classMapping) {
        Map<LabelClass, Map<ShapeKind, Long>> refused = new LinkedHashMap<>();
        for (Iterator<Annotation> it = moved.iterator(); it.hasNext();) {
            Annotation annotation = it.next();
            LabelClass mapped = classMapping.get(annotation.getLabelClass());
            LabelClass target = mapped != null ? mapped : annotation.getLabelClass();
            if (!ClassRules.allows(target, annotation)) {
                refused.computeIfAbsent(target, key -> new EnumMap<>(ShapeKind.class))
                        .merge(annotation.getShape().getKind(), 1L, Long::sum);
                it.remove();
            }
        }
        refused.forEach((labelClass, kinds) -> {
            List<String> counts = new ArrayList<>();
            kinds.forEach((kind, count) -> counts.add(ClassRules.count(count, kind)));
            report.reject(fileOf(incoming), "image " + incoming.getName(), ClassRules.onlyFor(labelClass) + " in the project: "
                    + String.join(", ", counts) + " of that class were not imported");
        });
    }

    /** Metadata is only added: a value the project already has (a kept COCO id, ...) stays, since others refer to it. */
    private void planMetadata() {
        for (Map.Entry<String, String> entry : dataset.metadata().entrySet()) {
            String current = project.getMetadata().get(entry.getKey());
            if (current == null) {
                newMetadata.put(entry.getKey(), entry.getValue());
            } else if (!current.equals(entry.getValue())) {
                report.warn(dataset.source(), entry.getKey(), "the project already has " + entry.getKey() + " = "
                        + abbreviate(current) + "; the imported value " + abbreviate(entry.getValue()) + " was not applied");
            }
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }

    private String fileOf(ImageAsset incoming) {
        String origin = dataset.sizeOrigin(incoming);
        return origin != null ? origin : dataset.source();
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
        for (Map.Entry<String, String> entry : newMetadata.entrySet()) {
            project.getMetadata().put(entry.getKey(), entry.getValue());
        }
        project.setNextAnnotationId(newNextId);
    }

    @Override
    public void undo() {
        project.setNextAnnotationId(oldNextId);
        for (String key : newMetadata.keySet()) {
            project.getMetadata().removeKey(key);
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
