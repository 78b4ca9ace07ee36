package org.annotide.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A project in memory with one large image carrying many cell-like polygons, for the benchmark: polygons
 * of 20 vertices, 10 to 30 pixels in radius, spread uniformly; every 20th is a prediction with a score.
 */
public final class SyntheticAnnotations {

    public static final int VERTICES = 20;
    private static final String[] COLORS = { "#e6194b", "#3cb44b", "#4363d8", "#f58231" };

    private SyntheticAnnotations() {
    }

    public static ImageAsset image(String location, int width, int height, int polygons, long seed) {
        AnnotideFactory factory = AnnotideFactory.eINSTANCE;
        Project project = factory.createProject();
        project.setName("bench");
        List<LabelClass> classes = new ArrayList<>();
        for (int i = 0; i < COLORS.length; i++) {
            LabelClass labelClass = factory.createLabelClass();
            labelClass.setName("class " + (i + 1));
            labelClass.setColor(COLORS[i]);
            classes.add(labelClass);
        }
        project.getLabelClasses().addAll(classes);
        ImageAsset image = factory.createImageAsset();
        image.setName("bench " + width + "x" + height);
        image.setLocation(location);
        image.setWidth(width);
        image.setHeight(height);
        project.getImages().add(image);
        Random random = new Random(seed);
        List<Annotation> annotations = new ArrayList<>(polygons);
        for (int i = 0; i < polygons; i++) {
            Annotation annotation = factory.createAnnotation();
            annotation.setId(i + 1L);
            annotation.setLabelClass(classes.get(i % classes.size()));
            PolygonShape polygon = factory.createPolygonShape();
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double radius = 10 + random.nextDouble() * 20;
            double[] points = new double[2 * VERTICES];
            for (int k = 0; k < VERTICES; k++) {
                double angle = 2 * Math.PI * k / VERTICES;
                double r = radius * (0.75 + 0.25 * random.nextDouble());
                points[2 * k] = cx + r * Math.cos(angle);
                points[2 * k + 1] = cy + r * Math.sin(angle);
            }
            polygon.setPoints(points);
            annotation.setShape(polygon);
            if (i % 20 == 0) {
                annotation.setProvenance(Provenance.PREDICTED);
                annotation.setScore(random.nextDouble());
            }
            annotations.add(annotation);
        }
        // addAllUnique: the list need not check a million objects for duplicates one by one
        ((InternalEList<Annotation>) image.getAnnotations()).addAllUnique(annotations);
        project.setNextAnnotationId(polygons + 1L);
        return image;
    }
}
