package org.annotide.perf.internal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringEngine;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TaskPairs;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.metrics.SimilarityRegistry;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.LabelClass;

/**
 * {@code annotide-cli bench score}: scoring and re-scoring at the size (50 annotators x 1,000 tasks x 20
 * objects: a million evaluation labels) on generated boxes.
 */
public final class BenchScoreVerb implements CliVerb {

    @Override
    public String name() {
        return "bench score";
    }

    @Override
    public String summary() {
        return "Time annotator scoring and re-scoring (default 50 annotators x 1,000 tasks x 20 objects)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli bench score [--annotators 50] [--tasks 1000] [--objects 20] [--seed 1]

                Generates the ground truth of TASKS images with OBJECTS boxes each (5 classes) and, per annotator,
                a submission per task: every box moved and resized by up to 4 px, 10 % given a wrong class, 5 %
                left out, 5 % extra boxes. Then times, in this process:
                  score_s    the first scoring: every similarity (bounds check, box IoU), the matching, the scores
                  rescore_s  Re-calculate scores with an edited function (other weights per class): pair scores,
                             Hungarian matching, task, annotator and per-class scores of every submission, on the
                             similarities kept from the first scoring (they do not depend on the weights)
                and prints
                  BENCH score_s <seconds> s
                  BENCH rescore_s <seconds> s
                  BENCH evaluation_labels <count> labels
                  BENCH mean_score <score> points""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("annotators", "tasks", "objects", "seed");
    }

    @Override
    public int run(CliContext context, Args args) {
        args.expectPositionals(0, 0);
        int annotators = args.intOption("annotators", 50);
        int tasks = args.intOption("tasks", 1000);
        int objects = args.intOption("objects", 20);
        if (annotators < 1 || tasks < 1 || objects < 0) {
            throw new UsageException("--annotators and --tasks must be at least 1, --objects at least 0");
        }
        Random random = new Random(args.intOption("seed", 1));
        AnnotideFactory factory = AnnotideFactory.eINSTANCE;
        List<LabelClass> classes = new ArrayList<>();
        for (String name : List.of("cell", "nucleus", "vessel", "gland", "artefact")) {
            LabelClass labelClass = factory.createLabelClass();
            labelClass.setName(name);
            classes.add(labelClass);
        }
        List<List<Annotation>> groundTruth = new ArrayList<>();
        long id = 1;
        for (int t = 0; t < tasks; t++) {
            List<Annotation> boxes = new ArrayList<>();
            for (int o = 0; o < objects; o++) {
                boxes.add(box(classes.get(random.nextInt(classes.size())), id++, random.nextInt(950),
                        random.nextInt(950), 10 + random.nextInt(60), 10 + random.nextInt(60)));
            }
            groundTruth.add(boxes);
        }
        ScoringEngine engine = new ScoringEngine(SimilarityRegistry.fromExtensions());
        ScoringFunctionSpec first = ScoringFunctionSpec.defaults();
        TaskPairs[][] pairs = new TaskPairs[annotators][tasks];
        long scoreNanos = 0;
        long labels = 0;
        for (int a = 0; a < annotators; a++) {
            ScoreTotals totals = new ScoreTotals("a" + a);
            for (int t = 0; t < tasks; t++) {
                List<Annotation> submitted = submission(groundTruth.get(t), classes, random, id);
                id += submitted.size();
                long start = System.nanoTime();
                pairs[a][t] = engine.pairs(groundTruth.get(t), submitted);
                totals.add(ScoringEngine.score(pairs[a][t], first));
                scoreNanos += System.nanoTime() - start;
            }
            labels += totals.labels();
        }
        ScoringFunctionSpec edited = ScoringFunctionSpec.parse("{\"classes\": {\"cell\": {\"iou\": 150, \"category\": "
                + "50}, \"nucleus\": {\"iou\": 20, \"category\": 180}, \"vessel\": {\"iou\": 100, \"category\": 0}}}");
        long start = System.nanoTime();
        double sum = 0;
        long rescoredLabels = 0;
        for (int a = 0; a < annotators; a++) {
            ScoreTotals totals = new ScoreTotals("a" + a);
            for (int t = 0; t < tasks; t++) {
                totals.add(ScoringEngine.score(pairs[a][t], edited));
            }
            sum += totals.score();
            rescoredLabels += totals.labels();
            totals.classScores();
        }
        long rescoreNanos = System.nanoTime() - start;
        context.bench("score_s", scoreNanos / 1e9, "s");
        context.bench("rescore_s", rescoreNanos / 1e9, "s");
        context.bench("evaluation_labels", rescoredLabels, "labels");
        context.bench("mean_score", sum / annotators, "points");
        if (labels <= 0) {
            context.err().println("no labels were scored");
        }
        return OK;
    }

    private static List<Annotation> submission(List<Annotation> groundTruth, List<LabelClass> classes, Random random,
            long firstId) {
        List<Annotation> submitted = new ArrayList<>();
        long id = firstId;
        for (Annotation g : groundTruth) {
            if (random.nextDouble() < 0.05) {
                continue;
            }
            BoxShape box = (BoxShape) g.getShape();
            LabelClass labelClass = random.nextDouble() < 0.10 ? classes.get(random.nextInt(classes.size()))
                    : g.getLabelClass();
            submitted.add(box(labelClass, id++, box.getX() + jitter(random), box.getY() + jitter(random),
                    Math.max(2, box.getWidth() + jitter(random)), Math.max(2, box.getHeight() + jitter(random))));
            if (random.nextDouble() < 0.05) {
                submitted.add(box(classes.get(random.nextInt(classes.size())), id++, random.nextInt(950),
                        random.nextInt(950), 10 + random.nextInt(60), 10 + random.nextInt(60)));
            }
        }
        return submitted;
    }

    private static double jitter(Random random) {
        return random.nextInt(9) - 4;
    }

    private static Annotation box(LabelClass labelClass, long id, double x, double y, double w, double h) {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(labelClass);
        annotation.setShape(box);
        return annotation;
    }
}
