package org.annotide.ui.training.internal;

import static org.annotide.ui.training.internal.ActiveLearningViewTest.click;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.clickProject;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.expectedQueue;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.page;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.screenshot;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.select;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.train;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.annotide.al.ActiveLearning;
import org.annotide.al.EpisodeSettings;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.CompletionListener;
import org.annotide.ml.EpochListener;
import org.annotide.ml.ModelRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.ProjectService;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The episode's rounds in the Active Learning view, on the project of {@link ActiveLearningViewTest} (24 greys, six
 * labelled) with the fragment's real softmax trainer: labelling the last image of a batch retrains the model through
 * the workbench's training queue and shows the next batch (one Eclipse Job: train, predict, score, record); a round
 * cancelled in training or in prediction leaves the project as it was; the off switch leaves the next round to the
 * user, who starts it with the view's command; a round that cannot run says why and changes nothing.
 */
class ActiveLearningRoundTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void close() throws Exception {
        // what is open besides the workbench window (a dialog would take the pointer's clicks)
        for (Shell shell : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
            System.out.printf("[al round test] shell %s visible %s modal %s%n", shell.getText(), shell.isVisible(),
                    (shell.getStyle() & (org.eclipse.swt.SWT.APPLICATION_MODAL | org.eclipse.swt.SWT.PRIMARY_MODAL)) != 0);
        }
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).remove(ActiveLearningView.RETRAIN_PREFERENCE);
        page().closeAllEditors(false);
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    /** The view on a new project with a trained model; the switch as given. */
    private ActiveLearningView open(String name, boolean retrain) throws Exception {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).putBoolean(ActiveLearningView.RETRAIN_PREFERENCE, retrain);
        project = ActiveLearningViewTest.project(temp, name);
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject(name);
        ProjectStore store = store();
        Spin.until("the view shows the project", () -> view.store() == store);
        view.retrainSwitch().setSelection(retrain); // the view may be open since an earlier test: as the preference says
        train(store);
        Spin.until("the view offers the model", () -> view.modelCombo().getItemCount() == 1);
        return view;
    }

    private ProjectStore store() {
        return PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
    }

    /** What a round may add or change: rounds, models, training jobs, model files. */
    private record State(List<SelectionRound> rounds, List<TrainedModel> models, List<TrainingJob> jobs,
            Set<String> files) {

        static State of(ProjectStore store) throws Exception {
            Path folder = store.folder().resolve(ModelRegistry.MODELS_FOLDER);
            Set<String> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            }
            return new State(List.copyOf(store.project().getSelectionRounds()), List.copyOf(store.project().getModels()),
                    List.copyOf(store.project().getTrainingJobs()), files);
        }
    }

    /** The class the image truly has: the darker half is "dark". */
    private static String truth(ImageAsset image) {
        return Integer.parseInt(image.getName().replaceAll("\\D", "")) < 12 ? "dark" : "light";
    }

    /** Labels the shown batch in the labelling area, each image with its true class; returns the images. */
    private static List<ImageAsset> labelBatch(ActiveLearningView view, SelectionRound round) {
        LabellingArea area = view.labelling();
        List<ImageAsset> batch = round.getEntries().subList(0, round.getBatchSize()).stream().map(e -> e.getImage()).toList();
        for (ImageAsset image : batch) {
            Spin.until(image.getName() + " shown for labelling", () -> area.current() == image);
            int key = 1;
            while (!area.classOfKey(key).getName().equals(truth(image))) {
                key++;
            }
            assertTrue(area.choose(key));
            area.submit();
        }
        return batch;
    }

    /** Waits for a round after the view's job that was running or ran last before it, and for its end. */
    private static RoundJob awaitRound(ActiveLearningView view, Job previous) {
        until(view, "a round started", () -> view.job != previous && view.job instanceof RoundJob);
        RoundJob job = (RoundJob) view.job;
        long start = System.nanoTime();
        Spin.until("the round ended", Duration.ofSeconds(120), () -> job.getResult() != null);
        Spin.until("the view has seen it end", () -> !view.running());
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            load = "unknown";
        }
        System.out.printf("[al round test] round ended %s after %.2f s (load average %s): %s%n",
                job.getResult().getSeverity() == IStatus.OK ? "OK" : job.getResult().getSeverity() == IStatus.CANCEL
                        ? "cancelled" : "with an error", (System.nanoTime() - start) / 1e9, load, job.message());
        return job;
    }

    /** Waits for a condition; a timeout says what the view's status line said then. */
    private static void until(ActiveLearningView view, String what, java.util.function.BooleanSupplier condition) {
        try {
            Spin.until(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view said: " + status(view) + "; its job: " + view.job, e);
        }
    }

    private static String status(ActiveLearningView view) {
        return Widgets.byRole(view.getSite().getShell(), Label.class, "status").getText();
    }

    /** Runs the view's Run Round command, as its toolbar button does. */
    private static RoundJob runRoundCommand(ActiveLearningView view) throws Exception {
        page().activate(view);
        Job before = view.job;
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ActiveLearningView.ROUND_COMMAND_ID, null);
        until(view, "the command started a round", () -> view.job != before && view.job instanceof RoundJob);
        return (RoundJob) view.job;
    }

    @Test
    void labellingTheLastImageOfTheBatchRetrainsAndShowsTheNextBatch() throws Exception {
        ActiveLearningView view = open("next-round", true);
        ProjectStore store = store();
        Shell shell = view.getSite().getShell();
        TrainedModel first = store.project().getModels().get(0);
        SelectionRound one = select(view, shell, store, "margin", 3);
        assertTrue(view.retrainSwitch().getSelection(), "on unless turned off");

        Job selection = view.job;
        labelBatch(view, one);
        RoundJob job = awaitRound(view, selection);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertEquals(2, store.project().getSelectionRounds().size(), "the next round recorded");
        SelectionRound two = store.project().getSelectionRounds().get(1);
        TrainedModel retrained = two.getModel();
        assertNotEquals(first, retrained, "the round's model is the retrained one");
        assertEquals(2, store.project().getModels().size());
        // trained through the workbench's queue, fine-tuned from the episode's model with its configuration
        TrainingJob training = retrained.getJob();
        assertNotNull(training, "a training job of the queue");
        assertEquals(first.getId(), training.getConfiguration().get("from"));
        assertEquals(first.getJob().getConfiguration().get("epochs"), training.getConfiguration().get("epochs"));
        assertEquals(org.annotide.model.JobStatus.COMPLETED, training.getStatus());
        assertEquals("margin", two.getStrategy());
        assertEquals(3, two.getBatchSize());
        assertEquals(9, two.getLabelledCount(), "six labels and the batch");
        assertEquals(retrained.getMetrics().get("top1"), two.getAccuracy());
        // the queue is margin's ranking by the retrained model, computed here without the view
        List<String> expected = expectedQueue(store, retrained, "margin", 3);
        assertEquals(expected, two.getEntries().stream().map(e -> e.getImage().getName()).toList());

        // the view shows the next batch, the retrained model chosen, the curve's new point
        Spin.until("the next batch shown", () -> view.shownRound() == two
                && view.labelling().current() == two.getEntries().get(0).getImage());
        assertEquals(1, view.modelCombo().getSelectionIndex(), "the retrained model is the episode's model now");
        Spin.until("the curve has the round's point", () -> view.progress().points().size() == 2);
        assertEquals(new EpisodeProgress.Point2(two.getName(), 9, retrained.getMetrics().get("top1")),
                view.progress().points().get(1));
        assertTrue(status(view).startsWith("Round 2: retrained al model v2"), status(view));
        screenshot("active-learning-next-round");

        // the next batch complete: the round after runs by itself again, from the retrained model
        labelBatch(view, two);
        RoundJob again = awaitRound(view, job);
        assertEquals(IStatus.OK, again.getResult().getSeverity(), again.getResult().toString());
        SelectionRound three = store.project().getSelectionRounds().get(2);
        assertEquals(retrained.getId(), three.getModel().getJob().getConfiguration().get("from"));
        assertEquals(12, three.getLabelledCount());
    }

    @Test
    void aRoundCancelledInTrainingOrInPredictionRecordsNothing() throws Exception {
        ActiveLearningView view = open("cancel-round", false);
        ProjectStore store = store();
        select(view, view.getSite().getShell(), store, "entropy", 3);
        State before = State.of(store);
        var queue = TrainingUiPlugin.training().queue();

        // cancelled while the model trains (its first epoch done)
        RoundJob[] running = new RoundJob[1];
        EpochListener atFirstEpoch = (job, epoch, of) -> {
            if (epoch.epoch() == 1 && running[0] != null) {
                running[0].cancel();
            }
        };
        queue.addEpochListener(atFirstEpoch);
        Job.getJobManager().suspend(); // the job waits until the test holds it
        try {
            running[0] = runRoundCommand(view);
        } finally {
            Job.getJobManager().resume();
        }
        RoundJob training;
        try {
            training = awaitRound(view, null);
        } finally {
            queue.removeEpochListener(atFirstEpoch);
        }
        assertEquals(IStatus.CANCEL, training.getResult().getSeverity(), String.valueOf(training.message()));
        assertEquals(before, State.of(store), "nothing recorded: no round, model, training job or model file");
        assertTrue(status(view).startsWith("Round cancelled; nothing was recorded"), status(view));

        // cancelled while the retrained model predicts the pool: its model and job are taken back
        Job.getJobManager().suspend();
        RoundJob predicting;
        try {
            predicting = runRoundCommand(view);
            RoundJob held = predicting;
            held.addProgress(text -> {
                if (text.startsWith("2/4")) {
                    held.cancel();
                }
            });
        } finally {
            Job.getJobManager().resume();
        }
        awaitRound(view, null);
        assertEquals(IStatus.CANCEL, predicting.getResult().getSeverity(), String.valueOf(predicting.message()));
        assertEquals(before, State.of(store), "the retrained model, its file and its job taken back");

        // cancelled once trained (the model registered): taken back too
        CompletionListener whenTrained = (job, modelId) -> {
            if (view.job != null) {
                view.job.cancel();
            }
        };
        queue.addCompletionListener(whenTrained);
        RoundJob registered;
        try {
            registered = runRoundCommand(view);
            awaitRound(view, null);
        } finally {
            queue.removeCompletionListener(whenTrained);
        }
        assertEquals(IStatus.CANCEL, registered.getResult().getSeverity(), String.valueOf(registered.message()));
        assertEquals(before, State.of(store));

        // not cancelled, the command's round runs to the end
        RoundJob whole = runRoundCommand(view);
        awaitRound(view, null);
        assertEquals(IStatus.OK, whole.getResult().getSeverity(), whole.getResult().toString());
        assertEquals(before.rounds().size() + 1, store.project().getSelectionRounds().size());
    }

    @Test
    void theOffSwitchLeavesTheNextRoundToTheUser() throws Exception {
        ActiveLearningView view = open("off-switch", true);
        ProjectStore store = store();
        Shell shell = view.getSite().getShell();
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.settingsTabs().setSelection(1); // the switch is on the Retraining tab
        click(view.retrainSwitch());
        Spin.until("switched off", () -> !view.retrainSwitch().getSelection());
        assertFalse(ActiveLearningView.retrainWhenBatchComplete(), "kept as the workbench preference");
        SelectionRound one = select(view, shell, store, "margin", 2);
        Job selection = view.job;
        State before = State.of(store);

        labelBatch(view, one);
        // the view has seen the batch complete (its progress says so); with the switch off no round started
        Spin.until("the batch seen complete", () -> view.progress().summary().contains("2 of 2 labelled"));
        assertEquals(selection, view.job, "no round started");
        assertEquals(0, Job.getJobManager().find(RoundJob.FAMILY).length);
        assertEquals(before, State.of(store));
        assertTrue(status(view).contains("Run Round retrains the model"), status(view));

        // the user starts it
        RoundJob round = runRoundCommand(view);
        awaitRound(view, null);
        assertEquals(IStatus.OK, round.getResult().getSeverity(), round.getResult().toString());
        assertEquals(2, store.project().getSelectionRounds().size());
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aRoundThatCannotRunSaysWhyAndChangesNothing() throws Exception {
        ActiveLearningView view = open("bad-episode", true);
        ProjectStore store = store();
        Shell shell = view.getSite().getShell();
        State before = State.of(store);

        // an empty pool: the name filter matches no unlabelled image
        Text filter = Widgets.byRole(shell, Text.class, "filter");
        filter.setText("no-such-image");
        assertRefused(view, store, before, "the pool is empty");
        filter.setText("");

        // the model's classes differ from the project's: a class added since
        LabelClass grey = AnnotideFactory.eINSTANCE.createLabelClass();
        grey.setId("grey");
        grey.setName("grey");
        grey.setColor("#888888");
        store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                Literals.PROJECT__LABEL_CLASSES, grey));
        assertRefused(view, store, State.of(store), "the model's classes differ from the project's: the model lacks grey");
        store.commandStack().undo();

        // fewer than two classes labelled: the labels of "light" taken away
        List<org.annotide.model.Annotation> light = store.project().getImages().stream()
                .flatMap(i -> i.getAnnotations().stream())
                .filter(a -> a.getLabelClass() != null && a.getLabelClass().getName().equals("light")).toList();
        assertEquals(3, light.size());
        for (org.annotide.model.Annotation a : light) {
            store.commandStack().execute(RemoveCommand.create(store.editingDomain(), a));
        }
        assertRefused(view, store, State.of(store), "retraining needs labelled images of at least two classes; only dark is labelled");
        assertEquals(before, State.of(store));
    }

    /** The view's round ends with an error naming the problem, and the project is as it was. */
    private static void assertRefused(ActiveLearningView view, ProjectStore store, State before, String problem)
            throws Exception {
        RoundJob job = runRoundCommand(view);
        awaitRound(view, null);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity(), String.valueOf(job.message()));
        Spin.until("the view says why", () -> status(view).contains(problem));
        assertTrue(status(view).startsWith("No round recorded: "), status(view));
        assertEquals(before, State.of(store), "nothing changed");
        assertTrue(store.project().getTrainingJobs().size() == before.jobs().size(), "no training started");
    }

    /**
     * At the workbench's window size (1280x1024 under Xvfb) with the view in its default place, the settings are
     * laid out at their full size (scrolled where the view is smaller), not clipped: every field at least as wide and
     * high as it needs, and the Model and Strategy fields whole inside the settings' visible part.
     */
    @Test
    void theSettingsAreNotClippedInTheViewsDefaultPlace() throws Exception {
        ActiveLearningView view = open("layout", true);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        view.settingsTabs().setSelection(0); // the Round tab (an earlier test may have left the other one chosen)
        Shell shell = view.getSite().getShell();
        Spin.until("laid out", () -> view.modelCombo().getSize().x > 0);
        System.out.printf("[al layout] shell %s, view %s, settings %s%n", shell.getBounds(),
                view.modelCombo().getParent().getParent().getParent().getBounds(), view.modelCombo().getParent().getBounds());
        screenshot("active-learning-default-place");
        org.eclipse.swt.custom.ScrolledComposite settings = Widgets.byRole(shell,
                org.eclipse.swt.custom.ScrolledComposite.class, "settings");
        Rectangle visible = settings.getDisplay().map(settings, null, settings.getClientArea());
        System.out.printf("[al layout] visible settings %s%n", visible);
        // no field cut off at the right: each one whole across the visible part, as wide as its layout asks at least
        assertWhole(visible, List.of(Widgets.byRole(shell, CCombo.class, "model"), Widgets.byRole(shell, CCombo.class, "strategy"),
                Widgets.byRole(shell, org.eclipse.swt.widgets.Spinner.class, "batch"), Widgets.byRole(shell, CCombo.class, "pool"),
                Widgets.byRole(shell, Text.class, "filter"), Widgets.byRole(shell, CCombo.class, "order")));
        // the Model and Strategy fields in sight without scrolling
        for (String role : List.of("model", "strategy")) {
            CCombo combo = Widgets.byRole(shell, CCombo.class, role);
            Rectangle shown = combo.getDisplay().map(combo.getParent(), null, combo.getBounds());
            assertTrue(visible.contains(shown.x, shown.y) && visible.contains(shown.x + shown.width - 1, shown.y + shown.height - 1),
                    role + " at " + shown + " inside the visible settings " + visible);
            assertTrue(combo.getToolTipText() != null && combo.getToolTipText().startsWith(combo.getText()),
                    "the whole choice in the tooltip: " + combo.getToolTipText());
        }
        // the Retraining tab, one click away: the switch and the episode settings, the first fields in sight
        view.settingsTabs().setSelection(1);
        org.eclipse.swt.custom.ScrolledComposite retraining = Widgets.byRole(shell,
                org.eclipse.swt.custom.ScrolledComposite.class, "retraining");
        Spin.until("the Retraining tab shown", () -> retraining.isVisible() && retraining.getClientArea().height > 0);
        Spin.forMillis(300);
        screenshot("active-learning-default-place-retraining");
        Rectangle inTab = retraining.getDisplay().map(retraining, null, retraining.getClientArea());
        System.out.printf("[al layout] visible retraining settings %s%n", inTab);
        assertWhole(inTab, List.of(view.retrainSwitch(), episode(shell, CCombo.class, "episodeMode"),
                episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeEpochs"),
                episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeImageSize"),
                episode(shell, Text.class, "episodeLearningRate"),
                episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeInitialBatch")));
        for (Control first : List.of(view.retrainSwitch(), episode(shell, CCombo.class, "episodeMode"))) {
            Rectangle shown = first.getDisplay().map(first.getParent(), null, first.getBounds());
            assertTrue(inTab.contains(shown.x, shown.y) && inTab.contains(shown.x + shown.width - 1, shown.y + shown.height - 1),
                    first + " at " + shown + " inside the visible retraining settings " + inTab);
        }
        assertTrue(view.retrainSwitch().getSize().x >= view.retrainSwitch().computeSize(org.eclipse.swt.SWT.DEFAULT,
                org.eclipse.swt.SWT.DEFAULT).x, "the switch's text whole");
        view.settingsTabs().setSelection(0);
    }

    /** Each field whole across the visible part of its tab, at least as wide as its layout asks. */
    private static void assertWhole(Rectangle visible, List<Control> fields) {
        for (Control field : fields) {
            Rectangle shown = field.getDisplay().map(field.getParent(), null, field.getBounds());
            assertTrue(shown.x >= visible.x && shown.x + shown.width <= visible.x + visible.width,
                    field + " at " + shown + " across the visible settings " + visible);
            int asked = field.getLayoutData() instanceof org.eclipse.swt.layout.GridData data && data.widthHint > 0
                    ? data.widthHint : field.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT).x;
            assertTrue(field.getSize().x >= asked, field + " " + field.getSize() + " asks for " + asked);
        }
    }

    /** A field of the episode settings, on the Retraining tab (chosen first: only what is shown can be found). */
    static <T extends Control> T episode(Shell shell, Class<T> type, String role) {
        Widgets.byRole(shell, org.eclipse.swt.custom.CTabFolder.class, "settingsTabs").setSelection(1);
        return Widgets.byRole(shell, type, role);
    }

    /** Sets a spinner of the settings form as the user's arrows or typing do (a selection event). */
    private static void set(Shell shell, String role, int value) {
        org.eclipse.swt.widgets.Spinner spinner = episode(shell, org.eclipse.swt.widgets.Spinner.class, role);
        spinner.setSelection(value);
        spinner.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @Test
    void theSettingsFormStoresTheEpisodeSettingsAndTheRoundsTrainWithThem() throws Exception {
        ActiveLearningView view = open("episode-settings", false);
        ProjectStore store = store();
        Shell shell = view.getSite().getShell();
        TrainedModel first = store.project().getModels().get(0);
        assertFalse(EpisodeSettings.stored(store.project(), EpisodeSettings.Part.RETRAINING), "a new project has none");
        view.settingsTabs().setSelection(1); // the Retraining tab

        // from scratch, 5 epochs at 24 pixels with 0.02: each field one undoable command, in the project's metadata
        ActiveLearningViewTest.choose(episode(shell, CCombo.class, "episodeMode"),
                EpisodeSettings.Mode.FROM_SCRATCH.ordinal());
        set(shell, "episodeEpochs", 5);
        set(shell, "episodeImageSize", 24);
        Text rate = episode(shell, Text.class, "episodeLearningRate");
        rate.setText("fast");
        rate.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertTrue(status(view).contains("the learning rate must be a number, not 'fast'"), status(view));
        rate.setText("0.02");
        rate.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        set(shell, "episodeInitialBatch", 4);
        assertEquals(new EpisodeSettings(EpisodeSettings.Mode.FROM_SCRATCH, 5, 24, 0.02, 4),
                EpisodeSettings.of(store.project()));
        assertEquals("scratch", store.project().getMetadata().get("al.mode"));
        assertEquals("24", store.project().getMetadata().get("al.imageSize"));
        assertEquals("0.02", store.project().getMetadata().get("al.learningRate"));
        store.commandStack().undo(); // the initial batch's edit
        Spin.until("the form shows the undone value",
                () -> episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeInitialBatch").getSelection() == 10);
        store.commandStack().redo();
        Spin.until("and the redone one",
                () -> episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeInitialBatch").getSelection() == 4);

        // a round from scratch: a new model trained with the form's epochs, size and rate, not from the old weights
        select(view, shell, store, "entropy", 3);
        RoundJob scratch = runRoundCommand(view);
        Spin.until("the round ended", Duration.ofSeconds(120), () -> scratch.getResult() != null);
        assertEquals(IStatus.OK, scratch.getResult().getSeverity(), scratch.getResult().toString());
        Spin.until("the view has seen it end", () -> !view.running());
        TrainedModel fresh = store.project().getSelectionRounds().get(1).getModel();
        assertNotEquals(first, fresh);
        java.util.Map<String, String> trained = fresh.getJob().getConfiguration().map();
        assertEquals("5", trained.get("epochs"));
        assertEquals("24", trained.get("imageSize"));
        assertEquals(0.02, Double.parseDouble(trained.get("lr")));
        assertFalse(trained.containsKey("from"), "from scratch: " + trained);
        assertEquals(5, fresh.getJob().getEpochs().size(), "five epochs trained");

        // fine-tune: from the round's model (the episode's current one now), its own input size, the form's epochs
        ActiveLearningViewTest.choose(episode(shell, CCombo.class, "episodeMode"),
                EpisodeSettings.Mode.FINE_TUNE.ordinal());
        set(shell, "episodeEpochs", 3);
        assertFalse(episode(shell, org.eclipse.swt.widgets.Spinner.class, "episodeImageSize").isEnabled(),
                "a fine-tuned model keeps its size");
        RoundJob fineTune = runRoundCommand(view);
        Spin.until("the round ended", Duration.ofSeconds(120), () -> fineTune.getResult() != null);
        assertEquals(IStatus.OK, fineTune.getResult().getSeverity(), fineTune.getResult().toString());
        Spin.until("the view has seen it end", () -> !view.running());
        TrainedModel tuned = store.project().getSelectionRounds().get(2).getModel();
        java.util.Map<String, String> config = tuned.getJob().getConfiguration().map();
        assertEquals(fresh.getId(), config.get("from"));
        assertEquals("3", config.get("epochs"));
        assertEquals("24", config.get("imageSize"), "the size of the model it starts from");
        assertEquals(3, tuned.getJob().getEpochs().size());
    }

    @Test
    void theFirstRoundWithoutLabelsDrawsTheInitialRandomBatchWithoutAModel() throws Exception {
        InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID).putBoolean(ActiveLearningView.RETRAIN_PREFERENCE, false);
        project = ActiveLearningViewTest.project(temp, "initial-batch");
        ActiveLearningView view = (ActiveLearningView) page().showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        clickProject("initial-batch");
        ProjectStore store = store();
        Spin.until("the view shows the project", () -> view.store() == store);
        view.retrainSwitch().setSelection(false);
        // labels but no model: Select Batch is disabled, and the view says what to do instead of "choose a model"
        until(view, "the view says to train a model", () -> status(view).startsWith("No model yet: train one"));
        assertFalse(Widgets.byRole(view.getSite().getShell(), org.eclipse.swt.widgets.Button.class, "select").isEnabled());
        // no label yet: the project's six labels taken away
        org.annotide.core.store.StoreChange unlabel = new org.annotide.core.store.StoreChange(store, "unlabel");
        for (ImageAsset image : store.project().getImages()) {
            if (!image.getAnnotations().isEmpty()) {
                unlabel.remove(image, Literals.IMAGE_ASSET__ANNOTATIONS, List.copyOf(image.getAnnotations()));
            }
        }
        unlabel.execute();
        Shell shell = view.getSite().getShell();
        set(shell, "episodeInitialBatch", 5);
        assertEquals(5, EpisodeSettings.of(store.project()).initialBatch());
        assertTrue(store.project().getModels().isEmpty());
        until(view, "the view says how the episode starts", () -> status(view).startsWith(
                "No label and no model yet: Run Round draws a first batch at random"));

        RoundJob first = runRoundCommand(view);
        Spin.until("the round ended", Duration.ofSeconds(60), () -> first.getResult() != null);
        assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().toString());
        SelectionRound round = store.project().getSelectionRounds().get(0);
        assertEquals("random", round.getStrategy());
        assertEquals(5, round.getBatchSize());
        assertEquals(24, round.getEntries().size(), "every image is in the pool");
        assertEquals(null, round.getModel());
        assertTrue(store.project().getTrainingJobs().isEmpty(), "nothing trained");
        Spin.until("the view shows the batch for labelling", () -> view.shownRound() == round
                && view.labelling().current() == round.getEntries().get(0).getImage());
        assertTrue(first.message().startsWith("Round 1: no label yet, so an initial random batch of 5 of 24"),
                first.message());
        Spin.forMillis(2000);
        System.out.println("[al round test] event traffic with the view open, no job running: " + Spin.traffic() + " in 1 s");
    }
}
