package org.annotide.ui.training.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Fits a table's columns to its width: where the columns at the widths they were made with do not fit, the less
 * important ones are hidden (width 0, not resizable) in a given order until the rest fit, and where even the main
 * ones do not, each gets what its header and rows need (at most its width), the rest going to the last, or, where
 * that does not fit either, the widest give up width first, down to a common width, so that a short column (the
 * round's name) stays whole while a long one is cut; none under {@link #MIN_WIDTH}. Under the editor
 * the Active Learning view's rounds table is about 180 pixels wide: its five columns at their widths showed the
 * first only, cut to "roun", and a horizontal scroll bar.
 * <p>
 * The widths are set again only when the table's width brings another arrangement (other columns hidden) or the main
 * ones are squeezed, and when the rows change ({@link #refit()}); otherwise a column the user dragged wider keeps its
 * width.
 */
final class FittedColumns {

    /** The narrowest a main column gets when squeezed: a few characters and the ellipsis. */
    static final int MIN_WIDTH = 36;
    /** How many rows are measured for what a squeezed column needs (the first: those in sight). */
    private static final int MEASURED_ROWS = 50;
    /** A cell's padding and a header's sort arrow room, about GTK 3's. */
    private static final int PADDING = 12;

    private final Table table;
    private final int[] widths;
    private final int[] hideOrder;
    /** The arrangement last applied: how many of {@link #hideOrder} are hidden, -1 none yet; whether squeezed. */
    private int hidden = -1;
    private boolean squeezed;

    private FittedColumns(Table table, int[] hideOrder) {
        this.table = table;
        this.hideOrder = hideOrder.clone();
        TableColumn[] columns = table.getColumns();
        widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].getWidth();
        }
    }

    /**
     * Fits the table's columns (after all are made, at the widths they want) from now on; {@code hideOrder}: the
     * indices of the less important columns, the first hidden first. The others are the main ones.
     */
    static FittedColumns install(Table table, int... hideOrder) {
        FittedColumns fitted = new FittedColumns(table, hideOrder);
        table.addListener(SWT.Resize, e -> fitted.fit());
        fitted.fit();
        return fitted;
    }

    /** The indices of the columns shown now (width above 0). */
    List<Integer> shown() {
        List<Integer> shown = new ArrayList<>();
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getWidth() > 0) {
                shown.add(i);
            }
        }
        return shown;
    }

    /** Fits the columns again after the rows changed: squeezed columns follow their texts. */
    void refit() {
        if (squeezed) {
            hidden = -1;
        }
        fit();
    }

    private void fit() {
        if (table.isDisposed()) {
            return;
        }
        int available = table.getClientArea().width;
        if (available <= 0) {
            return; // not laid out yet
        }
        boolean[] hide = new boolean[widths.length];
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int count = 0;
        while (total > available && count < hideOrder.length) {
            hide[hideOrder[count]] = true;
            total -= widths[hideOrder[count]];
            count++;
        }
        boolean squeeze = total > available;
        if (count == hidden && !squeeze && !squeezed) {
            return; // the same arrangement: the user's widths stay
        }
        hidden = count;
        squeezed = squeeze;
        TableColumn[] columns = table.getColumns();
        int[] fitted = squeeze ? squeezed(columns, hide, available) : widths.clone();
        for (int i = 0; i < columns.length; i++) {
            int width = hide[i] ? 0 : fitted[i];
            columns[i].setResizable(!hide[i]);
            if (columns[i].getWidth() != width) {
                columns[i].setWidth(width);
            }
        }
    }

    /**
     * The main columns' widths in less than their own: each what its header and rows need (at most its own width),
     * the rest to the last; where the needs do not fit, each at most a common width, the largest that fits.
     */
    private int[] squeezed(TableColumn[] columns, boolean[] hide, int available) {
        List<Integer> needs = new ArrayList<>();
        int[] need = new int[columns.length];
        GC gc = new GC(table);
        try {
            for (int i = 0; i < columns.length; i++) {
                if (!hide[i]) {
                    need[i] = Math.max(MIN_WIDTH, Math.min(widths[i], need(gc, columns[i].getText(), i)));
                    needs.add(need[i]);
                }
            }
        } finally {
            gc.dispose();
        }
        // the common width: the narrow columns keep their needs, the others share what is left equally
        needs.sort(null);
        int level = Integer.MAX_VALUE;
        int left = available;
        for (int k = 0; k < needs.size(); k++) {
            int share = left / (needs.size() - k);
            if (needs.get(k) > share) {
                level = share;
                break;
            }
            left -= needs.get(k);
        }
        int[] fitted = new int[columns.length];
        int given = 0;
        int last = -1;
        for (int i = 0; i < columns.length; i++) {
            if (!hide[i]) {
                fitted[i] = Math.max(MIN_WIDTH, Math.min(need[i], level));
                given += fitted[i];
                last = i;
            }
        }
        if (last >= 0 && given < available) {
            fitted[last] += available - given; // what the needs leave, and the rounding's pixels: no gap at the right
        }
        return fitted;
    }

    /**
     * What a column's header and its first {@link #MEASURED_ROWS} rows need, with the cell's padding. Not
     * {@link TableColumn#pack()}: on GTK it measures every row, and the queue holds the whole pool.
     */
    private int need(GC gc, String header, int column) {
        int need = gc.textExtent(header).x;
        int rows = Math.min(MEASURED_ROWS, table.getItemCount());
        for (int row = 0; row < rows; row++) {
            need = Math.max(need, gc.textExtent(table.getItem(row).getText(column)).x);
        }
        return need + PADDING;
    }
}
