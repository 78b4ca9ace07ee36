package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportRequest;
import org.annotide.formats.LabelsCsv;
import org.annotide.ml.JobStatusListener;
import org.annotide.ml.TrainingConfig;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.Provenance;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training workbench driven as a user drives it: a real project of dark and light images, the New Training
 * Job wizard filled in with the keyboard and started, the Training view's monitor following the real training
 * (the fragment's softmax trainer, contributed through org.annotide.ml.trainers), the Models view's registry,
 * export, import, compare and Predict, and Cancel and Delete of a running job.
 */
class TrainingWorkbenchTest {

    @TempDir
    Path temp;

    private static int shots;

    /** 10 dark and 10 light 16 x 16 grey images with noise, labelled by a CSV list, imported as a user does. */
    private IProject project(String name) throws Exception {
        Path files = temp.resolve(name + "-files");
        Files.createDirectories(files);
        StringBuilder csv = new StringBuilder("path,label\n");
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            boolean dark = i % 2 == 0;
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    int base = dark ? 60 : 190;
                    image.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, base + (int) (random.nextGaussian() * 40))));
                }
            }
            String file = "img" + i + ".png";
            ImageIO.write(image, "png", files.resolve(file).toFile());
            csv.append(file).append(',').append(dark ? "dark" : "light").append('\n');
        }
        Path list = Files.writeString(files.resolve("labels.csv"), csv);
        Path folder = temp.resolve(name);
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            new ImageImporter(ImageFormats.installed(), LabelsCsv::imageList).run(store, new ImportRequest(List.of(), null, false, list),
                    new NullProgressMonitor());
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        description.setLocationURI(folder.toUri());
        description.setNatureIds(new String[] {AnnotideUi.PROJECT_NATURE_ID});
        project.create(description, null);
        project.open(null);
        return project;
    }

    private static void remove(IProject project) throws Exception {
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }

    private static void clickRow(Table table, int row) {
        var bounds = table.getItem(row).getBounds(0);
        Input.click(table, bounds.x + 20, bounds.y + bounds.height / 2);
    }

    /** A screenshot of the whole screen (Xvfb's root window) to /tmp/ui-training-N.png, for people to look at. */
    private static void screenshot() {
        Spin.idle(300);
        try {
            Process p = new ProcessBuilder("import", "-window", "root", "/tmp/ui-training-" + ++shots + ".png")
                    .redirectErrorStream(true).start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick: no screenshot; the assertions decide the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Job job) {
        Spin.until(job.getName(), Duration.ofSeconds(60), () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
    }

    @Test
    void aJobStartedFromTheWizardTrainsBeforeTheUsersEyesAndItsModelPredicts() throws Exception {
        IProject project = project("tw-train");
        try {
            IWorkbenchPage page = page();
            TrainingView view = (TrainingView) page.showView(TrainingUi.TRAINING_VIEW_ID);
            WorkbenchSteps.clickProject("tw-train");
            ProjectStore store = projects().store(project);
            Spin.until("the Training view shows the project", () -> view.store() == store);
            ToolBar bar = Widgets.find(view.getSite().getShell(), ToolBar.class,
                    t -> Arrays.stream(t.getItems()).anyMatch(i -> "New training job".equals(i.getToolTipText())));
            assertNotNull(Widgets.toolItem(bar, "New training job"));

            // the wizard, all five steps, filled in with the keyboard and the mouse
            NewTrainingJobWizard wizard = new NewTrainingJobWizard(store, null);
            TrainingWizardDialog dialog = new TrainingWizardDialog(view.getSite().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Shell shell = dialog.getShell();
            assertTrue(wizard.taskPage.radios.get(0).getSelection(), "classify is the default task");
            WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
            Spin.until("the training sets step", () -> dialog.getCurrentPage() == wizard.dataPage);
            assertEquals(0, wizard.dataPage.sets.getItemCount(), "the project has no training sets");
            WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
            Spin.until("the classes step", () -> dialog.getCurrentPage() == wizard.classesPage);
            assertEquals(List.of("dark", "light"), Arrays.stream(wizard.classesPage.classes.getItems()).map(i -> i.getText()).toList());
            WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
            Spin.until("the configuration step", () -> dialog.getCurrentPage() == wizard.configPage);
            assertEquals("100", wizard.configPage.epochs.getText());
            assertEquals("16", wizard.configPage.batch.getText());
            assertEquals("0.01", wizard.configPage.lr.getText());
            assertEquals("0.8", wizard.configPage.trainRatio.getText());
            assertEquals("42", wizard.configPage.seed.getText());
            assertEquals("auto", wizard.configPage.device.getText());
            assertTrue(!WorkbenchSteps.button(shell, "Next").isEnabled(), "a job needs a name before it goes on");
            WorkbenchSteps.typeInto(wizard.configPage.name, "ui run");
            WorkbenchSteps.typeInto(wizard.configPage.epochs, "4");
            WorkbenchSteps.typeInto(wizard.configPage.batch, "4");
            WorkbenchSteps.typeInto(wizard.configPage.imageSize, "16");
            WorkbenchSteps.typeInto(wizard.configPage.lr, "0.05");
            screenshot();
            WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
            Spin.until("the review step", () -> dialog.getCurrentPage() == wizard.reviewPage);
            String review = wizard.reviewPage.summary.getText();
            assertTrue(review.contains("epochs: 4") && review.contains("imageSize: 16") && review.contains("lr: 0.05"), review);
            WorkbenchSteps.click(WorkbenchSteps.button(shell, TrainingWizardDialog.START));
            Spin.until("the wizard closed", shell::isDisposed);
            TrainingJob job = wizard.submitted();
            assertNotNull(job);

            // the Progress view's job, then the monitor of the finished job
            Spin.until("the job completed", Duration.ofSeconds(90), () -> job.getStatus() == JobStatus.COMPLETED
                    || job.getStatus() == JobStatus.FAILED);
            assertEquals(JobStatus.COMPLETED, job.getStatus(), job.getErrorMessage());
            Spin.until("the view lists the job", () -> view.visibleJobs().contains(job));
            Table jobs = Widgets.byRole(shell(view), Table.class, "jobs");
            clickRow(jobs, 0);
            Spin.until("the job selected", () -> view.selectedJob() == job);
            ProgressBar progress = Widgets.byRole(shell(view), ProgressBar.class, "progress");
            Label epochs = Widgets.byRole(shell(view), Label.class, "epochs");
            Spin.until("the monitor up to date", () -> progress.getSelection() == 4 && epochs.getText().equals("Epoch 4 of 4"));
            Chart chart = Widgets.byRole(shell(view), Chart.class, "chart");
            assertEquals(4, chart.getSeriesSet().getSeries("train").getYSeries().length);
            assertEquals(4, chart.getSeriesSet().getSeries("validation").getYSeries().length);
            assertEquals("top1", chart.getSeriesSet().getSeries("metric").getDescription());
            double firstLoss = job.getEpochs().get(0).getTrainLoss();
            double lastLoss = job.getEpochs().get(3).getTrainLoss();
            assertTrue(lastLoss < firstLoss, "the train loss falls: " + firstLoss + " -> " + lastLoss);
            String metrics = Widgets.byRole(shell(view), Label.class, "metrics").getText();
            assertTrue(metrics.startsWith("Epoch 4:") && metrics.contains("top1"), metrics);
            String dataset = Widgets.byRole(shell(view), Text.class, "dataset").getText();
            assertTrue(dataset.contains("16 train, 4 validation") && dataset.contains("dark ") && dataset.contains("light "), dataset);
            assertTrue(!Widgets.byRole(shell(view), Button.class, "cancel").isEnabled());
            screenshot();

            // filters by status and task type
            Combo status = Widgets.byRole(shell(view), Combo.class, "statusFilter");
            WorkbenchSteps.choose(status, "Failed");
            assertEquals(0, jobs.getItemCount());
            WorkbenchSteps.choose(status, "Completed");
            assertEquals(1, jobs.getItemCount());
            Combo task = Widgets.byRole(shell(view), Combo.class, "taskFilter");
            WorkbenchSteps.choose(task, "Detect");
            assertEquals(0, jobs.getItemCount());
            WorkbenchSteps.choose(task, TrainingView.ALL);
            WorkbenchSteps.choose(status, TrainingView.ALL);
            assertEquals(1, jobs.getItemCount());

            // the registry
            ModelsView models = (ModelsView) page.showView(TrainingUi.MODELS_VIEW_ID);
            Spin.until("the Models view shows the project", () -> models.store() == store);
            Table table = Widgets.byRole(shell(models), Table.class, "models");
            Spin.until("the trained model listed", () -> table.getItemCount() == 1);
            TrainedModel model = store.project().getModels().get(0);
            assertTrue(model.isActive(), "the first model of its task becomes active");
            assertTrue(model.getMetrics().get("top1") >= 0.75, "top1 " + model.getMetrics());
            models.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(model), true);
            Spin.until("the model selected", () -> models.selectedModels().equals(List.of(model)));
            assertTrue(Widgets.byRole(shell(models), Button.class, "predict").isEnabled());
            assertTrue(!Widgets.byRole(shell(models), Button.class, "compare").isEnabled(), "compare needs two");
            String details = ModelsView.details(model);
            assertTrue(details.contains("Classes: dark, light") && details.contains("top1") && details.contains("epochs 4"), details);
            screenshot();

            Path exported = temp.resolve("exported.atm");
            join(models.export(model, exported));
            assertTrue(Files.size(exported) > 0);
            join(models.importFile(exported));
            Spin.until("the imported model listed", () -> table.getItemCount() == 2);
            TrainedModel imported = store.project().getModels().get(1);
            assertTrue(!imported.isActive(), "an import does not replace the active model");
            List<String[]> rows = ModelsView.comparison(model, imported);
            String[] top1 = rows.stream().filter(r -> r[0].equals("top1")).findFirst().orElseThrow();
            assertEquals(top1[1], top1[2], "the imported model has the metrics of the exported one");

            // Predict stores predictions in the project, which the open editors observe
            List<ImageAsset> images = List.copyOf(store.project().getImages());
            join(models.predict(model, images));
            int right = 0;
            for (ImageAsset image : images) {
                Annotation predicted = image.getAnnotations().stream().filter(a -> a.getProvenance() == Provenance.PREDICTED)
                        .findFirst().orElseThrow(() -> new AssertionError("no prediction on " + image.getName()));
                Annotation truth = image.getAnnotations().stream().filter(a -> a.getProvenance() != Provenance.PREDICTED)
                        .findFirst().orElseThrow();
                if (predicted.getLabelClass() == truth.getLabelClass()) {
                    right++;
                }
            }
            assertTrue(right >= 15, right + " of 20 predictions right");
        } finally {
            remove(project);
        }
    }

    @Test
    void cancelStopsARunningJobWithinSecondsAndDeleteRemovesIt() throws Exception {
        IProject project = project("tw-cancel");
        try {
            TrainingView view = (TrainingView) page().showView(TrainingUi.TRAINING_VIEW_ID);
            WorkbenchSteps.clickProject("tw-cancel");
            ProjectStore store = projects().store(project);
            Spin.until("the Training view shows the project", () -> view.store() == store);
            TrainingJob job = TrainingUiPlugin.training().submit(store, TrainingConfig.builder("long run", TaskType.CLASSIFY)
                    .epochs(100_000).batchSize(1).imageSize(256).build());
            Spin.until("a few epochs done", Duration.ofSeconds(60), () -> job.getEpochs().size() >= 3);
            assertEquals(1, Job.getJobManager().find(WorkbenchTraining.FAMILY).length, "the Progress view shows the job");
            Spin.until("the view lists the job", () -> view.visibleJobs().contains(job));
            Table jobs = Widgets.byRole(shell(view), Table.class, "jobs");
            clickRow(jobs, 0);
            Spin.until("the job selected", () -> view.selectedJob() == job);
            Chart chart = Widgets.byRole(shell(view), Chart.class, "chart");
            int shown = chart.getSeriesSet().getSeries("train").getYSeries().length;
            Spin.until("the chart grows live", () -> chart.getSeriesSet().getSeries("train").getYSeries().length > shown);
            screenshot();
            // the latency runs from the button's own Selection event (the user's click as the view sees it) to the
            // queue's CANCELLED event, not from and to the test's click, whose waits for a quiet event loop (up to
            // 3 s while the chart redraws) say nothing about cancelling
            Button cancel = Widgets.byRole(shell(view), Button.class, "cancel");
            long[] asked = new long[1];
            AtomicLong stopped = new AtomicLong();
            JobStatusListener stops = (j, status, message) -> {
                if (j == job && status == JobStatus.CANCELLED) {
                    stopped.set(System.nanoTime());
                }
            };
            TrainingUiPlugin.training().queue().addStatusListener(stops);
            Listener clicked = event -> {
                if (event.widget == cancel && asked[0] == 0) {
                    asked[0] = System.nanoTime();
                }
            };
            cancel.getDisplay().addFilter(SWT.Selection, clicked); // filters see the event before the view's listener
            try {
                WorkbenchSteps.click(cancel);
            } finally {
                cancel.getDisplay().removeFilter(SWT.Selection, clicked);
            }
            try {
                Spin.until("the job cancelled", Duration.ofSeconds(15),
                        () -> job.getStatus() == JobStatus.CANCELLED && stopped.get() != 0);
            } finally {
                TrainingUiPlugin.training().queue().removeStatusListener(stops);
            }
            long millis = (stopped.get() - asked[0]) / 1_000_000;
            // the goal is 2 s; the bound leaves the 3x that machines of our kind differ by
            assertTrue(asked[0] != 0 && millis <= 6_000, "cancel stops the job within seconds of the click: " + millis + " ms");
            System.out.println("BENCH ui_cancel_latency_ms " + millis + " ms");
            assertTrue(store.project().getModels().isEmpty(), "a cancelled job registers no model");
            Spin.until("the Eclipse job ended", () -> Job.getJobManager().find(WorkbenchTraining.FAMILY).length == 0);
            WorkbenchSteps.click(Widgets.byRole(shell(view), Button.class, "delete"));
            Spin.until("the job deleted", () -> store.project().getTrainingJobs().isEmpty());
            Spin.until("the view lets go of it", () -> jobs.getItemCount() == 0);
        } finally {
            remove(project);
        }
    }

    private static Shell shell(org.eclipse.ui.IViewPart view) {
        return view.getSite().getShell();
    }
}
