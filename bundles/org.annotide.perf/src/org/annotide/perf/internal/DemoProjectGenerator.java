package org.annotide.perf.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.ImageStatus;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PixelType;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;

/**
 * Generates the demo project a newcomer sees on first start: synthetic microscopy images drawn here (so
 * nothing is downloaded) and annotations of every shape kind that match what is drawn, one large image
 * cut into tiles, and a training set.
 */
public final class DemoProjectGenerator {

    private static final int IMAGES = 8;
    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final int SLIDE = 3072;
    private static final int TILE = 1024;
    private static final int OVERLAP = 64;

    private final AnnotideFactory factory = AnnotideFactory.eINSTANCE;
    private final Random random = new Random(20261123);
    private Project project;
    private LabelClass cell;
    private LabelClass nucleus;
    private LabelClass debris;
    private LabelClass fiber;
    private LabelClass mitosis;
    private LabelClass vacuole;
    private LabelClass crystal;
    private LabelClass healthy;
    private LabelClass infected;

    /** Writes a new project with its images into an empty or missing folder and closes it. */
    public static void generate(Path folder, String name) throws IOException {
        new DemoProjectGenerator().write(folder, name);
    }

    private void write(Path folder, String name) throws IOException {
        Path images = folder.resolve("images");
        Files.createDirectories(images);
        project = factory.createProject();
        project.setId(UUID.randomUUID().toString());
        project.setName(name);
        project.setCreatedAt(new Date());
        project.setDescription("Synthetic microscopy images with annotations of every shape kind.");
        createClasses();
        for (int i = 1; i <= IMAGES; i++) {
            addImage(images, String.format("cells-%02d.png", i), WIDTH, HEIGHT, i % 3 == 0 ? infected : healthy);
        }
        ImageAsset slide = addImage(images, "slide.png", SLIDE, SLIDE, healthy);
        List<Tile> tiles = tile(slide);
        TrainingSet set = factory.createTrainingSet();
        set.setId(UUID.randomUUID().toString());
        set.setName("Slide centre");
        set.setDescription("The four central tiles of the slide, for a first training run.");
        set.setCreatedBy(System.getProperty("user.name", "annotide"));
        set.setCreatedAt(new Date());
        for (Tile tile : tiles) {
            if (tile.getRow() >= 1 && tile.getRow() <= 2 && tile.getColumn() >= 1 && tile.getColumn() <= 2) {
                set.getTiles().add(tile);
            }
        }
        project.getTrainingSets().add(set);
        ProjectStore.create(folder, project).close();
    }

    private void createClasses() {
        // Region classes allow the common area shapes, so a newcomer's first box, polygon or ellipse is taken.
        cell = labelClass("cell", "#e6194b", "1", ShapeKind.POLYGON, ShapeKind.BOX, ShapeKind.ELLIPSE, ShapeKind.ROTATED_BOX,
                ShapeKind.MASK);
        nucleus = labelClass("nucleus", "#4363d8", "2", ShapeKind.ELLIPSE, ShapeKind.POLYGON, ShapeKind.BOX);
        debris = labelClass("debris", "#f58231", "3", ShapeKind.BOX, ShapeKind.POLYGON, ShapeKind.ELLIPSE,
                ShapeKind.ROTATED_BOX);
        fiber = labelClass("fiber", "#3cb44b", "4", ShapeKind.POLYLINE);
        mitosis = labelClass("mitosis", "#911eb4", "5", ShapeKind.KEYPOINTS);
        mitosis.getKeypointNames().addAll(List.of("pole A", "centre", "pole B"));
        mitosis.setSkeletonEdges(new int[] {0, 1, 1, 2});
        vacuole = labelClass("vacuole", "#42d4f4", "6", ShapeKind.MASK, ShapeKind.POLYGON);
        crystal = labelClass("crystal", "#f032e6", "7", ShapeKind.ROTATED_BOX, ShapeKind.BOX, ShapeKind.POLYGON);
        healthy = labelClass("healthy", "#bfef45", "8", ShapeKind.IMAGE_CLASS);
        infected = labelClass("infected", "#800000", "9", ShapeKind.IMAGE_CLASS);
    }

    private LabelClass labelClass(String name, String color, String hotkey, ShapeKind... kinds) {
        LabelClass labelClass = factory.createLabelClass();
        labelClass.setId(UUID.randomUUID().toString());
        labelClass.setName(name);
        labelClass.setColor(color);
        labelClass.setHotkey(hotkey);
        labelClass.getAllowedShapes().addAll(List.of(kinds));
        project.getLabelClasses().add(labelClass);
        return labelClass;
    }

    private ImageAsset addImage(Path folder, String fileName, int width, int height, LabelClass imageClass)
            throws IOException {
        ImageAsset image = factory.createImageAsset();
        image.setId(UUID.randomUUID().toString());
        image.setName(fileName);
        image.setLocation("images/" + fileName);
        image.setWidth(width);
        image.setHeight(height);
        image.setBands(3);
        image.setPixelType(PixelType.UINT8);
        image.setFormat("png");
        image.setStatus(ImageStatus.IN_PROGRESS);
        image.setImportedAt(new Date());
        project.getImages().add(image);
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixels.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintBackground(g, width, height);
        int cells = width * height / 30_000;
        for (int i = 0; i < cells; i++) {
            drawCell(g, image, random.nextDouble() * width, random.nextDouble() * height);
        }
        for (int i = 0; i < cells / 8 + 1; i++) {
            drawFiber(g, image, width, height);
            drawDebris(g, image, width, height);
        }
        drawMitosis(g, image, width, height);
        drawCrystal(g, image, width, height);
        drawVacuole(g, pixels, image);
        g.dispose();
        annotate(image, imageClass, factory.createImageClassShape());
        ImageIO.write(pixels, "png", folder.resolve(fileName).toFile());
        return image;
    }

    private void paintBackground(Graphics2D g, int width, int height) {
        g.setColor(new Color(236, 226, 232));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < width * height / 400; i++) {
            int shade = 215 + random.nextInt(30);
            g.setColor(new Color(shade, shade - 10, shade - 4));
            g.fillRect(random.nextInt(width), random.nextInt(height), 2, 2);
        }
    }

    private void drawCell(Graphics2D g, ImageAsset image, double cx, double cy) {
        double radius = 22 + random.nextDouble() * 18;
        int vertices = 20;
        double[] points = new double[vertices * 2];
        Path2D outline = new Path2D.Double();
        for (int v = 0; v < vertices; v++) {
            double angle = 2 * Math.PI * v / vertices;
            double r = radius * (0.85 + 0.3 * random.nextDouble());
            points[2 * v] = clamp(cx + r * Math.cos(angle), image.getWidth());
            points[2 * v + 1] = clamp(cy + r * Math.sin(angle), image.getHeight());
            if (v == 0) {
                outline.moveTo(points[0], points[1]);
            } else {
                outline.lineTo(points[2 * v], points[2 * v + 1]);
            }
        }
        outline.closePath();
        g.setColor(new Color(230, 160, 190));
        g.fill(outline);
        g.setColor(new Color(190, 110, 150));
        g.setStroke(new BasicStroke(2f));
        g.draw(outline);
        PolygonShape polygon = factory.createPolygonShape();
        polygon.setPoints(points);
        annotate(image, cell, polygon);

        double rx = radius * 0.35;
        double ry = radius * 0.28;
        double angle = random.nextDouble() * 180;
        g.setColor(new Color(90, 70, 160));
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(angle), cx, cy);
        g.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
        g.setTransform(saved);
        EllipseShape ellipse = factory.createEllipseShape();
        ellipse.setCx(cx);
        ellipse.setCy(cy);
        ellipse.setRx(rx);
        ellipse.setRy(ry);
        ellipse.setAngle(angle);
        annotate(image, nucleus, ellipse);
    }

    private void drawDebris(Graphics2D g, ImageAsset image, int width, int height) {
        double w = 8 + random.nextDouble() * 20;
        double h = 8 + random.nextDouble() * 20;
        double x = random.nextDouble() * (width - w);
        double y = random.nextDouble() * (height - h);
        g.setColor(new Color(120, 90, 60));
        g.fill(new Ellipse2D.Double(x, y, w, h));
        BoxShape box = factory.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        annotate(image, debris, box);
    }

    private void drawFiber(Graphics2D g, ImageAsset image, int width, int height) {
        int vertices = 6;
        double[] points = new double[vertices * 2];
        double x = random.nextDouble() * width;
        double y = random.nextDouble() * height;
        double heading = random.nextDouble() * 2 * Math.PI;
        Path2D line = new Path2D.Double();
        for (int v = 0; v < vertices; v++) {
            points[2 * v] = clamp(x, width);
            points[2 * v + 1] = clamp(y, height);
            if (v == 0) {
                line.moveTo(points[0], points[1]);
            } else {
                line.lineTo(points[2 * v], points[2 * v + 1]);
            }
            heading += (random.nextDouble() - 0.5) * 0.8;
            x += 40 * Math.cos(heading);
            y += 40 * Math.sin(heading);
        }
        g.setColor(new Color(80, 140, 80));
        g.setStroke(new BasicStroke(3f));
        g.draw(line);
        PolylineShape polyline = factory.createPolylineShape();
        polyline.setPoints(points);
        annotate(image, fiber, polyline);
    }

    private void drawMitosis(Graphics2D g, ImageAsset image, int width, int height) {
        double cx = width * (0.3 + 0.4 * random.nextDouble());
        double cy = height * (0.3 + 0.4 * random.nextDouble());
        double angle = random.nextDouble() * Math.PI;
        double[] points = {cx - 30 * Math.cos(angle), cy - 30 * Math.sin(angle), cx, cy,
            cx + 30 * Math.cos(angle), cy + 30 * Math.sin(angle)};
        g.setColor(new Color(110, 40, 150));
        for (int k = 0; k < 3; k += 2) {
            g.fill(new Ellipse2D.Double(points[2 * k] - 9, points[2 * k + 1] - 9, 18, 18));
        }
        g.setStroke(new BasicStroke(2f));
        g.drawLine((int) points[0], (int) points[1], (int) points[4], (int) points[5]);
        KeypointsShape keypoints = factory.createKeypointsShape();
        keypoints.setPoints(points);
        keypoints.setVisibility(new int[] {2, 1, 2});
        annotate(image, mitosis, keypoints);
    }

    private void drawCrystal(Graphics2D g, ImageAsset image, int width, int height) {
        double cx = width * (0.15 + 0.7 * random.nextDouble());
        double cy = height * (0.15 + 0.7 * random.nextDouble());
        double w = 60;
        double h = 18;
        double angle = 10 + random.nextDouble() * 60;
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(angle), cx, cy);
        g.setColor(new Color(200, 200, 240));
        g.fillRect((int) (cx - w / 2), (int) (cy - h / 2), (int) w, (int) h);
        g.setColor(new Color(150, 150, 210));
        g.drawRect((int) (cx - w / 2), (int) (cy - h / 2), (int) w, (int) h);
        g.setTransform(saved);
        RotatedBoxShape box = factory.createRotatedBoxShape();
        box.setCx(cx);
        box.setCy(cy);
        box.setWidth(w);
        box.setHeight(h);
        box.setAngle(angle);
        annotate(image, crystal, box);
    }

    /** A blob painted pixel by pixel, so its mask is exactly the painted pixels. */
    private void drawVacuole(Graphics2D g, BufferedImage pixels, ImageAsset image) {
        int size = 48;
        int x0 = random.nextInt(image.getWidth() - size);
        int y0 = random.nextInt(image.getHeight() - size);
        List<Integer> counts = new ArrayList<>();
        boolean inside = false;
        int run = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = (x - size / 2.0) / (size / 2.0);
                double dy = (y - size / 2.0) / (size / 2.0);
                boolean blob = dx * dx + dy * dy * 1.6 + 0.15 * Math.sin(6 * Math.atan2(dy, dx)) < 0.8;
                if (blob) {
                    pixels.setRGB(x0 + x, y0 + y, new Color(170, 225, 240).getRGB());
                }
                if (blob != inside) {
                    counts.add(run);
                    run = 0;
                    inside = blob;
                }
                run++;
            }
        }
        counts.add(run);
        MaskShape mask = factory.createMaskShape();
        mask.setX(x0);
        mask.setY(y0);
        mask.setWidth(size);
        mask.setHeight(size);
        mask.setCounts(counts.stream().mapToInt(Integer::intValue).toArray());
        annotate(image, vacuole, mask);
    }

    private List<Tile> tile(ImageAsset image) {
        List<Tile> tiles = new ArrayList<>();
        int step = TILE - OVERLAP;
        int index = 0;
        for (int row = 0, y = 0; y < image.getHeight(); row++, y += step) {
            for (int column = 0, x = 0; x < image.getWidth(); column++, x += step) {
                Tile tile = factory.createTile();
                tile.setId(UUID.randomUUID().toString());
                tile.setTileIndex(index++);
                tile.setRow(row);
                tile.setColumn(column);
                tile.setX(x);
                tile.setY(y);
                tile.setWidth(Math.min(TILE, image.getWidth() - x));
                tile.setHeight(Math.min(TILE, image.getHeight() - y));
                tile.setCreatedAt(new Date());
                image.getTiles().add(tile);
                tiles.add(tile);
                if (x + TILE >= image.getWidth()) {
                    break;
                }
            }
            if (y + TILE >= image.getHeight()) {
                break;
            }
        }
        return tiles;
    }

    private void annotate(ImageAsset image, LabelClass labelClass, Shape shape) {
        Annotation annotation = factory.createAnnotation();
        annotation.setId(project.getNextAnnotationId());
        project.setNextAnnotationId(project.getNextAnnotationId() + 1);
        annotation.setLabelClass(labelClass);
        annotation.setShape(shape);
        annotation.setProvenance(Provenance.MANUAL);
        annotation.setAuthor("demo");
        annotation.setCreatedAt(new Date());
        image.getAnnotations().add(annotation);
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
