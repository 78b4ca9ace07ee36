package org.annotide.ui.training.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/**
 * The panes of the Active Learning view, arranged for the place the view has: the settings at the left, the labelling
 * area at the right and, between them, the rounds, the episode's progress (its accuracy chart) and the queue.
 * <ul>
 * <li><b>Low</b> (under the editor in the Annotide perspective, where the view opens by default: about 990x180
 * pixels at 1280x1024): the middle three side by side, each with the view's whole height, the progress the widest of
 * them (its summary wraps above the chart: narrow, it took five lines and left the chart 44 pixels).</li>
 * <li><b>High</b> (the Active Learning perspective, a maximized view): the middle three stacked, so that each is as
 * wide as the middle column instead of a fifth of the view (side by side there, the chart was a strip 91 pixels
 * wide and 650 high).</li>
 * </ul>
 * All the dividers are sashes the user may drag; the weights are set again only when the arrangement changes (the
 * view moved, or resized across {@link #HIGH_FROM}), so a drag holds while the view keeps its arrangement.
 */
final class EpisodePanes {

    /** From this height of the view on, the rounds, the progress and the queue are stacked. */
    static final int HIGH_FROM = 400;

    private final SashForm view;
    private SashForm middle;
    /** Null until arranged; then whether the middle panes are stacked. */
    private Boolean high;

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
        high = next;
        if (next) {
            middle.setOrientation(SWT.VERTICAL);
            view.setWeights(8, 10, 7); // the image keeps its column: it is what the user judges
        } else {
            middle.setOrientation(SWT.HORIZONTAL);
            view.setWeights(8, 11, 6); // low, the image is a strip anyway: the middle gets its width
        }
        middle.setWeights(3, 5, 4); // the rounds, the progress (its chart), the queue
    }
}
