package org.annotide.perf.internal.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.annotide.metrics.coco.IouType;

/**
 * Seeded, COCO-like evaluation data: images of 640x480, 80 categories (1 person category with 17 keypoints for
 * keypoints), about 7 objects per image across small, medium and large sizes with 1% crowds, and a fixed number
 * of detections per image: jittered copies of the objects (sometimes with the wrong class) plus false positives,
 * with scores on a 0.001 grid so that ties occur as they do in real results.
 */
final class BenchDataGenerator {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private final int images;
    private final int detectionsPerImage;
    private final IouType type;
    private final long seed;

    BenchDataGenerator(int images, int detectionsPerImage, IouType type, long seed) {
        this.images = images;
        this.detectionsPerImage = detectionsPerImage;
        this.type = type;
        this.seed = seed;
    }

    private int categories() {
        return type == IouType.KEYPOINTS ? 1 : 80;
    }

    /** Writes the ground truth and the detections; returns the number of ground-truth annotations. */
    long write(Path groundTruth, Path detections) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long annotations = 0;
        try (BufferedWriter gt = Files.newBufferedWriter(groundTruth);
                BufferedWriter dt = Files.newBufferedWriter(detections)) {
            gt.write("{\"images\":[");
            for (int i = 1; i <= images; i++) {
                gt.write((i == 1 ? "" : ",") + "{\"id\":" + i + ",\"width\":" + WIDTH + ",\"height\":" + HEIGHT
                        + ",\"file_name\":\"" + i + ".jpg\"}");
            }
            gt.write("],\"categories\":[");
            for (int c = 1; c <= categories(); c++) {
                gt.write((c == 1 ? "" : ",") + "{\"id\":" + c + ",\"name\":\"class" + c + "\"}");
            }
            gt.write("],\"annotations\":[");
            dt.write("[");
            boolean firstDetection = true;
            for (int image = 1; image <= images; image++) {
                int objects = 1 + random.nextInt(13);
                double[][] boxes = new double[objects][];
                int[] classes = new int[objects];
                for (int o = 0; o < objects; o++) {
                    boxes[o] = randomBox(random);
                    classes[o] = 1 + random.nextInt(categories());
                    boolean crowd = random.nextInt(100) == 0;
                    annotations++;
                    gt.write(annotations == 1 ? "" : ",");
                    gt.write(annotation(random, annotations, image, classes[o], boxes[o], crowd, null));
                }
                for (int d = 0; d < detectionsPerImage; d++) {
                    int category;
                    double[] box;
                    if (d < objects * 2 && random.nextInt(4) != 0) {
                        int o = d % objects;
                        box = jitter(random, boxes[o]);
                        category = random.nextInt(10) == 0 ? 1 + random.nextInt(categories()) : classes[o];
                    } else {
                        box = randomBox(random);
                        category = 1 + random.nextInt(categories());
                    }
                    double score = random.nextInt(1000) / 1000.0;
                    dt.write(firstDetection ? "" : ",");
                    firstDetection = false;
                    dt.write(annotation(random, 0, image, category, box, false, score));
                }
            }
            gt.write("]}");
            dt.write("]");
        }
        return annotations;
    }

    /** A box whose area is small, medium or large in COCO's terms with equal odds. */
    private static double[] randomBox(SplittableRandom random) {
        double side = switch (random.nextInt(3)) {
            case 0 -> 8 + random.nextDouble() * 24;
            case 1 -> 32 + random.nextDouble() * 64;
            default -> 96 + random.nextDouble() * 200;
        };
        double w = side * (0.6 + random.nextDouble() * 0.8);
        double h = side * side / w;
        w = Math.min(w, WIDTH - 1);
        h = Math.min(h, HEIGHT - 1);
        return new double[] { random.nextDouble() * (WIDTH - w), random.nextDouble() * (HEIGHT - h), w, h };
    }

    private static double[] jitter(SplittableRandom random, double[] box) {
        double s = 0.12;
        return new double[] { box[0] + (random.nextDouble() * 2 - 1) * s * box[2],
                box[1] + (random.nextDouble() * 2 - 1) * s * box[3], box[2] * (1 + (random.nextDouble() * 2 - 1) * s),
                box[3] * (1 + (random.nextDouble() * 2 - 1) * s) };
    }

    private String annotation(SplittableRandom random, long id, int image, int category, double[] box, boolean crowd,
            Double score) {
        StringBuilder json = new StringBuilder(256).append('{');
        if (score == null) {
            json.append("\"id\":").append(id).append(",\"iscrowd\":").append(crowd ? 1 : 0).append(',');
        }
        json.append("\"image_id\":").append(image).append(",\"category_id\":").append(category);
        boolean maskResult = type == IouType.SEGM && score != null;
        if (!maskResult) {
            json.append(",\"bbox\":[").append(f(box[0])).append(',').append(f(box[1])).append(',').append(f(box[2]))
                    .append(',').append(f(box[3])).append(']');
        }
        if (score != null) {
            json.append(",\"score\":").append(score);
        } else {
            json.append(",\"area\":").append(f(box[2] * box[3] * (type == IouType.SEGM ? Math.PI / 4 : 1)));
        }
        if (maskResult) {
            // COCO's segm results format: compressed RLE and no box (the area comes from the mask)
            String polygon = ellipsePolygon(random, box);
            double[] xy = java.util.Arrays.stream(polygon.substring(1, polygon.length() - 1).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            String counts = org.annotide.core.geometry.CocoRle.fromPolygon(xy, HEIGHT, WIDTH).toCompressedString();
            json.append(",\"segmentation\":{\"size\":[").append(HEIGHT).append(',').append(WIDTH)
                    .append("],\"counts\":\"").append(counts.replace("\\", "\\\\")).append("\"}");
        } else if (type == IouType.SEGM) {
            json.append(",\"segmentation\":[").append(ellipsePolygon(random, box)).append(']');
        } else if (type == IouType.KEYPOINTS) {
            int labelled = 0;
            json.append(",\"keypoints\":[");
            for (int k = 0; k < 17; k++) {
                int visibility = score != null ? 1 : random.nextInt(5) == 0 ? 0 : 2;
                labelled += visibility > 0 ? 1 : 0;
                double x = visibility == 0 ? 0 : box[0] + random.nextDouble() * box[2];
                double y = visibility == 0 ? 0 : box[1] + random.nextDouble() * box[3];
                json.append(k == 0 ? "" : ",").append(f(x)).append(',').append(f(y)).append(',').append(visibility);
            }
            json.append(']');
            if (score == null) {
                json.append(",\"num_keypoints\":").append(labelled);
            }
        }
        return json.append('}').toString();
    }

    /** A 16-gon inscribed in the box's ellipse, its vertices jittered a little. */
    private static String ellipsePolygon(SplittableRandom random, double[] box) {
        StringBuilder polygon = new StringBuilder("[");
        for (int i = 0; i < 16; i++) {
            double t = 2 * Math.PI * i / 16;
            double r = 0.9 + random.nextDouble() * 0.1;
            double x = box[0] + box[2] / 2 * (1 + r * Math.cos(t));
            double y = box[1] + box[3] / 2 * (1 + r * Math.sin(t));
            polygon.append(i == 0 ? "" : ",").append(f(x)).append(',').append(f(y));
        }
        return polygon.append(']').toString();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
