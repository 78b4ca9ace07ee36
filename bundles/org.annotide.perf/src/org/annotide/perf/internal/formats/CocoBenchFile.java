package org.annotide.perf.internal.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A seeded COCO instances file for the import benchmark: IMAGES images of 1024 x 768, PER_IMAGE polygons each
 * of about VERTICES vertices (star-shaped around a random centre, coordinates with two decimals as real COCO files
 * have), 80 categories, written last as in the official COCO files so the importer must defer placing.
 */
public final class CocoBenchFile {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final int CATEGORIES = 80;

    private CocoBenchFile() {
    }

    /** Writes the file; returns the number of annotations. */
    public static long write(Path file, int images, int perImage, int vertices, long seed) throws IOException {
        Random random = new Random(seed);
        long annotations = 0;
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("info");
            json.writeStringField("description", "Annotide import benchmark, seed " + seed);
            json.writeEndObject();
            json.writeArrayFieldStart("images");
            for (int i = 1; i <= images; i++) {
                json.writeStartObject();
                json.writeNumberField("id", i);
                json.writeStringField("file_name", String.format("img_%06d.jpg", i));
                json.writeNumberField("width", WIDTH);
                json.writeNumberField("height", HEIGHT);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("annotations");
            double[] angles = new double[vertices + 4];
            for (int i = 1; i <= images; i++) {
                for (int k = 0; k < perImage; k++) {
                    int n = Math.max(3, vertices - 2 + random.nextInt(5));
                    double cx = 50 + random.nextDouble() * (WIDTH - 100);
                    double cy = 50 + random.nextDouble() * (HEIGHT - 100);
                    double radius = 5 + random.nextDouble() * 40;
                    for (int v = 0; v < n; v++) {
                        angles[v] = random.nextDouble() * 2 * Math.PI;
                    }
                    Arrays.sort(angles, 0, n);
                    double minX = Double.MAX_VALUE;
                    double minY = Double.MAX_VALUE;
                    double maxX = -Double.MAX_VALUE;
                    double maxY = -Double.MAX_VALUE;
                    double[] points = new double[2 * n];
                    for (int v = 0; v < n; v++) {
                        double r = radius * (0.6 + 0.4 * random.nextDouble());
                        points[2 * v] = Math.round((cx + r * Math.cos(angles[v])) * 100) / 100.0;
                        points[2 * v + 1] = Math.round((cy + r * Math.sin(angles[v])) * 100) / 100.0;
                        minX = Math.min(minX, points[2 * v]);
                        maxX = Math.max(maxX, points[2 * v]);
                        minY = Math.min(minY, points[2 * v + 1]);
                        maxY = Math.max(maxY, points[2 * v + 1]);
                    }
                    json.writeStartObject();
                    json.writeNumberField("id", ++annotations);
                    json.writeNumberField("image_id", i);
                    json.writeNumberField("category_id", 1 + random.nextInt(CATEGORIES));
                    json.writeArrayFieldStart("segmentation");
                    json.writeArray(points, 0, points.length);
                    json.writeEndArray();
                    json.writeNumberField("area", Math.round(shoelace(points) * 100) / 100.0);
                    json.writeArrayFieldStart("bbox");
                    json.writeNumber(minX);
                    json.writeNumber(minY);
                    json.writeNumber(Math.round((maxX - minX) * 100) / 100.0);
                    json.writeNumber(Math.round((maxY - minY) * 100) / 100.0);
                    json.writeEndArray();
                    json.writeNumberField("iscrowd", 0);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("categories");
            for (int c = 1; c <= CATEGORIES; c++) {
                json.writeStartObject();
                json.writeNumberField("id", c);
                json.writeStringField("name", String.format("class_%02d", c));
                json.writeStringField("supercategory", "thing");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return annotations;
    }

    private static double shoelace(double[] points) {
        double sum = 0;
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += points[2 * i] * points[2 * j + 1] - points[2 * j] * points[2 * i + 1];
        }
        return Math.abs(sum) / 2;
    }
}
