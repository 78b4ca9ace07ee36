package org.annotide.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.model.edit.ClassRules;
import org.annotide.ui.editor.internal.geometry.ShapeEdits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the EMF commands of every editor action on one image; one user action is one command, so it
 * undoes as one. Locked annotations are left out of edits (they can still be selected and looked at), and so are
 * annotations the permission service does not let the user change (another trainee's drafts on a shared benchmark
 * image: see {@link #AnnotationCommands(EditingDomain, ImageAsset, Predicate)}).
 */
public final class AnnotationCommands {

    /** Attribute of an image-level class annotation that limits it to one tile: the tile's id. */
    public static final String TILE_ATTRIBUTE = org.annotide.imaging.TileWindows.TILE_ATTRIBUTE;

    private final EditingDomain domain;
    private final ImageAsset image;
    private final Predicate<Annotation> permitted;

    public AnnotationCommands(EditingDomain domain, ImageAsset image) {
        this(domain, image, annotation -> true);
    }

    /**
     * @param permitted whether the user may change an annotation (the editor asks the permission service); the
     *                  others are left out of every edit, locking and deleting included
     */
    public AnnotationCommands(EditingDomain domain, ImageAsset image, Predicate<Annotation> permitted) {
        this.domain = domain;
        this.image = image;
        this.permitted = permitted;
    }

    /** Whether the user may change the annotation at all (locked ones are changed only by unlocking them). */
    public boolean permits(Annotation annotation) {
        return permitted.test(annotation);
    }

    public EditingDomain domain() {
        return domain;
    }

    public ImageAsset image() {
        return image;
    }

    /** A new manual annotation of the shape; its id is taken from the project in the same command. */
    public Command create(Shape shape, LabelClass labelClass, String label) {
        return add(List.of(newAnnotation(shape, labelClass)), label);
    }

    /** Adds detached annotations, numbering them from the project's next annotation id. */
    public Command add(List<Annotation> annotations, String label) {
        if (annotations.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Project project = (Project) image.eContainer();
        long next = project.getNextAnnotationId();
        for (Annotation annotation : annotations) {
            annotation.setId(next++);
        }
        CompoundCommand command = new CompoundCommand(label);
        command.append(new AddCommand(domain, image, Literals.IMAGE_ASSET__ANNOTATIONS, annotations));
        command.append(new SetCommand(domain, project, Literals.PROJECT__NEXT_ANNOTATION_ID, next));
        return command;
    }

    public Command delete(Collection<Annotation> annotations) {
        List<Annotation> editable = editable(annotations);
        return editable.isEmpty() ? UnexecutableCommand.INSTANCE
                : new RemoveAnnotationsCommand(editable.size() == 1 ? "Delete Annotation" : "Delete Annotations",
                        image, editable);
    }

    /** Sets attributes of an annotation's shape (a geometry edit), stamping the annotation's update time. */
    public Command setShape(Annotation annotation, Map<EAttribute, Object> changes, String label) {
        if (annotation.isLocked() || !permits(annotation) || changes.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(label);
        appendShapeChanges(command, annotation, changes);
        return command;
    }

    /** Moves annotations by the same offset. */
    public Command translate(Collection<Annotation> annotations, double dx, double dy) {
        CompoundCommand command = new CompoundCommand(annotations.size() == 1 ? "Move Annotation" : "Move Annotations");
        for (Annotation annotation : editable(annotations)) {
            appendShapeChanges(command, annotation,
                    ShapeEdits.translate(annotation.getShape(), dx, dy));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Replaces a shape wholesale, e.g. a mask after a brush stroke. */
    public Command replaceShape(Annotation annotation, Shape shape, String label) {
        if (annotation.isLocked() || !permits(annotation)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(label);
        command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__SHAPE, shape));
        command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__UPDATED_AT, new Date()));
        return command;
    }

    /** Gives the class to the annotations whose shape kind it allows. */
    public Command relabel(Collection<Annotation> annotations, LabelClass labelClass) {
        List<Annotation> allowed = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.getShape() != null && ClassRules.allows(labelClass, annotation.getShape().getKind())) {
                allowed.add(annotation);
            }
        }
        return setAll(allowed, Literals.ANNOTATION__LABEL_CLASS, labelClass, "Set Label Class", true);
    }

    public Command setHidden(Collection<Annotation> annotations, boolean hidden) {
        return setAll(annotations, Literals.ANNOTATION__HIDDEN, hidden, hidden ? "Hide" : "Show", false);
    }

    /** Locking is allowed on locked annotations: it is how they are unlocked. */
    public Command setLocked(Collection<Annotation> annotations, boolean locked) {
        return setAll(annotations, Literals.ANNOTATION__LOCKED, locked, locked ? "Lock" : "Unlock", false);
    }

    /**
     * Accepts predictions: review becomes ACCEPTED and provenance stays PREDICTED, so the record of what
     * the model proposed (its version and score) survives for metrics and active learning, while exports
     * and training treat accepted predictions as ground truth.
     */
    public Command accept(Collection<Annotation> annotations) {
        List<Annotation> predictions = predictions(annotations);
        CompoundCommand command = new CompoundCommand("Accept Prediction");
        for (Annotation annotation : predictions) {
            command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__REVIEW, ReviewState.ACCEPTED));
            command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__HIDDEN, false));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Rejects predictions: review becomes REJECTED and they are hidden rather than deleted, so the model's
     * mistakes stay countable; "Show Hidden" brings them back.
     */
    public Command reject(Collection<Annotation> annotations) {
        List<Annotation> predictions = predictions(annotations);
        CompoundCommand command = new CompoundCommand("Reject Prediction");
        for (Annotation annotation : predictions) {
            command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__REVIEW, ReviewState.REJECTED));
            command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__HIDDEN, true));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Adds the class as an image-level class of the image (or, with a tile, of that tile only), or removes
     * it when it is there already.
     */
    public Command toggleImageClass(LabelClass labelClass, Tile tile, List<Annotation> imageClassAnnotations) {
        if (labelClass == null || !ClassRules.allows(labelClass, ShapeKind.IMAGE_CLASS)) {
            return UnexecutableCommand.INSTANCE;
        }
        String tileId = tile == null ? null : tile.getId();
        List<Annotation> existing = new ArrayList<>();
        for (Annotation annotation : imageClassAnnotations) {
            if (annotation.getLabelClass() == labelClass && permits(annotation)
                    && Objects.equals(annotation.getAttributes().get(TILE_ATTRIBUTE), tileId)) {
                existing.add(annotation);
            }
        }
        if (!existing.isEmpty()) {
            return new RemoveAnnotationsCommand("Remove Image Class", image, existing);
        }
        ImageClassShape shape = AnnotideFactory.eINSTANCE.createImageClassShape();
        Annotation annotation = newAnnotation(shape, labelClass);
        if (tileId != null) {
            annotation.getAttributes().put(TILE_ATTRIBUTE, tileId);
        }
        return add(List.of(annotation), "Set Image Class");
    }

    /** A detached manual annotation, stamped with its author and time; not yet numbered. */
    /**
     * Who draws: the login of the workbench's logged-in user (annotator training tells trainees' work apart by it),
     * else the operating system's user name.
     */
    public static String author() {
        if (org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            org.annotide.ui.UserSession session = org.eclipse.ui.PlatformUI.getWorkbench()
                    .getService(org.annotide.ui.UserSession.class);
            if (session != null && session.current() != null) {
                return session.current().login();
            }
        }
        return System.getProperty("user.name");
    }

    public static Annotation newAnnotation(Shape shape, LabelClass labelClass) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setShape(shape);
        annotation.setLabelClass(labelClass);
        annotation.setProvenance(Provenance.MANUAL);
        annotation.setReview(ReviewState.NONE);
        annotation.setScore(1.0);
        annotation.setAuthor(AnnotationCommands.author());
        Date now = new Date();
        annotation.setCreatedAt(now);
        annotation.setUpdatedAt(now);
        return annotation;
    }

    private void appendShapeChanges(CompoundCommand command, Annotation annotation, Map<EAttribute, Object> changes) {
        EObject shape = annotation.getShape();
        for (Map.Entry<EAttribute, Object> change : changes.entrySet()) {
            command.append(new SetCommand(domain, shape, change.getKey(), change.getValue()));
        }
        command.append(new SetCommand(domain, annotation, Literals.ANNOTATION__UPDATED_AT, new Date()));
    }

    private Command setAll(Collection<Annotation> annotations, EStructuralFeature attribute, Object value, String label,
            boolean skipLocked) {
        CompoundCommand command = new CompoundCommand(label);
        for (Annotation annotation : skipLocked ? editable(annotations) : annotations) {
            if (permits(annotation) && !Objects.equals(annotation.eGet(attribute), value)) {
                command.append(new SetCommand(domain, annotation, attribute, value));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private List<Annotation> editable(Collection<Annotation> annotations) {
        List<Annotation> editable = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (!annotation.isLocked() && permits(annotation)) {
                editable.add(annotation);
            }
        }
        return editable;
    }

    private List<Annotation> predictions(Collection<Annotation> annotations) {
        List<Annotation> predictions = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.getProvenance() == Provenance.PREDICTED && !annotation.isLocked() && permits(annotation)) {
                predictions.add(annotation);
            }
        }
        return predictions;
    }
}
