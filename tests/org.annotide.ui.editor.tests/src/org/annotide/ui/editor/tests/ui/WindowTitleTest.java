package org.annotide.ui.editor.tests.ui;

import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The window's title names the image and the project worked on, and follows Page Down to the next image. */
class WindowTitleTest extends EditorUiTest {

    @Test
    void theTitleNamesTheImageAndTheProject() throws Exception {
        ImageAsset first = TestProjects.addImage(store, "first", 300, 200);
        TestProjects.addImage(store, "second", 300, 200);
        open(first);
        Shell shell = page.getWorkbenchWindow().getShell();
        String project = store.project().getName();
        Spin.until("the title names image and project", () -> shell.getText()
                .equals("first \u2014 " + project + " \u2014 Annotide"));
        Input.keyCode(SWT.PAGE_DOWN);
        Spin.until("the title follows the next image", () -> shell.getText()
                .equals("second \u2014 " + project + " \u2014 Annotide"));

        // renamed in the explorer (the same command): the tab and the title follow
        ImageAsset second = (ImageAsset) store.project().getImages().get(1);
        TestProjects.execute(store, org.eclipse.emf.edit.command.SetCommand.create(store.editingDomain(), second,
                org.annotide.model.AnnotidePackage.Literals.NAMED__NAME, "renamed"));
        Spin.until("the tab follows the new name", () -> editor.getPartName().equals("renamed"));
        Spin.until("the title follows the new name", () -> shell.getText()
                .equals("renamed \u2014 " + project + " \u2014 Annotide"));
    }
}
