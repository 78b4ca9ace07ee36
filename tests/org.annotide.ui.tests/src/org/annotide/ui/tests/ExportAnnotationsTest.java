package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.formats.FormatRegistry;
import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.PolygonShape;
import org.annotide.model.Shape;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.internal.transfer.ExportAnnotationsHandler;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 point 8: a successful File > Export Annotations from the workbench. The format is picked in the
 * format list with the keyboard; the folder is the command's parameter (GTK's folder chooser is a native
 * window, not an SWT shell a test can answer). The background job writes the dataset, the outcome dialog says
 * so, and the written files read back, shape by shape, as the project holds them.
 */
class ExportAnnotationsTest {

    private static final String COMMAND = "org.annotide.ui.commands.exportAnnotations";

    @TempDir
    Path temp;

    @Test
    void theProjectIsExportedAsCocoAndReadsBackShapeByShape() throws Exception {
        IProject project = TestProjects.link(TestProjects.write(temp.resolve("export"), "u5 export", 2));
        Path output = temp.resolve("exported");
        try {
            ProjectStore store = TestProjects.service().store(project);
            addTriangle(store, store.project().getImages().get(1));
            Map<String, List<String>> expected = shapes(store.project().getImages());
            assertEquals(List.of("cell box 10.00 10.00 20.00 20.00", "cell polygon 50.00 20.00 150.00 20.00 100.00 90.00"),
                    expected.get("u5 export-1.png"), "the project as the test made it");

            Workbench.freshExplorer();
            Workbench.click(Workbench.explorerItem("u5 export"), 0);
            IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
            Workbench.page().activate(explorer);
            IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
            ICommandService commands = explorer.getSite().getService(ICommandService.class);
            ParameterizedCommand export = ParameterizedCommand.generateCommand(commands.getCommand(COMMAND),
                    Map.of(ExportAnnotationsHandler.FOLDER_PARAMETER, output.toString()));

            Throwable[] chosen = {null};
            chooseInFormatList("COCO  (coco)", chosen);
            handlers.executeCommand(export, null);
            Spin.until("the format list answered", () -> chosen[0] != null);
            if (!(chosen[0] instanceof Chosen)) {
                throw new AssertionError("choosing COCO in the format list failed", chosen[0]);
            }
            String outcome = Dialogs.answer("Export Annotations").await().text();
            assertTrue(outcome.contains("Exported 2 image(s) as COCO to " + output), outcome);

            Path instances = output.resolve("annotations/instances_default.json");
            assertTrue(Files.isRegularFile(instances), "written: " + listing(output));
            ImportResult back = ImportResult.read(FormatRegistry.fromExtensions().get("coco"), output,
                    ImportOptions.defaults(), null);
            assertEquals(0, back.report().rejectedCount(), back.report().toText());
            assertEquals(expected, shapes(back.dataset().images()), "read back shape by shape");
            assertEquals(2, store.project().getImages().size(), "the project is unchanged");
        } finally {
            TestProjects.remove(project);
        }
    }

    /** A triangle of class cell on the image, added as the editor would: one command on the project's stack. */
    private static void addTriangle(ProjectStore store, ImageAsset image) {
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        long id = store.project().getNextAnnotationId();
        annotation.setId(id);
        annotation.setLabelClass(store.project().getLabelClasses().get(0));
        PolygonShape triangle = AnnotideFactory.eINSTANCE.createPolygonShape();
        triangle.setPoints(new double[] {50, 20, 150, 20, 100, 90});
        annotation.setShape(triangle);
        CompoundCommand add = new CompoundCommand("Add Triangle");
        add.append(AddCommand.create(store.editingDomain(), image, AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS,
                annotation));
        add.append(SetCommand.create(store.editingDomain(), store.project(),
                AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, id + 1));
        store.commandStack().execute(add);
        assertEquals(2, image.getAnnotations().size());
    }

    /** What the format list's answer records when it chose the row and pressed Enter. */
    private static final class Chosen extends Throwable {
        private static final long serialVersionUID = 1L;

        Chosen() {
            super("chosen", null, false, false);
        }
    }

    /**
     * Answers the format list when it opens: focuses its table, moves the selection with the arrow keys until the
     * wanted row is selected, and presses Enter (the list's OK). What went wrong is recorded in {@code outcome}
     * and the list is closed, so that a failure fails the test instead of leaving a modal dialog open.
     */
    private static void chooseInFormatList(String row, Throwable[] outcome) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + Spin.DEFAULT_TIMEOUT.toMillis();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && "Export Annotations".equals(s.getText()))
                    .findFirst().orElse(null);
            Table table = dialog == null ? null : Widgets.find(dialog, Table.class, t -> true);
            if (table == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                } else {
                    outcome[0] = new AssertionError("no format list within " + Spin.DEFAULT_TIMEOUT);
                }
                return;
            }
            try {
                int wanted = -1;
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < table.getItemCount(); i++) {
                    rows.add(table.getItem(i).getText());
                    if (table.getItem(i).getText().equals(row)) {
                        wanted = i;
                    }
                }
                assertTrue(wanted >= 0, row + " offered among " + rows);
                dialog.forceActive();
                Input.focus(table);
                for (int step = 0; step <= table.getItemCount() && table.getSelectionIndex() != wanted; step++) {
                    int before = table.getSelectionIndex();
                    Input.keyCode(before < wanted ? SWT.ARROW_DOWN : SWT.ARROW_UP);
                    Spin.until("the format list's selection moved", () -> table.getSelectionIndex() != before);
                }
                assertEquals(row, table.getItem(table.getSelectionIndex()).getText());
                Input.keyCode(SWT.CR);
                outcome[0] = new Chosen();
            } catch (Throwable e) {
                outcome[0] = e;
                dialog.close();
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** Per image name, its annotations as "class kind coordinates", sorted. */
    private static Map<String, List<String>> shapes(Iterable<ImageAsset> images) {
        Map<String, List<String>> shapes = new TreeMap<>();
        for (ImageAsset image : images) {
            List<String> described = new ArrayList<>();
            for (Annotation annotation : image.getAnnotations()) {
                assertNotNull(annotation.getLabelClass(), "a class on every annotation");
                described.add(annotation.getLabelClass().getName() + " " + geometry(annotation.getShape()));
            }
            described.sort(null);
            shapes.put(image.getName(), described);
        }
        return shapes;
    }

    private static String geometry(Shape shape) {
        if (shape instanceof BoxShape box) {
            return "box " + numbers(box.getX(), box.getY(), box.getWidth(), box.getHeight());
        }
        if (shape instanceof PolygonShape polygon) {
            return "polygon " + numbers(polygon.getPoints());
        }
        return shape == null ? "none" : shape.eClass().getName();
    }

    private static String numbers(double... values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" "));
    }

    private static String listing(Path folder) {
        if (!Files.isDirectory(folder)) {
            return folder + " does not exist";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(folder::relativize).map(Path::toString).toList().toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
