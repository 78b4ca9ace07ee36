package org.annotide.ui.internal.transfer;

import java.util.List;

import org.annotide.imaging.TileGrid;
import org.annotide.model.ImageAsset;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * Tile Image: tile size, overlap and what happens at the right and bottom edges (the CLI's --edge), with the
 * number of tiles this gives for the selected images, so the user sees the result before cutting.
 */
final class TileImageDialog extends TitleAreaDialog {

    static final int DEFAULT_SIZE = 1024;
    static final int DEFAULT_OVERLAP = 64;

    private final List<ImageAsset> images;
    private Spinner size;
    private Spinner overlap;
    private Button shift;
    private Label count;
    private TileGrid grid;

    TileImageDialog(Shell shell, List<ImageAsset> images) {
        super(shell);
        this.images = images;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Tile Image");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Tile " + (images.size() == 1 ? images.get(0).getName() : images.size() + " images"));
        setMessage("Square tiles stepping by the size minus the overlap. Tiling again replaces the old tiles; Undo puts them back.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = DialogParts.body(area, 2);
        size = spinner(body, "Tile size (px):", 1, 1 << 16, DEFAULT_SIZE);
        overlap = spinner(body, "Overlap (px):", 0, (1 << 16) - 1, DEFAULT_OVERLAP);
        new Label(body, SWT.NONE).setText("At the right and bottom edges:");
        Composite edges = new Composite(body, SWT.NONE);
        edges.setLayout(new GridLayout(1, false));
        shift = radio(edges, "Shift: every tile full size; the last ones end at the edge and overlap more");
        shift.setSelection(true);
        radio(edges, "Clip: tiles stay on the grid; the last ones are cut short by the edge");
        count = new Label(body, SWT.WRAP);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    private Spinner spinner(Composite body, String label, int min, int max, int value) {
        new Label(body, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(body, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 64);
        spinner.addModifyListener(event -> update());
        return spinner;
    }

    private Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.addListener(SWT.Selection, event -> update());
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Tile");
        update();
    }

    /** Checks the numbers and shows how many tiles they give; Tile is enabled only for a valid grid. */
    private void update() {
        if (count == null) {
            return; // a spinner reporting its first value while the dialog is being built
        }
        try {
            grid = new TileGrid(size.getSelection(), overlap.getSelection(),
                    shift.getSelection() ? TileGrid.Edge.SHIFT : TileGrid.Edge.CLIP);
            setErrorMessage(null);
            count.setText(tileCount(grid));
        } catch (IllegalArgumentException e) {
            grid = null;
            setErrorMessage("The " + e.getMessage().replaceFirst("^the ", ""));
            count.setText("");
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(grid != null);
        }
        count.getParent().layout();
    }

    private String tileCount(TileGrid chosen) {
        long total = 0;
        for (ImageAsset image : images) {
            if (image.getWidth() > 0 && image.getHeight() > 0) {
                total += chosen.tileCount(image.getWidth(), image.getHeight());
            }
        }
        if (images.size() == 1) {
            ImageAsset image = images.get(0);
            return total + " tile(s) for " + image.getWidth() + " x " + image.getHeight() + " px ("
                    + chosen.count(image.getWidth()) + " across, " + chosen.count(image.getHeight()) + " down).";
        }
        return total + " tile(s) for the " + images.size() + " selected images.";
    }

    /** The grid chosen; valid after OK. */
    TileGrid grid() {
        return grid;
    }
}
