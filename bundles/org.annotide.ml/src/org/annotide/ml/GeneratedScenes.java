package org.annotide.ml;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.annotide.core.geometry.Outlines;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.Shape;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Generated scenes with known objects, for the detection and segmentation benchmark and tests: square RGB images
 * with a colour gradient and noise as background and one to four non-overlapping objects of three classes,
 * told apart by shape only (every object gets a random colour that stands out from the background):
 * {@code square} (a square, axis-aligned as a box or turned as a rotated box), {@code disc} (a circle or mild
 * ellipse, an ellipse annotation) and {@code triangle} (a polygon). The annotations are the exact geometry that
 * was drawn; with {@code polygons} every object is annotated as a polygon instead (segmentation's default kind).
 */
public final class GeneratedScenes {

    public static final List<String> CLASSES = List.of("square", "disc", "triangle");

    private GeneratedScenes() {
    }

    /**
     * Writes {@code count} scenes as PNG files into {@code folder/scenes} and creates a project in {@code folder}
     * holding them with their annotations (one command). The same seed gives the same scenes.
     */
    public static ProjectStore create(Path folder, int count, int size, long seed, boolean polygons) throws IOException {
        if (size < 32) {
            throw new IllegalArgumentException("scenes need at least 32 pixels, not " + size);
        }
        Path images = folder.resolve("scenes");
        Files.createDirectories(images);
        Random random = new Random(seed);
        Date now = new Date();
        AnnotideFactory f = AnnotideFactory.eINSTANCE;
        List<LabelClass> classes = new ArrayList<>();
        String[] colours = {"#e6194b", "#3cb44b", "#4363d8"};
        for (int c = 0; c < CLASSES.size(); c++) {
            LabelClass labelClass = f.createLabelClass();
            labelClass.setName(CLASSES.get(c));
            labelClass.setColor(colours[c]);
            classes.add(labelClass);
        }
        List<ImageAsset> assets = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < count; i++) {
            String name = String.format("scene-%05d.png", i);
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
            List<Annotation> annotations = new ArrayList<>();
            draw(image, random, polygons, (label, shape) -> {
                Annotation a = f.createAnnotation();
                a.setLabelClass(classes.get(label));
                a.setShape(shape);
                a.setProvenance(Provenance.MANUAL);
                a.setCreatedAt(now);
                a.setAuthor("generated");
                annotations.add(a);
            });
            ImageIO.write(image, "png", images.resolve(name).toFile());
            ImageAsset asset = f.createImageAsset();
            asset.setName(name);
            asset.setLocation("scenes/" + name);
            asset.setWidth(size);
            asset.setHeight(size);
            asset.setBands(3);
            asset.setFormat("png");
            asset.setImportedAt(now);
            for (Annotation a : annotations) {
                a.setId(id++);
            }
            asset.getAnnotations().addAll(annotations);
            assets.add(asset);
        }
        ProjectStore store = ProjectStore.create(folder, "generated scenes");
        Project project = store.project();
        CompoundCommand command = new CompoundCommand("Generated scenes");
        command.append(AddCommand.create(store.editingDomain(), project, Literals.PROJECT__LABEL_CLASSES, classes));
        command.append(AddCommand.create(store.editingDomain(), project, Literals.PROJECT__IMAGES, assets));
        command.append(SetCommand.create(store.editingDomain(), project, Literals.PROJECT__NEXT_ANNOTATION_ID,
                Math.max(id, project.getNextAnnotationId())));
        store.commandStack().execute(command);
        return store;
    }

    /** Receives each drawn object: class index and its annotation shape. */
    interface Sink {
        void accept(int label, Shape shape);
    }

    static void draw(BufferedImage image, Random random, boolean polygons, Sink sink) {
        int size = image.getWidth();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color a = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Color b = new Color(clamp(a.getRed() + random.nextInt(81) - 40), clamp(a.getGreen() + random.nextInt(81) - 40),
                    clamp(a.getBlue() + random.nextInt(81) - 40));
            g.setPaint(new GradientPaint(0, 0, a, size, size, b));
            g.fillRect(0, 0, size, size);
            double luma = (luma(a) + luma(b)) / 2;
            int objects = 1 + random.nextInt(4);
            List<double[]> placed = new ArrayList<>();
            for (int o = 0, tries = 0; o < objects && tries < 50; tries++) {
                double extent = size * (0.14 + random.nextDouble() * 0.16); // side or diameter
                double cx = extent / 2 + 1 + random.nextDouble() * (size - extent - 2);
                double cy = extent / 2 + 1 + random.nextDouble() * (size - extent - 2);
                int label = random.nextInt(CLASSES.size());
                double[] outline;
                Shape shape;
                double angle = random.nextDouble() * 90;
                switch (label) {
                    case 0 -> {
                        double side = extent / Math.sqrt(2) * (1 + random.nextDouble() * 0.3);
                        boolean straight = random.nextInt(3) == 0;
                        if (straight) {
                            angle = 0;
                        }
                        outline = Outlines.rotatedBox(cx, cy, side, side, angle);
                        if (straight && !polygons) {
                            BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
                            box.setX(cx - side / 2);
                            box.setY(cy - side / 2);
                            box.setWidth(side);
                            box.setHeight(side);
                            shape = box;
                        } else if (!polygons) {
                            RotatedBoxShape box = AnnotideFactory.eINSTANCE.createRotatedBoxShape();
                            box.setCx(cx);
                            box.setCy(cy);
                            box.setWidth(side);
                            box.setHeight(side);
                            box.setAngle(angle);
                            shape = box;
                        } else {
                            shape = polygon(outline);
                        }
                    }
                    case 1 -> {
                        double rx = extent / 2;
                        double ry = rx * (0.8 + random.nextDouble() * 0.2);
                        outline = Outlines.ellipse(cx, cy, rx, ry, angle, Outlines.ellipseSegments(rx, ry));
                        if (!polygons) {
                            EllipseShape ellipse = AnnotideFactory.eINSTANCE.createEllipseShape();
                            ellipse.setCx(cx);
                            ellipse.setCy(cy);
                            ellipse.setRx(rx);
                            ellipse.setRy(ry);
                            ellipse.setAngle(angle);
                            shape = ellipse;
                        } else {
                            shape = polygon(outline);
                        }
                    }
                    default -> {
                        double r = extent / 2 * 1.1;
                        double turn = random.nextDouble() * 2 * Math.PI;
                        outline = new double[6];
                        for (int k = 0; k < 3; k++) {
                            double t = turn + k * 2 * Math.PI / 3;
                            outline[2 * k] = cx + r * Math.cos(t);
                            outline[2 * k + 1] = cy + r * Math.sin(t);
                        }
                        shape = polygon(outline);
                    }
                }
                double[] bounds = bounds(outline);
                if (bounds[0] < 0 || bounds[1] < 0 || bounds[2] > size || bounds[3] > size
                        || placed.stream().anyMatch(p -> p[0] < bounds[2] + 2 && bounds[0] < p[2] + 2
                                && p[1] < bounds[3] + 2 && bounds[1] < p[3] + 2)) {
                    continue;
                }
                placed.add(bounds);
                Color colour;
                do {
                    colour = new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
                } while (Math.abs(luma(colour) - luma) < 60);
                Path2D path = new Path2D.Double();
                path.moveTo(outline[0], outline[1]);
                for (int k = 2; k < outline.length; k += 2) {
                    path.lineTo(outline[k], outline[k + 1]);
                }
                path.closePath();
                g.setColor(colour);
                g.fill(path);
                sink.accept(label, shape);
                o++;
            }
        } finally {
            g.dispose();
        }
        // sensor noise
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = image.getRGB(x, y);
                int n = (int) Math.round(random.nextGaussian() * 6);
                int r = clamp(((rgb >> 16) & 0xff) + n);
                int gr = clamp(((rgb >> 8) & 0xff) + n);
                int bl = clamp((rgb & 0xff) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | bl);
            }
        }
    }

    private static PolygonShape polygon(double[] outline) {
        PolygonShape polygon = AnnotideFactory.eINSTANCE.createPolygonShape();
        polygon.setPoints(outline.clone());
        return polygon;
    }

    private static double[] bounds(double[] xy) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i + 1 < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.min(b[1], xy[i + 1]);
            b[2] = Math.max(b[2], xy[i]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        return b;
    }

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
