package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.UUID;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;

/** The filmstrip of tiles: multi-selection for training sets, the training-set filter, opening tiles. */
class FilmstripTest extends EditorUiTest {

    /** Thumbnail pitch of the strip: the thumbnail and its margins. */
    private static final int ITEM = 108;

    @Test
    void tilesAreSelectedFilteredAndOpened() throws Exception {
        ImageAsset image = TestProjects.addImage(store, "slide", 1024, 512);
        List<Tile> tiles = TestProjects.tile(store, image, 256, 0);
        assertEquals(8, tiles.size());
        TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
        set.setId(UUID.randomUUID().toString());
        set.setName("centre");
        set.getTiles().addAll(List.of(tiles.get(1), tiles.get(2), tiles.get(5)));
        TestProjects.execute(store, new AddCommand(store.editingDomain(), store.project(), Literals.PROJECT__TRAINING_SETS, set));
        open(image);

        Canvas strip = Widgets.byRole(control().getParent(), Canvas.class, "filmstrip");
        Combo filter = Widgets.byRole(control().getParent(), Combo.class, "filmstripFilter");
        int y = 40;
        Input.click(strip, ITEM / 2, y);
        Input.click(strip, ITEM * 2 + ITEM / 2, y, 1, SWT.CTRL);
        Input.click(strip, ITEM * 4 + ITEM / 2, y, 1, SWT.SHIFT);
        Spin.until("the filmstrip's tiles are the editor's selection",
                () -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).size() == 3);
        List<?> selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList();
        assertEquals(List.of(tiles.get(2), tiles.get(3), tiles.get(4)), selected,
                "Shift-click selects the range from the last clicked tile");

        // New Training Set from Selection (Ctrl+Shift+T) takes the filmstrip's tiles; Enter accepts the name
        strip.getDisplay().timerExec(1_000, () -> Input.keyCode(SWT.CR));
        Input.key(SWT.CTRL | SWT.SHIFT, 't', 0);
        Spin.until("a second training set", () -> store.project().getTrainingSets().size() == 2);
        assertEquals(List.of(tiles.get(2), tiles.get(3), tiles.get(4)), store.project().getTrainingSets().get(1).getTiles());
        page.activate(editor);
        Spin.until("the new set in the filter", () -> filter.getItemCount() == 3);

        assertEquals("centre (3)", filter.getItem(1));
        filter.select(1);
        filter.notifyListeners(SWT.Selection, null);
        Spin.idle(50);
        Input.doubleClick(strip, ITEM * 2 + ITEM / 2, y);
        Spin.until("the third tile of the set opened", () -> editor.getEditorInput().tile() == tiles.get(5));

        focusCanvas();
        Input.keyCode(SWT.PAGE_DOWN);
        Spin.until("Page Down goes to the next tile", () -> editor.getEditorInput().tile() == tiles.get(6));
        assertSame(image, editor.getEditorInput().image());
    }
}
