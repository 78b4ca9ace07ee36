package org.annotide.ui.editor.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.ui.editor.internal.edit.AnnotationClipboard;
import org.junit.jupiter.api.Test;

/**
 * Pasting into another project looks the class up by name; when that project's class of the name is for other
 * shape kinds, the copy comes without a class (and the note says why) rather than breaking the class rule.
 */
class AnnotationClipboardTest {

    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;

    @Test
    void aPasteNeverGivesAClassThatDoesNotAllowTheShape() {
        ImageAsset source = image(project(labelClass("nucleus")), "a.png");
        LabelClass free = ((Project) source.eContainer()).getLabelClasses().get(0);
        Annotation polygon = FACTORY.createAnnotation();
        polygon.setShape(FACTORY.createPolygonShape());
        polygon.setLabelClass(free);
        Annotation ellipse = FACTORY.createAnnotation();
        ellipse.setShape(FACTORY.createEllipseShape());
        ellipse.setLabelClass(free);
        source.getAnnotations().addAll(List.of(polygon, ellipse));

        LabelClass strict = labelClass("nucleus", ShapeKind.ELLIPSE);
        ImageAsset target = image(project(strict), "b.png");
        AnnotationClipboard clipboard = new AnnotationClipboard();
        clipboard.copy(source, List.of(polygon, ellipse));
        List<Annotation> pasted = clipboard.pasteInto(target);

        assertNull(pasted.get(0).getLabelClass(), "the polygon cannot carry the ellipse-only nucleus");
        assertSame(strict, pasted.get(1).getLabelClass());
        String note = clipboard.lastPasteNote();
        assertTrue(note != null && note.contains("\"nucleus\" is for ellipse only, not polygon"), note);

        clipboard.copy(source, List.of(ellipse));
        assertEquals(1, clipboard.pasteInto(target).size());
        assertNull(clipboard.lastPasteNote());
    }

    private static Project project(LabelClass labelClass) {
        Project project = FACTORY.createProject();
        project.getLabelClasses().add(labelClass);
        return project;
    }

    private static ImageAsset image(Project project, String name) {
        ImageAsset image = FACTORY.createImageAsset();
        image.setName(name);
        project.getImages().add(image);
        return image;
    }

    private static LabelClass labelClass(String name, ShapeKind... allowed) {
        LabelClass labelClass = FACTORY.createLabelClass();
        labelClass.setName(name);
        labelClass.getAllowedShapes().addAll(List.of(allowed));
        return labelClass;
    }
}
