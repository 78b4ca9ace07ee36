package org.annotide.ui.training.internal;

import static org.annotide.ui.training.internal.ActiveLearningViewTest.clickProject;
import static org.annotide.ui.training.internal.ActiveLearningViewTest.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.SelectionRound;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.ProjectService;
import org.annotide.ui.training.TrainingUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Active Learning perspective gives the view the window's height: its labelling image is large enough to judge
 * (stacked under the editor in the Annotide perspective it had a few pixels at the default window size); the view's
 * accuracy chart is readable in both perspectives.
 */
class ActiveLearningPerspectiveTest {

    @TempDir
    Path temp;

    private IProject project;

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @AfterEach
    void back() throws Exception {
        PlatformUI.getWorkbench().showPerspective(AnnotideUi.PERSPECTIVE_ID, window());
        if (project != null && project.exists()) {
            project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
        }
    }

    @Test
    void theViewHasTheWindowsHeightAndARealImage() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(TrainingUi.ACTIVE_LEARNING_PERSPECTIVE_ID, window());
        ActiveLearningView view = (ActiveLearningView) page.findView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        assertNotNull(view, "the perspective shows the Active Learning view");
        assertNotNull(page.findView(TrainingUi.TRAINING_VIEW_ID), "and the Training view for the rounds' jobs");
        Rectangle shell = window().getShell().getBounds();
        // shared with the Annotide perspective, the view may still have the size it had there for a moment
        Spin.until("laid out in the perspective", () -> view.labelling().focusControl().getSize().y >= shell.height / 3);
        Rectangle image = view.labelling().focusControl().getBounds();
        System.out.printf("[al perspective] shell %s, image %s%n", shell, image);
        assertTrue(image.height >= shell.height / 3, "the image " + image + " in a window " + shell);
        assertTrue(image.width >= 200, "the image " + image + " in a window " + shell);
    }

    /**
     * The accuracy chart is readable where the view opens by default: under the editor in the Annotide perspective
     * (a strip about 180 pixels high, where it was 106x44 pixels with the summary above it wrapped into five lines)
     * and in the Active Learning perspective (the window's height, where it was a column 91 pixels wide).
     */
    @Test
    void theChartIsReadableInTheViewsDefaultPlaces() throws Exception {
        project = ActiveLearningViewTest.project(temp, "al-chart");
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(AnnotideUi.PERSPECTIVE_ID, window());
        ActiveLearningView view = (ActiveLearningView) page.showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        clickProject("al-chart");
        ProjectStore store = PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
        Spin.until("the view shows the project", () -> view.store() == store);
        recordRounds(store, 0.42, 0.55, 0.63, 0.71);
        Spin.until("the curve", () -> view.progress().points().size() == 4);
        Canvas chart = view.progress().chart();
        int line = lineHeight(chart);
        // under the editor: a chart as high as the strip allows, its accuracy axis labelled every 50 % at least
        Spin.until("laid out under the editor", () -> chart.getSize().y > 0 && !view.panes().high());
        screenshot("active-learning-chart-annotide-perspective");
        Rectangle low = chart.getBounds();
        Rectangle viewArea = view.panes().columns().getBounds();
        System.out.printf("[al chart] under the editor: view %s, chart %s, line %d%n", viewArea, low, line);
        assertTrue(low.height >= 5 * line && low.height >= viewArea.height / 2, "the chart " + low + " in a view " + viewArea);
        assertTrue(low.width >= 160, "the chart " + low + " in a view " + viewArea);
        // the summary above it in one or two lines (it wrapped into four), the tables with their main columns (the
        // rounds table showed its first column only)
        org.eclipse.swt.widgets.Label summary = view.progress().summaryLabel();
        System.out.printf("[al chart] under the editor: summary %s '%s', rounds %s columns %s, queue %s columns %s%n",
                summary.getBounds(), summary.getText().replace('\n', '|'), view.roundsTable().getBounds(),
                view.roundColumns().shown(), view.queueTable().getBounds(), view.queueColumns().shown());
        assertTrue(summary.getText().split("\n").length <= 2 && summary.getSize().y <= 2 * line + line / 2,
                "the summary '" + summary.getText() + "' " + summary.getBounds() + " at " + line + " pixels a line");
        assertTrue(summary.getText().startsWith("Labelled") && summary.getText().contains("\nBatch")
                && summary.getText().endsWith(" labelled"), "both parts said: " + summary.getText());
        assertEquals(List.of(0, 1, 2), view.roundColumns().shown(), "round, strategy, model");
        assertEquals(List.of(1, 2, 3), view.queueColumns().shown(), "image, score, label");
        for (org.eclipse.swt.widgets.Table table : List.of(view.roundsTable(), view.queueTable())) {
            int sum = 0;
            for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
                assertTrue(column.getWidth() == 0 || column.getWidth() >= FittedColumns.MIN_WIDTH, column.getText());
                sum += column.getWidth();
            }
            assertTrue(sum <= table.getClientArea().width, "no horizontal scrolling: " + sum + " in " + table.getClientArea());
        }

        // the Active Learning perspective: the middle panes stacked, the chart wide and high enough for its own title
        // line and a label every 25 %
        page = PlatformUI.getWorkbench().showPerspective(TrainingUi.ACTIVE_LEARNING_PERSPECTIVE_ID, window());
        ActiveLearningView tall = (ActiveLearningView) page.findView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        Canvas tallChart = tall.progress().chart();
        Spin.until("laid out in the perspective", () -> tall.panes().high() && tallChart.getSize().y >= 7 * line);
        Spin.until("the curve", () -> tall.progress().points().size() == 4);
        screenshot("active-learning-chart-al-perspective");
        Rectangle high = tallChart.getBounds();
        System.out.printf("[al chart] Active Learning perspective: view %s, chart %s%n",
                tall.panes().columns().getBounds(), high);
        assertTrue(high.height >= 12 * line, "the chart " + high);
        assertTrue(high.width >= 250, "the chart " + high);
        System.out.printf("[al chart] Active Learning perspective: summary '%s', rounds columns %s, queue columns %s%n",
                tall.progress().summaryLabel().getText().replace('\n', '|'), tall.roundColumns().shown(),
                tall.queueColumns().shown());
        assertEquals(tall.progress().summary(), tall.progress().summaryLabel().getText(), "wide: the whole summary");
        // the labelling image keeps the room it needs beside it
        Rectangle image = tall.labelling().focusControl().getBounds();
        assertTrue(image.height >= window().getShell().getBounds().height / 3 && image.width >= 200, "the image " + image);
    }

    /**
     * The sash positions the user leaves are the view's next time: noted in a workbench preference as the panes
     * resize, and the panes of a view made anew (after a restart, or the view closed and shown again) take them; back
     * at the defaults, nothing is stored.
     */
    @Test
    void theSashPositionsAreKeptWhenTheViewComesBack() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(AnnotideUi.PERSPECTIVE_ID, window());
        ActiveLearningView view = (ActiveLearningView) page.showView(TrainingUi.ACTIVE_LEARNING_VIEW_ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        Spin.until("laid out under the editor", () -> view.panes().columns().getSize().y > 0 && !view.panes().high());
        SashForm columns = (SashForm) view.panes().columns();
        SashForm middle = (SashForm) view.panes().middle();
        int[] before = columns.getWeights();
        int[] beforeMiddle = middle.getWeights();
        var preferences = InstanceScope.INSTANCE.getNode(TrainingUi.PLUGIN_ID);
        try {
            // as a drag leaves them (a drag sets the weights of the two panes beside the sash)
            columns.setWeights(6, 15, 4);
            middle.setWeights(2, 6, 4);
            int[] dragged = columns.getWeights();
            int[] draggedMiddle = middle.getWeights();
            Spin.until("the sash positions noted", () -> preferences.get(ActiveLearningView.PANES_PREFERENCE, "")
                    .startsWith("low=" + dragged[0] + "," + dragged[1] + "," + dragged[2] + "/" + draggedMiddle[0] + ","));
            screenshot("active-learning-sashes-dragged");
            // a view made anew reads the preference into its panes before they are arranged
            Shell shell = new Shell(window().getShell());
            try {
                shell.setLayout(new FillLayout());
                EpisodePanes fresh = new EpisodePanes(shell);
                new Composite(fresh.columns(), SWT.NONE); // the settings
                for (int i = 0; i < 3; i++) {
                    new Composite(fresh.middle(), SWT.NONE); // the rounds, the progress, the queue
                }
                new Composite(fresh.columns(), SWT.NONE); // the labelling area
                fresh.restore(preferences.get(ActiveLearningView.PANES_PREFERENCE, null));
                shell.setSize(985, 200);
                shell.open();
                shell.layout(true, true);
                Spin.until("laid out", () -> fresh.columns().getClientArea().height > 100);
                fresh.arrange();
                assertTrue(!fresh.high(), "low, as under the editor");
                assertWeights(dragged, ((SashForm) fresh.columns()).getWeights());
                assertWeights(draggedMiddle, ((SashForm) fresh.middle()).getWeights());
                // high it has its own, the defaults (nothing dragged there)
                shell.setSize(985, 700);
                shell.layout(true, true);
                Spin.until("stacked", fresh::high);
                assertWeights(new int[] { 320, 400, 280 }, ((SashForm) fresh.columns()).getWeights());
                // back low: the dragged ones again
                shell.setSize(985, 200);
                shell.layout(true, true);
                Spin.until("side by side", () -> !fresh.high());
                assertWeights(dragged, ((SashForm) fresh.columns()).getWeights());
            } finally {
                shell.dispose();
            }
            // text that is no such state opens with the defaults, and fails nothing
            EpisodePanes garbled = new EpisodePanes(new Shell(window().getShell()));
            garbled.restore("low=1,x,3/2,2;high=;nonsense");
            assertEquals("", garbled.state(), "nothing taken");
            garbled.columns().getShell().dispose();
        } finally {
            // the other tests measure the default arrangement: back at it, the preference goes
            columns.setWeights(before);
            middle.setWeights(beforeMiddle);
            Spin.until("the defaults not stored", () -> preferences.get(ActiveLearningView.PANES_PREFERENCE, null) == null);
        }
    }

    /** Per-mille weights as SashForm gives them back, up to its rounding. */
    private static void assertWeights(int[] expected, int[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= 2, java.util.Arrays.toString(expected) + " kept as "
                    + java.util.Arrays.toString(actual));
        }
    }

    /** Rounds as a selection records them, with the accuracy of their model and 3 more labels each. */
    private static void recordRounds(ProjectStore store, double... accuracy) {
        for (int i = 0; i < accuracy.length; i++) {
            SelectionRound round = AnnotideFactory.eINSTANCE.createSelectionRound();
            round.setId(UUID.randomUUID().toString());
            round.setName("round " + (i + 1));
            round.setDescription("batch 3 of 18 pool images; " + (6 + 3 * i) + " labelled");
            round.setStrategy("entropy");
            round.setCreatedAt(new Date());
            round.setBatchSize(3);
            round.setLabelledCount(6 + 3 * i);
            round.setAccuracy(accuracy[i]);
            store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                    Literals.PROJECT__SELECTION_ROUNDS, round));
        }
    }

    private static int lineHeight(Canvas chart) {
        GC gc = new GC(chart);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }
}
