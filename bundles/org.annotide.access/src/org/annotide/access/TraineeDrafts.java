package org.annotide.access;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.TrainingProject;

/**
 * Trainees' drafts: the annotations on a benchmark image of a training project, drawn there before the task is
 * submitted (submitting moves them into the task's submission). Trainees share the image in one project, so a
 * draft belongs to its author; {@link RolePermissions} lets an Annotator see and edit only their own drafts.
 * Pure functions of the model, for the permission service and the layers that ask it.
 */
public final class TraineeDrafts {

    private TraineeDrafts() {
    }

    /** The training project whose benchmark image holds the annotation, or null when it is not a draft. */
    public static TrainingProject trainingProjectOf(Annotation annotation) {
        if (annotation == null || !(annotation.eContainer() instanceof ImageAsset image)) {
            return null;
        }
        return trainingProjectOf(image);
    }

    /** The training project an image is a benchmark task of, or null. */
    public static TrainingProject trainingProjectOf(ImageAsset image) {
        if (image == null || !(image.eContainer() instanceof Project project)
                || project.getTrainingProjects().isEmpty()) {
            return null;
        }
        return project.getTrainingProjects().get(0);
    }

    /** True when the annotation lies on a benchmark image of a training project (not in a task or submission). */
    public static boolean isDraft(Annotation annotation) {
        return trainingProjectOf(annotation) != null;
    }

    /** True when the draft was drawn by the user (its author is the user's login). */
    public static boolean isOwnDraft(Account user, Annotation annotation) {
        return user != null && annotation != null && user.login().equals(annotation.getAuthor());
    }
}
