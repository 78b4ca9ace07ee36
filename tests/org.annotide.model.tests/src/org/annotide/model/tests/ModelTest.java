package org.annotide.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class ModelTest {

    private final AnnotideFactory factory = AnnotideFactory.eINSTANCE;

    @Test
    void everyShapeReportsItsKind() {
        assertEquals(ShapeKind.BOX, factory.createBoxShape().getKind());
        assertEquals(ShapeKind.ROTATED_BOX, factory.createRotatedBoxShape().getKind());
        assertEquals(ShapeKind.POLYGON, factory.createPolygonShape().getKind());
        assertEquals(ShapeKind.POLYLINE, factory.createPolylineShape().getKind());
        assertEquals(ShapeKind.KEYPOINTS, factory.createKeypointsShape().getKind());
        assertEquals(ShapeKind.MASK, factory.createMaskShape().getKind());
        assertEquals(ShapeKind.ELLIPSE, factory.createEllipseShape().getKind());
        assertEquals(ShapeKind.IMAGE_CLASS, factory.createImageClassShape().getKind());
    }

    @Test
    void everyConcreteShapeClassIsCovered() {
        long shapes = AnnotidePackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass e && !e.isAbstract()
                        && AnnotidePackage.eINSTANCE.getShape().isSuperTypeOf(e))
                .count();
        assertEquals(ShapeKind.VALUES.size(), shapes);
    }

    @Test
    void tileSiblingsAreTheOtherTilesOfItsImageInIndexOrder() {
        ImageAsset image = factory.createImageAsset();
        Tile second = tile(image, 1);
        Tile first = tile(image, 0);
        Tile third = tile(image, 2);
        assertEquals(List.of(first, third), second.getSiblings());
        assertSame(image, first.getImage());
    }

    @Test
    void aTileKnowsTheTrainingSetsThatHoldIt() {
        Project project = factory.createProject();
        ImageAsset image = factory.createImageAsset();
        project.getImages().add(image);
        Tile tile = tile(image, 0);
        TrainingSet a = factory.createTrainingSet();
        TrainingSet b = factory.createTrainingSet();
        TrainingSet c = factory.createTrainingSet();
        project.getTrainingSets().addAll(List.of(a, b, c));
        a.getTiles().add(tile);
        c.getTiles().add(tile);
        assertEquals(List.of(a, c), tile.getTrainingSets());
    }

    @Test
    void arrayAttributesHaveATextForm() {
        var points = AnnotidePackage.eINSTANCE.getDoubleArray();
        String text = EcoreUtil.convertToString(points, new double[] {1, 2.5, -3});
        assertEquals("1 2.5 -3", text);
        assertArrayEquals(new double[] {1, 2.5, -3}, (double[]) EcoreUtil.createFromString(points, text));
        assertArrayEquals(new int[] {4, 5},
                (int[]) EcoreUtil.createFromString(AnnotidePackage.eINSTANCE.getIntArray(), " 4, 5 "));
    }

    @Test
    void theModelIsValid() {
        assertTrue(Diagnostician.INSTANCE.validate(AnnotidePackage.eINSTANCE).getSeverity() < 4);
    }

    private Tile tile(ImageAsset image, int index) {
        Tile tile = factory.createTile();
        tile.setTileIndex(index);
        image.getTiles().add(tile);
        return tile;
    }
}
