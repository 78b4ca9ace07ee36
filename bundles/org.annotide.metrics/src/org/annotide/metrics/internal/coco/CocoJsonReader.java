package org.annotide.metrics.internal.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.FileErrors;
import org.annotide.metrics.coco.CocoDataException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Streams COCO JSON (a ground-truth dataset object or a results array) into {@link AnnotationTable}s without
 * building a tree: fields the evaluation does not need are skipped unread.
 */
public final class CocoJsonReader {

    /** Results files hold millions of numbers: Jackson's fast (and still exact) double parser matters. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final Path file;
    private final boolean keepSegmentation;
    private final boolean keepKeypoints;
    private JsonParser parser;
    /** Reused for every list of numbers read, so that each list costs one exact-size array. */
    private double[] numbers = new double[64];

    /**
     * @param keepSegmentation read "segmentation" values (segm evaluation); otherwise only note their presence
     * @param keepKeypoints    read "keypoints" values (keypoints evaluation, or results that may need them)
     */
    public CocoJsonReader(Path file, boolean keepSegmentation, boolean keepKeypoints) {
        this.file = file;
        this.keepSegmentation = keepSegmentation;
        this.keepKeypoints = keepKeypoints;
    }

    /** A ground-truth file: {"images": [...], "annotations": [...], "categories": [...]}. */
    public GroundTruth readGroundTruth() {
        GroundTruth gt = new GroundTruth(file);
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            parser = p;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error("the ground truth must be a JSON object (COCO dataset), not " + describe(p.currentToken()));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "images" -> readArray(value, "images", index -> readImage(gt));
                    case "categories" -> readArray(value, "categories", index -> readCategory(gt));
                    case "annotations" -> {
                        gt.hasAnnotations = true;
                        readArray(value, "annotations", index -> readAnnotation(gt.annotations, "annotations", index));
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return gt;
    }

    /** A results file: a JSON array of annotation objects, as pycocotools' loadRes requires. */
    public AnnotationTable readResults() {
        AnnotationTable table = new AnnotationTable();
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw error("the results are not a JSON array of objects (pycocotools' loadRes wants an array of "
                        + "detections; found " + describe(first) + ")");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw error("results[" + index + "] is not an object");
                }
                readAnnotation(table, "results", index++);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return table;
    }

    /** Invalid JSON with its line and column (Jackson's own message would add an internal source note), else the file error. */
    private CocoDataException unreadable(IOException e) {
        if (e instanceof JsonProcessingException invalid && invalid.getLocation() != null) {
            JsonLocation where = invalid.getLocation();
            return new CocoDataException(file + " line " + where.getLineNr() + ", column " + where.getColumnNr()
                    + ": not valid JSON: " + invalid.getOriginalMessage(), e);
        }
        return new CocoDataException(file + ": " + FileErrors.describe(e), e);
    }

    private interface ElementReader {
        void read(int index) throws IOException;
    }

    private void readArray(JsonToken start, String name, ElementReader reader) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw error("\"" + name + "\" must be an array");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error(name + "[" + index + "] is not an object");
            }
            reader.read(index++);
        }
    }

    private void readImage(GroundTruth gt) throws IOException {
        Object id = null;
        int height = -1;
        int width = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = readId("image id");
                case "height" -> height = (int) readNumber("image height");
                case "width" -> width = (int) readNumber("image width");
                default -> parser.skipChildren();
            }
        }
        if (id == null) {
            throw error("an image has no id");
        }
        gt.addImage(id, height, width);
    }

    private void readCategory(GroundTruth gt) throws IOException {
        Object id = null;
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = readId("category id");
                case "name" -> name = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                default -> parser.skipChildren();
            }
        }
        if (id == null) {
            throw error("a category has no id");
        }
        gt.addCategory(id, name);
    }

    private void readAnnotation(AnnotationTable table, String arrayName, int index) throws IOException {
        int row = table.add();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> table.id[row] = readId("annotation id");
                case "image_id" -> table.imageId[row] = readId("image_id");
                case "category_id" -> table.categoryId[row] = readId("category_id");
                case "area" -> table.area[row] = readNumber("area");
                case "score" -> table.score[row] = readNumber("score");
                case "iscrowd" -> table.crowd[row] = readTruth("iscrowd");
                case "bbox" -> readBbox(table, row, value, arrayName, index);
                case "segmentation" -> {
                    table.hasSegmentation[row] = true;
                    if (keepSegmentation) {
                        table.segmentation[row] = readSegmentation(value, arrayName, index);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "keypoints" -> {
                    if (keepKeypoints) {
                        table.keypoints[row] = readNumbers(value, arrayName + "[" + index + "].keypoints");
                    } else {
                        table.keypoints[row] = new double[0];
                        parser.skipChildren();
                    }
                }
                case "num_keypoints" -> table.numKeypoints[row] = (int) readNumber("num_keypoints");
                case "caption" -> {
                    table.hasCaption[row] = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
    }

    private void readBbox(AnnotationTable table, int row, JsonToken value, String arrayName, int index)
            throws IOException {
        double[] box = readNumbers(value, arrayName + "[" + index + "].bbox");
        if (box.length == 0) {
            table.emptyBbox[row] = true;
            return;
        }
        if (box.length != 4) {
            throw error(arrayName + "[" + index + "].bbox must be [x, y, width, height], has " + box.length + " numbers");
        }
        System.arraycopy(box, 0, table.bbox, row * 4, 4);
        table.hasBbox[row] = true;
    }

    private Segmentation readSegmentation(JsonToken value, String arrayName, int index) throws IOException {
        String where = arrayName + "[" + index + "].segmentation";
        if (value == JsonToken.START_ARRAY) {
            List<double[]> polygons = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw error(where + " must be a list of polygons [[x0, y0, x1, y1, ...], ...]");
                }
                polygons.add(readNumbers(JsonToken.START_ARRAY, where));
            }
            return new Segmentation.Polygons(polygons.toArray(double[][]::new));
        }
        if (value == JsonToken.START_OBJECT) {
            int[] size = null;
            String compressed = null;
            int[] runs = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "size" -> {
                        double[] values = readNumbers(token, where + ".size");
                        if (values.length != 2) {
                            throw error(where + ".size must be [height, width]");
                        }
                        size = new int[] { (int) values[0], (int) values[1] };
                    }
                    case "counts" -> {
                        if (token == JsonToken.VALUE_STRING) {
                            compressed = parser.getText();
                        } else {
                            double[] values = readNumbers(token, where + ".counts");
                            runs = new int[values.length];
                            for (int i = 0; i < values.length; i++) {
                                runs[i] = (int) (long) values[i]; // np.uint32 conversion keeps the low 32 bits
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (size == null || (compressed == null && runs == null)) {
                throw error(where + " must be polygons or an RLE {\"size\": [h, w], \"counts\": ...}");
            }
            return compressed != null ? new Segmentation.CompressedRle(size[0], size[1], compressed)
                    : new Segmentation.UncompressedRle(size[0], size[1], runs);
        }
        throw error(where + " must be polygons or an RLE object, not " + describe(value));
    }

    private double[] readNumbers(JsonToken start, String where) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw error(where + " must be a list of numbers");
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count == numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = readNumber(where);
        }
        return java.util.Arrays.copyOf(numbers, count);
    }

    private double readNumber(String what) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> 1;
            case VALUE_FALSE -> 0;
            default -> throw error(what + " must be a number, not " + describe(parser.currentToken()));
        };
    }

    private boolean readTruth(String what) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue() != 0;
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw error(what + " must be 0 or 1, not " + describe(parser.currentToken()));
        };
    }

    private Object readId(String what) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? PyKey.bigInteger(parser.getBigIntegerValue())
                    : PyKey.integer(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> PyKey.number(parser.getDoubleValue());
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> PyKey.bool(true);
            case VALUE_FALSE -> PyKey.bool(false);
            default -> throw error(what + " must be a number or a string, not " + describe(parser.currentToken()));
        };
    }

    private CocoDataException error(String message) {
        String location = parser == null || parser.currentLocation() == null ? ""
                : " (line " + parser.currentLocation().getLineNr() + ", column "
                        + parser.currentLocation().getColumnNr() + ")";
        return new CocoDataException(file + location + ": " + message);
    }

    private static String describe(JsonToken token) {
        return token == null ? "nothing" : switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
    }
}
