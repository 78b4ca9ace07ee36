package org.annotide.ui.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.annotide.access.Action;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.TaskStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Annotator submissions: one row per evaluation label (annotator, task, image, class, similarity, category right
 * or wrong, score), sortable by any column (click its header, again to reverse) and filtered by a text that the
 * annotator, image or class contains. Above {@link #LIMIT} matching rows the view shows an even sample of them and
 * says so (the CSV has all). Admins and Team Managers see every annotator; an Annotator their own labels, where a
 * ground-truth object they missed shows no class.
 */
public final class SubmissionsView extends EvaluationViewPart {

    /** The most rows the table shows; more are sampled. */
    static int LIMIT = 3000;

    static final String[] COLUMNS = {"Annotator", "Task", "Image", "Class", "Similarity", "Category", "Score"};

    /** One evaluation label as the table shows it. */
    record Row(String annotator, int task, String image, String labelClass, double similarity, String category,
            double score, AnnotatorTask source, int label) {

        String[] cells() {
            return new String[] {annotator, Integer.toString(task), image, labelClass,
                    Double.isNaN(similarity) ? "" : String.format(Locale.ROOT, "%.3f", similarity), category,
                    String.format(Locale.ROOT, "%.2f", score)};
        }

        boolean matches(String filter) {
            return filter.isEmpty() || annotator.toLowerCase(Locale.ROOT).contains(filter)
                    || image.toLowerCase(Locale.ROOT).contains(filter)
                    || labelClass.toLowerCase(Locale.ROOT).contains(filter);
        }
    }

    private Text filter;
    private Table table;
    private org.eclipse.swt.widgets.Button compare;
    private int sortColumn = -1;
    private boolean descending;
    private List<Row> rows = List.of();
    private long matching;

    @Override
    protected void createBody(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        new Label(bar, SWT.NONE).setText("&Filter:");
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("annotator, image or class");
        filter.setData(ROLE, "submissions.filter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, e -> refresh());
        compare = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        compare.setText("&View side by side");
        compare.setToolTipText("The selected submission beside its ground truth, with the matched pairs (Admins)");
        compare.setData(ROLE, "submissions.compare");
        GridDataFactory.fillDefaults().applyTo(compare);
        compare.addListener(SWT.Selection, e -> viewSelected());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ROLE, "submissions.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 1 || i >= 4 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(i == 2 ? 160 : 90);
            int index = i;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
        table.addListener(SWT.Selection, e -> compare.setEnabled(selectedRow() != null));
        table.addListener(SWT.DefaultSelection, e -> viewSelected());
    }

    private Row selectedRow() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (Row) table.getItem(index).getData();
    }

    /**
     * View: opens the selected row's submission beside its ground truth. The permission service decides (view
     * benchmark source, Admins only); everyone else is told why not and the view is not opened.
     */
    void viewSelected() {
        Row row = selectedRow();
        if (row == null || row.source() == null) {
            return;
        }
        TrainingSession session = context.session();
        if (session == null || !context.may(Action.VIEW_BENCHMARK_SOURCE)) {
            say(session == null ? "" : context.denial(Action.VIEW_BENCHMARK_SOURCE, session
                    .trainingProject()) + " The side-by-side view shows the ground truth.");
            return;
        }
        try {
            ComparisonView view = (ComparisonView) getSite().getPage().showView(
                    org.annotide.ui.evaluation.EvaluationUi.COMPARISON_VIEW_ID);
            view.show(row.source());
            view.selectLabel(row.label());
        } catch (org.eclipse.ui.PartInitException e) {
            say("The side-by-side view cannot open: " + e.getMessage());
        }
    }

    /** Sorts by a column; the same column again reverses the order. */
    void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        fill();
    }

    @Override
    protected void refresh() {
        boolean admin = context.may(Action.VIEW_BENCHMARK_SOURCE);
        compare.setVisible(admin);
        ((GridData) compare.getLayoutData()).exclude = !admin;
        compare.setEnabled(false);
        TrainingSession session = context.session();
        if (session == null || context.user() == null) {
            rows = List.of();
            matching = 0;
            say(context.user() == null ? "Log in to see submissions." : "");
            fill();
            return;
        }
        if (session.isMirror()) { // the labels pair objects with the ground truth, which only the server holds
            rows = List.of();
            matching = 0;
            say("This training project is a team server's: its evaluation labels are computed there, against ground "
                    + "truth that never leaves it. The scores are in Overview and My Tasks"
                    + (all() ? "; the server's CSV (GET .../scores.csv) has every label." : "."));
            fill();
            return;
        }
        String text = filter.getText().trim().toLowerCase(Locale.ROOT);
        boolean all = context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS);
        long[] count = new long[1];
        visit(session, all, row -> {
            if (row.matches(text)) {
                count[0]++;
            }
        });
        matching = count[0];
        long step = Math.max(1, (matching + LIMIT - 1) / LIMIT);
        List<Row> kept = new ArrayList<>();
        long[] seen = new long[1];
        visit(session, all, row -> {
            if (row.matches(text) && seen[0]++ % step == 0) {
                kept.add(row);
            }
        });
        rows = kept;
        String scope = all ? "" : "Your own submissions. ";
        say(matching > LIMIT ? scope + String.format(Locale.ROOT,
                "Showing a sample of %,d of %,d evaluation labels (every %d%s); the CSV export has all of them.",
                rows.size(), matching, step, ordinal(step)) : scope);
        fill();
    }

    private boolean all() {
        return context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS);
    }

    private static String ordinal(long n) {
        return n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Every evaluation label of the tasks the user may see, one at a time (constant memory). */
    private void visit(TrainingSession session, boolean all, Consumer<Row> sink) {
        List<AnnotatorTask> tasks = session.trainingProject().getTasks();
        List<AnnotatorTask> visible = session.tasksFor(context.user());
        java.util.Set<AnnotatorTask> allowed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        allowed.addAll(visible);
        for (int t = 0; t < tasks.size(); t++) {
            AnnotatorTask task = tasks.get(t);
            if (!allowed.contains(task) || task.getStatus() != TaskStatus.SUBMITTED) {
                continue;
            }
            TaskResult result = session.result(context.user(), task, null);
            if (result == null) {
                continue;
            }
            String annotator = task.getAnnotator() == null ? "" : task.getAnnotator().getLogin();
            String image = task.getImage() == null ? "" : task.getImage().getName();
            for (int i = 0; i < result.labelCount(); i++) {
                boolean matched = result.isClassification() || result.groundTruth(i) >= 0 && result.submitted(i) >= 0;
                boolean missed = !result.isClassification() && result.submitted(i) < 0;
                String labelClass = missed && !all ? "(missed object)" : String.valueOf(result.labelClass(i));
                String category = !matched ? (missed ? "missed" : "extra") : result.categoryMatch(i) ? "right" : "wrong";
                sink.accept(new Row(annotator, t + 1, image, labelClass, matched ? result.similarity(i) : Double.NaN,
                        category, 100 * result.score(i), task, i));
            }
        }
    }

    private void fill() {
        List<Row> shown = new ArrayList<>(rows);
        if (sortColumn >= 0) {
            Comparator<Row> order = switch (sortColumn) {
                case 0 -> Comparator.comparing(Row::annotator);
                case 1 -> Comparator.comparingInt(Row::task);
                case 2 -> Comparator.comparing(Row::image);
                case 3 -> Comparator.comparing(Row::labelClass);
                case 4 -> Comparator.comparingDouble(r -> Double.isNaN(r.similarity()) ? -1 : r.similarity());
                case 5 -> Comparator.comparing(Row::category);
                default -> Comparator.comparingDouble(Row::score);
            };
            shown.sort(descending ? order.reversed() : order);
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Row row : shown) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(row.cells());
                item.setData(row);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    Table table() {
        return table;
    }

    Text filter() {
        return filter;
    }

    /** Labels matching the filter (before sampling). */
    long matching() {
        return matching;
    }
}
