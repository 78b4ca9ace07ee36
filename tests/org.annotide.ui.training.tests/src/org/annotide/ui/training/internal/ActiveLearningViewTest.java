package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.annotide.al.ActiveLearning;
import org.annotide.al.EpisodeSettings;
import org.annotide.al.LabellingOrder;
import org.annotide.al.Scored;
import org.annotide.al.Strategy;
import org.annotide.al.StrategyInput;
import org.annotide.al.StrategyRegistry;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.formats.LabelsCsv;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportRequest;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.SelectionRound;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingSet;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Active Learning view on a real project: 24 grey images from dark to light, the three darkest labelled
 * "dark" and the three lightest "light" by a labels CSV, the others unlabelled (the pool). A real classifier (the
 * fragment's softmax trainer) is trained on the six through the workbench's training queue; the view then runs
 * selection rounds with the strategies the user picks, and the queue it shows must be the strategy's own ranking of
 * the model's predictions, computed here independently. Label Next must open the editor on the images in that order.
 */
class ActiveLearningViewTest {

    private static final int IMAGES = 24;
    private static final Path SHOTS = Path.of("target/screenshots"); // as the other UI tests

    @TempDir
    Path temp;

    private IProject project;
    private static long began = System.nanoTime();

    /** Where the test is, with the seconds since it began, in the test's output (to see where time goes). */
    static void step(String what) {
        System.out.printf("[al view test] %6.1f s %s%n", (System.nanoTime() - began) / 1e9, what);
    }

    /** These tests label batches to the end and start rounds themselves: no retraining by itself here. */
    @BeforeEach
    void noRetrainingByItself() {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).putBoolean(ActiveLearningView.RETRAIN_PREFERENCE, false);
    }

    @AfterEach
    void close() throws Exception {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).remove(ActiveLearningView.RETRAIN_PREFERENCE);
        IWorkbenchPage page = page();
        page.closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    private static String name(int i) {
        return String.format("grey%02d.png", i);
    }

    static IProject project(Path temp, String name) throws Exception {
        Path files = temp.resolve(name + "-files");
        Files.createDirectories(files);
        StringBuilder csv = new StringBuilder("path,label\n");
        Random random = new Random(11);
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
            int base = 40 + i * 7;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    image.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, base + (int) (random.nextGaussian() * 25))));
                }
            }
            ImageIO.write(image, "png", files.resolve(name(i)).toFile());
            String label = i < 3 ? "dark" : i >= IMAGES - 3 ? "light" : "";
            csv.append(name(i)).append(',').append(label).append('\n');
        }
        Path list = Files.writeString(files.resolve("labels.csv"), csv);
        Path folder = temp.resolve(name);
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store,
                    new ImportRequest(List.of(), null, false, list), new NullProgressMonitor());
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject created = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        description.setLocationURI(folder.toUri());
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        created.create(description, null);
        created.open(null);
        return created;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Selects the project in the Project Explorer (through its viewer: the view follows the explorer's selection). */
    static void clickProject(String name) {
        CommonNavigator explorer = (CommonNavigator) page().findView(AnnotideUi.EXPLORER_VIEW_ID);
        Tree tree = explorer.getCommonViewer().getTree();
        Spin.until(name + " in the explorer", () -> Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith(name)));
        IProject selected = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        explorer.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected), true);
    }

    /*
     * Real input (XTest through an AWT Robot, as Input does), each followed by a wait for its exact effect at the call site. Not
     * Spin.idle / Input's settle (wait until no event came for a while): the workbench is never quiet here (see
     * Spin.traffic, printed after training), so each such wait ran to its 20 s cap and the test took 8 to 14 minutes.
     */

    private static java.awt.Robot robot;

    private static java.awt.Robot robot() {
        if (robot == null) {
            try {
                robot = new java.awt.Robot();
            } catch (java.awt.AWTException e) {
                throw new AssertionError("no input robot on this display", e);
            }
        }
        return robot;
    }

    /** A left click at a point of the control; the caller waits for what it does. */
    static void press(Control control, int x, int y) {
        Display display = control.getDisplay();
        int[] seen = new int[2];
        org.eclipse.swt.widgets.Listener watch = e -> {
            if (e.widget == control) {
                seen[e.type == SWT.MouseDown ? 0 : 1]++;
            }
        };
        display.addFilter(SWT.MouseDown, watch);
        display.addFilter(SWT.MouseUp, watch);
        try {
            // on the control, where it is now: a part just restored or maximized is laid out a little later
            Spin.until("the pointer on " + control, () -> {
                var now = control.toDisplay(x, y);
                if (!display.getCursorLocation().equals(now)) {
                    robot().mouseMove(now.x, now.y);
                    return false;
                }
                return display.getCursorControl() == control;
            });
            robot().mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            Spin.until("the button pressed on " + control, () -> seen[0] > 0);
            robot().mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
            Spin.until("the button released on " + control, () -> seen[1] > 0);
        } finally {
            display.removeFilter(SWT.MouseDown, watch);
            display.removeFilter(SWT.MouseUp, watch);
        }
    }

    /** A click in the middle of an enabled control; the caller waits for what it does. */
    static void click(Control control) {
        Spin.until("enabled: " + control, control::isEnabled);
        press(control, control.getSize().x / 2, control.getSize().y / 2);
    }

    /** A digit or lower-case letter key typed where the keyboard focus is; the caller waits for what it does. */
    private static void type(char character) {
        int code = java.awt.event.KeyEvent.getExtendedKeyCodeForChar(character);
        robot().keyPress(code);
        robot().keyRelease(code);
    }

    static void choose(CCombo combo, int index) {
        assertTrue(index >= 0 && index < combo.getItemCount(), index + " in " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    static void screenshot(String name) {
        Spin.forMillis(300); // painted
        try {
            Files.createDirectories(SHOTS);
            Process p = new ProcessBuilder("import", "-window", "root", SHOTS.resolve(name + ".png").toString())
                    .redirectErrorStream(true).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick: no screenshot; the assertions decide the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Trains the softmax classifier on the labelled images through the workbench's queue. */
    static TrainedModel train(ProjectStore store) {
        // submitted at once, before the workbench's recovery of the opened project has run: the recovery must leave a
        // job of this process alone
        TrainingJob job;
        try {
            job = TrainingUiPlugin.training().submit(store, TrainingConfig.builder("al model", TaskType.CLASSIFY)
                    .epochs(40).batchSize(2).imageSize(16).learningRate(0.05).trainRatio(0.67).seed(3).build());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Spin.until("the model trained", Duration.ofSeconds(90), () -> job.getStatus() == JobStatus.COMPLETED
                || job.getStatus() == JobStatus.FAILED || job.getStatus() == JobStatus.CANCELLED);
        assertEquals(JobStatus.COMPLETED, job.getStatus(), job.getErrorMessage());
        Spin.until("the model registered", () -> !store.project().getModels().isEmpty());
        step("event traffic after training: " + Spin.traffic() + " in 1 s");
        step("quiet: " + goesQuiet());
        return store.project().getModels().get(0);
    }

    /**
     * Regression: with the view open the event loop goes quiet (no SWT event in a second) within 15 s of training. With
     * GTK's native read-only combos, narrow and holding long names, GTK 3 laid the view out again on every frame: 60
     * full repaints a second (1200 SWT events, 240 of them combo paints) with nothing running, never ending, and every
     * wait for quiet ran to its cap. Returns the quiet second's traffic.
     */
    static String goesQuiet() {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            String traffic = Spin.traffic();
            if (traffic.contains(", 0 SWT events")) {
                return traffic;
            }
            assertTrue(System.nanoTime() < end, "the event loop never went quiet with the view open: " + traffic + " in 1 s");
        }
    }

    /**
     * The queue a strategy must give, computed without the view or ActiveLearning: the model's probabilities for
     * the unlabelled images (project order), the strategy's scores, its batch first and then the rest by score.
     */
    static List<String> expectedQueue(ProjectStore store, TrainedModel model, String strategyId, int batch)
            throws Exception {
        List<ImageAsset> pool = store.project().getImages().stream().filter(i -> ActiveLearning.label(i) == null).toList();
        ModelRegistry registry = TrainingUiPlugin.training().registry(store);
        ModelFile file = registry.modelFile(model);
        Trainer trainer = registry.trainers().byId(file.descriptor().trainer()).orElseThrow();
        List<BufferedImage> pictures = new ArrayList<>();
        for (ImageAsset image : pool) {
            pictures.add(ImagePixels.installed().read(ImagePixels.file(store.folder(), image), null));
        }
        double[][] probabilities;
        try (Predictor predictor = trainer.open(file, "auto")) {
            probabilities = predictor.classify(pictures);
        }
        Strategy strategy = StrategyRegistry.installed().byId(strategyId).orElseThrow();
        Scored scored = strategy.score(new StrategyInput(probabilities, null, null, null, Map.of()), batch, new Random(0));
        List<String> queue = new ArrayList<>();
        for (int i : scored.batch()) {
            queue.add(pool.get(i).getName());
        }
        for (int i : Scored.order(scored.scores())) {
            if (!queue.contains(pool.get(i).getName())) {
                queue.add(pool.get(i).getName());
            }
        }
        return queue;
    }

    static List<String> names(List<ImageAsset> images) {
        return images.stream().map(ImageAsset::getName).toList();
    }

    /** Picks the strategy and batch in the view, clicks Select Batch and waits for the recorded round. */
    static SelectionRound select(ActiveLearningView view, Shell shell, ProjectStore store, String strategyId, int batch) {
        int rounds = store.project().getSelectionRounds().size();
        view.settingsTabs().setSelection(0); // the Round tab: the batch size
        choose(view.strategyCombo(), view.strategyIds().indexOf(strategyId));
        Spinner spinner = Widgets.byRole(shell, Spinner.class, "batch");
        spinner.setSelection(batch);
        click(Widgets.byRole(shell, Button.class, "select"));
        Spin.until("the selection job started", () -> view.job != null);
        Job job = view.job;
        Spin.until("the selection job ended", Duration.ofSeconds(60), () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(rounds + 1, store.project().getSelectionRounds().size(), "one round recorded");
        SelectionRound round = store.project().getSelectionRounds().get(rounds);
        Spin.until("the view shows the new round", () -> view.shownRound() == round
                && view.displayedQueue().size() == round.getEntries().size());
        // the view has seen the job end (Select Batch again possible): the next round may start
        Spin.until("Select Batch enabled again", () -> Widgets.byRole(shell, Button.class, "select").isEnabled());
        return round;
    }

    private static ImageAsset editedImage() {
        IEditorPart editor = page().getActiveEditor();
        return editor != null && editor.getEditorInput() instanceof AnnotationEditorInput input ? input.image() : null;
    }

    @Test
    void theQueueIsTheChosenStrategysRankingAndLabelNextWalksItAsDisplayed() throws Exception {
        began = System.nanoTime();
        project = project(temp, "al-view");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("al-view");
        // maximized, as a user gives the view room (opening the editor later brings the editor back)
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        Shell shell = view.getSite().getShell();

        // every strategy of the extension point is offered, the built-ins and the fragment's
        List<String> offered = view.strategyIds();
        for (String id : List.of("least_confidence", "margin", "entropy", "diversity", "knn_high_loss", "random",
                ConfidentFirstStrategy.ID)) {
            assertTrue(offered.contains(id), id + " offered: " + offered);
        }
        assertEquals(offered.size(), view.strategyCombo().getItemCount());

        step("TrainedModel model = train(store);");
        TrainedModel model = train(store);
        Spin.until("the view offers the model", () -> view.modelCombo().getItemCount() == 1);
        assertTrue(view.modelCombo().getText().startsWith("al model"), view.modelCombo().getText());

        // margin: the greys in between, where the model hesitates, come first
        step("SelectionRound margin = select(");
        SelectionRound margin = select(view, shell, store, "margin", 5);
        List<String> marginQueue = expectedQueue(store, model, "margin", 5);
        assertEquals(IMAGES - 6, marginQueue.size());
        assertEquals(marginQueue, names(view.displayedQueue()), "the view shows margin's ranking");
        assertEquals("margin", margin.getStrategy());
        assertEquals(model, margin.getModel());
        List<Double> scores = view.displayedScores();
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "descending scores " + scores);
        }
        int firstPick = Integer.parseInt(margin.getEntries().get(0).getImage().getName().replaceAll("\\D", ""));
        assertTrue(firstPick > 4 && firstPick < IMAGES - 5, "margin's first pick is a middle grey: " + firstPick);
        screenshot("active-learning-margin");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        // the fragment's strategy: the confident extremes first, the opposite order; the view must follow the choice
        step("SelectionRound confident = select(");
        SelectionRound confident = select(view, shell, store, ConfidentFirstStrategy.ID, 5);
        List<String> confidentQueue = expectedQueue(store, model, ConfidentFirstStrategy.ID, 5);
        assertNotEquals(marginQueue, confidentQueue, "the two strategies rank differently");
        assertEquals(confidentQueue, names(view.displayedQueue()), "the view shows the chosen strategy's ranking");
        assertEquals(ConfidentFirstStrategy.ID, confident.getStrategy());
        Table rounds = Widgets.byRole(shell, Table.class, "rounds");
        assertEquals(2, rounds.getItemCount(), "past rounds are listed");
        assertEquals(ConfidentFirstStrategy.ID, rounds.getItem(1).getText(1));

        step("// back to the margin round");
        // back to the margin round, chosen in the list of past rounds
        var bounds = rounds.getItem(0).getBounds(0);
        press(rounds, bounds.x + 10, bounds.y + bounds.height / 2);
        Spin.until("the margin round shown", () -> view.shownRound() == margin);
        assertEquals(marginQueue, names(view.displayedQueue()));

        // Label Next walks the queue as displayed: by score, the default order
        assertEquals(LabellingOrder.SCORE, LabellingOrder.of(store.project()));
        Button labelNext = Widgets.byRole(shell, Button.class, "labelNext");
        step("click(labelNext);");
        click(labelNext);
        Spin.until("the editor on the first of the queue", () -> editedImage() != null
                && editedImage().getName().equals(marginQueue.get(0)));
        screenshot("active-learning-label-next");
        // the user labels it in the editor: hotkey 1 makes "dark" current, I gives it to the whole image
        step("the user labels it: keys 1, i");
        type('1');
        type('i');
        ImageAsset first = editedImage();
        Spin.until("the first image labelled", () -> ActiveLearning.label(first) != null);
        step("click(labelNext);");
        click(labelNext);
        Spin.until("the editor on the second of the queue", () -> editedImage() != null
                && editedImage().getName().equals(marginQueue.get(1)));
        click(labelNext);
        Spin.until("the editor on the third", () -> editedImage() != null && editedImage().getName().equals(marginQueue.get(2)));

        step("// sorted ascending");
        // sorted ascending by score (a click on the column), the walk starts again from the lowest score
        Table queue = Widgets.byRole(shell, Table.class, "queue");
        queue.getColumn(2).notifyListeners(SWT.Selection, new Event());
        Spin.until("sorted ascending", () -> names(view.displayedQueue()).get(0).equals(marginQueue.get(marginQueue.size() - 1)));
        click(labelNext);
        Spin.until("the editor on the lowest score", () -> editedImage() != null
                && editedImage().getName().equals(marginQueue.get(marginQueue.size() - 1)));

        step("// sequential order");
        // sequential order, a project setting: the project's unlabelled images in their order
        CCombo order = Widgets.byRole(shell, CCombo.class, "order");
        choose(order, LabellingOrder.SEQUENTIAL.ordinal());
        assertEquals(LabellingOrder.SEQUENTIAL, LabellingOrder.of(store.project()), "stored in the project");
        click(labelNext);
        String firstUnlabelled = store.project().getImages().stream().filter(i -> ActiveLearning.label(i) == null)
                .findFirst().orElseThrow().getName();
        Spin.until("the editor on the first unlabelled image", () -> editedImage() != null
                && editedImage().getName().equals(firstUnlabelled));
        assertEquals(name(3), firstUnlabelled);
        screenshot("active-learning-sequential");
    }

    /** The Enter key typed where the keyboard focus is; the caller waits for what it does. */
    private static void enter() {
        robot().keyPress(java.awt.event.KeyEvent.VK_ENTER);
        robot().keyRelease(java.awt.event.KeyEvent.VK_ENTER);
    }

    /** The model's probabilities for one image, computed without the view. */
    private static double[] probabilities(ProjectStore store, TrainedModel model, ImageAsset image) throws Exception {
        ModelRegistry registry = TrainingUiPlugin.training().registry(store);
        ModelFile file = registry.modelFile(model);
        Trainer trainer = registry.trainers().byId(file.descriptor().trainer()).orElseThrow();
        try (Predictor predictor = trainer.open(file, "auto")) {
            return predictor.classify(List.of(ImagePixels.installed().read(ImagePixels.file(store.folder(), image), null)))[0];
        }
    }

    /** Selects a row of a table as a click does (the table's selection and its Selection event). */
    private static void chooseRow(Table table, int index) {
        table.setSelection(index);
        Event event = new Event();
        event.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, event);
    }

    /** Whether the key sequence is bound, in the contexts active now, to the command. */
    private static boolean bound(org.eclipse.ui.keys.IBindingService bindings, String keys, String commandId) {
        try {
            var binding = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance(keys));
            return binding != null && binding.getParameterizedCommand() != null
                    && commandId.equals(binding.getParameterizedCommand().getId());
        } catch (org.eclipse.jface.bindings.keys.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static List<org.annotide.model.Annotation> manualLabels(ImageAsset image) {
        return image.getAnnotations().stream().filter(a -> a.getShape() instanceof org.annotide.model.ImageClassShape
                && a.getProvenance() != org.annotide.model.Provenance.PREDICTED).toList();
    }

    @Test
    void keysLabelTheBatchInTheViewAndEnterAdvances() throws Exception {
        began = System.nanoTime();
        project = project(temp, "al-label");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("al-label");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        Shell shell = view.getSite().getShell();
        TrainedModel model = train(store);
        Spin.until("the view offers the model", () -> view.modelCombo().getItemCount() == 1);
        SelectionRound round = select(view, shell, store, "margin", 3);
        assertEquals(3, round.getBatchSize(), "the batch recorded with the round");
        assertEquals(6, round.getLabelledCount());
        assertEquals(model.getMetrics().get("top1"), round.getAccuracy());
        List<ImageAsset> batch = round.getEntries().subList(0, 3).stream().map(e -> e.getImage()).toList();

        LabellingArea area = view.labelling();
        Spin.until("the first image of the batch shown", () -> area.current() == batch.get(0));
        // a row of the batch chosen in the queue shows its image; then the first again
        Table queueTable = Widgets.byRole(shell, Table.class, "queue");
        chooseRow(queueTable, 1);
        Spin.until("the second of the batch shown", () -> area.current() == batch.get(1));
        chooseRow(queueTable, 0);
        Spin.until("the first shown again", () -> area.current() == batch.get(0));
        // the view activated (its setFocus, as the workbench calls it): the image waiting for its label has the keys
        queueTable.setFocus();
        view.setFocus();
        Spin.until("the image takes the focus with the view", () -> area.focusControl().isFocusControl());
        // the model's predictions for it, the round's model run here independently
        double[] p = probabilities(store, model, batch.get(0));
        List<String> classes = TrainingUiPlugin.training().registry(store).modelFile(model).descriptor().classes();
        Spin.until("the predictions shown", () -> area.predicted() != null);
        assertEquals(classes.size(), area.predicted().size());
        for (int i = 0; i < classes.size(); i++) {
            assertEquals(p[i], area.predicted().get(classes.get(i)), 1e-6, classes.get(i));
        }
        String top = area.predicted().keySet().iterator().next();
        org.eclipse.swt.widgets.Label shown = Widgets.byRole(shell, org.eclipse.swt.widgets.Label.class, "predictions");
        assertTrue(shown.getText().contains(top), shown.getText());
        assertTrue(shown.getText().contains(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * area.predicted().get(top))),
                shown.getText());

        org.eclipse.swt.widgets.Canvas picture = Widgets.byRole(shell, org.eclipse.swt.widgets.Canvas.class, "labelImage");
        step("click the labelling image, type 2");
        click(picture);
        Spin.until("the image has the keyboard focus", picture::isFocusControl);
        // while it has it, the digits and Enter are bound to the labelling commands (the context is active)
        org.eclipse.ui.keys.IBindingService bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
        Spin.until("2 bound to Choose Class", () -> bound(bindings, "2", LabellingArea.CHOOSE_COMMAND_ID));
        assertEquals("2", bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance("2"))
                .getParameterizedCommand().getParameterMap().get(LabellingArea.CHOOSE_KEY_PARAMETER));
        assertTrue(bound(bindings, "CR", LabellingArea.SUBMIT_COMMAND_ID), "Enter bound to Submit Label");
        org.annotide.model.LabelClass two = area.classOfKey(2);
        org.annotide.model.LabelClass one = area.classOfKey(1);
        assertNotNull(two);
        assertNotEquals(one, two);
        type('2');
        Spin.until("key 2 picks " + two.getName(), () -> area.chosen() == two);
        assertTrue(Widgets.byRole(shell, Button.class, "class:" + two.getName()).getSelection(), "its button pressed");
        assertNull(ActiveLearning.label(batch.get(0)), "nothing recorded before Enter");
        screenshot("active-learning-labelling");
        step("Enter");
        enter();
        Spin.until("Enter records the label and advances", () -> area.current() == batch.get(1));
        assertEquals(two, ActiveLearning.label(batch.get(0)));
        assertEquals(1, manualLabels(batch.get(0)).size(), "one manual class label");
        assertEquals(org.annotide.model.Provenance.MANUAL, manualLabels(batch.get(0)).get(0).getProvenance());
        assertNull(area.chosen(), "the next image starts without a choice");
        // an EMF command on the project's stack: undo takes the label back, redo puts it again
        store.commandStack().undo();
        assertNull(ActiveLearning.label(batch.get(0)), "undone");
        store.commandStack().redo();
        assertEquals(two, ActiveLearning.label(batch.get(0)), "redone");

        // the keys belong to the labelling area only: typed into the name filter, a digit is text
        org.eclipse.swt.widgets.Text filter = Widgets.byRole(shell, org.eclipse.swt.widgets.Text.class, "filter");
        click(filter);
        Spin.until("the filter has the focus", filter::isFocusControl);
        Spin.until("the labelling keys unbound", () -> !bound(bindings, "1", LabellingArea.CHOOSE_COMMAND_ID)
                && !bound(bindings, "CR", LabellingArea.SUBMIT_COMMAND_ID));
        type('1');
        Spin.until("the digit typed into the filter", () -> filter.getText().equals("1"));
        assertNull(area.chosen(), "no class chosen by a key typed elsewhere");
        filter.setText("");

        step("back to the image: 1, Enter");
        click(picture);
        Spin.until("the image has the keyboard focus again", picture::isFocusControl);
        type('1');
        Spin.until("key 1 picks " + one.getName(), () -> area.chosen() == one);
        enter();
        Spin.until("the second image labelled, the third shown", () -> area.current() == batch.get(2));
        assertEquals(one, ActiveLearning.label(batch.get(1)));
        type('2');
        Spin.until("key 2 again", () -> area.chosen() == two);
        enter();
        Spin.until("the batch complete", () -> area.current() == null);
        assertEquals(two, ActiveLearning.label(batch.get(2)));
        for (ImageAsset image : round.getEntries().subList(3, round.getEntries().size()).stream().map(e -> e.getImage()).toList()) {
            assertNull(ActiveLearning.label(image), "only the batch is labelled: " + image.getName());
        }
        screenshot("active-learning-batch-done");

        // the episode's progress: the labelled count, the current batch done, a point of the curve per round
        EpisodeProgress progress = view.progress();
        Spin.until("the progress counts the labels", () -> progress.summary().startsWith("Labelled 9 of 24 images; 1 rounds")
                && progress.summary().contains("3 of 3 labelled"));
        SelectionRound second = select(view, shell, store, "entropy", 4);
        assertEquals(9, second.getLabelledCount());
        Spin.until("the progress shows the new batch", () -> progress.summary().contains("0 of 4 labelled"));
        Double top1 = model.getMetrics().get("top1");
        assertNotNull(top1, "the trainer records a validation top-1");
        assertEquals(List.of(new EpisodeProgress.Point2(round.getName(), 6, top1), new EpisodeProgress.Point2(second.getName(), 9, top1)),
                progress.points());
        // the curve as drawn: the line's colour at each point, the background away from the line
        org.eclipse.swt.graphics.Rectangle area2 = new org.eclipse.swt.graphics.Rectangle(0, 0, 400, 200);
        org.eclipse.swt.graphics.Image drawn = new org.eclipse.swt.graphics.Image(Display.getCurrent(), area2.width, area2.height);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(drawn);
            progress.paint(gc, area2);
            gc.dispose();
            org.eclipse.swt.graphics.ImageData data = drawn.getImageData();
            org.eclipse.swt.graphics.RGB line = Display.getCurrent().getSystemColor(SWT.COLOR_DARK_BLUE).getRGB();
            for (EpisodeProgress.Point2 point : progress.points()) {
                var at = progress.where(point, area2);
                assertEquals(line, data.palette.getRGB(data.getPixel(at.x, at.y)), "a dot at " + point);
            }
            var first = progress.where(progress.points().get(0), area2);
            var below = new org.eclipse.swt.graphics.Point(first.x + 20, Math.min(area2.height - 35, first.y + 30));
            assertNotEquals(line, data.palette.getRGB(data.getPixel(below.x, below.y)), "no line away from the points");
        } finally {
            drawn.dispose();
        }
        screenshot("active-learning-progress");

        // Space skips: the skip is recorded in the round, and the image leaves the walk (and the next rounds' pools)
        List<ImageAsset> next = second.getEntries().subList(0, 4).stream().map(e -> e.getImage()).toList();
        Spin.until("the new batch's first image shown", () -> area.current() == next.get(0));
        step("click the labelling image, Space");
        click(picture);
        Spin.until("the image has the keyboard focus", picture::isFocusControl);
        Spin.until("Space bound to Skip Image", () -> bound(bindings, "SPACE", LabellingArea.SKIP_COMMAND_ID));
        assertTrue(Widgets.byRole(shell, org.eclipse.swt.widgets.Label.class, "labelCaption").getText()
                .contains("Space skips"), "the hint names the key");
        robot().keyPress(java.awt.event.KeyEvent.VK_SPACE);
        robot().keyRelease(java.awt.event.KeyEvent.VK_SPACE);
        Spin.until("Space skips to the second image", () -> area.current() == next.get(1));
        assertNull(ActiveLearning.label(next.get(0)), "skipped, not labelled");
        assertTrue(second.getEntries().get(0).isSkipped(), "the skip is recorded in the round that offered the image");
        assertEquals(List.of(next.get(1), next.get(2), next.get(3)), area.walk(), "the skipped one leaves the walk");
        Spin.until("the caption counts the skip", () -> Widgets.byRole(shell, org.eclipse.swt.widgets.Label.class,
                "labelCaption").getText().contains("(1 skipped)"));
        Spin.until("the queue shows it", () -> "(skipped)".equals(queueTable.getItem(0).getText(3)));
        type('1');
        Spin.until("key 1 picks " + one.getName(), () -> area.chosen() == one);
        enter();
        Spin.until("labelled, the third shown", () -> area.current() == next.get(2));
        assertEquals(one, ActiveLearning.label(next.get(1)));
        // the button skips too
        click(Widgets.byRole(shell, Button.class, "skipImage"));
        Spin.until("the fourth shown", () -> area.current() == next.get(3));
        assertEquals(List.of(next.get(1), next.get(3)), area.walk());
        Spin.until("the image has the keyboard focus after the button", picture::isFocusControl);
        type('2');
        Spin.until("key 2 picks " + two.getName(), () -> area.chosen() == two);
        enter();
        Spin.until("the batch done: labelled or skipped", () -> area.current() == null);
        assertNull(ActiveLearning.label(next.get(2)), "the second skipped one stays unlabelled");
        Spin.until("the progress counts the skips", () -> progress.summary().contains("2 of 4 labelled, 2 skipped"));
        screenshot("active-learning-skip");

        // Un-skip takes the batch's skips back (one command): the first skipped image is shown again
        Button unskip = Widgets.byRole(shell, Button.class, "unskipImages");
        assertEquals("Un-skip (2)", unskip.getText());
        click(unskip);
        Spin.until("the first skipped image comes back", () -> area.current() == next.get(0));
        assertFalse(second.getEntries().get(0).isSkipped() || second.getEntries().get(2).isSkipped(), "un-skipped");
        assertEquals(next, area.walk());
        store.commandStack().undo();
        assertTrue(org.annotide.al.Skips.isSkipped(next.get(0)) && org.annotide.al.Skips.isSkipped(next.get(2)),
                "Edit > Undo skips them again");
    }

    /**
     * The Round tab's settings are the project's (the round's part of its episode settings): each edit is stored at
     * once as one undoable command, the view closed and opened again shows them, a name filter that is no regular
     * expression is refused with the reason, and a training set as the pool empties and disables the name filter.
     */
    @Test
    void theRoundSettingsAreTheProjectsAndSurviveClosingTheView() throws Exception {
        project = project(temp, "al-round-settings");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("al-round-settings");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        view.settingsTabs().setSelection(0); // the Round tab
        Shell shell = view.getSite().getShell();
        assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.ROUND), "a new project has none");
        assertEquals("margin", view.strategyIds().get(view.strategyCombo().getSelectionIndex()), "the defaults shown");

        choose(view.strategyCombo(), view.strategyIds().indexOf("entropy"));
        Spinner batch = Widgets.byRole(shell, Spinner.class, "batch");
        batch.setSelection(7);
        batch.notifyListeners(SWT.Selection, new Event());
        Text filter = Widgets.byRole(shell, Text.class, "filter");
        filter.setText("grey(");
        filter.notifyListeners(SWT.DefaultSelection, new Event());
        Label status = Widgets.byRole(shell, Label.class, "status");
        assertTrue(status.getText().startsWith("Round settings not stored: the name filter 'grey(' is not a valid"
                + " regular expression"), status.getText());
        assertEquals("", store.project().getMetadata().get(EpisodeSettings.FILTER), "not stored");
        filter.setText("grey1\\d");
        filter.notifyListeners(SWT.DefaultSelection, new Event());
        choose(Widgets.byRole(shell, CCombo.class, "order"), LabellingOrder.RANDOM.ordinal());
        EpisodeSettings stored = EpisodeSettings.DEFAULTS.withRound("entropy", 7, null, "grey1\\d", LabellingOrder.RANDOM);
        assertEquals(stored, EpisodeSettings.of(store.project()));
        assertEquals("entropy", store.project().getMetadata().get("al.strategy"));
        assertEquals("7", store.project().getMetadata().get("al.batch"));
        assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.RETRAINING),
                "the retraining part stays as it was");

        // closed and opened again: the form shows what the project holds
        page().hideView(view);
        ActiveLearningView again = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        assertNotEquals(view, again, "a new view");
        clickProject("al-round-settings");
        Spin.until("the new view shows the project", () -> again.store() == store);
        again.settingsTabs().setSelection(0);
        Shell shown = again.getSite().getShell();
        CCombo order = Widgets.byRole(shown, CCombo.class, "order");
        Spin.until("the strategy shown", () -> "entropy".equals(again.strategyIds().get(again.strategyCombo()
                .getSelectionIndex())));
        assertEquals(7, Widgets.byRole(shown, Spinner.class, "batch").getSelection());
        assertEquals("grey1\\d", Widgets.byRole(shown, Text.class, "filter").getText());
        assertEquals(LabellingOrder.RANDOM.ordinal(), order.getSelectionIndex());

        // undo takes the last edit back, and the form follows
        store.commandStack().undo();
        Spin.until("the labelling order undone", () -> order.getSelectionIndex() == LabellingOrder.SCORE.ordinal());
        assertEquals("grey1\\d", Widgets.byRole(shown, Text.class, "filter").getText(), "the other settings stay");

        // a training set as the pool: the name filter emptied and disabled, the pool one or the other
        TrainingSet set = org.annotide.model.AnnotideFactory.eINSTANCE.createTrainingSet();
        set.setId(java.util.UUID.randomUUID().toString());
        set.setName("validation");
        new StoreChange(store, "a training set").add(store.project(),
                org.annotide.model.AnnotidePackage.Literals.PROJECT__TRAINING_SETS, set).execute();
        CCombo pool = Widgets.byRole(shown, CCombo.class, "pool");
        Spin.until("the training set offered as a pool", () -> pool.getItemCount() == 2);
        choose(pool, 1);
        Text shownFilter = Widgets.byRole(shown, Text.class, "filter");
        assertEquals("", shownFilter.getText());
        assertFalse(shownFilter.isEnabled());
        assertEquals(EpisodeSettings.DEFAULTS.withRound("entropy", 7, "validation", null, LabellingOrder.SCORE),
                EpisodeSettings.of(store.project()));
    }

    @Test
    void cancellingTheSelectionJobRecordsNothing() throws Exception {
        project = project(temp, "al-cancel");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("al-cancel");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        train(store);
        Spin.until("the view offers the model", () -> view.modelCombo().getItemCount() == 1);
        choose(view.strategyCombo(), view.strategyIds().indexOf("entropy"));
        // cancelled before it runs: the job ends cancelled and no round is recorded
        Job.getJobManager().suspend();
        try {
            Job job = view.runSelection();
            assertNotNull(job);
            assertTrue(Widgets.byRole(view.getSite().getShell(), Button.class, "cancel").isEnabled());
            assertTrue(!Widgets.byRole(view.getSite().getShell(), Button.class, "select").isEnabled(), "one round at a time");
            view.cancelSelection();
        } finally {
            Job.getJobManager().resume();
        }
        Job job = view.job;
        Spin.until("the job ended", () -> job.getResult() != null || job.getState() == Job.NONE);
        assertTrue(store.project().getSelectionRounds().isEmpty(), "nothing recorded");
        Spin.until("Select Batch enabled again", () -> Widgets.byRole(view.getSite().getShell(), Button.class, "select").isEnabled());
        assertNull(view.shownRound());
    }
}
