package org.annotide.formats.internal.labelstudio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.formats.Dataset;
import org.annotide.formats.LabelColors;
import org.annotide.formats.internal.Xml;
import org.annotide.model.LabelClass;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Label Studio's labeling configuration ({@code label_config.xml} beside the export, when there is one): read for
 * the classes and their colours ({@code <Label value background>}); written so that the export can be opened in
 * a new Label Studio project with the same control names.
 */
final class LabelStudioConfig {

    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+).*\\)");

    private LabelStudioConfig() {
    }

    /**
     * The configuration that belongs to an export file: {@code label_config_<x>.xml} for {@code data_<x>.json}
     * (the layout of label-studio-converter's test data), else {@code label_config.xml}.
     */
    static Path beside(Path file) {
        String name = file.getFileName().toString();
        int underscore = name.indexOf('_');
        if (underscore > 0 && name.toLowerCase().endsWith(".json")) {
            Path specific = file.resolveSibling("label_config" + name.substring(underscore, name.length() - 5) + ".xml");
            if (Files.isRegularFile(specific)) {
                return specific;
            }
        }
        return file.resolveSibling("label_config.xml");
    }

    /** Creates the classes the configuration names, with their colours where they are #rrggbb or rgb(). */
    static void read(Path file, Dataset dataset) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Document document;
        try {
            document = Xml.parse(file);
        } catch (Exception e) {
            return; // the configuration only adds colours; the results stand without it
        }
        for (String tag : List.of("Label", "Choice")) {
            NodeList labels = document.getElementsByTagName(tag);
            for (int i = 0; i < labels.getLength(); i++) {
                Element label = (Element) labels.item(i);
                String value = label.getAttribute("value");
                if (value.isEmpty()) {
                    continue;
                }
                LabelClass labelClass = dataset.labelClass(value);
                String color = color(label.getAttribute("background"));
                if (color != null) {
                    labelClass.setColor(color);
                }
            }
        }
    }

    private static String color(String text) {
        if (LabelColors.parse(text) != null) {
            return text.toLowerCase(Locale.ROOT);
        }
        Matcher matcher = RGB.matcher(text);
        if (matcher.matches()) {
            return LabelColors.hex(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        }
        return null;
    }

    /** A configuration with one control per control name used, each listing its labels (name to colour). */
    static String write(Map<String, LabelStudioResults.Kind> controls, Map<String, Map<String, String>> labels) {
        StringBuilder xml = new StringBuilder("<View>\n  <Image name=\"image\" value=\"$image\"/>\n");
        for (Map.Entry<String, LabelStudioResults.Kind> control : controls.entrySet()) {
            String tag = switch (control.getValue()) {
                case RECTANGLE -> "RectangleLabels";
                case POLYGON -> "PolygonLabels";
                case KEYPOINT -> "KeyPointLabels";
                case BRUSH -> "BrushLabels";
                case ELLIPSE -> "EllipseLabels";
                case CHOICES -> "Choices";
            };
            boolean choices = control.getValue() == LabelStudioResults.Kind.CHOICES;
            xml.append("  <").append(tag).append(" name=\"").append(escape(control.getKey()))
                    .append("\" toName=\"image\"").append(choices ? " choice=\"multiple\"" : "").append(">\n");
            for (Map.Entry<String, String> label : labels.getOrDefault(control.getKey(), Map.of()).entrySet()) {
                xml.append("    <").append(choices ? "Choice" : "Label").append(" value=\"").append(escape(label.getKey()))
                        .append('"');
                if (!choices && label.getValue() != null) {
                    xml.append(" background=\"").append(escape(label.getValue())).append('"');
                }
                xml.append("/>\n");
            }
            xml.append("  </").append(tag).append(">\n");
        }
        return xml.append("</View>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
