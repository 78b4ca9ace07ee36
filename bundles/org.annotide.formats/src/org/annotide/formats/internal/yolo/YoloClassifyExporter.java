package org.annotide.formats.internal.yolo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

/**
 * Writes Ultralytics classification folders: {@code <subset>/<class>/<image>}. The layout is made of the image
 * files themselves, so they are always copied. An image with several image-level classes is copied into each
 * class folder (reported); an image without one is left out (reported). Other shapes are not classification
 * labels and are reported as left out.
 */
public final class YoloClassifyExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path root = context.output();
        Files.createDirectories(root);
        context.monitor().beginTask("Exporting YOLO classification", context.images().size());
        for (ImageAsset image : context.images()) {
            context.checkCancelled();
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
                context.report().reject(image.getName(), "", others + " annotation(s) that are not image-level classes"
                        + " were left out");
            }
            if (classes.isEmpty()) {
                context.report().reject(image.getName(), "", "the image has no image-level class, so it was left out");
                continue;
            }
            if (classes.size() > 1) {
                context.report().warn(image.getName(), "", "the image has " + classes.size()
                        + " classes: it was copied into each class folder");
            }
            Path source = null;
            for (LabelClass labelClass : classes) {
                Path folder = root.resolve(YoloSubsets.name(image)).resolve(safe(labelClass.getName()));
                String name = ImageFiles.baseName(image.getName());
                source = source != null ? ImageFiles.copyInto(source, folder, name)
                        : ImageFiles.copyImage(context, image, folder, name,
                                why -> context.report().reject(image.getName(), "", why));
                if (source == null) {
                    break;
                }
                context.report().accepted(1);
            }
            context.monitor().worked(1);
        }
        context.monitor().done();
    }

    private static String safe(String name) {
        String safe = name.replaceAll("[/\\\\:*?\"<>|]", "_");
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "_" + safe : safe;
    }
}
