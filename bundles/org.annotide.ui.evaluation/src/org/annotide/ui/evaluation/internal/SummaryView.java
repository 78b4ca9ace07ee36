package org.annotide.ui.evaluation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.access.Action;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.TaskStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Summary of tasks: expected (benchmark tasks x trainees) and created, and per annotator how many are to do, in
 * progress and submitted. Admins and Team Managers see the whole team; an Annotator their own tasks.
 */
public final class SummaryView extends EvaluationViewPart {

    private Label totals;
    private Table table;

    @Override
    protected void createBody(Composite parent) {
        totals = new Label(parent, SWT.WRAP);
        totals.setData(ROLE, "summary.totals");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(totals);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ROLE, "summary.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (String title : new String[] {"Annotator", "Tasks", "To do", "In progress", "Submitted"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(100);
        }
    }

    @Override
    protected void refresh() {
        table.removeAll();
        TrainingSession session = context.session();
        if (session == null || context.user() == null) {
            totals.setText("");
            say(context.user() == null ? "Log in to see the tasks." : "");
            return;
        }
        boolean all = context.may(Action.CONTROL_ASSIGNMENTS_AND_STATUS);
        List<AnnotatorTask> tasks = session.tasksFor(context.user());
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (all) {
            session.trainees().forEach(t -> counts.put(t, new int[4]));
        }
        for (AnnotatorTask task : tasks) {
            String login = task.getAnnotator() == null ? "" : task.getAnnotator().getLogin();
            int[] c = counts.computeIfAbsent(login, k -> new int[4]);
            c[0]++;
            c[task.getStatus() == TaskStatus.SUBMITTED ? 3 : task.getStatus() == TaskStatus.IN_PROGRESS ? 2 : 1]++;
        }
        int submitted = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            submitted += c[3];
            new TableItem(table, SWT.NONE).setText(new String[] {entry.getKey(), Integer.toString(c[0]),
                    Integer.toString(c[1]), Integer.toString(c[2]), Integer.toString(c[3])});
        }
        if (all) {
            int expected = session.benchmarkTaskCount() * session.trainees().size();
            totals.setText("Expected " + expected + " tasks (" + session.benchmarkTaskCount() + " benchmark tasks x "
                    + session.trainees().size() + " trainees), created " + tasks.size() + ", submitted " + submitted
                    + ".");
            say("");
        } else {
            totals.setText("Your tasks: " + tasks.size() + ", submitted " + submitted + ".");
            say("Your own tasks.");
        }
    }

    Table table() {
        return table;
    }

    String totals() {
        return totals.getText();
    }
}
