package org.annotide.ui.training.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The panes of the Active Learning view, arranged for the place the view has: the settings at the left, the labelling
 * area at the right and, between them, the rounds, the episode's progress (its accuracy chart) and the queue.
 * <ul>
 * <li><b>Low</b> (under the editor in the Annotide perspective, where the view opens by default: about 990x180
 * pixels at 1280x1024): the middle three side by side, each with the view's whole height and 150 to 190 pixels wide:
 * what the rounds table's main columns need ({@link FittedColumns}) and the chart under the summary's short wording;
 * the labelling area, whose image is a strip there anyway, gives up width to them.</li>
 * <li><b>High</b> (the Active Learning perspective, a maximized view): the middle three stacked, so that each is as
 * wide as the middle column instead of a fifth of the view (side by side there, the chart was a strip 91 pixels
 * wide and 650 high).</li>
 * </ul>
 * All the dividers are sashes the user may drag. The weights are set again only when the arrangement changes (the
 * view moved, or resized across {@link #HIGH_FROM}), so a drag holds while the view keeps its arrangement, and each
 * arrangement keeps its own: what the user dragged in one comes back when the view returns to it. {@link #state()}
 * and {@link #restore} carry both across closing the view and restarts (the view keeps them in a preference).
 */
final class EpisodePanes {

    /** From this height of the view on, the rounds, the progress and the queue are stacked. */
    static final int HIGH_FROM = 400;
    /**
     * The columns' default weights (the settings, the middle, the labelling area), low and high: high, the image keeps
     * its column, it is what the user judges; low, the image is a strip anyway and the middle gets its width.
     */
    private static final int[][] COLUMNS = { { 16, 26, 8 }, { 8, 10, 7 } };
    /**
     * The middle panes' default weights (the rounds, the progress and its chart, the queue), low and high: low, about
     * 170, 190 and 150 pixels, what the rounds' round, strategy and model need, the chart's width under the summary's
     * short wording, and the queue's image, score and label squeezed (the settings keep the 315 pixels their fields
     * need).
     */
    private static final int[][] MIDDLE = { { 9, 10, 8 }, { 3, 5, 4 } };

    private final SashForm view;
    private SashForm middle;
    /** Null until arranged; then whether the middle panes are stacked. */
    private Boolean high;
    /**
     * The weights of each arrangement as the user left them, the view's columns and the middle panes: index 0 low,
     * 1 high; null: not dragged or restored, the defaults.
     */
    private final int[][] columnWeights = new int[2][];
    private final int[][] middleWeights = new int[2][];
    /** True while {@link #fit()} sets the weights of an arrangement. */
    private boolean arranging;

    EpisodePanes(Composite parent) {
        view = new SashForm(parent, SWT.HORIZONTAL);
    }

    /** Where the view's three columns go, in their order: the settings, {@link #middle()}, the labelling area. */
    Composite columns() {
        return view;
    }

    /** The middle column, for the rounds, the progress and the queue in that order (made after the settings). */
    Composite middle() {
        if (middle == null) {
            middle = new SashForm(view, SWT.HORIZONTAL);
        }
        return middle;
    }

    /** Arranges the panes for the view's size now and again whenever it is resized; after all panes exist. */
    void arrange() {
        view.addListener(SWT.Resize, e -> fit());
        fit();
    }

    /** True while the middle panes are stacked (the view is high). */
    boolean high() {
        return Boolean.TRUE.equals(high);
    }

    private void fit() {
        int height = view.getClientArea().height;
        if (height <= 0 && high != null) {
            return; // hidden or not laid out yet: keep what the user has
        }
        boolean next = height >= HIGH_FROM;
        if (high != null && high == next) {
            return;
        }
        if (high != null) {
            remember(); // the arrangement left behind keeps what the user made of it
        }
        high = next;
        int at = next ? 1 : 0;
        arranging = true; // the panes resize on the way: the weights are neither arrangement's until the end
        try {
            middle.setOrientation(next ? SWT.VERTICAL : SWT.HORIZONTAL);
            view.setWeights(columnWeights[at] != null ? columnWeights[at] : COLUMNS[at]);
            middle.setWeights(middleWeights[at] != null ? middleWeights[at] : MIDDLE[at]);
        } finally {
            arranging = false;
        }
    }

    /**
     * Notes the weights of the arrangement now (the user may have dragged a sash since it was set); weights at the
     * defaults are not noted, so that a view never dragged follows better defaults of a later version.
     */
    private void remember() {
        if (high != null && !arranging && !view.isDisposed()) {
            int at = high ? 1 : 0;
            int[] columns = view.getWeights();
            int[] panes = middle.getWeights();
            boolean defaults = same(columns, COLUMNS[at]) && same(panes, MIDDLE[at]);
            columnWeights[at] = defaults ? null : columns;
            middleWeights[at] = defaults ? null : panes;
        }
    }

    /** Whether weights as {@link SashForm#getWeights()} gives them (per mille) are these, up to its rounding. */
    private static boolean same(int[] perMille, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        for (int i = 0; i < weights.length; i++) {
            if (Math.abs(perMille[i] - 1000.0 * weights[i] / total) > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * The weights of both arrangements as the user left them, as text for {@link #restore}: {@code low=a,b,c/d,e,f;
     * high=...} (the view's columns, then the middle panes), an arrangement the view has not been in left out.
     */
    String state() {
        remember();
        StringBuilder text = new StringBuilder();
        for (int at = 0; at < 2; at++) {
            if (columnWeights[at] != null) {
                text.append(text.isEmpty() ? "" : ";").append(at == 0 ? "low=" : "high=").append(join(columnWeights[at]))
                        .append('/').append(join(middleWeights[at]));
            }
        }
        return text.toString();
    }

    /**
     * Takes the weights {@link #state()} wrote, before {@link #arrange()}. Text that is not such a state (an older or
     * hand-edited preference) is left out part by part: that arrangement opens with its defaults.
     */
    void restore(String state) {
        if (state == null) {
            return;
        }
        for (String part : state.split(";")) {
            String[] keyAndValue = part.split("=", 2);
            int at = keyAndValue[0].equals("low") ? 0 : keyAndValue[0].equals("high") ? 1 : -1;
            String[] halves = keyAndValue.length == 2 ? keyAndValue[1].split("/") : new String[0];
            if (at < 0 || halves.length != 2) {
                continue;
            }
            int[] columns = weights(halves[0]);
            int[] panes = weights(halves[1]);
            if (columns != null && panes != null) {
                columnWeights[at] = columns;
                middleWeights[at] = panes;
            }
        }
    }

    /** Three positive weights, or null. */
    private static int[] weights(String text) {
        String[] values = text.split(",");
        if (values.length != 3) {
            return null;
        }
        int[] weights = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                weights[i] = Integer.parseInt(values[i].trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (weights[i] <= 0) {
                return null;
            }
        }
        return weights;
    }

    private static String join(int[] weights) {
        StringBuilder text = new StringBuilder();
        for (int w : weights) {
            text.append(text.isEmpty() ? "" : ",").append(w);
        }
        return text.toString();
    }
}
