package org.annotide.benchmark.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

/** Builds source projects for the tests: classes, images with a status, box annotations. */
final class Sources {

    static final AnnotideFactory F = AnnotideFactory.eINSTANCE;

    private Sources() {
    }

    static LabelClass labelClass(String name) {
        LabelClass c = F.createLabelClass();
        c.setId(UUID.randomUUID().toString());
        c.setName(name);
        return c;
    }

    static Annotation box(LabelClass c, long id, double x, double y, double w, double h) {
        BoxShape box = F.createBoxShape();
        box.setX(x);
        box.setY(y);
        box.setWidth(w);
        box.setHeight(h);
        Annotation a = F.createAnnotation();
        a.setId(id);
        a.setLabelClass(c);
        a.setShape(box);
        return a;
    }

    static ImageAsset image(String name, ImageStatus status) {
        ImageAsset image = F.createImageAsset();
        image.setId(UUID.randomUUID().toString());
        image.setName(name);
        image.setLocation("images/" + name);
        image.setWidth(200);
        image.setHeight(200);
        image.setStatus(status);
        return image;
    }

    /**
     * A source project with classes cat and dog, four ground-truth images (two In review, two Completed) with two
     * boxes each (a cat at (10,10,40,40) and a dog at (100,100,50,30), shifted by 5 px per image), one image still
     * New with a box, and the given marker in every annotation's "note" attribute.
     */
    static Path create(Path folder, String marker, String... extraClasses) {
        try (ProjectStore store = ProjectStore.create(folder, folder.getFileName().toString())) {
            Project project = store.project();
            List<LabelClass> classes = new ArrayList<>(List.of(labelClass("cat"), labelClass("dog")));
            for (String extra : extraClasses) {
                classes.add(labelClass(extra));
            }
            List<ImageAsset> images = new ArrayList<>();
            long id = 1;
            ImageStatus[] statuses = { ImageStatus.DONE, ImageStatus.DONE, ImageStatus.REVIEWED, ImageStatus.REVIEWED,
                    ImageStatus.NEW };
            for (int i = 0; i < statuses.length; i++) {
                ImageAsset image = image("img" + i + ".png", statuses[i]);
                image.getAnnotations().add(box(classes.get(0), id++, 10 + 5 * i, 10, 40, 40));
                image.getAnnotations().add(box(classes.get(1), id++, 100, 100 + 5 * i, 50, 30));
                for (Annotation a : image.getAnnotations()) {
                    a.getAttributes().put("note", marker);
                }
                images.add(image);
            }
            CompoundCommand command = new CompoundCommand();
            command.append(AddCommand.create(store.editingDomain(), project,
                    AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, classes));
            command.append(AddCommand.create(store.editingDomain(), project, AnnotidePackage.Literals.PROJECT__IMAGES,
                    images));
            store.commandStack().execute(command);
        }
        return folder;
    }
}
