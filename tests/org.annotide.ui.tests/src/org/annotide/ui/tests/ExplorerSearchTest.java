package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.PolygonShape;
import org.annotide.model.Provenance;
import org.annotide.tests.support.ui.Input;
import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.AnnotideUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing in the explorer's search field shows the images by name, class, shape kind and provenance. */
class ExplorerSearchTest {

    @TempDir
    Path temp;

    private IProject project;

    @AfterEach
    void clearSearch() throws Exception {
        IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
        ((org.annotide.ui.internal.explorer.AnnotideExplorer) explorer).search("");
        Widgets.byRole(explorer.getSite().getShell(), Text.class, "explorer-search").setText("");
        TestProjects.remove(project);
    }

    @Test
    void theSearchFieldFiltersImagesByNameClassKindAndProvenance() throws Exception {
        project = TestProjects.link(TestProjects.write(temp.resolve("search"), "u8 search", 3));
        ProjectStore store = TestProjects.service().store(project);
        Annotation predicted = AnnotideFactory.eINSTANCE.createAnnotation();
        PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
        polygon.setPoints(new double[] {1, 1, 20, 1, 10, 15});
        predicted.setShape(polygon);
        predicted.setLabelClass(store.project().getLabelClasses().get(0));
        predicted.setProvenance(Provenance.PREDICTED);
        store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project().getImages().get(1),
                AnnotidePackage.Literals.IMAGE_ASSET__ANNOTATIONS, predicted));

        Workbench.freshExplorer();
        TreeItem images = Workbench.explorerItem("u8 search", "Images");
        if (!images.getExpanded()) {
            Workbench.expand(images);
        }
        Spin.until("three images", () -> shown(images).size() == 3);
        IViewPart explorer = Workbench.page().findView(AnnotideUi.EXPLORER_VIEW_ID);
        Text search = Widgets.byRole(explorer.getSite().getShell(), Text.class, "explorer-search");

        Input.focus(search);
        Input.type("kind=polygon");
        Spin.until("only the image with a polygon", () -> shown(images).equals(List.of("u8 search-1.png")));
        search.selectAll();
        Input.type("by=predicted class=cell");
        Spin.until("the predicted cell", () -> shown(images).equals(List.of("u8 search-1.png")));
        search.selectAll();
        Input.type("search-2");
        Spin.until("by name", () -> shown(images).equals(List.of("u8 search-2.png")));
        Workbench.screenshot("explorer-search");
        search.selectAll();
        Input.keyCode(SWT.BS);
        Spin.until("all again", () -> shown(images).size() == 3);
        assertEquals("", ((org.eclipse.ui.part.ViewPart) explorer).getContentDescription());
    }

    private static List<String> shown(TreeItem folder) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : folder.getItems()) {
            if (item.getData() != null) {
                names.add(item.getText().split("  ")[0]);
            }
        }
        return names;
    }
}
