package org.annotide.ui.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annotide.access.Account;
import org.annotide.access.RolePermissions;
import org.annotide.access.UserDirectory;
import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerTraining;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.TrainerRegistry;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Role;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.server.AnnotideServer;
import org.annotide.tests.support.NoiseImages;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.tests.support.workbench.ConnectToServer;
import org.annotide.ui.ProjectService;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A server's project in the workbench trains on the server: File &gt; Connect to Server... (the command, its dialog
 * answered as a user does) mirrors a real team server on loopback, the Training view says where the project trains,
 * the New Training Job wizard queues a job there (DJL's {@code linear} classifier on 16-pixel noise images), the
 * server's in-process worker trains it while the view follows, its model appears in the Models view, and Activate
 * there makes another model the server's active one. An Annotator's Training view says the server shows her no jobs,
 * and her wizard shows the server's refusal and creates nothing, here or there.
 */
class ServerTrainingWorkbenchTest {

    private static final String PASSWORD = "correct horse";
    /** img0 .. img8; img1 .. img8 labelled, odd ones bright ("cell"), even ones dark ("empty"). */
    private static final int IMAGES = 9;

    @TempDir
    Path temp;

    private ProjectStore served;
    private AnnotideServer server;
    private ServerConnection admin;
    private final List<IProject> linked = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (IProject project : linked) {
            if (project.exists()) {
                project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
            }
        }
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
        if (served != null) {
            served.close();
        }
    }

    /** The team server: two classes, the labelled noise images, users admin, manager and ann (an Annotator). */
    private void serve() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("server"));
        served = ProjectStore.create(workspace.resolve("cells"), "cells");
        synchronized (served) {
            LabelClass cell = labelClass("cell");
            LabelClass empty = labelClass("empty");
            served.project().getLabelClasses().addAll(List.of(cell, empty));
            List<ImageAsset> images = NoiseImages.brightAndDark(workspace, IMAGES, 7);
            served.project().getImages().addAll(images);
            long id = 1;
            for (int i = 1; i < IMAGES; i++) {
                Annotation label = AnnotideFactory.eINSTANCE.createAnnotation();
                label.setId(id++);
                label.setLabelClass(i % 2 == 1 ? cell : empty);
                label.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
                label.setAuthor("manager");
                images.get(i).getAnnotations().add(label);
            }
            served.project().setNextAnnotationId(id);
            served.commit();
        }
        UserDirectory users = UserDirectory.open(workspace);
        users.add(new Account("admin", Role.ADMIN), PASSWORD.toCharArray());
        users.add(new Account("manager", Role.TEAM_MANAGER), PASSWORD.toCharArray());
        users.add(new Account("ann", Role.ANNOTATOR), PASSWORD.toCharArray());
        // no database: the server's own in-process worker trains
        server = AnnotideServer.builder().port(0).project(served).permissions(new RolePermissions()).users(users)
                .trainers(TrainerRegistry.installed()).start();
        admin = ServerConnection.login(server.baseUrl(), "admin", PASSWORD.toCharArray());
    }

    private static LabelClass labelClass(String name) {
        LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
        labelClass.setId(name);
        labelClass.setName(name);
        return labelClass;
    }

    @Test
    void aServerProjectTrainsOnTheServerFromTheTrainingViewAndAnAnnotatorIsRefused() throws Exception {
        serve();
        ProjectStore mirror = connect("manager");
        IProject project = projects().project(mirror);
        TrainingView view = (TrainingView) page().showView(TrainingUi.TRAINING_VIEW_ID);
        WorkbenchSteps.clickProject(project.getName());
        Spin.until("the Training view shows the server's project", () -> view.store() == mirror);
        String base = RemoteProject.of(mirror).connection().base().toString();
        Spin.until("the view says the project trains on the server", () -> view.getContentDescription()
                .endsWith("Trains on " + base));
        assertTrue(view.visibleJobs().isEmpty());

        // the wizard queues the job on the server; nothing trains in the workbench
        NewTrainingJobWizard wizard = new NewTrainingJobWizard(mirror, null);
        TrainingWizardDialog dialog = open(view, wizard);
        fillIn(dialog, wizard, "on the server", 3);
        Shell wizardShell = dialog.getShell();
        WorkbenchSteps.click(WorkbenchSteps.button(wizardShell, TrainingWizardDialog.START));
        Spin.until("the wizard closed", wizardShell::isDisposed);
        TrainingJob submitted = wizard.submitted();
        assertNotNull(submitted);
        String id = submitted.getId();
        JsonNode queued = admin.request("GET", "/api/v1/training/jobs?project=" + served.project().getId(), null)
                .json().path("items");
        assertEquals(1, queued.size(), queued.toString());
        assertEquals(id, queued.get(0).get("id").asText(), "the server's queue has the wizard's job");
        assertEquals("linear", queued.get(0).path("config").path("model").asText(), queued.toString());
        assertEquals(0, org.eclipse.core.runtime.jobs.Job.getJobManager().find(WorkbenchTraining.FAMILY).length,
                "no training job runs in the workbench");
        Spin.until("the view lists the queued job", () -> view.visibleJobs().stream().anyMatch(j -> j.getId().equals(id)));

        Spin.until("the server's worker completed the job", Duration.ofSeconds(60), () -> {
            TrainingJob job = job(mirror, id);
            return job != null && (job.getStatus() == JobStatus.COMPLETED || job.getStatus() == JobStatus.FAILED)
                    && (job.getStatus() == JobStatus.FAILED || job.getResultModel() != null);
        });
        TrainingJob done = job(mirror, id);
        assertEquals(JobStatus.COMPLETED, done.getStatus(), done.getErrorMessage());
        assertEquals("completed", admin.request("GET", "/api/v1/training/jobs/" + id, null).json().get("status")
                .asText());
        view.select(done);
        Spin.until("the job selected", () -> view.selectedJob() == done);
        Spin.until("the monitor shows every epoch", () -> Widgets.byRole(shell(view), Label.class, "epochs").getText()
                .equals("Epoch 3 of 3"));
        assertEquals("Completed", Widgets.byRole(shell(view), Label.class, "status").getText());

        // the model in the Models view; Activate makes another one the server's active model
        ModelsView models = (ModelsView) page().showView(TrainingUi.MODELS_VIEW_ID);
        Spin.until("the Models view shows the server's project", () -> models.store() == mirror);
        Table table = Widgets.byRole(shell(models), Table.class, "models");
        Spin.until("the server's model listed", () -> table.getItemCount() == 1);
        TrainedModel first = done.getResultModel();
        assertTrue(ServerTraining.isServerModel(first), "the server's model, not one trained here");
        Spin.until("the server made its first classifier active", first::isActive);
        String second = queueThroughTheApi("again");
        Spin.until("the other user's job and its model in the copy", Duration.ofSeconds(60),
                () -> job(mirror, second) != null && job(mirror, second).getResultModel() != null);
        TrainedModel other = job(mirror, second).getResultModel();
        Spin.until("the second model listed", () -> table.getItemCount() == 2);
        assertFalse(other.isActive(), "the first one stays active");
        models.viewer().setSelection(new StructuredSelection(other), true);
        Spin.until("the second model selected", () -> models.selectedModels().equals(List.of(other)));
        WorkbenchSteps.click(Widgets.byRole(shell(models), Button.class, "activate"));
        Spin.until("the activation in the mirror", () -> other.isActive() && !first.isActive());
        assertTrue(serverModel(other.getId()).get("is_active").asBoolean(), "active on the server");
        assertFalse(serverModel(first.getId()).get("is_active").asBoolean());
        assertTrue(table.getItem(0).getText(0).isEmpty() != table.getItem(1).getText(0).isEmpty(),
                "one check mark in the Active column");

        // closed and opened again without connecting, as after a restart: the jobs as last known, nothing trains
        projects().close(project);
        ProjectStore offline = projects().store(project);
        assertNull(RemoteProject.of(offline), "opened without a connection");
        page().activate(view);
        WorkbenchSteps.clickProject(project.getName());
        Spin.until("the Training view shows the copy opened offline", () -> view.store() == offline);
        Spin.until("the view says the copy is not connected", () -> view.getContentDescription()
                .endsWith("Trains on the server; not connected: the jobs as last known"));
        assertTrue(view.visibleJobs().stream().anyMatch(j -> j.getId().equals(id)), "the server's job as last known");
        NewTrainingJobWizard offlineWizard = new NewTrainingJobWizard(offline, null);
        TrainingWizardDialog offlineDialog = open(view, offlineWizard);
        fillIn(offlineDialog, offlineWizard, "offline", 2);
        WorkbenchSteps.click(WorkbenchSteps.button(offlineDialog.getShell(), TrainingWizardDialog.START));
        Spin.until("the refusal in the wizard", () -> offlineWizard.reviewPage.getErrorMessage() != null);
        String offlineRefusal = offlineWizard.reviewPage.getErrorMessage();
        assertTrue(offlineRefusal.contains("Connect to Server"), offlineRefusal);
        assertNull(offlineWizard.submitted());
        offlineDialog.close();
        assertEquals(0, org.eclipse.core.runtime.jobs.Job.getJobManager().find(WorkbenchTraining.FAMILY).length,
                "nothing trains in the workbench for a copy that is not connected");

        // an Annotator: the view says the server shows her no jobs; her job is refused and nothing is created
        project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        ProjectStore annotators = connect("ann");
        page().activate(view);
        WorkbenchSteps.clickProject(projects().project(annotators).getName());
        Spin.until("the Training view shows her copy", () -> view.store() == annotators);
        ServerTraining training = RemoteProject.of(annotators).serverTraining();
        Spin.until("the refusal to list the jobs read", () -> training.refusal() != null);
        Spin.until("the view says why it shows no jobs", () -> view.getContentDescription().contains(
                "which shows you no jobs: " + training.refusal()));
        assertTrue(view.visibleJobs().isEmpty(), "no job of the project shown to her");
        NewTrainingJobWizard hers = new NewTrainingJobWizard(annotators, null);
        TrainingWizardDialog herDialog = open(view, hers);
        fillIn(herDialog, hers, "mine", 2);
        WorkbenchSteps.click(WorkbenchSteps.button(herDialog.getShell(), TrainingWizardDialog.START));
        Spin.until("the server's refusal in the wizard", () -> hers.reviewPage.getErrorMessage() != null);
        String refusal = hers.reviewPage.getErrorMessage();
        assertTrue(refusal.startsWith("The server refused the job: ") && refusal.contains("ann"), refusal);
        assertFalse(herDialog.getShell().isDisposed(), "the wizard stays open with what she typed");
        assertNull(hers.submitted());
        herDialog.close();
        assertEquals(0, annotators.project().getTrainingJobs().size(), "no job in her copy");
        assertEquals(2, admin.request("GET", "/api/v1/training/jobs", null).json().path("items").size(),
                "none queued on the server");
    }

    // ------------------------------------------------------------------ the user's steps

    /**
     * File &gt; Connect to Server... as {@code user} ({@link ConnectToServer}); the server's project once its copy is
     * open and connected, its workspace project removed after the test.
     */
    private ProjectStore connect(String user) throws Exception {
        ProjectStore mirror = ConnectToServer.as(server.baseUrl(), user, PASSWORD);
        linked.add(projects().project(mirror));
        return mirror;
    }

    private static TrainingWizardDialog open(IViewPart view, NewTrainingJobWizard wizard) {
        TrainingWizardDialog dialog = new TrainingWizardDialog(view.getSite().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** The wizard's steps up to the review: classify, every image and class, DJL's linear model on 16 pixels. */
    private static void fillIn(TrainingWizardDialog dialog, NewTrainingJobWizard wizard, String name, int epochs) {
        Shell shell = dialog.getShell();
        WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
        Spin.until("the training sets step", () -> dialog.getCurrentPage() == wizard.dataPage);
        WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
        Spin.until("the classes step", () -> dialog.getCurrentPage() == wizard.classesPage);
        assertEquals(List.of("cell", "empty"), Arrays.stream(wizard.classesPage.classes.getItems()).map(i -> i.getText())
                .toList(), "the server's classes");
        WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
        Spin.until("the configuration step", () -> dialog.getCurrentPage() == wizard.configPage);
        WorkbenchSteps.typeInto(wizard.configPage.name, name);
        WorkbenchSteps.choose(wizard.configPage.modelSize, "linear");
        WorkbenchSteps.typeInto(wizard.configPage.epochs, Integer.toString(epochs));
        WorkbenchSteps.typeInto(wizard.configPage.batch, "4");
        WorkbenchSteps.typeInto(wizard.configPage.imageSize, "16");
        WorkbenchSteps.choose(wizard.configPage.device, "cpu");
        WorkbenchSteps.click(WorkbenchSteps.button(shell, "Next"));
        Spin.until("the review step", () -> dialog.getCurrentPage() == wizard.reviewPage);
        String review = wizard.reviewPage.summary.getText();
        assertTrue(review.contains("model: linear") && review.contains("epochs: " + epochs), review);
    }

    /** Queues a small job as a script would, through the API as the admin; its id. */
    private String queueThroughTheApi(String name) throws Exception {
        ObjectNode body = new ObjectMapper().createObjectNode().put("name", name).put("task_type", "classify")
                .put("project", served.project().getId());
        body.putObject("config").put("model", "linear").put("epochs", 2).put("image_size", 16).put("batch_size", 4)
                .put("seed", 1).put("device", "cpu");
        return admin.request("POST", "/api/v1/training/jobs", body).json().get("id").asText();
    }

    private JsonNode serverModel(String id) throws Exception {
        for (JsonNode model : admin.request("GET", "/api/v1/training/models?project=" + served.project().getId(), null)
                .json().path("items")) {
            if (model.get("id").asText().equals(id)) {
                return model;
            }
        }
        throw new AssertionError("the server has no model " + id);
    }

    private static TrainingJob job(ProjectStore store, String id) {
        return store.project().getTrainingJobs().stream().filter(j -> j.getId().equals(id)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ widgets

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }

    private static Shell shell(IViewPart view) {
        return view.getSite().getShell();
    }
}
