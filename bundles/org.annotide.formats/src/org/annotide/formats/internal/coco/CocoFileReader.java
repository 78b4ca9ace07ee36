package org.annotide.formats.internal.coco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.FastDecimal;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Shapes;
import org.annotide.formats.internal.Subsets;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.MaskShape;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one COCO JSON file with Jackson's streaming parser: images, categories, info and licenses are small
 * and read as trees one element at a time; annotations are parsed field by field straight into shapes
 * ({@link PendingAnnotation}), so a file of a million polygons never exists as a document in memory.
 * Annotations are placed on their images by {@link CocoAnnotationPlacer} at the end of the file, because COCO
 * files often list categories last.
 */
final class CocoFileReader {

    private final ImportContext context;
    private final Dataset dataset;
    private final Path file;
    private final String fileName;
    private final String subset;
    private final Map<String, CocoObject> objects;
    private final ValidationReport report;
    private final Map<Long, ImageAsset> images = new HashMap<>();
    private final Map<Long, LabelClass> categories = new HashMap<>();
    /** Images of this file whose size contradicts an earlier file's: their annotations are rejected. */
    private final Map<Long, String> sizeConflicts = new HashMap<>();
    private final List<PendingAnnotation> pending = new ArrayList<>();
    private double[] coordinates = new double[256];
    /** Where this file's images are looked for; worked out at the first image, the same for every one. */
    private List<Path> imageFolders;

    /**
     * @param objects COCO objects by subset and id, shared by the files of one import so that a keypoints
     *                file completes the objects of an instances file; null when files are not combined
     */
    CocoFileReader(ImportContext context, Dataset dataset, Path file, String subset, Map<String, CocoObject> objects) {
        this.context = context;
        this.dataset = dataset;
        this.file = file;
        this.fileName = context.display(file);
        this.subset = subset;
        this.objects = objects;
        this.report = context.report();
    }

    void read() throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonSupport.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                report.rejectFile(fileName, "$", "a COCO file is one JSON object with images, annotations and categories");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "images" -> readArray(parser, "$.images", this::readImage);
                    case "categories" -> readArray(parser, "$.categories", this::readCategory);
                    case "annotations" -> readArray(parser, "$.annotations", this::readAnnotation);
                    default -> {
                        JsonNode node = parser.readValueAsTree();
                        if (!dataset.metadata().containsKey("coco:" + field)) {
                            dataset.metadata().put("coco:" + field, node == null ? "null" : node.toString());
                        }
                        if (value == null) {
                            return;
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            report.rejectFile(fileName, JsonSupport.where(e.getLocation()),
                    "the file is not valid JSON (" + JsonSupport.problem(e) + "); nothing was imported from it");
            pending.clear();
            return;
        }
        new CocoAnnotationPlacer(dataset, report, fileName, subset, objects, images, categories, sizeConflicts)
                .placeAll(pending);
        pending.clear();
    }

    private interface ElementReader {
        void read(JsonParser parser, String path, int index) throws IOException;
    }

    private void readArray(JsonParser parser, String path, ElementReader reader) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            report.reject(fileName, path, "expected a list, found " + parser.currentToken());
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of file");
            }
            reader.read(parser, path + "[" + index + "]", index);
            index++;
            if ((index & 0xfff) == 0) {
                context.checkCancelled();
                context.monitor().worked(1);
            }
        }
    }

    // ------------------------------------------------------------------ images and categories

    private void readImage(JsonParser parser, String path, int index) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (!(node instanceof ObjectNode object)) {
            report.reject(fileName, path, "an image must be an object");
            return;
        }
        JsonNode id = object.get("id");
        JsonNode fileNameNode = object.get("file_name");
        if (id == null || !id.isIntegralNumber()) {
            report.reject(fileName, path + ".id", "the image has no whole-number id");
            return;
        }
        if (fileNameNode == null || !fileNameNode.isTextual() || fileNameNode.asText().isEmpty()) {
            report.reject(fileName, path + ".file_name", "the image has no file_name");
            return;
        }
        if (images.containsKey(id.asLong())) {
            report.reject(fileName, path + ".id", "a second image with id " + id.asLong());
            return;
        }
        String name = fileNameNode.asText();
        ImageAsset image = dataset.image((subset == null ? "" : subset + "/") + name, name);
        String conflict = dataset.claimSize(image, object.path("width").asInt(0), object.path("height").asInt(0),
                fileName);
        if (conflict != null) {
            report.reject(fileName, path, conflict);
            sizeConflicts.put(id.asLong(), conflict);
            return;
        }
        Subsets.set(image, subset);
        Path found = ImageFiles.find(name, imageFolders());
        ImageFiles.locate(image, name, found);
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            report.warn(fileName, path, "the image " + name + " has no width and height and its file was not found;"
                    + " masks and exports that need its size will be refused");
        }
        var fields = object.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            String key = entry.getKey();
            if (!key.equals("id") && !key.equals("file_name") && !key.equals("width") && !key.equals("height")) {
                image.getMetadata().put("coco:" + key, entry.getValue().toString());
            }
        }
        if (!image.getMetadata().containsKey(CocoFormat.IMAGE_ID)) {
            image.getMetadata().put(CocoFormat.IMAGE_ID, Long.toString(id.asLong()));
        }
        images.put(id.asLong(), image);
    }

    private List<Path> imageFolders() {
        if (imageFolders == null) {
            imageFolders = folderCandidates();
        }
        return imageFolders;
    }

    private List<Path> folderCandidates() {
        Path folder = file.getParent();
        List<Path> folders = new ArrayList<>();
        Path root = folder.getFileName() != null && folder.getFileName().toString().equals("annotations")
                ? folder.getParent() : folder;
        if (subset != null) {
            folders.add(root.resolve("images").resolve(subset));
            folders.add(root.resolve(subset));
        }
        folders.add(root.resolve("images"));
        folders.add(root);
        folders.add(folder);
        folders.addAll(context.options().imageRoots());
        return folders;
    }

    private void readCategory(JsonParser parser, String path, int index) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (!(node instanceof ObjectNode object)) {
            report.reject(fileName, path, "a category must be an object");
            return;
        }
        JsonNode id = object.get("id");
        JsonNode name = object.get("name");
        if (id == null || !id.isIntegralNumber()) {
            report.reject(fileName, path + ".id", "the category has no whole-number id");
            return;
        }
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            report.reject(fileName, path + ".name", "the category has no name");
            return;
        }
        if (categories.containsKey(id.asLong())) {
            report.reject(fileName, path + ".id", "a second category with id " + id.asLong());
            return;
        }
        LabelClass labelClass = dataset.labelClass(name.asText());
        JsonNode supercategory = object.get("supercategory");
        if (supercategory != null && supercategory.isTextual() && !supercategory.asText().isEmpty()) {
            labelClass.setSupercategory(supercategory.asText());
        }
        JsonNode keypoints = object.get("keypoints");
        if (keypoints != null && keypoints.isArray()) {
            List<String> names = new ArrayList<>();
            keypoints.forEach(k -> names.add(JsonSupport.text(k)));
            if (labelClass.getKeypointNames().isEmpty()) {
                labelClass.getKeypointNames().addAll(names);
            }
        }
        JsonNode skeleton = object.get("skeleton");
        if (skeleton != null && skeleton.isArray() && !skeleton.isEmpty()) {
            int[] edges = CocoSkeleton.read(skeleton, labelClass.getKeypointNames().size(), fileName,
                    path + ".skeleton", report);
            if (edges != null) {
                labelClass.setSkeletonEdges(edges);
            }
        }
        var fields = object.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            String key = entry.getKey();
            if (!List.of("id", "name", "supercategory", "keypoints", "skeleton").contains(key)) {
                dataset.metadata().put(CocoFormat.categoryMetadataKey(labelClass.getName(), key),
                        entry.getValue().toString());
            }
        }
        dataset.metadata().putIfAbsent(CocoFormat.categoryIdKey(labelClass.getName()), Long.toString(id.asLong()));
        categories.put(id.asLong(), labelClass);
    }

    // ------------------------------------------------------------------ annotations

    private void readAnnotation(JsonParser parser, String path, int index) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            report.reject(fileName, path, "an annotation must be an object");
            parser.skipChildren();
            return;
        }
        int depth = parser.getParsingContext().getNestingDepth();
        PendingAnnotation annotation = new PendingAnnotation();
        annotation.index = index;
        annotation.line = parser.currentTokenLocation().getLineNr();
        String field = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "id" -> annotation.id = wholeNumber(parser, token);
                    case "image_id" -> annotation.imageId = wholeNumber(parser, token);
                    case "category_id" -> annotation.categoryId = wholeNumber(parser, token);
                    case "segmentation" -> readSegmentation(parser, token, annotation);
                    case "bbox" -> annotation.bbox = readBbox(parser, token);
                    case "iscrowd" -> annotation.crowd = readFlag(parser, token);
                    case "keypoints" -> annotation.keypoints = readNumbers(parser, token);
                    case "num_keypoints" -> annotation.numKeypoints = (int) wholeNumber(parser, token);
                    case "score" -> annotation.score = number(parser, token);
                    case "area" -> annotation.area = number(parser, token);
                    case "attributes" -> readAttributes(parser, token, annotation);
                    default -> {
                        JsonNode node = parser.readValueAsTree();
                        annotation.attributeMap().put(field, JsonSupport.text(node));
                    }
                }
            }
        } catch (ItemException e) {
            report.reject(fileName, path + (field == null ? "" : "." + field) + " (line " + annotation.line + ")",
                    e.getMessage());
            skipToEndOfObject(parser, depth);
            return;
        }
        if (annotation.imageId == Long.MIN_VALUE) {
            report.reject(fileName, path + ".image_id (line " + annotation.line + ")", "the annotation has no image_id");
            return;
        }
        pending.add(annotation);
    }

    /** Advances to the END_OBJECT that closes the annotation opened at {@code depth}. */
    private static void skipToEndOfObject(JsonParser parser, int depth) throws IOException {
        while (true) {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of file");
            }
            if (token == JsonToken.END_OBJECT && parser.getParsingContext().getNestingDepth() == depth - 1) {
                return;
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (parser.getParsingContext().getNestingDepth() > depth) {
                    parser.skipChildren();
                }
            }
            parser.nextToken();
        }
    }

    private void readAttributes(JsonParser parser, JsonToken token, PendingAnnotation annotation) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new ItemException("attributes must be an object");
        }
        JsonNode node = parser.readValueAsTree();
        var fields = node.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("occluded") && value.isBoolean()) {
                annotation.occluded = value.asBoolean();
            } else if (entry.getKey().equals("rotation") && value.isNumber()) {
                annotation.rotation = value.asDouble();
            } else {
                annotation.attributeMap().put(entry.getKey(), JsonSupport.text(value));
            }
        }
    }

    private void readSegmentation(JsonParser parser, JsonToken token, PendingAnnotation annotation) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token == JsonToken.START_ARRAY) {
            List<double[]> rings = new ArrayList<>(1);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new ItemException("a polygon must be a list of numbers x0, y0, x1, y1, ...");
                }
                double[] ring = readNumberArray(parser);
                if (ring.length == 0) {
                    continue;
                }
                if (ring.length % 2 != 0) {
                    throw new ItemException("a polygon has an odd number of coordinates (" + ring.length + ")");
                }
                if (ring.length < 6) {
                    throw new ItemException("a polygon needs at least 3 points, this one has " + ring.length / 2);
                }
                rings.add(ring);
            }
            if (!rings.isEmpty()) {
                annotation.region = Shapes.polygonOfParts(rings);
            }
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new ItemException("segmentation must be a list of polygons or an RLE object");
        }
        int[] size = null;
        int[] counts = null;
        String compressed = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("size")) {
                double[] numbers = readNumbers(parser, value);
                if (numbers.length != 2 || !isWhole(numbers[0]) || !isWhole(numbers[1]) || numbers[0] <= 0
                        || numbers[1] <= 0) {
                    throw new ItemException("RLE size must be [height, width] in whole pixels");
                }
                size = new int[] {(int) numbers[0], (int) numbers[1]};
            } else if (field.equals("counts")) {
                if (value == JsonToken.VALUE_STRING) {
                    compressed = parser.getText();
                } else if (value == JsonToken.START_ARRAY) {
                    double[] numbers = readNumberArray(parser);
                    counts = new int[numbers.length];
                    for (int i = 0; i < numbers.length; i++) {
                        if (!isWhole(numbers[i]) || numbers[i] < 0 || numbers[i] > Integer.MAX_VALUE) {
                            throw new ItemException("RLE counts must be whole numbers of pixels, found " + numbers[i]);
                        }
                        counts[i] = (int) numbers[i];
                    }
                } else {
                    throw new ItemException("RLE counts must be a list of numbers or a compressed string");
                }
            } else {
                parser.skipChildren();
            }
        }
        if (size == null || (counts == null && compressed == null)) {
            throw new ItemException("an RLE segmentation needs both size and counts");
        }
        CocoRle rle;
        try {
            rle = compressed != null ? CocoRle.fromCompressedString(compressed, size[0], size[1])
                    : new CocoRle(size[0], size[1], counts);
        } catch (IllegalArgumentException e) {
            throw new ItemException("RLE counts cannot be decoded: " + e.getMessage());
        }
        long total = 0;
        for (int count : rle.counts()) {
            if (count < 0) {
                throw new ItemException("RLE counts decode to a negative run");
            }
            total += count;
        }
        if (total != (long) size[0] * size[1]) {
            throw new ItemException("RLE runs cover " + total + " pixels, the size " + size[0] + "x" + size[1]
                    + " has " + (long) size[0] * size[1]);
        }
        if (rle.area() == 0) {
            throw new ItemException("the RLE mask is empty");
        }
        MaskShape mask;
        try {
            mask = ShapeGeometry.fromCocoRle(rle);
        } catch (RuntimeException e) {
            throw new ItemException("the RLE mask cannot be converted: " + e.getMessage());
        }
        annotation.region = mask;
        annotation.rleHeight = size[0];
        annotation.rleWidth = size[1];
    }

    private double[] readBbox(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        double[] bbox = readNumbers(parser, token);
        if (bbox.length == 0) {
            return null;
        }
        if (bbox.length != 4) {
            throw new ItemException("bbox must be [x, y, width, height], found " + bbox.length + " numbers");
        }
        if (bbox[2] < 0 || bbox[3] < 0) {
            throw new ItemException("bbox has a negative width or height");
        }
        return bbox;
    }

    private double[] readNumbers(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new ItemException("expected a list of numbers, found " + token);
        }
        return readNumberArray(parser);
    }

    /** Reads the numbers of the array the parser is on into a reused buffer; the copy is returned. */
    private double[] readNumberArray(JsonParser parser) throws IOException {
        int size = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of file");
                }
                throw new ItemException("expected a number, found " + describe(parser, token));
            }
            if (size == coordinates.length) {
                coordinates = Arrays.copyOf(coordinates, size * 2);
            }
            double value = token == JsonToken.VALUE_NUMBER_FLOAT
                    ? FastDecimal.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())
                    : Double.NaN;
            if (Double.isNaN(value)) {
                value = parser.getDoubleValue();
            }
            if (!Double.isFinite(value)) {
                throw new ItemException(Double.isNaN(value) ? "a coordinate is NaN" : "a number is out of range");
            }
            coordinates[size++] = value;
        }
        return Arrays.copyOf(coordinates, size);
    }

    private static String describe(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? "the text \"" + parser.getText() + "\"" : token.asString() == null
                ? token.name() : token.asString();
    }

    private static long wholeNumber(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && isWhole(parser.getDoubleValue())) {
            return (long) parser.getDoubleValue();
        }
        throw new ItemException("expected a whole number, found " + describe(parser, token));
    }

    private static double number(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        throw new ItemException("expected a number, found " + describe(parser, token));
    }

    private static boolean readFlag(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            long value = parser.getLongValue();
            if (value == 0 || value == 1) {
                return value == 1;
            }
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && (parser.getDoubleValue() == 0 || parser.getDoubleValue() == 1)) {
            return parser.getDoubleValue() == 1;
        }
        if (token == JsonToken.VALUE_STRING) {
            // Label Studio's COCO export writes "false"; other writers "0" / "1" or "True"
            switch (parser.getText().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "0", "false" -> {
                    return false;
                }
                case "1", "true" -> {
                    return true;
                }
                default -> {
                    // reported below
                }
            }
        }
        throw new ItemException("iscrowd must be 0 or 1 (or true / false), found " + describe(parser, token));
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    /** A damaged annotation: rejected, and reading goes on with the next one. */
    private static final class ItemException extends IOException {
        private static final long serialVersionUID = 1L;

        ItemException(String message) {
            super(message);
        }
    }
}
