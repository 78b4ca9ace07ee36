package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.Test;

/**
 * An image whose file moved and whose record lost its id and format: the editor says so above the canvas and
 * offers to relink it; relinking (one undoable change) shows the pixels again.
 */
class RelinkTest extends EditorUiTest {

    @Test
    void anImageThatLostItsFileIdAndFormatSaysSoAndCanBeRelinked() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "moved", 300, 200);
        Path moved = store.folder().resolve("elsewhere").resolve("moved.png");
        Files.createDirectories(moved.getParent());
        Files.move(store.folder().resolve(image.getLocation()), moved);
        CompoundCommand lost = new CompoundCommand("lose id and format");
        lost.append(SetCommand.create(store.editingDomain(), image, Literals.IDENTIFIED__ID, null));
        lost.append(SetCommand.create(store.editingDomain(), image, Literals.IMAGE_ASSET__FORMAT, null));
        TestProjects.execute(store, lost);

        open(image);
        Link relink = Widgets.byRole(editor.getSite().getShell(), Link.class, "relink");
        Spin.until("the relink offer shown", () -> relink.isVisible() && relink.getText().contains("Relink"));
        String text = relink.getText();
        assertTrue(text.contains("cannot be read"), text);
        assertTrue(text.contains("no id"), text);
        assertTrue(text.contains("format is not known"), text);
        screenshot("relink-offer");

        editor.relink(moved);
        Spin.until("the pixels shown", () -> canvas().session().pyramid() != null);
        assertEquals("elsewhere/moved.png", image.getLocation());
        assertEquals("png", image.getFormat());
        assertNotNull(image.getId(), "an id given");
        Spin.until("the offer hidden", () -> !relink.isVisible());
        assertFalse(relink.isVisible());

        store.commandStack().undo();
        assertEquals("images/moved.png", image.getLocation(), "one undoable change");
    }
}
