package org.annotide.formats.internal.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.ExportContext;
import org.annotide.formats.FormatExporter;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.ShapeKind;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes COCO. A path ending in {@code .json} gets one file with every annotation; any other path becomes a
 * folder in the datumaro/CVAT layout: {@code annotations/instances_<subset>.json} (regions and keypoints),
 * {@code labels_<subset>.json} (image-level classes), {@code captions_<subset>.json} (captions), and the image
 * files under {@code images/<subset>/}. Subsets come from the image metadata {@code subset} ("default" when
 * absent).
 *
 * <p>Images and categories keep the ids they were imported with ({@link CocoIds}); the others are numbered
 * after them in the project's class order and the export order. Annotation ids are Annotide's, unique in the
 * project. See {@link CocoAnnotationWriter} for how each shape is written.
 */
public final class CocoExporter implements FormatExporter {

    @Override
    public void write(ExportContext context) throws IOException {
        Path output = context.output();
        boolean singleFile = output.getFileName().toString().toLowerCase().endsWith(".json");
        context.monitor().beginTask("Exporting COCO", context.images().size() + 1);
        if (singleFile) {
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            writeFile(context, output, context.images(), Part.ALL, "");
            reportCaptionsLeftOut(context, context.images());
        } else {
            Path annotations = output.resolve("annotations");
            Files.createDirectories(annotations);
            for (Map.Entry<String, List<ImageAsset>> subset : bySubset(context.images()).entrySet()) {
                String name = subset.getKey();
                List<ImageAsset> images = subset.getValue();
                writeFile(context, annotations.resolve("instances_" + name + ".json"), images, Part.INSTANCES, name);
                if (has(images, ShapeKind.IMAGE_CLASS)) {
                    writeFile(context, annotations.resolve("labels_" + name + ".json"), images, Part.LABELS, name);
                }
                if (images.stream().anyMatch(i -> CocoFormat.captionCount(i) > 0)) {
                    writeFile(context, annotations.resolve("captions_" + name + ".json"), images, Part.CAPTIONS, name);
                }
                if (context.options().copyImages()) {
                    copyImages(context, output.resolve("images").resolve(name), images);
                }
            }
        }
        context.monitor().done();
    }

    /** Which annotations a file holds. */
    enum Part {
        ALL, INSTANCES, LABELS, CAPTIONS
    }

    static Map<String, List<ImageAsset>> bySubset(List<ImageAsset> images) {
        Map<String, List<ImageAsset>> subsets = new LinkedHashMap<>();
        for (ImageAsset image : images) {
            subsets.computeIfAbsent(Subsets.of(image), key -> new ArrayList<>()).add(image);
        }
        return subsets;
    }

    private static boolean has(List<ImageAsset> images, ShapeKind kind) {
        for (ImageAsset image : images) {
            for (Annotation annotation : image.getAnnotations()) {
                if (annotation.getShape().getKind() == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    private void writeFile(ExportContext context, Path file, List<ImageAsset> images, Part part, String subset)
            throws IOException {
        Map<String, String> projectMetadata = context.project().getMetadata().map();
        Map<LabelClass, Long> categoryIds = CocoIds.assign(context.project().getLabelClasses(),
                labelClass -> projectMetadata.get(CocoFormat.categoryIdKey(labelClass.getName())));
        Map<ImageAsset, Long> imageIds = CocoIds.assign(images,
                image -> image.getMetadata().get(CocoFormat.IMAGE_ID));
        String fileName = context.output().getParent() == null ? file.toString()
                : context.output().getParent().relativize(file).toString();
        try (JsonGenerator json = JsonSupport.createGenerator(file)) {
            json.writeStartObject();
            writeProjectFields(context, json);
            json.writeArrayFieldStart("images");
            for (ImageAsset image : images) {
                writeImage(json, image, imageIds.get(image));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("annotations");
            CocoAnnotationWriter writer = new CocoAnnotationWriter(json, categoryIds, context.report(), fileName);
            for (ImageAsset image : images) {
                context.checkCancelled();
                long id = imageIds.get(image);
                switch (part) {
                    case ALL -> writer.writeImage(image, id, true, true);
                    case INSTANCES -> writer.writeImage(image, id, true, false);
                    case LABELS -> writer.writeImage(image, id, false, true);
                    case CAPTIONS -> writer.writeCaptions(image, id);
                }
                context.monitor().worked(part == Part.INSTANCES || part == Part.ALL ? 1 : 0);
            }
            json.writeEndArray();
            writeCategories(context, json, part, categoryIds);
            json.writeEndObject();
        }
    }

    private static void writeProjectFields(ExportContext context, JsonGenerator json) throws IOException {
        Map<String, String> metadata = context.project().getMetadata().map();
        String info = metadata.get("coco:info");
        if (info != null) {
            json.writeFieldName("info");
            json.writeRawValue(info);
        } else {
            json.writeObjectFieldStart("info");
            json.writeStringField("description", context.project().getName() == null ? "" : context.project().getName());
            json.writeStringField("contributor", "Annotide");
            json.writeStringField("version", "1.0");
            json.writeEndObject();
        }
        String licenses = metadata.get("coco:licenses");
        json.writeFieldName("licenses");
        if (licenses != null) {
            json.writeRawValue(licenses);
        } else {
            json.writeStartArray();
            json.writeEndArray();
        }
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("coco:") && !key.startsWith("coco:category.") && !key.equals("coco:info")
                    && !key.equals("coco:licenses")) {
                String field = key.substring("coco:".length());
                if (!List.of("images", "annotations", "categories").contains(field)) {
                    json.writeFieldName(field);
                    json.writeRawValue(entry.getValue());
                }
            }
        }
    }

    private static void writeImage(JsonGenerator json, ImageAsset image, long id) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeNumberField("width", image.getWidth());
        json.writeNumberField("height", image.getHeight());
        json.writeStringField("file_name", image.getName());
        for (Map.Entry<String, String> entry : image.getMetadata().map().entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("coco:") && !key.startsWith(CocoFormat.CAPTION_PREFIX)) {
                String field = key.substring("coco:".length());
                if (!List.of("id", "width", "height", "file_name").contains(field)) {
                    json.writeFieldName(field);
                    json.writeRawValue(entry.getValue());
                }
            }
        }
        json.writeEndObject();
    }

    private static void writeCategories(ExportContext context, JsonGenerator json, Part part,
            Map<LabelClass, Long> categoryIds) throws IOException {
        Map<String, String> metadata = context.project().getMetadata().map();
        json.writeArrayFieldStart("categories");
        List<LabelClass> classes = context.project().getLabelClasses();
        for (int i = 0; i < classes.size(); i++) {
            LabelClass labelClass = classes.get(i);
            json.writeStartObject();
            json.writeNumberField("id", categoryIds.get(labelClass));
            json.writeStringField("name", labelClass.getName());
            json.writeStringField("supercategory", labelClass.getSupercategory() == null ? "" : labelClass.getSupercategory());
            boolean keypoints = !labelClass.getKeypointNames().isEmpty()
                    || labelClass.getSkeletonEdges() != null && labelClass.getSkeletonEdges().length > 0;
            if (keypoints && part != Part.CAPTIONS && part != Part.LABELS) {
                json.writeArrayFieldStart("keypoints");
                for (String name : labelClass.getKeypointNames()) {
                    json.writeString(name);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("skeleton");
                for (int[] pair : CocoSkeleton.write(labelClass.getSkeletonEdges())) {
                    json.writeStartArray();
                    json.writeNumber(pair[0]);
                    json.writeNumber(pair[1]);
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            String prefix = CocoFormat.categoryMetadataKey(labelClass.getName(), "");
            for (Map.Entry<String, String> entry : metadata.entrySet()) {
                if (entry.getKey().startsWith(prefix) && !entry.getKey().equals(CocoFormat.categoryIdKey(labelClass.getName()))) {
                    json.writeFieldName(entry.getKey().substring(prefix.length()));
                    json.writeRawValue(entry.getValue());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void reportCaptionsLeftOut(ExportContext context, List<ImageAsset> images) {
        for (ImageAsset image : images) {
            int captions = CocoFormat.captionCount(image);
            if (captions > 0) {
                context.report().reject(context.output().getFileName().toString(), image.getName(), captions
                        + " caption(s) not written: captions go to captions_<subset>.json, export to a folder to keep them");
            }
        }
    }

    private static void copyImages(ExportContext context, Path folder, List<ImageAsset> images) throws IOException {
        Files.createDirectories(folder);
        for (ImageAsset image : images) {
            context.checkCancelled();
            ImageFiles.copyImage(context, image, folder, image.getName(),
                    why -> context.report().warn("images", image.getName(), why));
        }
    }
}
