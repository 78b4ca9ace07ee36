package org.annotide.ui;

/** Identifiers other bundles contribute to: commands, views, the perspective, markers. */
public final class AnnotideUi {

    public static final String PLUGIN_ID = "org.annotide.ui";
    public static final String PERSPECTIVE_ID = "org.annotide.ui.perspective";
    public static final String EXPLORER_VIEW_ID = "org.annotide.ui.views.explorer";
    public static final String TRAINING_SETS_VIEW_ID = "org.annotide.ui.views.trainingSets";
    public static final String LABEL_CLASSES_VIEW_ID = "org.annotide.ui.views.labelClasses";
    public static final String PROJECT_NATURE_ID = "org.annotide.ui.nature";
    public static final String PROBLEM_MARKER_ID = "org.annotide.ui.problem";

    /**
     * Opens the selected model objects (images, tiles, ...). The explorer runs it on double-click; higher
     * bundles (the annotation editor) contribute handlers with activeWhen on the selection's type.
     */
    public static final String OPEN_COMMAND_ID = "org.annotide.ui.commands.open";

    /** The key-binding context active while an Annotide part has focus. */
    public static final String CONTEXT_ID = "org.annotide.ui.context";

    private AnnotideUi() {
    }
}
