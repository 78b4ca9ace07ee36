package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.annotide.formats.ModelComparison;
import org.annotide.formats.internal.FastDecimal;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison behind every round-trip test must see real differences, or those tests prove nothing. */
class ModelComparisonTest {

    @TempDir
    Path temp;

    @Test
    void findsMovedShapesChangedFlagsAndBrokenGroups() throws IOException {
        Project original = ExportCorrectnessTest.everyShape(temp);
        Project copy = ExportCorrectnessTest.everyShape(temp.resolve("copy"));
        ModelComparison.Options options = ModelComparison.Options.exact().withoutMetadata();
        assertEquals(List.of(), ModelComparison.compare(original, copy, options));

        ImageAsset image = copy.getImages().get(0);
        BoxShape box = (BoxShape) TestFormats.annotations(image, ShapeKind.BOX).get(0).getShape();
        box.setX(box.getX() + 1e-3);
        assertEquals(2, ModelComparison.compare(original, copy, options).size(), "missing on one side, extra on the other");
        assertEquals(List.of(), ModelComparison.compare(original, copy, options.withTolerance(1e-2)));
        box.setX(box.getX() - 1e-3);

        image.getAnnotations().get(1).setOccluded(true);
        assertFalse(ModelComparison.compare(original, copy, options).isEmpty());
        image.getAnnotations().get(1).setOccluded(false);

        image.getAnnotations().get(0).setGroup(5);
        image.getAnnotations().get(2).setGroup(5);
        assertFalse(ModelComparison.compare(original, copy, options).isEmpty(), "a new group counts");

        TestFormats.labelClass(copy, "person").getKeypointNames().set(0, "nose");
        assertTrue(ModelComparison.compare(original, copy, options).stream().anyMatch(d -> d.contains("keypoint names")));
    }

    @Test
    void equivalentDescriptionsOfOneShapeAreEqual() {
        assertTrue(ModelComparison.sameShape(Shapes.rotatedBox(5, 5, 4, 2, 30), Shapes.rotatedBox(5, 5, 4, 2, 210), 1e-9));
        assertTrue(ModelComparison.sameShape(Shapes.rotatedBox(5, 5, 4, 2, 30), Shapes.rotatedBox(5, 5, 2, 4, 120), 1e-9));
        assertFalse(ModelComparison.sameShape(Shapes.rotatedBox(5, 5, 4, 2, 30), Shapes.rotatedBox(5, 5, 4, 2, 40), 1e-9));
        assertTrue(ModelComparison.sameShape(Shapes.ellipse(1, 2, 3, 4, 10), Shapes.ellipse(1, 2, 4, 3, 100), 1e-9));
        assertTrue(ModelComparison.sameShape(Shapes.polygon(new double[] {0, 0, 1, 0, 1, 1}),
                Shapes.polygon(new double[] {1, 0, 1, 1, 0, 0}), 1e-9), "another start vertex");
        assertFalse(ModelComparison.sameShape(Shapes.polygon(new double[] {0, 0, 1, 0, 1, 1}),
                Shapes.polygon(new double[] {0, 0, 1, 1, 1, 0}), 1e-9), "the other direction is another ring order");
        assertTrue(ModelComparison.sameShape(Shapes.keypoints(new double[] {0, 0, 5, 5}, new int[] {0, 2}),
                Shapes.keypoints(new double[] {9, 9, 5, 5}, new int[] {0, 2}), 1e-9), "unlabelled points have no position");
    }

    @Test
    void fastDecimalsAreExactlyWhatParseDoubleGives() {
        Random random = new Random(11);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 3) {
                case 0 -> Double.toString(Math.round(random.nextDouble() * 1e6) / 100.0);
                case 1 -> String.format(java.util.Locale.ROOT, "%.6f", random.nextDouble() * random.nextInt(5000));
                default -> "-" + random.nextInt(100000) + "." + random.nextInt(100000);
            };
            double value = FastDecimal.parse(text.toCharArray(), 0, text.length());
            if (!Double.isNaN(value)) {
                fast++;
                assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(value), text);
            }
        }
        assertTrue(fast > 150_000, "most plain decimals take the fast path");
        assertTrue(Double.isNaN(FastDecimal.parse("1e5".toCharArray(), 0, 3)), "exponents go to the general parser");
        assertTrue(Double.isNaN(FastDecimal.parse("1234567890.1234567".toCharArray(), 0, 18)), "too many digits too");
    }
}
