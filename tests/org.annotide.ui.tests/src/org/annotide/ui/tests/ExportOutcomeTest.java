package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationIssue.Severity;
import org.annotide.ui.internal.transfer.ExportOutcome;
import org.junit.jupiter.api.Test;

/** What Export Annotations says it could not carry: each reason once with its count, not one line per annotation. */
class ExportOutcomeTest {

    private static final String ELLIPSE = "COCO has no ellipses: written as a polygon within 0.01 px of the outline";

    @Test
    void warningsAreGroupedByReasonMostFrequentFirst() {
        List<ValidationIssue> issues = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            issues.add(new ValidationIssue(Severity.WARNING, "annotations.json", "slide.png annotation " + i, ELLIPSE));
        }
        issues.add(new ValidationIssue(Severity.WARNING, "annotations.json", "a.png annotation 9000", "holes"));
        issues.add(new ValidationIssue(Severity.WARNING, "annotations.json", "categories", "skeleton"));

        assertEquals("512 annotation(s): " + ELLIPSE + "\n1 annotation(s): holes\n1 item(s): skeleton",
                ExportOutcome.summary(issues));
        assertEquals(514, ExportOutcome.problems(issues).size(), "every single one goes to the Problems view");
        assertEquals("annotations.json slide.png annotation 7", ExportOutcome.problems(issues).get(7).location());
    }

    @Test
    void manyReasonsAreCountedBeyondTheShownOnes() {
        List<ValidationIssue> issues = new ArrayList<>();
        for (int i = 0; i < ExportOutcome.SHOWN_REASONS + 3; i++) {
            issues.add(new ValidationIssue(Severity.WARNING, "f", "annotation " + i, "reason " + i));
        }
        String summary = ExportOutcome.summary(issues);
        assertEquals(ExportOutcome.SHOWN_REASONS + 1, summary.lines().count(), summary);
        assertEquals("3 more reason(s)", summary.lines().reduce((a, b) -> b).orElseThrow());
    }

    /** Issue 13 §3: a problem names its image and annotation, so that opening it can show them. */
    @Test
    void problemsPointAtTheProjectsImageAndAnnotation() {
        org.annotide.model.Project project = org.annotide.model.AnnotideFactory.eINSTANCE.createProject();
        org.annotide.model.ImageAsset slide = org.annotide.model.AnnotideFactory.eINSTANCE.createImageAsset();
        slide.setId("slide-id");
        slide.setName("slide.png");
        project.getImages().add(slide);
        List<ValidationIssue> issues = List.of(
                new ValidationIssue(Severity.REJECTED, "annotations.json", "slide.png annotation 42", "COCO has no polylines"),
                new ValidationIssue(Severity.WARNING, "slide.png", "annotation 7", "a polygon is written as its box"),
                new ValidationIssue(Severity.WARNING, "annotations.json", "categories", "skeleton"),
                new ValidationIssue(Severity.WARNING, "annotations.json", "other.png annotation 1", "holes"),
                // as importers write it: the rejected annotation is not in the project, its image is
                new ValidationIssue(Severity.REJECTED, "reject.json", "image slide.png", "\"fiber\" is for polylines"),
                new ValidationIssue(Severity.REJECTED, "reject.json", "image slide.png, annotation 3", "no class"),
                new ValidationIssue(Severity.REJECTED, "reject.json", "image slide.png.bak", "another image"));
        List<org.annotide.ui.Problems.Problem> problems = ExportOutcome.problems(issues, project);
        assertEquals("slide-id", problems.get(0).imageId());
        assertEquals(42L, problems.get(0).annotationId());
        assertEquals("annotations.json slide.png annotation 42", problems.get(0).location());
        assertEquals("slide-id", problems.get(1).imageId(), "VOC names the image as the file");
        assertEquals(7L, problems.get(1).annotationId());
        assertEquals(null, problems.get(2).imageId());
        assertEquals(null, problems.get(3).imageId(), "no image of that name");
        assertEquals("slide-id", problems.get(4).imageId(), "an import's rejection opens its image");
        assertEquals(null, problems.get(4).annotationId());
        assertEquals("slide-id", problems.get(5).imageId());
        assertEquals(null, problems.get(6).imageId(), "slide.png.bak is not slide.png");
    }
}
