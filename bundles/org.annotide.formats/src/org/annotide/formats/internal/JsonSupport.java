package org.annotide.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The JSON machinery every format shares: one factory (fast number parsing), one mapper for small trees. */
public final class JsonSupport {

    /** An integer that fits a long (at most 18 digits), without leading zeros. */
    private static final Pattern LONG = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    /** A decimal number in JSON's syntax. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.*?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    /** Streaming factory: fast double parsing, generous limits (annotation files are large). */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Python's json writes NaN and Infinity by default: read them, and let the checks reject those values only
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(Integer.MAX_VALUE / 2).build())
            .build();

    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSupport() {
    }

    /** Reads a whole (small to medium) JSON file as a tree. */
    public static JsonNode readTree(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readTree(in);
        }
    }

    /** {@code line L, column C} of a parser location. */
    public static String where(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * What is wrong with a file that is not valid JSON, in the file's terms (never the parser's own advice, such
     * as which of its features to enable).
     */
    public static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (cut short?)";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return "unexpected character '" + unexpected.group(1) + "'";
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            return "'" + unrecognized.group(1) + "' is not a JSON value";
        }
        if (message.contains("Feature") || message.contains("Non-standard")) {
            return "a value that JSON does not allow";
        }
        int end = message.indexOf('\n');
        String first = end >= 0 ? message.substring(0, end) : message;
        int detail = first.indexOf(": was expecting");
        return detail >= 0 ? first.substring(0, detail) : first;
    }

    /** The first characters of a file (a UTF-8 byte-order mark skipped), for cheap format detection; empty when unreadable. */
    public static String head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
            return head.startsWith("\uFEFF") ? head.substring(1) : head;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** A pretty-printing generator on a file. */
    public static JsonGenerator createGenerator(Path file) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(Files.newOutputStream(file));
        generator.useDefaultPrettyPrinter();
        return generator;
    }

    /** Text for a scalar node as a user would read it; JSON text for structures. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return node.toString();
    }

    /**
     * Writes an attribute value the way it most likely was: a JSON number or boolean when the text is one,
     * else a string.
     */
    public static void writeInferred(JsonGenerator generator, String value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if ("true".equals(value) || "false".equals(value)) {
            generator.writeBoolean(Boolean.parseBoolean(value));
        } else if (LONG.matcher(value).matches()) {
            generator.writeNumber(Long.parseLong(value));
        } else if (DECIMAL.matcher(value).matches() && Double.isFinite(Double.parseDouble(value))
                && value.equals(Double.toString(Double.parseDouble(value)))) {
            generator.writeNumber(Double.parseDouble(value));
        } else {
            generator.writeString(value);
        }
    }
}
