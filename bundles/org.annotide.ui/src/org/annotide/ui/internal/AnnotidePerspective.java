package org.annotide.ui.internal;

import org.annotide.ui.AnnotideUi;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Explorer and training sets on the left, the editor in the middle, outline right, details below. */
public final class AnnotidePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(AnnotideUi.EXPLORER_VIEW_ID);
        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.65f, "left");
        leftBottom.addView(AnnotideUi.TRAINING_SETS_VIEW_ID);
        leftBottom.addView(AnnotideUi.LABEL_CLASSES_VIEW_ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.8f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(AnnotideUi.EXPLORER_VIEW_ID);
        layout.addShowViewShortcut(AnnotideUi.TRAINING_SETS_VIEW_ID);
        layout.addShowViewShortcut(AnnotideUi.LABEL_CLASSES_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
