package org.annotide.model.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.model.Annotation;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.LabelClass;

/**
 * A filter of annotations as a user types it: {@code class:cell kind:polygon by:predicted attr:stage=S
 * review:accepted}, plus plain words and terms of other keys that the view asking knows ({@link #words()},
 * {@link #terms(String)}; the Explorer takes words as image names and {@code status:} as task status). Terms of
 * one key are alternatives ({@code class:cell class:nucleus}: either class), terms of different keys must all
 * hold. {@code key=value} says the same as {@code key:value}; a value with spaces is quoted
 * ({@code class:"red cell"}). Case does not matter; an attribute that is not set has its class's default.
 * Free of UI, so the Explorer, the Outline and the server filter alike.
 */
public final class AnnotationQuery {

    /** The keys this class judges on an annotation. */
    public static final List<String> ANNOTATION_KEYS = List.of("class", "kind", "by", "attr", "review");

    private final String text;
    private final List<String> words = new ArrayList<>();
    private final Map<String, List<String>> terms = new LinkedHashMap<>();

    public AnnotationQuery(String text) {
        this.text = text == null ? "" : text.trim();
        for (String token : tokens(this.text)) {
            int colon = keyEnd(token);
            if (colon > 0) {
                String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
                String value = unquote(token.substring(colon + 1)).toLowerCase(Locale.ROOT);
                terms.computeIfAbsent(key, k -> new ArrayList<>()).add(normal(key, value));
            } else if (!token.isEmpty()) {
                words.add(unquote(token).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The text as typed (trimmed). */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The plain words (lower case), for the view to match as it sees fit. */
    public List<String> words() {
        return words;
    }

    /** The values given for a key (lower case), empty when none. */
    public List<String> terms(String key) {
        return terms.getOrDefault(key, List.of());
    }

    /** Whether any term is about annotations (class, kind, by, attr, review). */
    public boolean judgesAnnotations() {
        return ANNOTATION_KEYS.stream().anyMatch(terms::containsKey);
    }

    /** Whether the annotation meets every annotation term (words and other keys are not looked at). */
    public boolean matches(Annotation annotation) {
        return anyEquals("class", className(annotation.getLabelClass()))
                && anyEquals("kind", annotation.getShape() == null ? ""
                        : annotation.getShape().getKind().getLiteral().toLowerCase(Locale.ROOT))
                && anyEquals("by", annotation.getProvenance() == null ? ""
                        : annotation.getProvenance().getLiteral().toLowerCase(Locale.ROOT))
                && anyEquals("review", annotation.getReview() == null ? "none"
                        : annotation.getReview().getLiteral().toLowerCase(Locale.ROOT))
                && attributesMatch(annotation);
    }

    private boolean anyEquals(String key, String actual) {
        List<String> wanted = terms.get(key);
        return wanted == null || wanted.contains(actual == null ? "" : actual.toLowerCase(Locale.ROOT));
    }

    /** {@code attr:name=value} (the value it has or, not set, its default) or {@code attr:name} (any value). */
    private boolean attributesMatch(Annotation annotation) {
        List<String> wanted = terms.get("attr");
        if (wanted == null) {
            return true;
        }
        for (String term : wanted) {
            int equals = term.indexOf('=');
            String name = equals < 0 ? term : term.substring(0, equals);
            String value = value(annotation, name);
            if (equals < 0 ? value != null && !value.isEmpty()
                    : value != null && value.equalsIgnoreCase(term.substring(equals + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The annotation's value of an attribute (any case of its name), its class's default when unset, or null. */
    public static String value(Annotation annotation, String name) {
        for (Map.Entry<String, String> entry : annotation.getAttributes()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        if (annotation.getLabelClass() != null) {
            for (AttributeDefinition definition : annotation.getLabelClass().getAttributes()) {
                if (definition.getName() != null && definition.getName().equalsIgnoreCase(name)) {
                    return definition.getDefaultValue();
                }
            }
        }
        return null;
    }

    private static String className(LabelClass labelClass) {
        return labelClass == null || labelClass.getName() == null ? "" : labelClass.getName();
    }

    /** One term as the filter text writes it: {@code key:value}, the value quoted when it needs to be. */
    public static String term(String key, String value) {
        return key + ":" + (value.isEmpty() || value.matches(".*[\\s\"].*") ? "\"" + value.replace("\"", "") + "\""
                : value);
    }

    /** The text with the term added, or taken out when it is there already (how the filter menus toggle). */
    public static String toggle(String text, String term) {
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        String wanted = normalTerm(term);
        for (String token : tokens(text == null ? "" : text.trim())) {
            if (normalTerm(token).equals(wanted)) {
                removed = true;
            } else if (!token.isEmpty()) {
                kept.add(token);
            }
        }
        if (!removed) {
            kept.add(term);
        }
        return String.join(" ", kept);
    }

    /** Whether the text holds the term. */
    public static boolean holds(String text, String term) {
        String wanted = normalTerm(term);
        return tokens(text == null ? "" : text.trim()).stream().anyMatch(t -> normalTerm(t).equals(wanted));
    }

    private static String normalTerm(String token) {
        int colon = keyEnd(token);
        if (colon <= 0) {
            return unquote(token).toLowerCase(Locale.ROOT);
        }
        String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
        return key + ":" + normal(key, unquote(token.substring(colon + 1)).toLowerCase(Locale.ROOT));
    }

    private static String normal(String key, String value) {
        return key.equals("kind") ? value.replace('-', '_') : value;
    }

    /** Where a {@code key:} or {@code key=} prefix ends (the key is letters), or -1. */
    private static int keyEnd(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == ':' || c == '=') {
                return i;
            }
            if (!Character.isLetter(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        return value.replace("\"", "");
    }

    /** The text split at spaces outside double quotes. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                token.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
