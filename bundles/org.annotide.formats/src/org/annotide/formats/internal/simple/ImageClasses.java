package org.annotide.formats.internal.simple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

/** What the simple JSON and CSV formats share: images named by a key, each with a list of image-level classes. */
final class ImageClasses {

    private ImageClasses() {
    }

    /** The image with this key (a file name or path), located next to the source or in the image roots. */
    static ImageAsset image(ImportContext context, Dataset dataset, String key) {
        ImageAsset image = dataset.image(key, ImageFiles.baseName(key));
        if (image.getLocation() == null) {
            Path folder = context.sourceFolder();
            List<Path> folders = new ArrayList<>(List.of(folder, folder.resolve("images")));
            folders.addAll(context.options().imageRoots());
            ImageFiles.locate(image, key, ImageFiles.find(key, folders));
        }
        return image;
    }

    static Annotation annotate(Dataset dataset, ImageAsset image, String className) {
        return dataset.annotate(image, dataset.labelClass(className), Shapes.imageClass());
    }

    /** The image-level classes of an image in order; other annotations are reported as not written. */
    static Set<LabelClass> of(ImageAsset image, ValidationReport report, String file) {
        Set<LabelClass> classes = new LinkedHashSet<>();
        int others = 0;
        for (Annotation annotation : image.getAnnotations()) {
            if (annotation.getShape().getKind() == ShapeKind.IMAGE_CLASS && annotation.getLabelClass() != null) {
                classes.add(annotation.getLabelClass());
            } else {
                others++;
            }
        }
        if (others > 0) {
            report.reject(file, image.getName(), others + " annotation(s) that are not image-level classes have no"
                    + " place in this format");
        }
        return classes;
    }

    /** The key an image is written under: its name. */
    static String key(ImageAsset image) {
        return image.getName();
    }
}
