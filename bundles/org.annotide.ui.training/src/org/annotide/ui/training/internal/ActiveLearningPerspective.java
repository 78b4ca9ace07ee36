package org.annotide.ui.training.internal;

import org.annotide.ui.AnnotideUi;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Labelling an active-learning episode: the Active Learning view gets the full height of the window beside the Project
 * Explorer (its image, label buttons and predictions need it: stacked under the editor, as in the Annotide
 * perspective, the image had a few pixels), the editor area on its right for detection and segmentation rounds, the
 * Training and Progress views under the editor for the rounds' jobs.
 */
public final class ActiveLearningPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(AnnotideUi.EXPLORER_VIEW_ID, IPageLayout.LEFT, 0.15f, editors);
        layout.addView(TrainingUi.ACTIVE_LEARNING_VIEW_ID, IPageLayout.LEFT, 0.8f, editors);
        IFolderLayout jobs = layout.createFolder("org.annotide.ui.training.activeLearning.jobs", IPageLayout.BOTTOM,
                0.6f, editors);
        jobs.addView(TrainingUi.TRAINING_VIEW_ID);
        jobs.addView(TrainingUi.MODELS_VIEW_ID);
        jobs.addView(IPageLayout.ID_PROGRESS_VIEW);
        for (String id : new String[] {TrainingUi.ACTIVE_LEARNING_VIEW_ID, TrainingUi.TRAINING_VIEW_ID,
                TrainingUi.MODELS_VIEW_ID}) {
            layout.addShowViewShortcut(id);
        }
        layout.addPerspectiveShortcut(AnnotideUi.PERSPECTIVE_ID);
    }
}
