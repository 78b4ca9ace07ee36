package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.Project;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 in the workbench: one labels CSV (header {@code path,label}, a comment, several labels in a cell, a
 * label with a comma, an image without labels) imported through File > Import Images (its CSV list field) and
 * through File > Import Annotations gives the same images, sizes, files and image labels, as the one reader
 * ({@code LabelsCsv}) reads them. Every wait is for a positive signal (a dialog shown, a field filled, the
 * outcome dialog of the background job) with a bounded timeout: no fixed sleep.
 */
class ImportLabelsCsvTest {

    /** The import runs as a background job; on a loaded machine it takes longer than a dialog to open. */
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void aLabelsCsvGivesTheSameProjectThroughImportImagesAndImportAnnotations() throws Exception {
        Path incoming = Files.createDirectories(temp.resolve("incoming"));
        png(incoming.resolve("a.png"), 8, 6);
        png(incoming.resolve("b.png"), 12, 4);
        Files.createDirectories(incoming.resolve("more"));
        png(incoming.resolve("more/c.png"), 5, 5);
        Path csv = Files.writeString(incoming.resolve("labels.csv"), """
                # the first round, as a user writes it
                path,label
                a.png,cat
                b.png,"dog;tabby, striped"
                more/c.png,
                """);
        Map<String, String> expected = new TreeMap<>(Map.of(
                "a.png", "8x6 " + incoming.resolve("a.png") + " [cat]",
                "b.png", "12x4 " + incoming.resolve("b.png") + " [dog, tabby, striped]",
                "c.png", "5x5 " + incoming.resolve("more/c.png") + " []"));

        IProject viaImages = TestProjects.link(TestProjects.write(temp.resolve("via-images"), "u19 images", 0));
        IProject viaAnnotations = TestProjects.link(TestProjects.write(temp.resolve("via-annotations"), "u19 annotations", 0));
        try {
            String outcome = run(viaImages, "u19 images", "org.annotide.ui.commands.importImages", "Import Images",
                    () -> fillField("Import Images", t -> t.getMessage().startsWith("image,label rows"), csv.toString()));
            assertTrue(outcome.contains("Imported 3 image(s) with 3 image label(s)."), outcome);
            Map<String, String> fromImages = describe(TestProjects.service().store(viaImages));
            assertEquals(expected, fromImages, "Import Images with the CSV list");

            outcome = run(viaAnnotations, "u19 annotations", "org.annotide.ui.commands.importAnnotations",
                    "Import Annotations", () -> fillField("Import Annotations", t -> true, csv.toString()));
            assertTrue(outcome.contains("Imported 3 annotation(s), 3 new image(s)") && outcome.contains("Labels CSV"),
                    outcome);
            Map<String, String> fromAnnotations = describe(TestProjects.service().store(viaAnnotations));
            assertEquals(fromImages, fromAnnotations, "the same project through Import Annotations");
        } finally {
            TestProjects.remove(viaImages);
            TestProjects.remove(viaAnnotations);
        }
    }

    /**
     * Selects the project in the explorer, runs the command, lets {@code answer} fill in its dialog, and returns
     * what the outcome dialog of the background import said.
     */
    private static String run(IProject project, String label, String command, String title, Runnable answer)
            throws Exception {
        Workbench.freshExplorer();
        Workbench.click(Workbench.explorerItem(label), 0);
        IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
        Workbench.page().activate(explorer);
        IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
        // One timer answers both dialogs: the command's (filled in by answer) and, once the background job is done,
        // its modal outcome dialog, which opens inside whatever event loop runs then and so must be answered from a
        // timer too. Each wait is for the dialog to be there, bounded by JOB_TIMEOUT.
        Shell[] input = {null};
        Shell[] outcome = {null};
        List<String> texts = new ArrayList<>();
        Throwable[] failure = {null};
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 2 * JOB_TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = find(display, title);
            if (dialog != null && input[0] == null) {
                input[0] = dialog;
                try {
                    answer.run();
                } catch (Throwable e) {
                    failure[0] = e;
                    dialog.close(); // a failed answer fails the test, not leaves a modal dialog open
                    return;
                }
            } else if (dialog != null && dialog != input[0] && input[0].isDisposed()) {
                for (org.eclipse.swt.widgets.Label text : Widgets.all(dialog, org.eclipse.swt.widgets.Label.class,
                        l -> l.getText() != null && !l.getText().isEmpty())) {
                    texts.add(text.getText());
                }
                outcome[0] = dialog;
                dialog.forceActive();
                Input.keyCode(SWT.CR);
                return;
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
        handlers.executeCommand(command, null);
        Spin.until("the " + title + " dialog answered and closed", JOB_TIMEOUT,
                () -> failure[0] != null || input[0] != null && input[0].isDisposed());
        if (failure[0] != null) {
            throw new AssertionError("answering " + title + " failed", failure[0]);
        }
        // the outcome dialog of the import job: the positive signal that the job is done
        Spin.until("the outcome of " + title + " shown and closed", JOB_TIMEOUT,
                () -> outcome[0] != null && outcome[0].isDisposed());
        Workbench.activateMainWindow();
        return String.join("\n", texts);
    }

    /** Types the value into the dialog's field (the one matching), waits until it shows, and presses Enter. */
    private static void fillField(String title, java.util.function.Predicate<Text> which, String value) {
        Shell dialog = find(Display.getCurrent(), title);
        Text field = Widgets.find(dialog, Text.class, which);
        dialog.forceActive();
        Input.focus(field);
        Input.type(value);
        Spin.until("the field reads " + value, () -> field.getText().equals(value));
        Input.keyCode(SWT.CR);
    }

    private static Shell find(Display display, String title) {
        return Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null);
    }

    /** Per image name: "WIDTHxHEIGHT file [image labels]", the file resolved against the project folder. */
    private static Map<String, String> describe(ProjectStore store) {
        Project project = store.project();
        Map<String, String> images = new TreeMap<>();
        for (Object element : project.getImages()) {
            ImageAsset image = (ImageAsset) element;
            List<String> labels = new ArrayList<>();
            for (Annotation annotation : image.getAnnotations()) {
                assertTrue(annotation.getShape() instanceof ImageClassShape, "only image labels: " + annotation.getShape());
                labels.add(annotation.getLabelClass().getName());
            }
            labels.sort(null);
            images.put(image.getName(), image.getWidth() + "x" + image.getHeight() + " "
                    + store.folder().resolve(image.getLocation()).normalize() + " " + labels);
        }
        return images;
    }

    private static void png(Path file, int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }
}
