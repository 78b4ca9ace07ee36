package org.annotide.headless.internal.metrics;

import java.util.List;

import org.annotide.metrics.coco.CocoEvalResult;

/** The evaluation as one JSON object for scripts: statistics at full precision, AP per category. */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static String of(CocoEvalResult result) {
        StringBuilder json = new StringBuilder("{\"iouType\":").append(quote(result.iouType().cocoName()));
        json.append(",\"images\":").append(result.imageCount());
        json.append(",\"statNames\":[");
        List<String> names = result.statNames();
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(names.get(i)));
        }
        json.append("],\"stats\":[");
        double[] stats = result.stats();
        for (int i = 0; i < stats.length; i++) {
            json.append(i == 0 ? "" : ",").append(number(stats[i]));
        }
        json.append("],\"categories\":[");
        for (int k = 0; k < result.categoryIds().size(); k++) {
            Object id = result.categoryIds().get(k);
            json.append(k == 0 ? "" : ",").append("{\"id\":")
                    .append(id instanceof String text ? quote(text) : String.valueOf(id));
            String name = result.categoryName(id);
            if (name != null) {
                json.append(",\"name\":").append(quote(name));
            }
            json.append(",\"AP\":").append(number(result.categoryAp(k)));
            json.append(",\"AP50\":").append(number(result.categoryAp50(k))).append('}');
        }
        return json.append("]}").toString();
    }

    /** A JSON string literal; ids and names are plain text, so escaping quotes, backslashes and controls is enough. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }
}
