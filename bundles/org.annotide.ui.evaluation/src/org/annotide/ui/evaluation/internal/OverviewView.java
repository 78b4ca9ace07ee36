package org.annotide.ui.evaluation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.annotide.access.Action;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.TaskStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Overview: per annotator the tasks done of their total, the score, the skill band (thresholds the Admin sets in
 * Settings) and the per-class scores. Admins and Team Managers see every trainee; an Annotator only their own row.
 * Export CSV writes every evaluation label as a cancellable job (Admins and Team Managers).
 */
public final class OverviewView extends EvaluationViewPart {

    private Table table;
    private Button export;
    /** Where Export CSV writes without asking (tests); null asks with a file dialog. */
    Path exportTarget;
    /** The last export job started (tests join it). */
    CsvExportJob lastExport;

    @Override
    protected void createBody(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(bar);
        export = new Button(bar, SWT.PUSH);
        export.setText("Export &CSV...");
        export.setToolTipText("Write every evaluation label of every submission to a CSV file (a cancellable job)");
        export.setData(ROLE, "overview.export");
        export.addListener(SWT.Selection, e -> exportCsv());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ROLE, "overview.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
    }

    @Override
    protected void refresh() {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            TrainingSession session = context.session();
            // a mirror holds no ground truth to write the labels from: the server's own CSV route has them
            export.setVisible(session != null && !session.isMirror()
                    && context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS));
            if (session == null || context.user() == null) {
                say(context.user() == null ? "Log in to see scores." : "");
                return;
            }
            boolean all = context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS);
            List<AnnotatorTask> tasks = session.tasksFor(context.user());
            List<ScoreTotals> scores = session.scores(context.user(), null);
            say(all ? "" : scores.isEmpty() ? context.user().login() + " is not a trainee of this project."
                    : "Your own tasks and scores.");
            Map<String, int[]> done = new LinkedHashMap<>();
            for (AnnotatorTask task : tasks) {
                if (task.getAnnotator() != null) {
                    int[] counts = done.computeIfAbsent(task.getAnnotator().getLogin(), k -> new int[2]);
                    counts[1]++;
                    if (task.getStatus() == TaskStatus.SUBMITTED) {
                        counts[0]++;
                    }
                }
            }
            TreeSet<String> classes = new TreeSet<>();
            scores.forEach(s -> classes.addAll(s.classScores().keySet()));
            List<String> headers = new ArrayList<>(List.of("Annotator", "Tasks done", "Score", "Skill"));
            classes.forEach(c -> headers.add("Class: " + c));
            for (String title : headers) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(title);
            }
            SkillBands bands = SkillBands.of(session.store().project());
            for (ScoreTotals totals : scores) {
                int[] counts = done.getOrDefault(totals.annotator(), new int[2]);
                List<String> cells = new ArrayList<>();
                cells.add(totals.annotator());
                cells.add(counts[0] + " / " + counts[1]);
                boolean scored = totals.tasks() > 0;
                cells.add(scored ? number(totals.score()) : "-");
                cells.add(scored ? bands.band(totals.score()) : "-");
                for (String c : classes) {
                    Double value = totals.classScores().get(c);
                    cells.add(value == null ? "-" : number(value));
                }
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(cells.toArray(String[]::new));
                item.setData(totals);
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private void exportCsv() {
        TrainingSession session = context.session();
        if (session == null || !context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS)) {
            say(context.denial(Action.CONTROL_ASSIGNMENTS_AND_STATUS, null));
            return;
        }
        if (session.isMirror()) {
            say("This training project is a team server's: its CSV is written there (GET .../scores.csv).");
            return;
        }
        Path target = exportTarget;
        if (target == null) {
            FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
            dialog.setText("Export the evaluation labels");
            dialog.setFilterExtensions(new String[] {"*.csv"});
            dialog.setFileName(session.trainingProject().getName() + "-labels.csv");
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            target = Path.of(chosen);
        }
        lastExport = new CsvExportJob(session, context.user(), target);
        lastExport.setUser(true);
        lastExport.schedule();
    }

    Table table() {
        return table;
    }

    Button exportButton() {
        return export;
    }
}
