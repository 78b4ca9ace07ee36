package org.annotide.ui.evaluation.internal;

import java.util.List;
import java.util.Locale;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.TaskStatus;
import org.annotide.ui.editor.AnnotationEditors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;

/**
 * The annotator's simplified view: their own task queue (image, status, score once submitted), Start labelling
 * (opens the next task that is not submitted in the annotation editor), Open (initiate any of their tasks) and
 * Submit (final: the work the annotator drew on the task's image becomes the task's submission, is scored at once,
 * and the task can never be reopened or edited). Only Annotators who are trainees have a queue.
 */
public final class MyTasksView extends EvaluationViewPart {

    static final String SUBMIT_TITLE = "Submit Task";

    private Table table;
    private Button start;
    private Button open;
    private Button submit;

    @Override
    protected void createBody(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        start = button(bar, "&Start labelling", "myTasks.start");
        start.addListener(SWT.Selection, e -> startLabelling());
        open = button(bar, "&Open", "myTasks.open");
        open.addListener(SWT.Selection, e -> openSelected());
        submit = button(bar, "S&ubmit...", "myTasks.submit");
        submit.addListener(SWT.Selection, e -> submitSelected());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ROLE, "myTasks.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (String title : new String[] {"Task", "Image", "Status", "Score"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Image") ? 180 : 90);
        }
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> openSelected());
    }

    private static Button button(Composite parent, String text, String role) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(ROLE, role);
        return button;
    }

    private boolean hasQueue() {
        return context.session() != null && context.may(Action.ANNOTATE_TASKS);
    }

    @Override
    protected void refresh() {
        table.removeAll();
        TrainingSession session = context.session();
        Account user = context.user();
        if (session == null || user == null) {
            say(user == null ? "Log in to see your tasks." : "");
            enable();
            return;
        }
        if (!hasQueue()) {
            say(user.role() == org.annotide.model.Role.ANNOTATOR ? user.login()
                    + " is not a trainee of this training project." : "Only Annotators have a task queue; "
                    + Account.roleName(user.role()) + "s follow the trainees in Overview and Summary of Tasks.");
            enable();
            return;
        }
        List<AnnotatorTask> all = session.trainingProject().getTasks();
        int open = 0;
        for (AnnotatorTask task : session.tasksFor(user)) {
            TableItem item = new TableItem(table, SWT.NONE);
            String score = "";
            if (task.getStatus() == TaskStatus.SUBMITTED) {
                double value = session.taskScore(user, task);
                score = Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
            } else {
                open++;
            }
            item.setText(new String[] {Integer.toString(all.indexOf(task) + 1),
                    task.getImage() == null ? "" : task.getImage().getName(), statusText(task.getStatus()), score});
            item.setData(task);
        }
        say(open == 0 ? "All your tasks are submitted." : open + " of your tasks to do.");
        enable();
    }

    static String statusText(TaskStatus status) {
        return switch (status) {
            case ASSIGNED -> "To do";
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            default -> status.getLiteral();
        };
    }

    private void enable() {
        boolean queue = hasQueue();
        AnnotatorTask selected = selected();
        start.setEnabled(queue && context.session().nextTask(context.user()) != null);
        open.setEnabled(queue && selected != null);
        submit.setEnabled(queue && selected != null && selected.getStatus() != TaskStatus.SUBMITTED);
    }

    AnnotatorTask selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (AnnotatorTask) table.getItem(index).getData();
    }

    /** Selects the row of a task (the next one after Start labelling). */
    void select(AnnotatorTask task) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() == task) {
                table.setSelection(i);
            }
        }
        enable();
    }

    /** Start labelling: the next task that is not submitted, opened in the editor. */
    void startLabelling() {
        TrainingSession session = context.session();
        AnnotatorTask next = session == null ? null : session.nextTask(context.user());
        if (next == null) {
            say("Nothing left to label: all your tasks are submitted.");
            return;
        }
        initiate(next);
    }

    private void openSelected() {
        AnnotatorTask task = selected();
        if (task != null) {
            initiate(task);
        }
    }

    /** Initiates a task: marks it in progress and opens its image in the annotation editor. */
    void initiate(AnnotatorTask task) {
        TrainingSession session = context.session();
        try {
            if (task.getStatus() == TaskStatus.ASSIGNED) {
                session.setWork(context.user(), task, List.of());
            }
            context.users().permissions().check(context.user(), Action.ANNOTATE_TASKS, task);
            AnnotationEditors.open(getSite().getPage(), task.getImage());
            select(task);
        } catch (PermissionDeniedException e) {
            say(e.getMessage());
        } catch (PartInitException e) {
            say("The editor cannot open " + task.getImage().getName() + ": " + e.getMessage());
        }
    }

    private void submitSelected() {
        AnnotatorTask task = selected();
        if (task == null) {
            return;
        }
        long drawn = mine(task).size();
        if (MessageDialog.open(MessageDialog.QUESTION, table.getShell(), SUBMIT_TITLE, "Submit your work on "
                + task.getImage().getName() + " (" + drawn + " object" + (drawn == 1 ? "" : "s")
                + ")? Submitting is final: the task cannot be reopened or edited afterwards.", SWT.NONE, "Submit",
                "Cancel") == 0) {
            submit(task);
        }
    }

    /**
     * What the logged-in annotator drew on the task's image: their own drafts, as the benchmark layer hands them
     * out (another trainee's drafts on the same image are never part of it).
     */
    private List<Annotation> mine(AnnotatorTask task) {
        try {
            return context.session().drafts(context.user(), task);
        } catch (PermissionDeniedException e) {
            return List.of();
        }
    }

    /**
     * Submits: the annotator's own drafts on the image become the task's work (off the shared image), then the
     * task is submitted and scored; {@link TrainingSession#submitDrafts} does it and asks the permission service.
     */
    TaskResult submit(AnnotatorTask task) {
        TrainingSession session = context.session();
        try {
            TaskResult result = session.submitDrafts(context.user(), task);
            refresh();
            if (result == null) { // a server's training project: submitted and scored there, not yet here
                say("Sent " + task.getImage().getName() + " to the server after your drafts: it is submitted and "
                        + "scored when the server answers (the task shows Submitted then; a refusal is reported).");
                return null;
            }
            say(String.format(Locale.ROOT, "Submitted %s: task score %.2f.", task.getImage().getName(),
                    result.taskScore()));
            return result;
        } catch (PermissionDeniedException | IllegalArgumentException | IllegalStateException e) {
            say("Not submitted: " + e.getMessage());
            return null;
        }
    }

    Table table() {
        return table;
    }
}
