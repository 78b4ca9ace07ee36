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
}
