package org.annotide.ui.evaluation;

/** Identifiers of the trainer-evaluation perspective, its views and commands. */
public final class EvaluationUi {

    public static final String PLUGIN_ID = "org.annotide.ui.evaluation";
    public static final String PERSPECTIVE_ID = "org.annotide.ui.evaluation.perspective";
    public static final String OVERVIEW_VIEW_ID = "org.annotide.ui.evaluation.views.overview";
    public static final String SUBMISSIONS_VIEW_ID = "org.annotide.ui.evaluation.views.submissions";
    public static final String SETTINGS_VIEW_ID = "org.annotide.ui.evaluation.views.settings";
    public static final String SUMMARY_VIEW_ID = "org.annotide.ui.evaluation.views.summary";
    public static final String MY_TASKS_VIEW_ID = "org.annotide.ui.evaluation.views.myTasks";
    /** View: a submission beside its ground truth (Admin only). */
    public static final String COMPARISON_VIEW_ID = "org.annotide.ui.evaluation.views.comparison";
    public static final String NEW_TRAINING_PROJECT_COMMAND_ID = "org.annotide.ui.evaluation.commands.newTrainingProject";

    private EvaluationUi() {
    }
}
