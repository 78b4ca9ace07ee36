package org.annotide.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.edit.ClassRules;
import org.annotide.ui.editor.internal.geometry.ShapeEdits;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copied annotations, shared by the editors of the workbench. Copies are detached from the model; the
 * label classes they point to are looked up by name in the target project when pasting into another one.
 * Pasting into the image the annotations came from offsets them, so the copy is visible beside the
 * original; pasting elsewhere keeps the coordinates (same place on another image or tile).
 */
public final class AnnotationClipboard {

    /** Image pixels between an original and its copy pasted on the same image. */
    public static final double PASTE_OFFSET = 16;

    private List<Annotation> copies = List.of();
    private ImageAsset source;
    private int pastes;
    private final List<String> unclassed = new ArrayList<>();

    public void copy(ImageAsset image, Collection<Annotation> annotations) {
        copies = new ArrayList<>(EcoreUtil.copyAll(annotations));
        source = image;
        pastes = 0;
    }

    public boolean isEmpty() {
        return copies.isEmpty();
    }

    /** Fresh detached copies ready to add to the target image. */
    public List<Annotation> pasteInto(ImageAsset target) {
        List<Annotation> pasted = new ArrayList<>(EcoreUtil.copyAll(copies));
        unclassed.clear();
        double offset = target == source ? PASTE_OFFSET * ++pastes : 0;
        Project targetProject = target.eContainer() instanceof Project p ? p : null;
        for (Annotation annotation : pasted) {
            if (offset != 0) {
                ShapeEdits.translate(annotation.getShape(), offset, offset)
                        .forEach(annotation.getShape()::eSet);
            }
            LabelClass resolved = resolve(annotation.getLabelClass(), targetProject);
            if (!ClassRules.allows(resolved, annotation)) {
                // The target project's class of that name is for other shape kinds: pasted without a class.
                unclassed.add(ClassRules.refusal(annotation, resolved));
                resolved = null;
            }
            annotation.setLabelClass(resolved);
            annotation.setCreatedAt(new Date());
            annotation.setUpdatedAt(annotation.getCreatedAt());
            annotation.setAuthor(AnnotationCommands.author());
        }
        return pasted;
    }

    /**
     * What the last paste could not keep, e.g. "2 pasted without a class: \"nucleus\" is for ellipse only, not
     * polygon"; null when every copy kept its class.
     */
    public String lastPasteNote() {
        if (unclassed.isEmpty()) {
            return null;
        }
        return unclassed.size() + " pasted without a class: " + String.join("; ", new java.util.LinkedHashSet<>(unclassed));
    }

    private static LabelClass resolve(LabelClass labelClass, Project target) {
        if (labelClass == null || target == null || labelClass.eContainer() == target) {
            return labelClass;
        }
        for (LabelClass candidate : target.getLabelClasses()) {
            if (candidate.getName() != null && candidate.getName().equals(labelClass.getName())) {
                return candidate;
            }
        }
        return null;
    }
}
