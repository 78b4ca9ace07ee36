package org.annotide.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.ClassWeight;
import org.annotide.model.LabelClass;
import org.annotide.model.ScoringFunction;
import org.annotide.model.ScoringMode;

/**
 * A scoring (benchmark) function: the mode and, per ontology class, the IoU weight w_iou and the category weight
 * w_cat; classes not named get the defaults (100 and 100). Its file form is JSON:
 *
 * <pre>
 * {"mode": "dynamic" | "classification",
 *  "classes": {"apple": {"iou": 100, "category": 100}, "pear": {"iou": 50, "category": 150}}}
 * </pre>
 *
 * Weights are finite and not negative, and w_iou + w_cat is positive.
 */
public record ScoringFunctionSpec(ScoringMode mode, Map<String, Weights> classes) {

    /** The two weights of one class. */
    public record Weights(double iou, double category) {
        public Weights {
            if (!Double.isFinite(iou) || !Double.isFinite(category) || iou < 0 || category < 0
                    || iou + category <= 0) {
                throw new IllegalArgumentException("weights must be finite, not negative, and not both 0 (iou "
                        + iou + ", category " + category + ")");
            }
        }
    }

    /** w_iou = w_cat = 100: the seed's defaults. */
    public static final Weights DEFAULT_WEIGHTS = new Weights(100, 100);
    private static final Set<String> TOP_KEYS = Set.of("mode", "classes");
    private static final Set<String> CLASS_KEYS = Set.of("iou", "category");

    public ScoringFunctionSpec {
        if (mode == null) {
            throw new IllegalArgumentException("a scoring function needs a mode");
        }
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    /** Dynamic, every class with the default weights. */
    public static ScoringFunctionSpec defaults() {
        return new ScoringFunctionSpec(ScoringMode.DYNAMIC, Map.of());
    }

    /** The weights of a class: its own, or the defaults. */
    public Weights weights(String className) {
        return classes.getOrDefault(className, DEFAULT_WEIGHTS);
    }

    public static ScoringFunctionSpec read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the JSON form; unknown keys are errors, so a typo is not silently a default. */
    public static ScoringFunctionSpec parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a scoring function is a JSON object");
        }
        unknownKeys(root, TOP_KEYS, "");
        String modeText = root.path("mode").asText("dynamic").toLowerCase(Locale.ROOT);
        ScoringMode mode = switch (modeText) {
            case "dynamic" -> ScoringMode.DYNAMIC;
            case "classification" -> ScoringMode.CLASSIFICATION;
            default -> throw new IllegalArgumentException("\"mode\" must be \"dynamic\" or \"classification\", not \""
                    + modeText + "\"");
        };
        Map<String, Weights> classes = new LinkedHashMap<>();
        JsonNode classNodes = root.path("classes");
        if (!classNodes.isMissingNode() && !classNodes.isObject()) {
            throw new IllegalArgumentException("\"classes\" must be an object of class name to weights");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = classNodes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode weights = entry.getValue();
            if (!weights.isObject()) {
                throw new IllegalArgumentException("class \"" + entry.getKey() + "\": expected {\"iou\": .., "
                        + "\"category\": ..}");
            }
            unknownKeys(weights, CLASS_KEYS, "class \"" + entry.getKey() + "\": ");
            try {
                classes.put(entry.getKey(), new Weights(number(weights, "iou", entry.getKey()),
                        number(weights, "category", entry.getKey())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("class \"" + entry.getKey() + "\": " + e.getMessage(), e);
            }
        }
        return new ScoringFunctionSpec(mode, classes);
    }

    private static double number(JsonNode weights, String key, String className) {
        JsonNode value = weights.get(key);
        if (value == null) {
            return key.equals("iou") ? DEFAULT_WEIGHTS.iou() : DEFAULT_WEIGHTS.category();
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number");
        }
        return value.asDouble();
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + "unknown key \"" + name + "\" (expected " + known + ")");
            }
        }
    }

    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("mode", mode == ScoringMode.DYNAMIC ? "dynamic"
                : "classification");
        ObjectNode classNodes = root.putObject("classes");
        classes.forEach((name, w) -> classNodes.putObject(name).put("iou", w.iou()).put("category", w.category()));
        return root.toPrettyString();
    }

    /** The function a model object describes (class weights by the class's name). */
    public static ScoringFunctionSpec of(ScoringFunction function) {
        Map<String, Weights> classes = new LinkedHashMap<>();
        for (ClassWeight weight : function.getClassWeights()) {
            if (weight.getLabelClass() != null) {
                classes.put(weight.getLabelClass().getName(), new Weights(weight.getIouWeight(),
                        weight.getCategoryWeight()));
            }
        }
        return new ScoringFunctionSpec(function.getMode(), classes);
    }

    /**
     * A new model object for this function whose class weights refer to the ontology's classes.
     *
     * @throws IllegalArgumentException when a class is not in the ontology
     */
    public ScoringFunction toModel(List<LabelClass> ontology, String name) {
        ScoringFunction function = AnnotideFactory.eINSTANCE.createScoringFunction();
        function.setId(java.util.UUID.randomUUID().toString());
        function.setName(name);
        function.setMode(mode);
        function.setDefaultIouWeight(DEFAULT_WEIGHTS.iou());
        function.setDefaultCategoryWeight(DEFAULT_WEIGHTS.category());
        function.setIouThreshold(0);
        for (Map.Entry<String, Weights> entry : classes.entrySet()) {
            LabelClass labelClass = ontology.stream().filter(c -> entry.getKey().equals(c.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the scoring function names class \""
                            + entry.getKey() + "\", which the ontology does not have"));
            ClassWeight weight = AnnotideFactory.eINSTANCE.createClassWeight();
            weight.setLabelClass(labelClass);
            weight.setIouWeight(entry.getValue().iou());
            weight.setCategoryWeight(entry.getValue().category());
            function.getClassWeights().add(weight);
        }
        return function;
    }
}
