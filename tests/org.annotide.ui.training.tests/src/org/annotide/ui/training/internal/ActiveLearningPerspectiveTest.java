package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Active Learning perspective gives the view the window's height: its labelling image is large enough to judge
 * (stacked under the editor in the Annotide perspective it had a few pixels at the default window size).
 */
class ActiveLearningPerspectiveTest {

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @AfterEach
    void back() throws Exception {
        PlatformUI.getWorkbench().showPerspective(AnnotideUi.PERSPECTIVE_ID, window());
    }

    @Test
    void theViewHasTheWindowsHeightAndARealImage() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(TrainingUi.ACTIVE_LEARNING_PERSPECTIVE_ID, window());
        ActiveLearningView view = (ActiveLearningView) page.findView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        assertNotNull(view, "the perspective shows the Active Learning view");
        assertNotNull(page.findView(TrainingUi.TRAINING_VIEW_ID), "and the Training view for the rounds' jobs");
        Rectangle shell = window().getShell().getBounds();
        Spin.until("laid out", () -> view.labelling().focusControl().getSize().y > 0);
        Rectangle image = view.labelling().focusControl().getBounds();
        System.out.printf("[al perspective] shell %s, image %s%n", shell, image);
        assertTrue(image.height >= shell.height / 3, "the image " + image + " in a window " + shell);
        assertTrue(image.width >= 200, "the image " + image + " in a window " + shell);
    }
}
