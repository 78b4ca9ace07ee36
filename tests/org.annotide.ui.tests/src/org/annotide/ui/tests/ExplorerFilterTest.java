package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.internal.explorer.AnnotideExplorer;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §3: the Explorer's toolbar Filter menu filters the images by class, shape kind, provenance, attribute
 * value and task status, writes its terms into the search field, and the view says how many it hides.
 */
class ExplorerFilterTest {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void clearFilter() throws Exception {
        explorer().search("");
        Widgets.byRole(explorer().getSite().getShell(), Text.class, "explorer-search").setText("");
        TestProjects.remove(project);
    }

    @Test
    void theFilterMenuFiltersByClassKindProvenanceAttributeAndStatus() throws Exception {
        project = TestProjects.link(TestProjects.write(temp.resolve("filters"), "u9 filter", 3));
        ProjectStore store = TestProjects.service().store(project);
        Project model = store.project();
        EditingDomain domain = store.editingDomain();
        LabelClass cell = model.getLabelClasses().get(0);
        List<ImageAsset> images = model.getImages();
        CompoundCommand setup = new CompoundCommand("filter fixtures");
        // the class cell has a radio attribute stage (default G1); the box of image 0 is in stage M
        AttributeDefinition stage = AnnotideFactory.eINSTANCE.createAttributeDefinition();
        stage.setName("stage");
        stage.setType(AttributeType.RADIO);
        stage.getValues().addAll(List.of("G1", "S", "M"));
        stage.setDefaultValue("G1");
        setup.append(AddCommand.create(domain, cell, MODEL.getLabelClass_Attributes(), stage));
        EObject entry = EcoreUtil.create(MODEL.getStringToStringMapEntry());
        entry.eSet(MODEL.getStringToStringMapEntry_Key(), "stage");
        entry.eSet(MODEL.getStringToStringMapEntry_Value(), "M");
        setup.append(AddCommand.create(domain, images.get(0).getAnnotations().get(0), MODEL.getAnnotation_Attributes(),
                entry));
        // image 1 has a predicted polygon of the class nucleus
        LabelClass nucleus = AnnotideFactory.eINSTANCE.createLabelClass();
        nucleus.setId("nucleus");
        nucleus.setName("nucleus");
        setup.append(AddCommand.create(domain, model, MODEL.getProject_LabelClasses(), nucleus));
        Annotation predicted = AnnotideFactory.eINSTANCE.createAnnotation();
        predicted.setId(100);
        PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
        polygon.setPoints(new double[] {1, 1, 20, 1, 10, 15});
        predicted.setShape(polygon);
        predicted.setLabelClass(nucleus);
        predicted.setProvenance(Provenance.PREDICTED);
        setup.append(AddCommand.create(domain, images.get(1), MODEL.getImageAsset_Annotations(), predicted));
        // image 2 is Completed; the first tile of image 1 is In review
        setup.append(SetCommand.create(domain, images.get(2), MODEL.getImageAsset_Status(), ImageStatus.REVIEWED));
        setup.append(SetCommand.create(domain, images.get(1).getTiles().get(0), MODEL.getTile_Status(),
                ImageStatus.DONE));
        store.commandStack().execute(setup);

        Tree tree = Workbench.freshExplorer();
        TreeItem folder = Workbench.explorerItem("u9 filter", "Images");
        if (!folder.getExpanded()) {
            Workbench.expand(folder);
        }
        Spin.until("three images", () -> shown(folder).size() == 3);
        AnnotideExplorer explorer = explorer();
        assertNotNull(explorer.getViewSite().getActionBars().getToolBarManager().find("org.annotide.ui.filterMenu"),
                "the Filter drop-down is in the explorer's toolbar");
        Text search = Widgets.byRole(explorer.getSite().getShell(), Text.class, "explorer-search");

        choose(tree, "Class", "nucleus");
        assertEquals("class:nucleus", search.getText());
        Spin.until("only the image with a nucleus", () -> shown(folder).equals(List.of("u9 filter-1.png")));
        // what it hides: 2 of these 3 images and 4 of their 6 tiles, and what it hides of other open projects
        int[] others = others(store, "nucleus");
        Spin.idle(200);
        assertEquals("Filter hides " + (2 + others[1]) + " of " + (3 + others[0]) + " images, "
                + (4 + others[3]) + " of " + (6 + others[2]) + " tiles", explorer.filterDescription(),
                "says what it hides");
        Workbench.screenshot("explorer-filter-class");
        choose(tree, "Class", "nucleus");
        assertEquals("", search.getText(), "chosen again, the term goes");
        Spin.until("all again", () -> shown(folder).size() == 3);

        choose(tree, "Shape Kind", "polygon");
        Spin.until("the image with a polygon", () -> shown(folder).equals(List.of("u9 filter-1.png")));
        choose(tree, "Shape Kind", "polygon");
        choose(tree, "Provenance", "predicted");
        Spin.until("the image with a prediction", () -> shown(folder).equals(List.of("u9 filter-1.png")));
        choose(tree, "Provenance", "predicted");

        choose(tree, "Attribute", "stage", "= M");
        assertEquals("attr:stage=M", search.getText());
        Spin.until("the image whose cell is in stage M", () -> shown(folder).equals(List.of("u9 filter-0.png")));
        choose(tree, "Attribute", "stage", "= M");
        choose(tree, "Attribute", "stage", "= G1");
        Spin.until("the images whose cells have the default stage",
                () -> shown(folder).equals(List.of("u9 filter-1.png", "u9 filter-2.png")));
        choose(tree, "Attribute", "stage", "= G1");

        choose(tree, "Task Status", "Completed");
        Spin.until("the completed image", () -> shown(folder).equals(List.of("u9 filter-2.png")));
        choose(tree, "Task Status", "In review");
        assertEquals("status:completed status:in-review", search.getText());
        Spin.until("and the image with a tile in review",
                () -> shown(folder).equals(List.of("u9 filter-1.png", "u9 filter-2.png")));
        TreeItem image1 = Workbench.child(folder.getItems(), "u9 filter-1.png");
        Workbench.expand(image1);
        Spin.until("only its tile in review", () -> shown(image1).size() == 1);
        Workbench.screenshot("explorer-filter-status");

        MenuItem clear = item(explorer.filterMenu().getMenu(tree), "Clear Filter");
        clear.notifyListeners(SWT.Selection, new Event());
        Spin.until("everything again", () -> shown(folder).size() == 3);
        assertEquals("", explorer.filterDescription());

        // as a user reaches it: a click on the toolbar's Filter button opens the menu, the keys choose a class
        ToolItem button = filterButton(explorer);
        Rectangle bounds = button.getBounds();
        Input.click(button.getParent(), bounds.x + bounds.width / 3, bounds.y + bounds.height / 2);
        Spin.idle(300);
        Input.keyCode(SWT.ARROW_DOWN);
        Input.keyCode(SWT.ARROW_RIGHT);
        Spin.idle(300);
        Workbench.screenshot("explorer-filter-menu");
        Input.keyCode(SWT.CR);
        Spin.until("a class term written by the menu", () -> search.getText().startsWith("class:"));
        Spin.until("and the images filtered", () -> !explorer.filterDescription().isEmpty());
    }

    /** The Filter drop-down's button in the explorer's toolbar. */
    private static ToolItem filterButton(AnnotideExplorer explorer) {
        for (ToolBar bar : Widgets.all(explorer.getSite().getShell(), ToolBar.class, b -> true)) {
            for (ToolItem item : bar.getItems()) {
                if (item.getToolTipText() != null && item.getToolTipText().startsWith("Filter the images")) {
                    return item;
                }
            }
        }
        throw new AssertionError("no Filter button in the explorer's toolbar");
    }

    /** Images, images without the class, tiles, tiles of those images: of the other open projects. */
    private static int[] others(ProjectStore mine, String className) {
        int[] counts = new int[4];
        for (ProjectStore other : TestProjects.service().openStores()) {
            if (other == mine) {
                continue;
            }
            for (ImageAsset image : other.project().getImages()) {
                boolean has = image.getAnnotations().stream().anyMatch(a -> a.getLabelClass() != null
                        && className.equalsIgnoreCase(a.getLabelClass().getName()));
                counts[0]++;
                counts[1] += has ? 0 : 1;
                counts[2] += image.getTiles().size();
                counts[3] += has ? 0 : image.getTiles().size();
            }
        }
        return counts;
    }

    private static AnnotideExplorer explorer() {
        return (AnnotideExplorer) Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
    }

    /** Opens the Filter menu as its toolbar button does, and chooses an item by its path. */
    private static void choose(Tree tree, String... path) {
        Menu menu = explorer().filterMenu().getMenu(tree);
        MenuItem item = null;
        for (String label : path) {
            item = item(menu, label);
            menu = item.getMenu();
        }
        item.setSelection(!item.getSelection());
        item.notifyListeners(SWT.Selection, new Event());
        Spin.idle(50);
    }

    private static MenuItem item(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            if (label.equals(item.getText())) {
                return item;
            }
        }
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            labels.add(item.getText());
        }
        throw new AssertionError("no menu item " + label + " in " + labels);
    }

    private static List<String> shown(TreeItem parent) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : parent.getItems()) {
            if (item.getData() != null) {
                names.add(item.getText().split("  ")[0]);
            }
        }
        assertTrue(names.size() <= parent.getItems().length);
        return names;
    }
}
