package org.annotide.ui.training;

/** Ids of the training parts of the workbench. */
public final class TrainingUi {

    public static final String PLUGIN_ID = "org.annotide.ui.training";
    public static final String TRAINING_VIEW_ID = "org.annotide.ui.training.views.training";
    public static final String MODELS_VIEW_ID = "org.annotide.ui.training.views.models";
    public static final String ACTIVE_LEARNING_VIEW_ID = "org.annotide.ui.training.views.activeLearning";
    public static final String ACTIVE_LEARNING_PERSPECTIVE_ID = "org.annotide.ui.training.perspectives.activeLearning";
    public static final String NEW_JOB_WIZARD_ID = "org.annotide.ui.training.wizards.newJob";
    public static final String NEW_JOB_COMMAND_ID = "org.annotide.ui.training.commands.newJob";

    private TrainingUi() {
    }
}
