package org.annotide.ui.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.annotide.access.Action;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TaskComparison;
import org.annotide.benchmark.TrainingProjects;
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
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's two missing pieces, walked in the workbench by users of the three roles: trainees share a benchmark
 * image and each sees and changes only their own drafts (editor, Outline, Select All, explorer), and the Admin's
 * side-by-side view of a submission and its ground truth, which a Team Manager and an Annotator are refused and
 * which leaves no ground truth behind when the user changes.
 */
class SideBySideAndDraftsTest {

    static final String ADMIN_PW = "admin-pass-1";
    static final String TM_PW = "manager-pass-1";
    static final String ANN_PW = "annotator-pass-1";
    static final String BOB_PW = "bob-pass-123";

    @TempDir
    Path temp;

    private final List<IProject> linked = new ArrayList<>();

    private static UserSession users() {
        return PlatformUI.getWorkbench().getService(UserSession.class);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static Path workspaceFolder() {
        return Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString());
    }

    @BeforeEach
    void noUsers() throws IOException {
        users().logOut();
        Files.deleteIfExists(workspaceFolder().resolve(UserDirectory.FILE_NAME));
    }

    @AfterEach
    void cleanUp() throws Exception {
        users().logOut();
        page().closeAllEditors(false);
        EvaluationContext.get().show(null);
        for (IProject project : linked) {
            if (project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
            }
        }
        Files.deleteIfExists(workspaceFolder().resolve(UserDirectory.FILE_NAME));
    }

    // ---- fixtures

    private static LabelClass labelClass(String name, String colour) {
        LabelClass c = AnnotideFactory.eINSTANCE.createLabelClass();
        c.setId(UUID.randomUUID().toString());
        c.setName(name);
        c.setColor(colour);
        return c;
    }

    private static Annotation box(LabelClass c, long id, double x, double y, double w, double h) {
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

    /** A source project with real PNG files: img0 has a cat (10,10,40,40) and a dog (100,100,50,30), Completed. */
    private Path source(String name) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder.resolve("images"));
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            List<LabelClass> classes = List.of(labelClass("cat", "#2979ff"), labelClass("dog", "#ffd600"));
            List<ImageAsset> images = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
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
                image.setStatus(ImageStatus.REVIEWED);
                images.add(image);
            }
            images.get(0).getAnnotations().add(box(classes.get(0), 1, 10, 10, 40, 40));
            images.get(0).getAnnotations().add(box(classes.get(1), 2, 100, 100, 50, 30));
            images.get(1).getAnnotations().add(box(classes.get(1), 3, 60, 60, 40, 40));
            CompoundCommand command = new CompoundCommand();
            command.append(AddCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, classes));
            command.append(AddCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__IMAGES, images));
            command.append(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, 4L));
            store.commandStack().execute(command);
        }
        return folder;
    }

    private IProject link(String name, Path folder) throws Exception {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        if (!folder.getParent().equals(workspaceFolder())) {
            description.setLocationURI(folder.toUri());
        }
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        project.create(description, null);
        project.open(null);
        linked.add(project);
        return project;
    }

    /** A draft as the editor makes it on a shared benchmark image: the logged-in user is its author. */
    private static Annotation draw(TrainingSession tp, ImageAsset image, String className, double x, double y,
            double w, double h) {
        LabelClass labelClass = tp.store().project().getLabelClasses().stream()
                .filter(c -> c.getName().equals(className)).findFirst().orElseThrow();
        long id = tp.store().project().getNextAnnotationId();
        Annotation drawn = box(labelClass, id, x, y, w, h);
        drawn.setAuthor(users().current().login());
        CompoundCommand command = new CompoundCommand("draw");
        command.append(AddCommand.create(tp.store().editingDomain(), image,
                AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, drawn));
        command.append(SetCommand.create(tp.store().editingDomain(), tp.store().project(),
                AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, id + 1));
        tp.store().commandStack().execute(command);
        return drawn;
    }

    // ---- what the workbench's doors show

    private static void logIn(String login, String password) throws Exception {
        users().logIn(login, password.toCharArray());
        Spin.idle(100);
    }

    /** The rows of the Outline of the active editor. */
    private static int outlineRows(IEditorPart editor) throws Exception {
        page().activate(editor);
        IViewPart outline = page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        Spin.idle(200);
        Control control = ((PageBookView) outline).getCurrentPage().getControl();
        Table table = control instanceof Table t ? t : Widgets.find(control, Table.class, t -> true);
        Spin.idle(200);
        return table.getItemCount();
    }

    /** Select All in the editor: what it selects is what the Properties view would show. */
    private static List<?> selectAll(IEditorPart editor) throws Exception {
        page().activate(editor);
        Spin.idle(100);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.selectAll",
                null);
        Spin.idle(100);
        ISelection selection = editor.getSite().getSelectionProvider().getSelection();
        return ((IStructuredSelection) selection).toList();
    }

    /** The explorer's label of an image: its annotation count is last, in brackets. */
    private static String explorerLabel(ImageAsset image) throws Exception {
        CommonNavigator explorer = (CommonNavigator) page().showView(AnnotideUi.EXPLORER_VIEW_ID);
        explorer.getCommonViewer().refresh();
        return ((ILabelProvider) explorer.getCommonViewer().getLabelProvider()).getText(image);
    }

    private static void screenshot(String name) {
        Spin.idle(600);
        try {
            Files.createDirectories(Path.of("/tmp/shots-evalui2"));
            Process p = new ProcessBuilder("import", "-window", "root", "/tmp/shots-evalui2/" + name + ".png")
                    .redirectErrorStream(true).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick: no screenshot; the assertions decide the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
    }

    private static void click(Control control) {
        Spin.until("enabled: " + control, () -> control.isEnabled() && control.isVisible());
        Input.click(control, control.getSize().x / 2, control.getSize().y / 2);
    }

    // ---- the walk

    @Test
    void traineesSeeOnlyTheirOwnDraftsAndOnlyTheAdminSeesTheSubmissionBesideTheGroundTruth() throws Exception {
        users().createFirstAdmin("root", "Root", ADMIN_PW.toCharArray());
        UserDirectory directory = users().directory();
        directory.add(new Account("tm", Role.TEAM_MANAGER), TM_PW.toCharArray());
        Account ann = directory.add(new Account("ann", Role.ANNOTATOR), ANN_PW.toCharArray());
        Account bob = directory.add(new Account("bob", Role.ANNOTATOR), BOB_PW.toCharArray());
        IProject source = link("sb-source", source("sb-source"));
        Path tpFolder = workspaceFolder().resolve("sb-training");
        TrainingProjects.create(tpFolder, "sb-training", "side by side", List.of(Path.of(source.getLocation()
                .toOSString())), ScoringFunctionSpec.defaults(), List.of(ann, bob), users().current(),
                users().permissions());
        IProject training = link("sb-training", tpFolder);
        PlatformUI.getWorkbench().showPerspective(EvaluationUi.PERSPECTIVE_ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        EvaluationContext context = EvaluationContext.get();
        context.show(training);
        TrainingSession tp = context.session();
        AnnotatorTask annTask = tp.task("ann", "img0.png");
        AnnotatorTask bobTask = tp.task("bob", "img0.png");
        ImageAsset img0 = annTask.getImage();

        // ann starts labelling img0 and draws a cat half as tall as the ground truth's
        logIn("ann", ANN_PW);
        MyTasksView annQueue = (MyTasksView) page().showView(EvaluationUi.MY_TASKS_VIEW_ID);
        Spin.until("ann's queue", () -> annQueue.table().getItemCount() == 2);
        annQueue.startLabelling();
        Spin.until("the editor on img0 (" + annQueue.noticeText() + ")", Duration.ofSeconds(30),
                () -> page().getActiveEditor() != null);
        IEditorPart editor = page().getActiveEditor();
        assertEquals(AnnotationEditors.EDITOR_ID, editor.getSite().getId());
        Annotation annDraft = draw(tp, img0, "cat", 10, 10, 40, 20);
        Spin.idle(100);
        assertEquals(List.of(annDraft), selectAll(editor));

        // bob works on the same image in the same workbench: ann's draft is not his to see or change
        logIn("bob", BOB_PW);
        Spin.idle(200);
        assertTrue(selectAll(editor).isEmpty(), "bob's editor shows none of ann's drafts");
        assertEquals(0, outlineRows(editor), "nor does the Outline");
        assertTrue(explorerLabel(img0).endsWith("(0)"), "nor the explorer's count: " + explorerLabel(img0));
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(annDraft));
        Spin.idle(100);
        assertTrue(((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).isEmpty(),
                "ann's draft cannot be selected into the editor (and so into Properties) by bob");
        assertFalse(users().may(Action.EDIT_ANNOTATIONS, annDraft));
        Annotation bobDraft = draw(tp, img0, "dog", 100, 100, 50, 30);
        Spin.idle(100);
        assertEquals(List.of(bobDraft), selectAll(editor), "bob sees his own draft");
        assertEquals(1, outlineRows(editor));
        assertTrue(explorerLabel(img0).endsWith("(1)"), explorerLabel(img0));

        // back to ann: her draft, not bob's; she submits her own work only
        logIn("ann", ANN_PW);
        Spin.idle(200);
        assertEquals(List.of(annDraft), selectAll(editor), "ann sees her draft and not bob's");
        assertEquals(1, outlineRows(editor));
        assertTrue(explorerLabel(img0).endsWith("(1)"), explorerLabel(img0));
        MyTasksView queue = (MyTasksView) page().showView(EvaluationUi.MY_TASKS_VIEW_ID);
        assertEquals(TaskStatus.SUBMITTED, queue.submit(annTask) == null ? null : annTask.getStatus());
        List<Annotation> submitted = TrainingSession.submission(annTask).getAnnotations();
        assertEquals(1, submitted.size(), "only ann's draft is in her submission");
        assertEquals("ann", submitted.get(0).getAuthor());
        assertEquals(20.0, ((BoxShape) submitted.get(0).getShape()).getHeight(), "a copy of her cat");
        assertEquals(List.of(bobDraft), img0.getAnnotations(), "bob's draft stays on the image, untouched");
        assertEquals(TaskStatus.ASSIGNED, bobTask.getStatus());
        Spin.idle(200);
        assertTrue(selectAll(editor).isEmpty(), "ann's editor is empty after her submit");

        // the Admin opens ann's submission beside the ground truth from Annotator Submissions
        logIn("root", ADMIN_PW);
        page().closeAllEditors(false);
        SubmissionsView submissions = (SubmissionsView) page().showView(EvaluationUi.SUBMISSIONS_VIEW_ID);
        Spin.until("ann's labels", () -> submissions.table().getItemCount() == 2);
        Button compare = Widgets.byRole(submissions.table().getParent(), Button.class, "submissions.compare");
        assertTrue(compare.isVisible(), "the Admin has View side by side");
        submissions.table().setSelection(0);
        submissions.table().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        click(compare);
        Spin.until("the side-by-side view", () -> page().findView(EvaluationUi.COMPARISON_VIEW_ID) != null);
        ComparisonView view = (ComparisonView) page().findView(EvaluationUi.COMPARISON_VIEW_ID);
        Spin.until("the comparison built", () -> view.comparison() != null);
        TaskComparison comparison = view.comparison();
        assertEquals(annTask, comparison.task());
        assertEquals(List.of("cat", "dog"), column(view.table(), 1));
        assertEquals(List.of("0.500", ""), column(view.table(), 4), "the cat matched with IoU 0.5");
        assertEquals(List.of("matched", "missed (false negative)"), column(view.table(), 7));
        assertEquals(List.of("1", "2"), column(view.table(), 2), "the ground truth's ids");
        assertEquals(List.of(Long.toString(submitted.get(0).getId()), ""), column(view.table(), 3));
        assertTrue(view.groundTruthViewer().isShowing());
        assertTrue(view.submittedViewer().isShowing());
        assertEquals(2, view.groundTruthViewer().shown().getAnnotations().size(), "the ground truth's cat and dog");
        assertEquals(1, view.submittedViewer().shown().getAnnotations().size());
        assertTrue(view.summaryText().contains("task score 37.50; 1 matched, 1 missed, 0 false positives"),
                view.summaryText());
        // a label selected in the table outlines both of its objects
        view.selectLabel(0);
        assertEquals(1, view.groundTruthViewer().selection().size());
        assertEquals(1, view.submittedViewer().selection().size());
        view.selectLabel(1);
        assertEquals(1, view.groundTruthViewer().selection().size(), "the missed dog");
        assertTrue(view.submittedViewer().selection().isEmpty());
        view.selectLabel(0);
        assertNull(page().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Annotation
                ? s.getFirstElement() : null, "the view offers no ground truth to Properties");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        screenshot("side-by-side-admin");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        // a Team Manager: refused; what the Admin saw is gone
        logIn("tm", TM_PW);
        Spin.until("the view emptied", () -> view.comparison() == null);
        assertFalse(view.groundTruthViewer().isShowing());
        assertFalse(view.submittedViewer().isShowing());
        assertEquals(0, view.table().getItemCount());
        assertTrue(view.noticeText().contains("may not view benchmark source"), view.noticeText());
        view.show(annTask);
        assertNull(view.comparison(), "asking again changes nothing");
        assertFalse(compare.isVisible(), "no View side by side for a Team Manager");
        submissions.table().setSelection(0);
        submissions.viewSelected();
        assertTrue(submissions.noticeText().contains("may not view benchmark source"), submissions.noticeText());
        screenshot("side-by-side-team-manager");

        // an Annotator: refused the same way, nothing of the ground truth anywhere
        logIn("ann", ANN_PW);
        Spin.idle(200);
        view.show(annTask);
        assertNull(view.comparison());
        assertFalse(view.groundTruthViewer().isShowing());
        assertTrue(view.noticeText().contains("ann (Annotator) may not view benchmark source"), view.noticeText());
        assertTrue(explorerLabel(img0).endsWith("(0)"), "no ground truth and no other trainee's draft in the explorer: "
                + explorerLabel(img0));
        IEditorPart annEditor = AnnotationEditors.open(page(), img0);
        Spin.idle(200);
        assertTrue(selectAll(annEditor).isEmpty(), "the editor shows ann no ground truth and no draft of bob's");
        assertEquals(0, outlineRows(annEditor), "nor does the Outline");
        screenshot("side-by-side-annotator");
    }
}
