package org.annotide.core.tests.store;

import java.util.Date;
import java.util.List;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.EpochMetrics;
import org.annotide.model.ImageAsset;
import org.annotide.model.JobStatus;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;
import org.annotide.model.PixelType;
import org.annotide.model.PolygonShape;
import org.annotide.model.PolylineShape;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.Role;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.TaskType;
import org.annotide.model.Tile;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingSet;
import org.annotide.model.User;

/** A project that uses every kind of value the store must keep: each shape, maps, dates, enums, references. */
final class RichModel {

    private static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    private RichModel() {
    }

    static Project build() {
        Project project = F.createProject();
        project.setId("p");
        project.setName("Rich ünïcödé project");
        project.setCreatedAt(new Date(1_700_000_000_000L));
        project.getMetadata().put("owner", "lab 3");

        User admin = F.createUser();
        admin.setId("u1");
        admin.setLogin("ada");
        admin.setRole(Role.ADMIN);
        project.getUsers().add(admin);

        LabelClass cell = labelClass(project, "cell", ShapeKind.POLYGON);
        LabelClass person = labelClass(project, "person", ShapeKind.KEYPOINTS);
        person.getKeypointNames().addAll(List.of("head", "left hand", "right hand"));
        person.setSkeletonEdges(new int[] {0, 1, 0, 2});
        person.setKeypointSigmas(new double[] {0.026, 0.079, 0.079});
        AttributeDefinition attribute = F.createAttributeDefinition();
        attribute.setName("stage");
        attribute.setType(AttributeType.SELECT);
        attribute.getValues().addAll(List.of("early", "late"));
        cell.getAttributes().add(attribute);

        ImageAsset image = F.createImageAsset();
        image.setId("i1");
        image.setName("slide.tif");
        image.setLocation("images/slide.tif");
        image.setWidth(100_000);
        image.setHeight(80_000);
        image.setPixelType(PixelType.UINT16);
        image.setExifOrientation(6);
        image.getMetadata().put("scanner", "X");
        project.getImages().add(image);

        BoxShape box = F.createBoxShape();
        box.setX(1.5);
        box.setY(2.25);
        box.setWidth(10);
        box.setHeight(-0.0);
        RotatedBoxShape rotated = F.createRotatedBoxShape();
        rotated.setCx(5);
        rotated.setCy(6);
        rotated.setWidth(7);
        rotated.setHeight(8);
        rotated.setAngle(33.3);
        PolygonShape polygon = F.createPolygonShape();
        polygon.setPoints(new double[] {0, 0, 10, 0, 10, 10, 0, 10, 2, 2, 4, 2, 4, 4, 20, 20, 30, 20, 30, 30});
        polygon.setRingEnds(new int[] {4, 7, 10});
        polygon.setPartEnds(new int[] {2, 3});
        PolylineShape polyline = F.createPolylineShape();
        polyline.setPoints(new double[] {1, 2, 3, 4, Double.MIN_VALUE, 1e300});
        KeypointsShape keypoints = F.createKeypointsShape();
        keypoints.setPoints(new double[] {1, 1, 2, 2, 0, 0});
        keypoints.setVisibility(new int[] {2, 1, 0});
        MaskShape mask = F.createMaskShape();
        mask.setX(3);
        mask.setY(4);
        mask.setWidth(5);
        mask.setHeight(2);
        mask.setCounts(new int[] {2, 3, 5});
        EllipseShape ellipse = F.createEllipseShape();
        ellipse.setCx(1);
        ellipse.setCy(2);
        ellipse.setRx(3);
        ellipse.setRy(4);
        ellipse.setAngle(-45);
        long id = 1;
        for (Shape shape : List.of(box, rotated, polygon, polyline, keypoints, mask, ellipse, F.createImageClassShape())) {
            Annotation annotation = F.createAnnotation();
            annotation.setId(id++);
            annotation.setShape(shape);
            annotation.setLabelClass(shape == keypoints ? person : cell);
            annotation.setProvenance(Provenance.PREDICTED);
            annotation.setScore(0.25 * id);
            annotation.setModelVersion("m:3");
            annotation.setCrowd(shape == mask);
            annotation.setZOrder((int) -id);
            annotation.getAttributes().put("stage", "late");
            image.getAnnotations().add(annotation);
        }
        project.setNextAnnotationId(id);

        Tile tile = F.createTile();
        tile.setId("t1");
        tile.setTileIndex(0);
        tile.setWidth(1024);
        tile.setHeight(1024);
        tile.setCreatedAt(new Date(5));
        image.getTiles().add(tile);
        TrainingSet set = F.createTrainingSet();
        set.setId("s1");
        set.setName("set");
        set.getTiles().add(tile);
        project.getTrainingSets().add(set);

        TrainingJob job = F.createTrainingJob();
        job.setId("j1");
        job.setType(TaskType.DETECT);
        job.setStatus(JobStatus.COMPLETED);
        job.setTrainingSet(set);
        job.getLabelClasses().addAll(List.of(person, cell));
        job.getConfiguration().put("epochs", "10");
        EpochMetrics epoch = F.createEpochMetrics();
        epoch.setEpoch(1);
        epoch.setTrainLoss(0.5);
        epoch.getMetrics().put("mAP", 0.42);
        job.getEpochs().add(epoch);
        project.getTrainingJobs().add(job);
        TrainedModel model = F.createTrainedModel();
        model.setId("m1");
        model.setJob(job);
        model.setActive(true);
        model.getLabelClasses().add(cell);
        project.getModels().add(model);
        job.setResultModel(model);

        SelectionRound round = F.createSelectionRound();
        round.setId("r1");
        round.setModel(model);
        SelectionEntry entry = F.createSelectionEntry();
        entry.setImage(image);
        entry.setTile(tile);
        entry.setScore(0.9);
        round.getEntries().add(entry);
        project.getSelectionRounds().add(round);

        BenchmarkProject benchmark = F.createBenchmarkProject();
        benchmark.setId("b1");
        benchmark.getImages().add(image);
        project.getBenchmarks().add(benchmark);
        return project;
    }

    private static LabelClass labelClass(Project project, String name, ShapeKind kind) {
        LabelClass labelClass = F.createLabelClass();
        labelClass.setId(name);
        labelClass.setName(name);
        labelClass.getAllowedShapes().add(kind);
        project.getLabelClasses().add(labelClass);
        return labelClass;
    }
}
