package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.annotide.imaging.PyramidBuildJob;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/** A large image without reduced levels opens at once and gets its pyramid from a background job. */
class PyramidBuildTest extends EditorUiTest {

    @Test
    void thePyramidIsBuiltInTheBackgroundAndSwappedIn() throws Exception {
        ImageAsset image = TestProjects.addSlide(store, "flat", 6_000, false);
        editor = (AnnotationEditor) AnnotationEditors.open(page, image);
        assertEquals(1, canvas().session().pyramid().levelCount(), "the file has full resolution only");
        // whether the file needs a pyramid is found out in the background, after the first frame
        Spin.until("the editor says the pyramid is on its way", Duration.ofSeconds(30),
                () -> canvas().message() != null && canvas().message().startsWith("Building the pyramid"));
        assertTrue(Job.getJobManager().find(PyramidBuildJob.FAMILY).length > 0, "a build job runs");

        focusCanvas();
        Spin.until("the pyramid swapped in", Duration.ofSeconds(120),
                () -> canvas().session().pyramid().levelCount() > 1);
        Spin.until("the fitted view painted from the new levels", () -> canvas().lastFrame().complete()
                && canvas().tiles().pending() == 0);
        assertNull(canvas().message(), "nothing left to say");
    }
}
