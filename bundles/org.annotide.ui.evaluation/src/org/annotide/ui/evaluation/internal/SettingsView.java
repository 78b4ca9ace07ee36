package org.annotide.ui.evaluation.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.ScoringFunctionSpec.Weights;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingProjects;
import org.annotide.benchmark.TrainingSession;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.ScoringMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Settings of a training project, each part shown only to the roles that may use it:
 * <ul>
 * <li>Benchmark source (view benchmark source: Admins): the source projects the ground truth came from;</li>
 * <li>Scoring function (edit scoring function: Admins): the mode and the weight table per class. Edit makes the
 * weights editable, Save keeps the edited function in the project (an undoable command), Re-calculate applies it
 * to every earlier submission and shows each annotator's score before and after (for a team server's training
 * project the server computes it, in a job);</li>
 * <li>Skill bands (Admins): the thresholds of Beginner / Intermediate / Expert;</li>
 * <li>Annotation instructions: written by Admins, read by everyone;</li>
 * <li>Team (invite team members: Admins and Team Managers): the trainees, and adding one (an existing Annotator or
 * a new one, who sets a password at the first login).</li>
 * </ul>
 */
public final class SettingsView extends EvaluationViewPart {

    /** Project metadata: the saved function, not yet applied (JSON), or "" for none. */
    static final String PENDING_KEY = TrainingSettings.PENDING_FUNCTION_KEY;
    /** Project metadata: the annotation instructions. */
    static final String INSTRUCTIONS_KEY = TrainingSettings.INSTRUCTIONS_KEY;

    private ScrolledComposite scroller;
    private Composite body;
    private boolean editing;
    private Combo mode;
    private final Map<String, Text[]> weights = new LinkedHashMap<>();
    private Table rescored;
    private List<TrainingSession.Rescore> lastRescore = List.of();
    /** A mirror's re-scoring under way, or null (UI thread). */
    private ServerRescore rescoring;

    @Override
    protected void createBody(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        body = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        scroller.setContent(body);
    }

    @Override
    protected void refresh() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        weights.clear();
        mode = null;
        rescored = null;
        TrainingSession session = context.session();
        if (session == null || context.user() == null) {
            say(context.user() == null ? "Log in to see the settings." : "");
            layout();
            return;
        }
        List<String> hidden = new ArrayList<>();
        if (context.may(Action.VIEW_BENCHMARK_SOURCE)) {
            sourceGroup(session);
        } else {
            hidden.add("the benchmark source");
        }
        if (context.may(Action.EDIT_SCORING_FUNCTION)) {
            functionGroup(session);
            bandsGroup(session);
        } else {
            hidden.add("the scoring function editor");
        }
        instructionsGroup(session);
        if (context.may(Action.INVITE_TEAM_MEMBERS)) {
            teamGroup(session);
        } else {
            hidden.add("the team");
        }
        Account user = context.user();
        say(hidden.isEmpty() ? "" : "Not shown to " + Account.roleName(user.role()) + "s: " + String.join(", ",
                hidden) + ".");
        layout();
    }

    private void layout() {
        body.layout(true, true);
        scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private Group group(String title, String role, int columns) {
        Group group = new Group(body, SWT.NONE);
        group.setText(title);
        group.setData(ROLE, role);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        return group;
    }

    private void sourceGroup(TrainingSession session) {
        Group group = group("Benchmark source", "settings.source", 1);
        for (String source : TrainingProjects.sources(session.store().project())) {
            new Label(group, SWT.NONE).setText(source);
        }
        new Label(group, SWT.NONE).setText(session.benchmarkTaskCount() + " benchmark tasks, frozen at creation in "
                + TrainingProjects.GROUND_TRUTH_FOLDER + "/");
    }

    private ScoringFunctionSpec shownFunction(TrainingSession session) {
        ScoringFunctionSpec pending = TrainingSettings.pendingFunction(session.store().project());
        return pending != null ? pending : session.function(); // none, or a damaged one: the project's
    }

    private void functionGroup(TrainingSession session) {
        Group group = group("Scoring function", "settings.function", 3);
        ScoringFunctionSpec function = shownFunction(session);
        String pending = session.store().project().getMetadata().get(PENDING_KEY);
        Label state = new Label(group, SWT.WRAP);
        state.setData(ROLE, "settings.functionState");
        state.setText(pending != null && !pending.isEmpty()
                ? "Saved, not applied yet: Re-calculate scores applies it to every earlier submission."
                : "The project's function" + (session.trainingProject().getScoringFunction() == null ? ""
                        : " (" + session.trainingProject().getScoringFunction().getName() + ")") + ".");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(state);
        new Label(group, SWT.NONE).setText("Mode:");
        mode = new Combo(group, SWT.READ_ONLY);
        mode.setItems("Dynamic (shape similarity and category)", "Single frame-level classification only");
        mode.select(function.mode() == ScoringMode.CLASSIFICATION ? 1 : 0);
        mode.setEnabled(editing);
        mode.setData(ROLE, "settings.mode");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(mode);
        bold(new Label(group, SWT.NONE), "Class");
        bold(new Label(group, SWT.NONE), "IoU weight");
        bold(new Label(group, SWT.NONE), "Category weight");
        for (LabelClass labelClass : session.store().project().getLabelClasses()) {
            String name = labelClass.getName();
            Weights w = function.weights(name);
            new Label(group, SWT.NONE).setText(name);
            Text iou = weightField(group, w.iou(), "settings.iou." + name);
            Text category = weightField(group, w.category(), "settings.category." + name);
            weights.put(name, new Text[] {iou, category});
        }
        Composite buttons = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        Button edit = button(buttons, "&Edit", "settings.edit");
        edit.setEnabled(!editing);
        edit.addListener(SWT.Selection, e -> {
            editing = true;
            refresh();
        });
        Button save = button(buttons, "&Save", "settings.save");
        save.setEnabled(editing);
        save.addListener(SWT.Selection, e -> save(session));
        Button recalculate = button(buttons, "&Re-calculate scores", "settings.recalculate");
        recalculate.setEnabled(!editing);
        recalculate.addListener(SWT.Selection, e -> recalculate(session));
        if (!lastRescore.isEmpty()) {
            rescored = new Table(group, SWT.BORDER | SWT.FULL_SELECTION);
            rescored.setHeaderVisible(true);
            rescored.setData(ROLE, "settings.rescored");
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(rescored);
            for (String title : new String[] {"Annotator", "Before", "After"}) {
                new TableColumn(rescored, SWT.LEFT).setText(title);
            }
            for (TrainingSession.Rescore change : lastRescore) {
                new TableItem(rescored, SWT.NONE).setText(new String[] {change.annotator(),
                        OverviewView.number(change.before()), OverviewView.number(change.after())});
            }
            for (TableColumn column : rescored.getColumns()) {
                column.pack();
            }
        }
    }

    private Text weightField(Composite parent, double value, String role) {
        Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
        text.setText(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        text.setEditable(editing);
        text.setData(ROLE, role);
        GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static void bold(Label label, String text) {
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    }

    private static Button button(Composite parent, String text, String role) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(ROLE, role);
        return button;
    }

    /** The function the fields describe; throws with a message naming the field that is wrong. */
    private ScoringFunctionSpec edited() {
        Map<String, Weights> classes = new LinkedHashMap<>();
        for (Map.Entry<String, Text[]> entry : weights.entrySet()) {
            double iou = parse(entry.getValue()[0].getText(), "IoU weight of " + entry.getKey());
            double category = parse(entry.getValue()[1].getText(), "category weight of " + entry.getKey());
            try {
                classes.put(entry.getKey(), new Weights(iou, category));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(entry.getKey() + ": " + e.getMessage());
            }
        }
        return new ScoringFunctionSpec(mode.getSelectionIndex() == 1 ? ScoringMode.CLASSIFICATION : ScoringMode.DYNAMIC,
                classes);
    }

    private static double parse(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " is not a number: '" + text + "'");
        }
    }

    void save(TrainingSession session) {
        if (!context.may(Action.EDIT_SCORING_FUNCTION)) {
            say(context.denial(Action.EDIT_SCORING_FUNCTION, session.trainingProject()));
            return;
        }
        ScoringFunctionSpec function;
        try {
            function = edited();
        } catch (IllegalArgumentException e) {
            say("Not saved: " + e.getMessage());
            return;
        }
        editing = false;
        session.store().commandStack().execute(TrainingSettings.command(session.store(), PENDING_KEY,
                function.toJson()));
    }

    void recalculate(TrainingSession session) {
        if (session.isMirror()) {
            recalculateOnServer(session);
            return;
        }
        try {
            lastRescore = session.rescore(context.user(), shownFunction(session));
            session.store().commandStack().execute(TrainingSettings.command(session.store(), PENDING_KEY, ""));
        } catch (PermissionDeniedException | IllegalArgumentException | IllegalStateException e) {
            say(e.getMessage());
            return;
        }
        refresh();
    }

    /**
     * A mirror's re-scoring: the server computes it, so it runs in a job (progress, cancel), never on the UI thread;
     * the before and after show once the server answered. Cancelling stops the waiting: should the server have
     * re-scored already, the new scores still come into the mirror.
     */
    private void recalculateOnServer(TrainingSession session) {
        if (!context.may(Action.EDIT_SCORING_FUNCTION)) {
            say(context.denial(Action.EDIT_SCORING_FUNCTION, session.trainingProject()));
            return;
        }
        if (rescoring != null) {
            say("The server is re-calculating the scores already.");
            return;
        }
        Account user = context.user();
        ScoringFunctionSpec function = shownFunction(session);
        Display display = body.getDisplay();
        rescoring = new ServerRescore(session, user, function, display);
        rescoring.setUser(true);
        rescoring.schedule();
        say("Re-calculating the scores on the server...");
    }

    /** The re-scoring's answer, on the UI thread: shown if the view still shows its training project. */
    private void rescored(TrainingSession session, List<TrainingSession.Rescore> changes, String problem) {
        rescoring = null;
        if (body.isDisposed() || context.session() != session) {
            return;
        }
        if (problem != null) {
            say(problem);
            return;
        }
        lastRescore = changes;
        session.store().commandStack().execute(TrainingSettings.command(session.store(), PENDING_KEY, ""));
        refresh();
    }

    /** Asks the server to re-score; cancelling interrupts the wait for its answer. */
    private final class ServerRescore extends Job {
        private final TrainingSession session;
        private final Account user;
        private final ScoringFunctionSpec function;
        private final Display display;
        private final Object lock = new Object();
        private Thread running;

        ServerRescore(TrainingSession session, Account user, ScoringFunctionSpec function, Display display) {
            super("Re-calculating scores on the server");
            this.session = session;
            this.user = user;
            this.function = function;
            this.display = display;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask("Waiting for the server to score every submission again", IProgressMonitor.UNKNOWN);
            synchronized (lock) {
                running = Thread.currentThread();
            }
            List<TrainingSession.Rescore> changes = null;
            String problem = null;
            try {
                changes = session.rescore(user, function);
            } catch (PermissionDeniedException | IllegalArgumentException | IllegalStateException e) {
                problem = monitor.isCanceled() ? "Stopped waiting for the server; should it have re-calculated the "
                        + "scores, they come into this copy." : e.getMessage();
            } finally {
                synchronized (lock) {
                    running = null;
                    Thread.interrupted(); // an interrupt of the cancel is for this job only
                }
                monitor.done();
            }
            List<TrainingSession.Rescore> answer = changes;
            String said = problem;
            display.asyncExec(() -> rescored(session, answer, said));
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        }

        @Override
        protected void canceling() {
            synchronized (lock) {
                if (running != null) {
                    running.interrupt(); // the request waits in java.net.http, which an interrupt ends
                }
            }
        }
    }

    private void bandsGroup(TrainingSession session) {
        Group group = group("Skill bands", "settings.bands", 5);
        SkillBands bands = SkillBands.of(session.store().project());
        new Label(group, SWT.NONE).setText("Intermediate from");
        Text lower = new Text(group, SWT.BORDER | SWT.RIGHT);
        lower.setText(Double.toString(bands.lower()));
        lower.setData(ROLE, "settings.bands.lower");
        new Label(group, SWT.NONE).setText("Expert from");
        Text upper = new Text(group, SWT.BORDER | SWT.RIGHT);
        upper.setText(Double.toString(bands.upper()));
        upper.setData(ROLE, "settings.bands.upper");
        Button set = button(group, "Set &bands", "settings.bands.set");
        set.addListener(SWT.Selection, e -> {
            try {
                new SkillBands(parse(lower.getText(), "lower threshold"), parse(upper.getText(), "upper threshold"))
                        .save(session.store());
            } catch (IllegalArgumentException ex) {
                say("Not set: " + ex.getMessage());
            }
        });
    }

    private void instructionsGroup(TrainingSession session) {
        Group group = group("Annotation instructions", "settings.instructions", 1);
        String value = session.store().project().getMetadata().get(INSTRUCTIONS_KEY);
        boolean write = context.may(Action.ADD_ANNOTATION_INSTRUCTIONS);
        Text text = new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setText(value == null ? "" : value);
        text.setEditable(write);
        text.setData(ROLE, "settings.instructions.text");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 60).applyTo(text);
        if (write) {
            Button save = button(group, "Save &instructions", "settings.instructions.save");
            save.addListener(SWT.Selection, e -> session.store().commandStack().execute(
                    TrainingSettings.command(session.store(), INSTRUCTIONS_KEY, text.getText())));
        }
    }

    private void teamGroup(TrainingSession session) {
        Group group = group("Team", "settings.team", 3);
        Label trainees = new Label(group, SWT.WRAP);
        trainees.setData(ROLE, "settings.trainees");
        trainees.setText("Trainees: " + (session.trainees().isEmpty() ? "none" : String.join(", ",
                session.trainees())));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(trainees);
        new Label(group, SWT.NONE).setText("Add trainee:");
        Combo login = new Combo(group, SWT.DROP_DOWN);
        login.setData(ROLE, "settings.addTrainee.login");
        try {
            for (Account account : context.users().directory().accounts()) {
                if (account.role() == Role.ANNOTATOR && !session.trainees().contains(account.login())) {
                    login.add(account.login());
                }
            }
        } catch (IOException e) {
            say("The workspace's users cannot be read: " + e.getMessage());
        }
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(login);
        Button add = button(group, "&Add", "settings.addTrainee");
        add.addListener(SWT.Selection, e -> addTrainee(session, login.getText().trim()));
    }

    /** Adds an Annotator of the workspace as a trainee, inviting a new one (no password yet) when unknown. */
    void addTrainee(TrainingSession session, String login) {
        if (login.isEmpty()) {
            say("Name the trainee to add.");
            return;
        }
        if (session.isMirror()) { // its users and tasks are the server's; nothing is invited into this workspace
            say("Not added: the trainees of a team server's training project are added on the server.");
            return;
        }
        try {
            UserDirectory directory = context.users().directory();
            Account trainee = directory.find(login).orElse(null);
            if (trainee == null) {
                Account invited = new Account(login, Role.ANNOTATOR);
                context.users().permissions().check(context.user(), Action.INVITE_TEAM_MEMBERS, invited);
                trainee = directory.add(invited, null);
            }
            session.addTrainee(context.user(), trainee);
            say(String.format(Locale.ROOT, "%s added: %d tasks made.", login, session.benchmarkTaskCount()));
        } catch (IOException e) {
            say("The workspace's users cannot be written: " + e.getMessage());
        } catch (PermissionDeniedException | IllegalArgumentException | IllegalStateException e) {
            say("Not added: " + e.getMessage());
        }
    }

    Composite body() {
        return body;
    }

    /** Scrolls a control of the settings into sight. */
    void reveal(Control control) {
        scroller.showControl(control);
    }
}
