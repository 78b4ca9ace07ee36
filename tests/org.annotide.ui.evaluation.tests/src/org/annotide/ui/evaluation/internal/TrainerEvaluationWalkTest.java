package org.annotide.ui.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.annotide.access.Account;
import org.annotide.access.PermissionDeniedException;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.TrainingSession;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.TaskStatus;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.UserSession;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.evaluation.EvaluationUi;
import org.annotide.ui.login.LoginDialog;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotator-training workbench walked by three users of the three roles, in one real workbench: the first
 * start creates the Admin through the login dialog; the Admin creates a training project with the wizard (which
 * refuses sources whose ontologies differ, listing what differs); the Annotator logs in, starts labelling, draws
 * and submits; a second trainee invited by the wizard sets a password at the first login; the Team Manager follows
 * progress and scores and exports the CSV; the Admin edits the scoring function, saves and re-calculates, seeing
 * each annotator's score before and after. The role rules are asserted through the views' contents.
 */
class TrainerEvaluationWalkTest {

    static final String ADMIN_PW = "admin-pass-1";
    static final String TM_PW = "manager-pass-1";
    static final String ANN_PW = "annotator-pass-1";
    static final String BOB_PW = "bob-pass-12";

    @TempDir
    Path temp;

    private static int shots;
    private final List<IProject> linked = new ArrayList<>();

    private static Path workspaceFolder() {
        return Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString());
    }

    private static UserSession session() {
        return PlatformUI.getWorkbench().getService(UserSession.class);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void noUsers() throws IOException {
        session().logOut();
        Files.deleteIfExists(workspaceFolder().resolve(UserDirectory.FILE_NAME));
    }

    @AfterEach
    void cleanUp() throws Exception {
        session().logOut();
        page().closeAllEditors(false);
        EvaluationContext.get().show(null);
        for (IProject project : linked) {
            if (project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
            }
        }
        Files.deleteIfExists(workspaceFolder().resolve(UserDirectory.FILE_NAME));
    }

    // ---- fixtures: real source projects with real image files ----

    static LabelClass labelClass(String name) {
        LabelClass c = AnnotideFactory.eINSTANCE.createLabelClass();
        c.setId(UUID.randomUUID().toString());
        c.setName(name);
        return c;
    }

    static Annotation box(LabelClass c, long id, double x, double y, double w, double h) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
        a.setId(id);
        a.setLabelClass(c);
        a.setShape(box);
        return a;
    }

    /**
     * A source project: classes cat and dog (plus extra classes), two Completed images with ground truth (img0: a
     * cat at (10, 10, 40, 40); img1: a dog at (100, 100, 50, 30)) and one New image, as PNG files in images/.
     */
    private IProject source(String name, String... extraClasses) throws Exception {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder.resolve("images"));
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            List<LabelClass> classes = new ArrayList<>(List.of(labelClass("cat"), labelClass("dog")));
            for (String extra : extraClasses) {
                classes.add(labelClass(extra));
            }
            List<ImageAsset> images = new ArrayList<>();
            ImageStatus[] statuses = {ImageStatus.REVIEWED, ImageStatus.REVIEWED, ImageStatus.NEW};
            for (int i = 0; i < statuses.length; i++) {
                String file = "img" + i + ".png";
                BufferedImage pixels = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 200; y++) {
                    for (int x = 0; x < 200; x++) {
                        pixels.setRGB(x, y, (x * 255 / 200) << 16 | (y * 255 / 200) << 8 | 90);
                    }
                }
                ImageIO.write(pixels, "png", folder.resolve("images").resolve(file).toFile());
                ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
                image.setId(UUID.randomUUID().toString());
                image.setName(file);
                image.setLocation("images/" + file);
                image.setWidth(200);
                image.setHeight(200);
                image.setStatus(statuses[i]);
                images.add(image);
            }
            images.get(0).getAnnotations().add(box(classes.get(0), 1, 10, 10, 40, 40));
            images.get(1).getAnnotations().add(box(classes.get(1), 2, 100, 100, 50, 30));
            images.get(2).getAnnotations().add(box(classes.get(0), 3, 0, 0, 10, 10));
            CompoundCommand command = new CompoundCommand();
            command.append(AddCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, classes));
            command.append(AddCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__IMAGES, images));
            command.append(org.eclipse.emf.edit.command.SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, 4L));
            store.commandStack().execute(command);
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        description.setLocationURI(folder.toUri());
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        project.create(description, null);
        project.open(null);
        linked.add(project);
        return project;
    }

    // ---- input helpers ----

    private static void click(Control control) {
        Spin.until("enabled: " + control, () -> control.isEnabled() && control.isVisible());
        Input.click(control, control.getSize().x / 2, control.getSize().y / 2);
    }

    private static void typeInto(Text text, String value) {
        Input.focus(text);
        text.selectAll();
        Input.type(value);
        Spin.until(value + " typed", () -> text.getText().equals(value));
    }

    private static Button button(Control root, String text) {
        return Widgets.find(root, Button.class, b -> b.getText().replace("&", "").startsWith(text));
    }

    private static <T extends Control> T role(Control root, Class<T> type, String role) {
        return Widgets.byRole(root, type, role);
    }

    private static boolean hasRole(Control root, String role) {
        return Widgets.all(root).stream().anyMatch(c -> !c.isDisposed() && role.equals(c.getData(Widgets.ROLE)));
    }

    private static void clickRow(Table table, int row) {
        var bounds = table.getItem(row).getBounds(0);
        Input.click(table, bounds.x + 10, bounds.y + bounds.height / 2);
    }

    /** Toggles a row's check box as GTK reports a click on it (the box lies outside the item's bounds). */
    private static void check(Table table, int row) {
        TableItem item = table.getItem(row);
        item.setChecked(!item.getChecked());
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        event.detail = org.eclipse.swt.SWT.CHECK;
        table.notifyListeners(org.eclipse.swt.SWT.Selection, event);
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
    }

    /**
     * Logs in through File > Switch User...'s dialog, typing as the user does; with {@code repeat} the dialog asks
     * for the password twice (the first Admin, or an invited user's first login).
     */
    private static Account logIn(String login, String password, boolean firstPassword) {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        LoginDialog dialog = new LoginDialog(window, session());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        Text loginField = role(shell, Text.class, "login");
        typeInto(loginField, login);
        Text passwordField = role(shell, Text.class, "password");
        if (firstPassword && session().needsFirstAdmin()) {
            typeInto(passwordField, password);
            typeInto(role(shell, Text.class, "repeat"), password);
        } else if (firstPassword) {
            click(button(shell, "Log In"));
            Spin.until("the dialog asks " + login + " to set a password", () -> role(shell, Text.class, "repeat")
                    .isVisible());
            typeInto(passwordField, password);
            typeInto(role(shell, Text.class, "repeat"), password);
        } else {
            typeInto(passwordField, password);
        }
        click(button(shell, "Log In"));
        Spin.until(login + " logged in", Duration.ofSeconds(30), shell::isDisposed);
        assertEquals(login, session().current().login());
        return session().current();
    }

    @SuppressWarnings("unchecked")
    private static <T extends EvaluationViewPart> T view(String id) throws Exception {
        return (T) page().showView(id);
    }

    private static void screenshot(String name) {
        Spin.idle(400);
        try {
            Process p = new ProcessBuilder("import", "-window", "root", "/tmp/ui-evaluation-" + ++shots + "-" + name
                    + ".png").redirectErrorStream(true).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick: no screenshot; the assertions decide the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the walk ----

    @Test
    void threeUsersOfThreeRolesWalkTheTrainerEvaluationPerspective() throws Exception {
        // the first start: the workspace has no users, the login dialog creates the Admin
        assertTrue(session().needsFirstAdmin());
        Account admin = logIn("root", ADMIN_PW, true);
        assertEquals(Role.ADMIN, admin.role());
        UserDirectory users = session().directory();
        users.add(new Account("tm", Role.TEAM_MANAGER), TM_PW.toCharArray());
        users.add(new Account("ann", Role.ANNOTATOR), ANN_PW.toCharArray());
        // a wrong password is refused in the dialog, which stays open and says so
        LoginDialog wrong = new LoginDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), session());
        wrong.setBlockOnOpen(false);
        wrong.open();
        typeInto(role(wrong.getShell(), Text.class, "login"), "tm");
        typeInto(role(wrong.getShell(), Text.class, "password"), "not-his-password");
        click(button(wrong.getShell(), "Log In"));
        Spin.until("the refusal", () -> wrong.getErrorMessage() != null);
        assertTrue(wrong.getErrorMessage().contains("Wrong login or password"), wrong.getErrorMessage());
        assertEquals("root", session().current().login(), "a failed login changes nothing");
        wrong.close();

        IProject cells = source("ev-cells");
        IProject birds = source("ev-birds", "bird");
        PlatformUI.getWorkbench().showPerspective(EvaluationUi.PERSPECTIVE_ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());

        // the Admin's wizard: sources with different ontologies are refused, with what differs
        NewTrainingProjectWizard wizard = new NewTrainingProjectWizard(session(),
                PlatformUI.getWorkbench().getService(org.annotide.ui.ProjectService.class));
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        typeInto(wizard.namePage.name, "ev-training");
        typeInto(wizard.namePage.description, "cells");
        click(button(shell, "Next"));
        Spin.until("the sources step", () -> dialog.getCurrentPage() == wizard.sourcesPage);
        Table sources = wizard.sourcesPage.table;
        List<String> names = column(sources, 0);
        int cellsRow = indexStarting(names, "ev-cells");
        int birdsRow = indexStarting(names, "ev-birds");
        assertTrue(names.get(cellsRow).contains("(2 ground-truth tasks)"), names.toString());
        check(sources, cellsRow);
        Spin.until("one source checked", () -> sources.getItem(cellsRow).getChecked());
        check(sources, birdsRow);
        Spin.until("the ontologies differ", () -> wizard.sourcesPage.getErrorMessage() != null);
        assertTrue(wizard.sourcesPage.ontology.getText().contains("bird"), wizard.sourcesPage.ontology.getText());
        assertFalse(button(shell, "Next").isEnabled(), "different ontologies are refused");
        check(sources, birdsRow);
        Spin.until("the refusal lifted", () -> wizard.sourcesPage.getErrorMessage() == null);
        click(button(shell, "Next"));
        Spin.until("the function step", () -> dialog.getCurrentPage() == wizard.functionPage);
        assertEquals(List.of("cat", "dog"), new ArrayList<>(wizard.functionPage.weights.keySet()));
        click(button(shell, "Next"));
        Spin.until("the trainees step", () -> dialog.getCurrentPage() == wizard.traineesPage);
        Table trainees = wizard.traineesPage.table;
        int annRow = indexStarting(column(trainees, 0), "ann");
        check(trainees, annRow);
        Spin.until("ann ticked", () -> trainees.getItem(annRow).getChecked());
        typeInto(wizard.traineesPage.invite, "bob");
        click(button(shell, "Finish"));
        Spin.until("the training project made", Duration.ofSeconds(60), shell::isDisposed);
        IProject training = wizard.created;
        assertNotNull(training);
        linked.add(training);
        assertFalse(session().directory().hasPassword("bob"), "bob was invited and sets a password at first login");

        EvaluationContext context = EvaluationContext.get();
        context.show(training);
        TrainingSession tp = context.session();
        assertEquals(4, tp.trainingProject().getTasks().size(), "2 benchmark tasks x 2 trainees");

        // Admin: everything
        SettingsView settings = view(EvaluationUi.SETTINGS_VIEW_ID);
        assertTrue(hasRole(settings.body(), "settings.source"), "the Admin sees the benchmark source");
        assertTrue(hasRole(settings.body(), "settings.function"), "the Admin edits the function");
        assertTrue(hasRole(settings.body(), "settings.team"));
        SummaryView summary = view(EvaluationUi.SUMMARY_VIEW_ID);
        assertTrue(summary.totals().startsWith("Expected 4 tasks (2 benchmark tasks x 2 trainees), created 4"),
                summary.totals());
        MyTasksView queue = view(EvaluationUi.MY_TASKS_VIEW_ID);
        assertEquals(0, queue.table().getItemCount());
        assertTrue(queue.noticeText().startsWith("Only Annotators have a task queue"), queue.noticeText());

        // Annotator: only their own tasks, never the ground truth, Start labelling, Submit is final
        logIn("ann", ANN_PW, false);
        Spin.until("the queue follows the user", () -> queue.table().getItemCount() == 2);
        assertEquals(List.of("img0.png", "img1.png"), column(queue.table(), 1));
        settings = view(EvaluationUi.SETTINGS_VIEW_ID);
        assertFalse(hasRole(settings.body(), "settings.source"), "an Annotator never sees the benchmark source");
        assertFalse(hasRole(settings.body(), "settings.function"));
        assertFalse(hasRole(settings.body(), "settings.team"));
        assertTrue(settings.noticeText().contains("the benchmark source, the scoring function editor, the team"),
                settings.noticeText());
        Account ann = session().current();
        assertThrows(PermissionDeniedException.class, () -> tp.groundTruth(ann, tp.trainingProject().getTasks()
                .get(0).getImage()));
        summary = view(EvaluationUi.SUMMARY_VIEW_ID);
        assertEquals(List.of("ann"), column(summary.table(), 0), "an Annotator's summary is their own");

        MyTasksView tasks = view(EvaluationUi.MY_TASKS_VIEW_ID);
        click(role(tasks.getViewSite().getShell(), Button.class, "myTasks.start"));
        Spin.until("the editor opens the first task", Duration.ofSeconds(30), () -> page().getActiveEditor() != null);
        IEditorPart editor = page().getActiveEditor();
        assertEquals(AnnotationEditors.EDITOR_ID, editor.getSite().getId());
        assertEquals("img0.png", editor.getEditorInput().getName().replaceAll(".*?(img\\d\\.png).*", "$1"));
        AnnotatorTask first = tp.task("ann", "img0.png");
        assertEquals(TaskStatus.IN_PROGRESS, first.getStatus(), "Start labelling initiates the task");
        assertTrue(first.getImage().getAnnotations().isEmpty(), "the trainee's image holds no ground truth");
        // ann draws a cat half as tall as the ground truth's; the editor makes the logged-in user its author
        LabelClass cat = tp.store().project().getLabelClasses().get(0);
        Annotation drawn = box(cat, tp.store().project().getNextAnnotationId(), 10, 10, 40, 20);
        drawn.setAuthor(session().current().login());
        tp.store().commandStack().execute(AddCommand.create(tp.store().editingDomain(), first.getImage(),
                AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, drawn));
        view(EvaluationUi.MY_TASKS_VIEW_ID);
        clickRow(tasks.table(), 0);
        Spin.until("img0 selected", () -> tasks.selected() == first);
        answerSubmit();
        click(role(tasks.getViewSite().getShell(), Button.class, "myTasks.submit"));
        Spin.until("img0 submitted", () -> first.getStatus() == TaskStatus.SUBMITTED);
        // IoU 0.5, right class: (100 * 0.5 + 100 * 1) / 200 = 0.75
        Spin.until("the score shown", () -> "75.00".equals(tasks.table().getItem(0).getText(3)));
        assertTrue(first.getImage().getAnnotations().isEmpty(), "the work moved into the submission");
        assertThrows(PermissionDeniedException.class, () -> tp.setWork(ann, first, List.of()),
                "a submitted task cannot be reopened");
        // img1: nothing drawn, submitted: one missed dog, 0
        clickRow(tasks.table(), 1);
        answerSubmit();
        click(role(tasks.getViewSite().getShell(), Button.class, "myTasks.submit"));
        Spin.until("img1 submitted", () -> tp.task("ann", "img1.png").getStatus() == TaskStatus.SUBMITTED);
        assertTrue(tasks.noticeText().startsWith("Submitted img1.png") || tasks.noticeText().contains("submitted"),
                tasks.noticeText());

        OverviewView overview = view(EvaluationUi.OVERVIEW_VIEW_ID);
        assertEquals(1, overview.table().getItemCount(), "an Annotator sees their own score only");
        assertEquals("ann", overview.table().getItem(0).getText(0));
        assertEquals("2 / 2", overview.table().getItem(0).getText(1));
        assertEquals("37.50", overview.table().getItem(0).getText(2), "100 * 0.75 / 2 labels");
        assertEquals("Beginner", overview.table().getItem(0).getText(3));
        assertFalse(overview.exportButton().isVisible(), "the CSV names ground-truth objects: not for Annotators");
        SubmissionsView submissions = view(EvaluationUi.SUBMISSIONS_VIEW_ID);
        assertEquals(2, submissions.table().getItemCount());
        assertTrue(column(submissions.table(), 3).contains("(missed object)"),
                "the class of a ground-truth object the annotator missed is not shown to them");
        assertFalse(column(submissions.table(), 3).contains("dog"));

        // an invited trainee's first login sets the password; they see their own tasks only
        logIn("bob", BOB_PW, true);
        assertTrue(session().directory().hasPassword("bob"));
        MyTasksView bobs = view(EvaluationUi.MY_TASKS_VIEW_ID);
        Spin.until("bob's queue", () -> bobs.table().getItemCount() == 2);
        assertEquals(List.of("To do", "To do"), column(bobs.table(), 2));
        overview = view(EvaluationUi.OVERVIEW_VIEW_ID);
        assertEquals(List.of("bob"), column(overview.table(), 0));
        assertEquals("-", overview.table().getItem(0).getText(2), "nothing submitted: no score");

        // Team Manager: progress and scores of everyone, no benchmark source, no function editor; the CSV
        logIn("tm", TM_PW, false);
        OverviewView tmOverview = view(EvaluationUi.OVERVIEW_VIEW_ID);
        assertEquals(List.of("ann", "bob"), column(tmOverview.table(), 0));
        assertEquals("37.50", tmOverview.table().getItem(0).getText(2));
        assertEquals("0 / 2", tmOverview.table().getItem(1).getText(1));
        settings = view(EvaluationUi.SETTINGS_VIEW_ID);
        assertFalse(hasRole(settings.body(), "settings.source"), "a Team Manager does not see the benchmark source");
        assertFalse(hasRole(settings.body(), "settings.function"), "nor the function editor");
        assertTrue(hasRole(settings.body(), "settings.team"), "a Team Manager invites team members");
        assertTrue(settings.noticeText().contains("Team Managers"), settings.noticeText());
        submissions = view(EvaluationUi.SUBMISSIONS_VIEW_ID);
        assertTrue(column(submissions.table(), 3).contains("dog"), "a Team Manager sees the missed object's class");
        OverviewView exporter = view(EvaluationUi.OVERVIEW_VIEW_ID);
        Path csv = temp.resolve("labels.csv");
        exporter.exportTarget = csv;
        click(exporter.exportButton());
        Spin.until("an export job", () -> exporter.lastExport != null);
        CsvExportJob job = exporter.lastExport;
        Spin.until("the CSV written", Duration.ofSeconds(60), () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", TrainingSession.CSV_COLUMNS), lines.get(0));
        assertEquals(3, lines.size(), "the header and ann's two evaluation labels: " + lines);
        assertFalse(Files.exists(temp.resolve("labels.csv.tmp")));

        // Submissions: sort, filter, sample
        submissions = view(EvaluationUi.SUBMISSIONS_VIEW_ID);
        SubmissionsView sv = submissions;
        clickHeader(sv.table(), 6);
        Spin.until("sorted by score", () -> sv.table().getSortColumn() == sv.table().getColumn(6));
        assertEquals(List.of("0.00", "75.00"), column(sv.table(), 6));
        clickHeader(sv.table(), 6);
        Spin.until("reversed", () -> "75.00".equals(sv.table().getItem(0).getText(6)));
        typeInto(sv.filter(), "img1");
        Spin.until("filtered", () -> sv.table().getItemCount() == 1);
        assertEquals("img1.png", sv.table().getItem(0).getText(2));
        Input.focus(sv.filter());
        sv.filter().selectAll();
        Input.keyCode(org.eclipse.swt.SWT.BS);
        Spin.until("the filter cleared", () -> sv.table().getItemCount() == 2);
        int limit = SubmissionsView.LIMIT;
        try {
            SubmissionsView.LIMIT = 1;
            sv.update();
            assertEquals(1, sv.table().getItemCount());
            assertTrue(sv.noticeText().contains("Showing a sample of 1 of 2 evaluation labels"), sv.noticeText());
            assertTrue(sv.noticeText().contains("the CSV export has all"), sv.noticeText());
        } finally {
            SubmissionsView.LIMIT = limit;
            sv.update();
        }
        assertThrows(PermissionDeniedException.class, () -> tp.rescore(session().current(), tp.function()),
                "a Team Manager may not re-calculate");

        // Admin: Edit -> Save -> Re-calculate, before and after
        logIn("root", ADMIN_PW, false);
        SettingsView adminSettings = view(EvaluationUi.SETTINGS_VIEW_ID);
        Composite body = adminSettings.body();
        Text catIou = role(body, Text.class, "settings.iou.cat");
        assertFalse(catIou.getEditable(), "weights are read-only until Edit");
        adminSettings.reveal(role(body, Button.class, "settings.edit"));
        click(role(body, Button.class, "settings.edit"));
        Spin.until("editable", () -> role(adminSettings.body(), Text.class, "settings.iou.cat").getEditable());
        typeInto(role(adminSettings.body(), Text.class, "settings.iou.cat"), "50");
        click(role(adminSettings.body(), Button.class, "settings.save"));
        Spin.until("saved, not applied", () -> role(adminSettings.body(), Label.class, "settings.functionState")
                .getText().startsWith("Saved, not applied"));
        click(role(adminSettings.body(), Button.class, "settings.recalculate"));
        Spin.until("before and after", () -> hasRole(adminSettings.body(), "settings.rescored"));
        Table rescored = role(adminSettings.body(), Table.class, "settings.rescored");
        // cat: (50 * 0.5 + 100 * 1) / 150 = 0.8333 of 2 labels: 41.67
        assertEquals(List.of("ann", "37.50", "41.67"), Arrays.asList(rescored.getItem(0).getText(0),
                rescored.getItem(0).getText(1), rescored.getItem(0).getText(2)));
        assertEquals(50, tp.function().weights("cat").iou());
        screenshot("admin-settings");

        // skill bands the Admin sets
        Text lower = role(adminSettings.body(), Text.class, "settings.bands.lower");
        adminSettings.reveal(lower);
        typeInto(lower, "40");
        typeInto(role(adminSettings.body(), Text.class, "settings.bands.upper"), "41");
        Button setBands = role(adminSettings.body(), Button.class, "settings.bands.set");
        adminSettings.reveal(setBands);
        Spin.idle(100);
        click(setBands);
        Spin.until("the bands stored", () -> "40;41".equals(tp.store().project().getMetadata()
                .get(org.annotide.benchmark.TrainingSettings.SKILL_BANDS_KEY)));
        OverviewView adminOverview = view(EvaluationUi.OVERVIEW_VIEW_ID);
        Spin.until("ann is an Expert now", () -> "Expert".equals(adminOverview.table().getItem(0).getText(3)));
        screenshot("perspective");

        // log out: every view empties itself
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("org.annotide.ui.commands.logOut", null);
        assertNull(session().current());
        Spin.until("the overview empties", () -> adminOverview.table().getItemCount() == 0);
        assertEquals("Log in to see scores.", adminOverview.noticeText());
    }

    private static int indexStarting(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + texts);
    }

    /**
     * A click on a column header. GTK draws the header outside the coordinates SWT gives the table's control, so a
     * posted click cannot aim at it; the header's click is sent as SWT reports it, a Selection on the column.
     */
    private static void clickHeader(Table table, int column) {
        table.getColumn(column).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Spin.idle(50);
    }

    /** The Submit question is modal: answer it from a timer, as a user clicks its Submit button. */
    private static void answerSubmit() {
        var display = PlatformUI.getWorkbench().getDisplay();
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (MyTasksView.SUBMIT_TITLE.equals(shell.getText()) && shell.isVisible()) {
                    click(button(shell, "Submit"));
                    return;
                }
            }
            display.timerExec(100, answer[0]);
        };
        display.timerExec(100, answer[0]);
    }
}
