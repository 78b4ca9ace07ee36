package org.annotide.benchmark.tests;

import static org.annotide.benchmark.tests.Sources.box;
import static org.annotide.benchmark.tests.Sources.labelClass;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringEngine;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TaskPairs;
import org.annotide.benchmark.TaskResult;
import org.annotide.benchmark.internal.Assignment;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.EllipseShape;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.ScoringMode;
import org.junit.jupiter.api.Test;

/** The scoring formula of docs/annotator-training.md, recomputed by hand, and the matching against brute force. */
class ScoringFormulaTest {

    private final ScoringEngine engine = new ScoringEngine(SimilarityRegistry.fromExtensions());
    private final LabelClass cat = labelClass("cat");
    private final LabelClass dog = labelClass("dog");

    /**
     * G: cat box (0,0,10,10), dog box (20,0,10,10). S: cat box (0,0,10,5) (IoU 0.5), a box labelled cat exactly on
     * the dog (IoU 1, wrong class), a stray cat box far away. Weights: cat 100/100, dog 50/150.
     * pair 1 (c = cat) = (100 * 0.5 + 100 * 1) / 200 = 0.75; pair 2 (c = dog) = (50 * 1 + 150 * 0) / 200 = 0.25;
     * the stray box is an unmatched label scoring 0. Task: 100 * (0.75 + 0.25 + 0) / 3 = 33.333...
     * Per class: cat = 100 * (0.75 + 0) / 2 = 37.5 (the stray box counts for its own class), dog = 25.
     */
    @Test
    void oneTaskByHand() {
        List<Annotation> g = List.of(box(cat, 1, 0, 0, 10, 10), box(dog, 2, 20, 0, 10, 10));
        List<Annotation> s = List.of(box(cat, 11, 0, 0, 10, 5), box(cat, 12, 20, 0, 10, 10),
                box(cat, 13, 150, 150, 5, 5));
        ScoringFunctionSpec function = ScoringFunctionSpec.parse(
                "{\"mode\": \"dynamic\", \"classes\": {\"dog\": {\"iou\": 50, \"category\": 150}}}");
        TaskResult result = ScoringEngine.score(engine.pairs(g, s), function);
        assertEquals(3, result.labelCount());
        assertEquals(0.75, result.score(0), 1e-12);
        assertEquals(0.5, result.similarity(0), 1e-12);
        assertTrue(result.categoryMatch(0));
        assertEquals(0.25, result.score(1), 1e-12);
        assertEquals(1.0, result.similarity(1), 1e-12);
        assertEquals(false, result.categoryMatch(1));
        assertEquals(-1, result.groundTruth(2));
        assertEquals(0, result.score(2));
        assertEquals(100.0 / 3, result.taskScore(), 1e-9);

        ScoreTotals totals = new ScoreTotals("ann");
        totals.add(result);
        totals.add(ScoringEngine.score(engine.pairs(List.of(), List.of()), function)); // neither G nor S: no label
        assertEquals(100.0 / 3, totals.score(), 1e-9);
        assertEquals(3, totals.labels());
        assertEquals(Map.of("cat", 37.5, "dog", 25.0), totals.classScores());
        assertEquals(100, ScoringEngine.score(engine.pairs(List.of(), List.of()), function).taskScore());
    }

    /** The matching maximises the sum of pair scores: g0 goes with s0 although s1 overlaps g0 more. */
    @Test
    void matchingMaximisesTheSumNotTheBestPair() {
        // g0 overlaps s0 (IoU 0.6) and s1 (IoU ~0.9); g1 overlaps only s1 (IoU ~0.8)
        List<Annotation> g = List.of(box(cat, 1, 0, 0, 10, 10), box(cat, 2, 2, 0, 10, 10));
        List<Annotation> s = List.of(box(cat, 3, 0, 0, 6, 10), box(cat, 4, 1, 0, 10, 10));
        TaskPairs pairs = engine.pairs(g, s);
        TaskResult result = ScoringEngine.score(pairs, ScoringFunctionSpec.defaults());
        assertEquals(2, result.labelCount(), "both matched");
        assertEquals(0, result.submitted(0));
        assertEquals(1, result.submitted(1));
    }

    @Test
    void hungarianEqualsBruteForceOnRandomCases() {
        Random random = new Random(42);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(5);
            double[][] profit = new double[rows][columns];
            for (double[] row : profit) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextDouble() < 0.4 ? 0 : random.nextDouble();
                }
            }
            int[] assigned = Assignment.maximize(profit);
            boolean[] used = new boolean[columns];
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                if (assigned[r] >= 0) {
                    assertTrue(profit[r][assigned[r]] > 0, "only positive pairs are assigned");
                    assertTrue(!used[assigned[r]], "one to one");
                    used[assigned[r]] = true;
                    sum += profit[r][assigned[r]];
                }
            }
            assertEquals(bruteForce(profit, 0, new boolean[columns]), sum, 1e-9, "round " + round);
        }
    }

    private static double bruteForce(double[][] profit, int row, boolean[] used) {
        if (row == profit.length) {
            return 0;
        }
        double best = bruteForce(profit, row + 1, used); // row unassigned
        for (int c = 0; c < used.length; c++) {
            if (!used[c] && profit[row][c] > 0) {
                used[c] = true;
                best = Math.max(best, profit[row][c] + bruteForce(profit, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }

    /** The engine's matching on random boxes equals the brute-force best sum of pair scores. */
    @Test
    void engineMatchingEqualsBruteForceOnRandomBoxes() {
        Random random = new Random(7);
        ScoringFunctionSpec function = ScoringFunctionSpec.parse(
                "{\"classes\": {\"cat\": {\"iou\": 30, \"category\": 70}, \"dog\": {\"iou\": 80, \"category\": 20}}}");
        for (int round = 0; round < 200; round++) {
            List<Annotation> g = randomBoxes(random, 1 + random.nextInt(5), 1);
            List<Annotation> s = randomBoxes(random, 1 + random.nextInt(5), 100);
            TaskPairs pairs = engine.pairs(g, s);
            TaskResult result = ScoringEngine.score(pairs, function);
            double[][] profit = new double[g.size()][s.size()];
            for (int i = 0; i < pairs.pairCount(); i++) {
                String c = pairs.groundTruthClass(pairs.pairGroundTruth(i));
                ScoringFunctionSpec.Weights w = function.weights(c);
                boolean same = c.equals(pairs.submittedClass(pairs.pairSubmitted(i)));
                profit[pairs.pairGroundTruth(i)][pairs.pairSubmitted(i)] = (w.iou() * pairs.pairSimilarity(i)
                        + (same ? w.category() : 0)) / (w.iou() + w.category());
            }
            assertEquals(bruteForce(profit, 0, new boolean[s.size()]), result.scoreSum(), 1e-9, "round " + round);
        }
    }

    private List<Annotation> randomBoxes(Random random, int count, long firstId) {
        List<Annotation> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boxes.add(box(random.nextBoolean() ? cat : dog, firstId + i, random.nextInt(30), random.nextInt(30),
                    5 + random.nextInt(20), 5 + random.nextInt(20)));
        }
        return boxes;
    }

    @Test
    void everyShapeKindHasItsSimilarity() {
        AnnotideFactory f = AnnotideFactory.eINSTANCE;
        // polygon with a hole: 10x10 square minus a 4x4 hole = 84; the candidate is the full square (100): IoU 0.84
        PolygonShape holed = f.createPolygonShape();
        holed.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10, 3, 3, 7, 3, 7, 7, 3, 7 });
        holed.setRingEnds(new int[] { 4, 8 });
        PolygonShape square = f.createPolygonShape();
        square.setPoints(new double[] { 0, 0, 10, 0, 10, 10, 0, 10 });
        assertEquals(0.84, sim(holed, square), 1e-9);
        // ellipse against itself
        EllipseShape ellipse = f.createEllipseShape();
        ellipse.setCx(50);
        ellipse.setCy(50);
        ellipse.setRx(20);
        ellipse.setRy(10);
        assertEquals(1, sim(ellipse, org.eclipse.emf.ecore.util.EcoreUtil.copy(ellipse)), 1e-9);
        // polyline: the same line scores 1, a line 30 px away 0 (default band half-width 5 px)
        PolylineShape line = f.createPolylineShape();
        line.setPoints(new double[] { 0, 0, 100, 0 });
        PolylineShape far = f.createPolylineShape();
        far.setPoints(new double[] { 0, 30, 100, 30 });
        assertEquals(1, sim(line, org.eclipse.emf.ecore.util.EcoreUtil.copy(line)), 1e-9);
        assertEquals(0, sim(line, far));
        // keypoints: OKS falls with distance, with the class's sigmas
        KeypointsShape points = f.createKeypointsShape();
        points.setPoints(new double[] { 10, 10, 30, 30 });
        points.setVisibility(new int[] { 2, 2 });
        KeypointsShape near = f.createKeypointsShape();
        near.setPoints(new double[] { 11, 10, 30, 31 });
        near.setVisibility(new int[] { 2, 2 });
        KeypointsShape further = f.createKeypointsShape();
        further.setPoints(new double[] { 14, 10, 30, 34 });
        further.setVisibility(new int[] { 2, 2 });
        LabelClass person = labelClass("person");
        person.setKeypointSigmas(new double[] { 0.1, 0.1 });
        double s1 = simWith(person, points, near);
        double s2 = simWith(person, points, further);
        assertTrue(s1 > s2 && s2 > 0 && s1 < 1, s1 + " " + s2);
        // s^2 = 20 * 20 = 400 (box around the reference's points), d^2 = 1: exp(-1 / (2 * 400 * 0.04))
        assertEquals(Math.exp(-1.0 / (2 * 400 * 0.04)), s1, 1e-9);
    }

    private double sim(org.annotide.model.Shape a, org.annotide.model.Shape b) {
        return simWith(cat, a, b);
    }

    private double simWith(LabelClass c, org.annotide.model.Shape a, org.annotide.model.Shape b) {
        Annotation g = AnnotideFactory.eINSTANCE.createAnnotation();
        g.setLabelClass(c);
        g.setShape(a);
        Annotation s = AnnotideFactory.eINSTANCE.createAnnotation();
        s.setLabelClass(c);
        s.setShape(b);
        TaskPairs pairs = engine.pairs(List.of(g), List.of(s));
        return pairs.pairCount() == 0 ? 0 : pairs.pairSimilarity(0);
    }

    @Test
    void classificationModeComparesTheImageClassesAsSets() {
        ScoringFunctionSpec classification = ScoringFunctionSpec.parse("{\"mode\": \"classification\"}");
        assertEquals(ScoringMode.CLASSIFICATION, classification.mode());
        List<Annotation> g = List.of(imageClass(cat, 1), imageClass(dog, 2), box(cat, 3, 0, 0, 5, 5));
        TaskResult same = ScoringEngine.score(engine.pairs(g, List.of(imageClass(dog, 11), imageClass(cat, 12))),
                classification);
        assertEquals(100, same.taskScore());
        assertEquals(1, same.labelCount());
        TaskResult missing = ScoringEngine.score(engine.pairs(g, List.of(imageClass(cat, 11))), classification);
        assertEquals(0, missing.taskScore());
        ScoreTotals totals = new ScoreTotals("ann");
        totals.add(same);
        totals.add(missing);
        assertEquals(50, totals.score(), 1e-12);
        assertEquals(Map.of("cat", 100.0, "dog", 50.0), totals.classScores());
    }

    private static Annotation imageClass(LabelClass c, long id) {
        Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
        a.setId(id);
        a.setLabelClass(c);
        a.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
        return a;
    }

    @Test
    void functionFileFormat() {
        ScoringFunctionSpec spec = ScoringFunctionSpec.parse(
                "{\"mode\": \"dynamic\", \"classes\": {\"cat\": {\"iou\": 10, \"category\": 90}}}");
        assertEquals(new ScoringFunctionSpec.Weights(10, 90), spec.weights("cat"));
        assertEquals(new ScoringFunctionSpec.Weights(100, 100), spec.weights("dog"));
        assertEquals(spec, ScoringFunctionSpec.parse(spec.toJson()));
        assertThrows(IllegalArgumentException.class, () -> ScoringFunctionSpec.parse("{\"mode\": \"fuzzy\"}"));
        assertThrows(IllegalArgumentException.class, () -> ScoringFunctionSpec.parse("{\"clases\": {}}"));
        assertThrows(IllegalArgumentException.class,
                () -> ScoringFunctionSpec.parse("{\"classes\": {\"cat\": {\"iou\": -1}}}"));
        assertThrows(IllegalArgumentException.class,
                () -> ScoringFunctionSpec.parse("{\"classes\": {\"cat\": {\"iou\": 0, \"category\": 0}}}"));
        assertArrayEquals(new int[] { -1 }, Assignment.maximize(new double[][] { { 0 } }));
    }
}
