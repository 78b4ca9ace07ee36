package org.annotide.ui.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annotide.al.ActiveLearning;
import org.annotide.al.Skips;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The progress of the episode in the Active Learning view: how many images of the project are labelled, the
 * current batch (the shown round's: how many of it are labelled), and the learning curve, drawn with SWT's GC:
 * one point per round, the labelled count when the round was selected across, the model's validation top-1
 * accuracy recorded with the round up (a round of an older version without it: its model's top-1 now, if any).
 * <p>
 * The summary above the chart is said in the longest of three wordings whose lines fit the pane's width (the whole
 * in its tooltip): under the editor the pane is about 180 pixels wide, where the whole wording wrapped into four
 * lines and took the chart's height.
 */
final class EpisodeProgress {

    private static final String TITLE = "Accuracy per round";

    /** A point of the curve: the round, the labelled count when it was selected and the accuracy (0..1). */
    record Point2(String round, int labelled, double accuracy) {
    }

    private final Composite area;
    private final Label summary;
    private final Canvas chart;
    private List<Point2> points = List.of();
    /** The summary's wordings, longest first, each of one or two lines; empty: nothing to say. */
    private List<String> wordings = List.of("");
    /** The height of a line of the chart's text: the margins and the axis labels are measured in it. */
    private final int lineHeight;

    EpisodeProgress(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setData(Roles.KEY, "progress");
        area.addListener(SWT.Resize, e -> fitSummary());
        chart = new Canvas(area, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 60;
        chart.setLayoutData(data);
        chart.setData(Roles.KEY, "curve");
        chart.addListener(SWT.Paint, e -> paint(e.gc, chart.getClientArea()));
        chart.addListener(SWT.Resize, e -> chart.redraw());
        GC gc = new GC(chart);
        try {
            lineHeight = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    Composite control() {
        return area;
    }

    Canvas chart() {
        return chart;
    }

    /** The points drawn, in the project's order of rounds. */
    List<Point2> points() {
        return points;
    }

    /** The summary in its whole wording (its tooltip), whatever the width shows. */
    String summary() {
        return wordings.get(0);
    }

    /** The summary as shown: its text is the wording that fits the pane's width. */
    Label summaryLabel() {
        return summary;
    }

    /** Reads the episode from the project (null: none) and the shown round (null: none), and redraws. */
    void update(Project project, SelectionRound shown) {
        if (area.isDisposed()) {
            return;
        }
        List<Point2> next = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String medium = "";
        String brief = "";
        if (project != null) {
            for (SelectionRound round : project.getSelectionRounds()) {
                Double accuracy = round.getAccuracy();
                if (accuracy == null && round.getModel() != null) {
                    accuracy = round.getModel().getMetrics().get("top1");
                }
                if (accuracy != null) {
                    next.add(new Point2(round.getName(), round.getLabelledCount(), accuracy));
                }
            }
            long labelled = project.getImages().stream().filter(i -> ActiveLearning.label(i) != null).count();
            int rounds = project.getSelectionRounds().size();
            text.append("Labelled ").append(labelled).append(" of ").append(project.getImages().size())
                    .append(" images; ").append(rounds).append(" rounds");
            medium = text.toString();
            brief = "Labelled " + labelled + "/" + project.getImages().size() + "; " + rounds + " rounds";
            if (shown != null) {
                int size = shown.getBatchSize() > 0 ? Math.min(shown.getBatchSize(), shown.getEntries().size())
                        : shown.getEntries().size();
                int done = 0;
                int skipped = 0;
                for (SelectionEntry entry : shown.getEntries().subList(0, size)) {
                    ImageAsset image = entry.getImage() != null ? entry.getImage()
                            : entry.getTile() == null ? null : entry.getTile().getImage();
                    if (image != null && ActiveLearning.label(image) != null) {
                        done++;
                    } else if (image != null && Skips.isSkipped(image)) {
                        skipped++;
                    }
                }
                String skips = skipped == 0 ? "" : ", " + skipped + " skipped";
                text.append("\nCurrent batch (").append(shown.getName()).append(", ").append(shown.getStrategy())
                        .append("): ").append(done).append(" of ").append(size).append(" labelled").append(skips);
                medium += "\nBatch of " + shown.getName() + ": " + done + " of " + size + " labelled" + skips;
                brief += "\nBatch: " + done + " of " + size + " labelled" + skips;
            }
        }
        points = List.copyOf(next);
        StringBuilder tip = new StringBuilder();
        for (Point2 p : points) {
            tip.append(tip.isEmpty() ? "" : "\n").append(String.format(Locale.ROOT, "%s: %d labelled, accuracy %.1f%%",
                    p.round(), p.labelled(), 100 * p.accuracy()));
        }
        chart.setToolTipText(tip.isEmpty() ? null : tip.toString());
        wordings = List.of(text.toString(), medium, brief);
        summary.setToolTipText(text.toString());
        fitSummary();
        area.layout(true, true);
        chart.redraw();
    }

    /** Shows the longest wording whose every line fits the summary's width (the shortest where none does: it wraps). */
    private void fitSummary() {
        if (area.isDisposed()) {
            return;
        }
        GridLayout layout = (GridLayout) area.getLayout();
        int width = area.getClientArea().width - 2 * layout.marginWidth;
        String fitting = wordings.get(wordings.size() - 1);
        GC gc = new GC(summary);
        try {
            for (String wording : wordings) {
                boolean fits = true;
                for (String line : wording.split("\n")) {
                    fits &= gc.textExtent(line).x <= width;
                }
                if (fits) {
                    fitting = wording;
                    break;
                }
            }
        } finally {
            gc.dispose();
        }
        if (!fitting.equals(summary.getText())) {
            summary.setText(fitting);
            area.layout(true, true);
        }
    }

    /** Where a point is drawn in a chart of the given area (for the test that looks at the pixels). */
    Point where(Point2 p, Rectangle client) {
        Rectangle plot = plot(client);
        int minX = minLabelled();
        int maxX = maxLabelled();
        // the labelled counts of the rounds span the width, with a margin; one count: the middle
        double fraction = maxX == minX ? 0.5 : 0.05 + 0.9 * (p.labelled() - minX) / (double) (maxX - minX);
        int x = plot.x + (int) Math.round(plot.width * fraction);
        int y = plot.y + plot.height - (int) Math.round(plot.height * Math.max(0, Math.min(1, p.accuracy())));
        return new Point(x, y);
    }

    private int minLabelled() {
        int min = Integer.MAX_VALUE;
        for (Point2 p : points) {
            min = Math.min(min, p.labelled());
        }
        return points.isEmpty() ? 0 : min;
    }

    private int maxLabelled() {
        int max = 0;
        for (Point2 p : points) {
            max = Math.max(max, p.labelled());
        }
        return max;
    }

    /**
     * True when the chart is too low for a title line of its own (about 7 lines of text: the view's place under the
     * editor gives it about 95 pixels): the title then goes into the labelled-images axis line.
     */
    private boolean low(Rectangle client) {
        return client.height < 7 * lineHeight;
    }

    /** The plot's area: room for the accuracy labels at the left, the title above (unless low), the axis line below. */
    private Rectangle plot(Rectangle client) {
        int left = 44;
        int right = 14;
        int top = low(client) ? lineHeight / 2 + 2 : lineHeight + 8; // low: room for half the 100% label
        int bottom = lineHeight + 6;
        return new Rectangle(client.x + left, client.y + top, Math.max(1, client.width - left - right),
                Math.max(1, client.height - top - bottom));
    }

    /**
     * The step of the accuracy axis's labels in percent: 25 where the plot is high enough for five labels without
     * overlap, else 50, else 100 (0 and 100 % only).
     */
    private int accuracyStep(Rectangle plot) {
        for (int step : new int[] { 25, 50 }) {
            if (plot.height * step / 100 >= lineHeight + 2) {
                return step;
            }
        }
        return 100;
    }

    /** The first text that is at most {@code width} pixels wide in the GC's font; "" when none is. */
    private static String fitting(GC gc, List<String> texts, int width) {
        for (String text : texts) {
            if (gc.textExtent(text).x <= width) {
                return text;
            }
        }
        return "";
    }

    /** Draws the chart into a GC (the canvas's, or an image's in a test) over the given area. */
    void paint(GC gc, Rectangle client) {
        var display = chart.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(client);
        Color axis = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        Color grid = display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        Rectangle plot = plot(client);
        gc.setForeground(axis);
        boolean low = low(client);
        if (!low) {
            gc.drawText(TITLE, client.x + 4, client.y + 2, true);
        }
        // the accuracy axis, 0 to 100 %: a grid line and a label per step, as many as fit without overlapping
        int step = accuracyStep(plot);
        for (int percent = 0; percent <= 100; percent += step) {
            int y = plot.y + plot.height - plot.height * percent / 100;
            gc.setForeground(grid);
            gc.drawLine(plot.x, y, plot.x + plot.width, y);
            if (step == 100 && percent == 0 && plot.height < lineHeight + 2) {
                continue; // not even 0 and 100 % fit apart: the top label alone
            }
            gc.setForeground(axis);
            String label = percent + "%";
            Point extent = gc.textExtent(label);
            gc.drawText(label, plot.x - extent.x - 4, y - extent.y / 2, true);
        }
        gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
        gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
        String range = points.isEmpty() ? "" : minLabelled() == maxLabelled() ? ": " + minLabelled()
                : ": " + minLabelled() + " to " + maxLabelled();
        // the longest that fits the chart's width: no title line when low, so the axis line then says what it shows
        List<String> axisLabels = low ? List.of(TITLE + " over labelled images" + range, "labelled images" + range,
                "labelled" + range, range.isEmpty() ? "" : range.substring(2))
                : List.of("labelled images" + range, "labelled" + range, range.isEmpty() ? "" : range.substring(2));
        String xLabel = fitting(gc, axisLabels, client.width - 8);
        Point extent = gc.textExtent(xLabel);
        // centred under the plot, but inside the chart
        int xAt = Math.max(client.x + 4, Math.min(plot.x + (plot.width - extent.x) / 2, client.x + client.width - extent.x - 4));
        gc.drawText(xLabel, xAt, plot.y + plot.height + 3, true);
        if (points.isEmpty()) {
            gc.drawText(fitting(gc, List.of("No round with an accuracy yet", "No accuracy yet"), plot.width - 8),
                    plot.x + 8, plot.y + Math.max(0, (plot.height - lineHeight) / 2), true);
            return;
        }
        Color line = display.getSystemColor(SWT.COLOR_DARK_BLUE);
        gc.setForeground(line);
        gc.setBackground(line);
        gc.setLineWidth(2);
        Point previous = null;
        for (Point2 p : points) {
            Point at = where(p, client);
            if (previous != null) {
                gc.drawLine(previous.x, previous.y, at.x, at.y);
            }
            previous = at;
        }
        gc.setLineWidth(1);
        for (Point2 p : points) {
            Point at = where(p, client);
            gc.fillOval(at.x - 4, at.y - 4, 9, 9);
        }
        if (plot.height < 2 * lineHeight + 8) {
            return; // no room for the last value's label beside its point without covering the axis line: the tooltip
        }
        Point2 last = points.get(points.size() - 1);
        Point at = where(last, client);
        String value = String.format(Locale.ROOT, "%s: %.1f%%", last.round(), 100 * last.accuracy());
        Point size = gc.textExtent(value);
        gc.setForeground(axis);
        int x = Math.max(plot.x + 2, Math.min(at.x - size.x / 2, plot.x + plot.width - size.x));
        int y = at.y - size.y - 6;
        if (y < plot.y) {
            // no room above the point (a low chart, a high accuracy): under it the text crossed the line that comes
            // to it, so it goes to the plot's corner on the point's far side, away from the curve's end
            x = plot.x + plot.width - size.x - 2;
            y = last.accuracy() >= 0.5 ? plot.y + plot.height - size.y - 2 : plot.y + 2;
        }
        gc.drawText(value, x, y, true);
    }
}
