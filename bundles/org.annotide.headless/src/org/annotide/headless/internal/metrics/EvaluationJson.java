package org.annotide.headless.internal.metrics;

import org.annotide.headless.internal.Json;
import org.annotide.metrics.coco.CocoEvalResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The evaluation as one JSON object for scripts: statistics at full precision, AP per category. */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static String of(CocoEvalResult result) {
        ObjectNode json = Json.object().put("iouType", result.iouType().cocoName()).put("images", result.imageCount());
        ArrayNode names = json.putArray("statNames");
        result.statNames().forEach(names::add);
        ArrayNode stats = json.putArray("stats");
        for (double stat : result.stats()) {
            Json.addNumber(stats, stat);
        }
        ArrayNode categories = json.putArray("categories");
        for (int k = 0; k < result.categoryIds().size(); k++) {
            Object id = result.categoryIds().get(k);
            ObjectNode category = categories.addObject();
            if (id instanceof Long || id instanceof Integer) {
                category.put("id", ((Number) id).longValue());
            } else if (id instanceof Number number) {
                category.put("id", number.doubleValue());
            } else {
                category.put("id", String.valueOf(id));
            }
            String name = result.categoryName(id);
            if (name != null) {
                category.put("name", name);
            }
            Json.putNumber(category, "AP", result.categoryAp(k));
            Json.putNumber(category, "AP50", result.categoryAp50(k));
        }
        return json.toString();
    }
}
