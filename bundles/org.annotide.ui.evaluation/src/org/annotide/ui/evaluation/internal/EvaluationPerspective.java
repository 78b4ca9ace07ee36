package org.annotide.ui.evaluation.internal;

import org.annotide.ui.AnnotideUi;
import org.annotide.ui.evaluation.EvaluationUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The trainer-evaluation perspective: the Project Explorer (pick the training project) beside Overview and the
 * annotator's My Tasks, Annotator Submissions below, Settings and Summary of Tasks on the right. What each view
 * shows follows the logged-in user's role. The annotation editor opens in the editor area; the Admin's
 * side-by-side view of a submission and its ground truth opens beside Overview.
 */
public final class EvaluationPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(AnnotideUi.EXPLORER_VIEW_ID, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout top = layout.createFolder("org.annotide.ui.evaluation.top", IPageLayout.TOP, 0.45f, editors);
        top.addView(EvaluationUi.OVERVIEW_VIEW_ID);
        top.addView(EvaluationUi.MY_TASKS_VIEW_ID);
        top.addPlaceholder(EvaluationUi.COMPARISON_VIEW_ID);
        IFolderLayout right = layout.createFolder("org.annotide.ui.evaluation.right", IPageLayout.RIGHT, 0.6f,
                "org.annotide.ui.evaluation.top");
        right.addView(EvaluationUi.SETTINGS_VIEW_ID);
        right.addView(EvaluationUi.SUMMARY_VIEW_ID);
        layout.addView(EvaluationUi.SUBMISSIONS_VIEW_ID, IPageLayout.BOTTOM, 0.6f, editors);
        for (String id : new String[] {EvaluationUi.OVERVIEW_VIEW_ID, EvaluationUi.MY_TASKS_VIEW_ID,
                EvaluationUi.SETTINGS_VIEW_ID, EvaluationUi.SUMMARY_VIEW_ID, EvaluationUi.SUBMISSIONS_VIEW_ID,
                EvaluationUi.COMPARISON_VIEW_ID}) {
            layout.addShowViewShortcut(id);
        }
        layout.addPerspectiveShortcut(AnnotideUi.PERSPECTIVE_ID);
    }
}
