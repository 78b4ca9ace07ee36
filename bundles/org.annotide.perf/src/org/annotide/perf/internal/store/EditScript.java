package org.annotide.perf.internal.store;

import java.util.ArrayList;
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
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A deterministic sequence of edits of every kind (add, change, remove, move within and between lists,
 * delete with its references, undo and redo, map entries, references left to removed objects), so that the
 * crash harness can recompute what a project must hold. Edit N is a few steps on the command stack; its
 * last step records N in the project description, so a project whose description says N holds edit N and
 * possibly some steps of edit N + 1.
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

    /** Number of the last edit applied whole to the project. */
    public static long editCount(Project project) {
        return Long.parseLong(project.getDescription());
    }

    /** Applies edit number {@code index} (1-based), step after step. */
    public void apply(EditingDomain domain, Project project, long index) {
        steps(domain, project, index).forEach(Runnable::run);
    }

    /**
     * The steps of edit {@code index}, each one operation on the command stack (so each one is durable on
     * its own), chosen from the state the project is in now.
     */
    public List<Runnable> steps(EditingDomain domain, Project project, long index) {
        Random random = new Random(seed * 1_000_003L + index);
        CommandStack stack = domain.getCommandStack();
        List<Runnable> steps = new ArrayList<>();
        ImageAsset image = project.getImages().get(random.nextInt(project.getImages().size()));
        List<Annotation> annotations = image.getAnnotations();
        int kind = random.nextInt(15);
        if (kind < 4 || annotations.size() < 2) {
            Annotation added = annotation(project.getNextAnnotationId(), project, random);
            CompoundCommand add = new CompoundCommand("add");
            add.append(AddCommand.create(domain, image, MODEL.getImageAsset_Annotations(), added,
                    random.nextInt(annotations.size() + 1)));
            add.append(SetCommand.create(domain, project, MODEL.getProject_NextAnnotationId(),
                    project.getNextAnnotationId() + 1));
            steps.add(() -> stack.execute(add));
        } else if (kind < 6) {
            PolygonShape shape = (PolygonShape) annotations.get(random.nextInt(annotations.size())).getShape();
            double[] points = points(random);
            steps.add(() -> stack.execute(SetCommand.create(domain, shape, MODEL.getPolygonShape_Points(), points)));
        } else if (kind == 6) {
            Annotation removed = annotations.get(random.nextInt(annotations.size()));
            steps.add(() -> stack.execute(RemoveCommand.create(domain, image, MODEL.getImageAsset_Annotations(), removed)));
        } else if (kind == 7) {
            Annotation moved = annotations.get(random.nextInt(annotations.size()));
            int to = random.nextInt(annotations.size());
            steps.add(() -> stack.execute(MoveCommand.create(domain, image, MODEL.getImageAsset_Annotations(), moved, to)));
        } else if (kind == 8) {
            Tile tile = FACTORY.createTile();
            tile.setId(UUID.nameUUIDFromBytes(Long.toString(index).getBytes()).toString());
            tile.setTileIndex((int) index);
            tile.setWidth(256);
            tile.setHeight(256);
            CompoundCommand add = new CompoundCommand("add tile");
            add.append(AddCommand.create(domain, image, MODEL.getImageAsset_Tiles(), tile));
            add.append(AddCommand.create(domain, project.getTrainingSets().get(0), MODEL.getTrainingSet_Tiles(), tile));
            steps.add(() -> stack.execute(add));
        } else if (kind == 9) {
            LabelClass labelClass = project.getLabelClasses().get(random.nextInt(project.getLabelClasses().size()));
            CompoundCommand change = new CompoundCommand("rename and reclassify");
            change.append(SetCommand.create(domain, image, MODEL.getNamed_Name(), "image renamed at " + index));
            change.append(SetCommand.create(domain, annotations.get(0), MODEL.getAnnotation_LabelClass(), labelClass));
            steps.add(() -> stack.execute(change));
        } else if (kind == 10) {
            Annotation deleted = annotations.get(random.nextInt(annotations.size()));
            steps.add(() -> stack.execute(DeleteCommand.create(domain, deleted)));
            steps.add(stack::undo);
            steps.add(stack::redo);
        } else if (kind == 11) {
            ImageAsset other = project.getImages().get(random.nextInt(project.getImages().size()));
            Annotation moved = annotations.get(random.nextInt(annotations.size()));
            steps.add(() -> stack.execute(AddCommand.create(domain, other, MODEL.getImageAsset_Annotations(), moved, 0)));
        } else if (kind == 12 && !image.getTiles().isEmpty()) {
            // a tile in the training set: deleted with its references, then brought back by undo
            steps.add(() -> stack.execute(DeleteCommand.create(domain, image.getTiles().get(0))));
            steps.add(stack::undo);
        } else if (kind == 13 && !image.getTiles().isEmpty()) {
            // a plain remove leaves the training set referring to tiles outside the project, until undo
            List<Tile> tiles = new ArrayList<>(image.getTiles());
            steps.add(() -> stack.execute(RemoveCommand.create(domain, image, MODEL.getImageAsset_Tiles(), tiles)));
            if (random.nextBoolean()) {
                steps.add(stack::undo);
            }
        } else {
            Annotation annotated = annotations.get(random.nextInt(annotations.size()));
            String value = Integer.toString(random.nextInt(1000));
            steps.add(() -> stack.execute(new AbstractCommand("note") {
                @Override
                protected boolean prepare() {
                    return true;
                }

                @Override
                public void execute() {
                    annotated.getAttributes().put("note", value);
                    annotated.getAttributes().removeKey("old");
                }

                @Override
                public void redo() {
                    execute();
                }
            }));
        }
        steps.add(() -> stack.execute(SetCommand.create(domain, project, MODEL.getNamed_Description(),
                Long.toString(index))));
        return steps;
    }

    private static Annotation annotation(long id, Project project, Random random) {
        Annotation annotation = FACTORY.createAnnotation();
        annotation.setId(id);
        annotation.setLabelClass(project.getLabelClasses().get(random.nextInt(project.getLabelClasses().size())));
        PolygonShape shape = FACTORY.createPolygonShape();
        shape.setPoints(points(random));
        annotation.setShape(shape);
        annotation.getAttributes().put("note", Integer.toString(random.nextInt(1000)));
        annotation.getAttributes().put("old", "x");
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
