package org.annotide.core.store.crash;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A deterministic sequence of edits of every kind (add, change, remove, move, map entries, references),
 * so that the crash harness can recompute exactly what a project must hold after edit number N. Each
 * edit also records its number in the project description, in the same command.
 */
public final class EditScript {

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;
    private static final AnnotideFactory FACTORY = AnnotideFactory.eINSTANCE;
    static final int IMAGES = 12;

    private final long seed;

    public EditScript(long seed) {
        this.seed = seed;
    }

    /** The project every run starts from. */
    public static Project initialProject() {
        Random random = new Random(7);
        Project project = FACTORY.createProject();
        project.setId("crash-test");
        project.setName("crash test");
        project.setDescription("0");
        for (String name : List.of("cell", "nucleus", "debris")) {
            LabelClass labelClass = FACTORY.createLabelClass();
            labelClass.setId(name);
            labelClass.setName(name);
            project.getLabelClasses().add(labelClass);
        }
        TrainingSet set = FACTORY.createTrainingSet();
        set.setId("set");
        set.setName("set");
        project.getTrainingSets().add(set);
        for (int i = 0; i < IMAGES; i++) {
            ImageAsset image = FACTORY.createImageAsset();
            image.setId("image-" + i);
            image.setName("image-" + i + ".png");
            image.setWidth(2048);
            image.setHeight(2048);
            project.getImages().add(image);
            for (int k = 0; k < 10; k++) {
                image.getAnnotations().add(annotation(project.getNextAnnotationId(), project, random));
                project.setNextAnnotationId(project.getNextAnnotationId() + 1);
            }
        }
        return project;
    }

    /** Number of the last edit applied to the project. */
    public static long editCount(Project project) {
        return Long.parseLong(project.getDescription());
    }

    /** Applies edit number {@code index} (1-based) through the domain's command stack. */
    public void apply(EditingDomain domain, Project project, long index) {
        Random random = new Random(seed * 1_000_003L + index);
        CompoundCommand edit = new CompoundCommand("edit " + index);
        ImageAsset image = project.getImages().get(random.nextInt(project.getImages().size()));
        List<Annotation> annotations = image.getAnnotations();
        int kind = random.nextInt(10);
        if (kind < 4 || annotations.size() < 2) {
            Annotation added = annotation(project.getNextAnnotationId(), project, random);
            edit.append(AddCommand.create(domain, image, MODEL.getImageAsset_Annotations(), added,
                    random.nextInt(annotations.size() + 1)));
            edit.append(SetCommand.create(domain, project, MODEL.getProject_NextAnnotationId(),
                    project.getNextAnnotationId() + 1));
        } else if (kind < 6) {
            PolygonShape shape = (PolygonShape) annotations.get(random.nextInt(annotations.size())).getShape();
            edit.append(SetCommand.create(domain, shape, MODEL.getPolygonShape_Points(), points(random)));
        } else if (kind == 6) {
            edit.append(RemoveCommand.create(domain, image, MODEL.getImageAsset_Annotations(),
                    annotations.get(random.nextInt(annotations.size()))));
        } else if (kind == 7) {
            edit.append(MoveCommand.create(domain, image, MODEL.getImageAsset_Annotations(),
                    annotations.get(random.nextInt(annotations.size())), random.nextInt(annotations.size())));
        } else if (kind == 8) {
            Tile tile = FACTORY.createTile();
            tile.setId(UUID.nameUUIDFromBytes(Long.toString(index).getBytes()).toString());
            tile.setTileIndex((int) index);
            tile.setWidth(256);
            tile.setHeight(256);
            edit.append(AddCommand.create(domain, image, MODEL.getImageAsset_Tiles(), tile));
            edit.append(AddCommand.create(domain, project.getTrainingSets().get(0), MODEL.getTrainingSet_Tiles(), tile));
        } else {
            edit.append(SetCommand.create(domain, image, MODEL.getNamed_Name(), "image renamed at " + index));
            edit.append(SetCommand.create(domain, annotations.get(0), MODEL.getAnnotation_LabelClass(),
                    project.getLabelClasses().get(random.nextInt(project.getLabelClasses().size()))));
        }
        edit.append(SetCommand.create(domain, project, MODEL.getNamed_Description(), Long.toString(index)));
        domain.getCommandStack().execute(edit);
    }

    private static Annotation annotation(long id, Project project, Random random) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(project.getLabelClasses().get(random.nextInt(project.getLabelClasses().size())));
        PolygonShape shape = FACTORY.createPolygonShape();
        shape.setPoints(points(random));
        annotation.setShape(shape);
        annotation.getAttributes().put("note", Integer.toString(random.nextInt(1000)));
        return annotation;
    }

    private static double[] points(Random random) {
        double[] points = new double[20 + 2 * random.nextInt(10)];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble() * 2048;
        }
        return points;
    }
}
