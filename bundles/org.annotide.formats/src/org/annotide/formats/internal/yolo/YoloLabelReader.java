package org.annotide.formats.internal.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;

/**
 * Reads one YOLO label file ({@code <image stem>.txt}): one object per line, class index first, then
 * coordinates normalised to the image width and height, which is why the image size must be known.
 */
final class YoloLabelReader {

    /** Corners that stray less than this (pixels) from a rectangle make a rotated box, else a polygon. */
    private static final double RECTANGLE_TOLERANCE = 0.01;

    private final ImportContext context;
    private final Dataset dataset;
    private final YoloNames names;
    private final YoloTask task;
    private final int keypointCount;
    private final int keypointDimensions;
    private final ValidationReport report;

    /**
     * @param keypointCount      keypoints per object for {@link YoloTask#POSE} (kpt_shape[0])
     * @param keypointDimensions 2 or 3 values per keypoint for {@link YoloTask#POSE} (kpt_shape[1])
     */
    YoloLabelReader(ImportContext context, Dataset dataset, YoloNames names, YoloTask task, int keypointCount,
            int keypointDimensions) {
        this.context = context;
        this.dataset = dataset;
        this.names = names;
        this.task = task;
        this.keypointCount = keypointCount;
        this.keypointDimensions = keypointDimensions;
        this.report = context.report();
    }

    /**
     * The dataset's image for a label file, created with the size of its image file. Null when that size is
     * unknown (file not found or unreadable): YOLO coordinates are normalised, so none of the file's lines can
     * be placed, and a 0x0 placeholder would only turn into a duplicate once the images are found. The label
     * file is then rejected as a whole with the hint {@code --images-from}.
     */
    ImageAsset sizedImage(String key, String name, Path imageFile, Path labelFile) throws IOException {
        ImageAsset known = dataset.findImage(key);
        if (known != null && known.getWidth() > 0 && known.getHeight() > 0) {
            return known;
        }
        int[] size = ImageFiles.size(imageFile);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            int[] lines = lines(labelFile);
            String reason = (imageFile == null ? "no image file for " + name + " was found"
                    : "the size of image " + context.display(imageFile) + " cannot be read")
                    + ", so the normalised coordinates of its " + lines[0] + " line(s) cannot be converted;"
                    + " nothing was imported for it (name the folder holding the images with --images-from)";
            String where = lines[1] == 0 ? "" : "line " + lines[1];
            report.reject(labelFile != null ? context.display(labelFile) : name, where, reason);
            return null;
        }
        ImageAsset image = dataset.image(key, name);
        image.setWidth(size[0]);
        image.setHeight(size[1]);
        return image;
    }

    /** {non-blank lines, number of the first non-blank line} of a label file; zeros when there is none. */
    private static int[] lines(Path labelFile) throws IOException {
        int[] counts = new int[2];
        if (labelFile == null || !Files.isRegularFile(labelFile)) {
            return counts;
        }
        int number = 0;
        // ISO-8859-1 decodes any byte: counting must not fail on a file that is not UTF-8
        for (String line : Files.readAllLines(labelFile, StandardCharsets.ISO_8859_1)) {
            number++;
            if (!line.isBlank()) {
                counts[0]++;
                counts[1] = counts[1] == 0 ? number : counts[1];
            }
        }
        return counts;
    }

    /** Reads a label file all or nothing: a file that is not text (not UTF-8) contributes no line. */
    void readWhole(Path labels, ImageAsset image) throws IOException {
        dataset.readWhole(report, () -> {
            try {
                read(labels, image);
            } catch (CharacterCodingException e) {
                report.rejectFile(context.display(labels), "", "the file is not UTF-8 text (" + e
                        + "); nothing was imported from it");
            }
        });
    }

    void read(Path labels, ImageAsset image) throws IOException {
        String file = context.display(labels);
        int width = image.getWidth();
        int height = image.getHeight();
        try (BufferedReader reader = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                String where = "line " + number;
                if (width <= 0 || height <= 0) {
                    report.reject(file, where, "the size of image " + image.getName()
                            + " is unknown (its file was not found), so normalised coordinates cannot be converted");
                    continue;
                }
                String[] tokens = text.split("\\s+");
                double[] values = new double[tokens.length - 1];
                int classIndex;
                try {
                    classIndex = Integer.parseInt(tokens[0]);
                    for (int i = 1; i < tokens.length; i++) {
                        values[i - 1] = Double.parseDouble(tokens[i]);
                        if (!Double.isFinite(values[i - 1])) {
                            throw new NumberFormatException(tokens[i]);
                        }
                    }
                } catch (NumberFormatException e) {
                    report.reject(file, where, "expected a class index and numbers, found \"" + abbreviate(text) + "\"");
                    continue;
                }
                LabelClass labelClass = names.get(classIndex);
                if (labelClass == null) {
                    report.reject(file, where, "class index " + classIndex + " has no name (the names list has "
                            + names.size() + ")");
                    continue;
                }
                String problem = place(image, labelClass, values, width, height, file, where);
                if (problem != null) {
                    report.reject(file, where, problem);
                } else {
                    report.accepted(1);
                }
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    /** Adds the object; returns why it cannot be read, or null. */
    private String place(ImageAsset image, LabelClass labelClass, double[] v, int width, int height, String file,
            String where) {
        for (double value : v) {
            // finite as text, but not once scaled to pixels (1e308 times the width)
            if (!Double.isFinite(value * Math.max(1, Math.max(width, height)))) {
                return "the number " + value + " is out of range for normalized coordinates";
            }
        }
        switch (task) {
            case DETECT -> {
                if (v.length != 4) {
                    return "a detection line has 4 numbers after the class (cx cy w h), this one has " + v.length;
                }
                Shape box = box(v, width, height);
                if (box == null) {
                    return "the box has a negative width or height";
                }
                dataset.annotate(image, labelClass, box);
            }
            case SEGMENT -> {
                if (v.length % 2 != 0 || v.length < 6) {
                    return "a segment line has at least 3 points (6 numbers) after the class, in pairs; this one has "
                            + v.length + " numbers";
                }
                dataset.annotate(image, labelClass, Shapes.polygon(scale(v, 0, v.length, width, height)));
            }
            case OBB -> {
                if (v.length != 8) {
                    return "an oriented-box line has 8 numbers after the class (4 corners), this one has " + v.length;
                }
                double[] corners = scale(v, 0, 8, width, height);
                RotatedBoxShape rotated = Shapes.rectangleFromCorners(corners, RECTANGLE_TOLERANCE);
                if (rotated == null) {
                    report.warn(file, where, "the four corners do not form a rectangle: read as a polygon");
                }
                dataset.annotate(image, labelClass, rotated != null ? rotated : Shapes.polygon(corners));
            }
            case POSE -> {
                int expected = 4 + keypointCount * keypointDimensions;
                if (v.length != expected) {
                    return "a pose line has " + expected + " numbers after the class (box and " + keypointCount + " x "
                            + keypointDimensions + " keypoint values), this one has " + v.length;
                }
                Shape box = box(v, width, height);
                if (box == null) {
                    return "the box has a negative width or height";
                }
                double[] points = new double[keypointCount * 2];
                int[] visibility = new int[keypointCount];
                for (int i = 0; i < keypointCount; i++) {
                    int at = 4 + i * keypointDimensions;
                    points[2 * i] = v[at] * width;
                    points[2 * i + 1] = v[at + 1] * height;
                    if (keypointDimensions == 3) {
                        double visible = v[at + 2];
                        if (visible != 0 && visible != 1 && visible != 2) {
                            return "keypoint " + (i + 1) + " has visibility " + visible + " (0, 1 or 2 expected)";
                        }
                        visibility[i] = (int) visible;
                    } else {
                        // two values per point: Ultralytics treats (0, 0) as a missing point
                        visibility[i] = v[at] == 0 && v[at + 1] == 0 ? 0 : 2;
                    }
                }
                int group = Dataset.nextGroup(image);
                Annotation region = dataset.annotate(image, labelClass, box);
                Annotation keypoints = dataset.annotate(image, labelClass, Shapes.keypoints(points, visibility));
                region.setGroup(group);
                keypoints.setGroup(group);
            }
            default -> throw new IllegalStateException(task.name());
        }
        return null;
    }

    private static Shape box(double[] v, int width, int height) {
        if (v[2] < 0 || v[3] < 0) {
            return null;
        }
        double w = v[2] * width;
        double h = v[3] * height;
        return Shapes.box(v[0] * width - w / 2, v[1] * height - h / 2, w, h);
    }

    private static double[] scale(double[] v, int from, int to, int width, int height) {
        double[] points = new double[to - from];
        for (int i = from; i < to; i += 2) {
            points[i - from] = v[i] * width;
            points[i - from + 1] = v[i + 1] * height;
        }
        return points;
    }
}
