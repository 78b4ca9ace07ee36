package org.annotide.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.AttributeValues;
import org.annotide.model.edit.LabelClasses;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * What the Properties view shows of an annotation beyond its model features: the attributes its class defines
 * (checkbox, radio, select, text, number; an unset one shows its default), attributes it carries that the class
 * does not define (from an import), and its geometry: position, size and area in image pixels. Attribute edits
 * are commands on the project's stack, checked by {@link LabelClasses#attributeValueRefusal}.
 */
final class AnnotationProperties {

    static final String ATTRIBUTE = "attribute:";
    static final String GEOMETRY = "geometry:";
    private static final String[] BOOLEANS = {"false", "true"};

    private final Annotation annotation;
    private final boolean readOnly;

    AnnotationProperties(Annotation annotation, boolean readOnly) {
        this.annotation = annotation;
        this.readOnly = readOnly;
    }

    /** The attribute definitions of the annotation's class, by name (the editor's attribute strip reads the same). */
    private Map<String, AttributeDefinition> definitions() {
        return AttributeValues.definitions(annotation);
    }

    List<IPropertyDescriptor> descriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        Map<String, AttributeDefinition> definitions = definitions();
        for (AttributeDefinition definition : definitions.values()) {
            descriptors.add(attribute(definition.getName(), definition));
        }
        for (String name : annotation.getAttributes().keySet()) {
            if (!definitions.containsKey(name)) {
                descriptors.add(attribute(name, null));
            }
        }
        if (annotation.getShape() != null && annotation.getShape().getKind() != ShapeKind.IMAGE_CLASS) {
            descriptors.add(new PropertyDescriptor(GEOMETRY + "position", "Position (x, y)"));
            descriptors.add(new PropertyDescriptor(GEOMETRY + "size", "Size (w \u00d7 h)"));
            descriptors.add(new PropertyDescriptor(GEOMETRY + "area", "Area (px\u00b2)"));
        }
        return descriptors;
    }

    private IPropertyDescriptor attribute(String name, AttributeDefinition definition) {
        String id = ATTRIBUTE + name;
        PropertyDescriptor descriptor = new PropertyDescriptor(id, "Attribute " + name) {
            @Override
            public CellEditor createPropertyEditor(Composite parent) {
                if (readOnly) {
                    return null;
                }
                AttributeType type = definition == null ? AttributeType.TEXT : definition.getType();
                CellEditor editor = switch (type == null ? AttributeType.TEXT : type) {
                    case CHECKBOX -> new ChoiceEditor(parent, BOOLEANS);
                    case RADIO, SELECT -> new ChoiceEditor(parent, definition.getValues().toArray(String[]::new));
                    default -> new TextCellEditor(parent);
                };
                if (editor instanceof ChoiceEditor) {
                    return editor;
                }
                if (definition != null) {
                    editor.setValidator(value -> LabelClasses.attributeValueRefusal(definition, String.valueOf(value)));
                }
                return editor;
            }
        };
        descriptor.setDescription(definition == null ? "An attribute the class does not define (from an import)"
                : definition.getType() == null ? "" : "A " + definition.getType().getLiteral().toLowerCase(Locale.ROOT)
                        + " attribute of the class" + (definition.getDefaultValue() == null ? ""
                                : "; default " + definition.getDefaultValue()));
        return descriptor;
    }

    /** A drop-down that shows and takes its choices as text, not as indexes. */
    private static final class ChoiceEditor extends ComboBoxCellEditor {
        ChoiceEditor(Composite parent, String[] items) {
            super(parent, items, SWT.READ_ONLY);
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            String[] items = getItems();
            return index >= 0 && index < items.length ? items[index] : null;
        }

        @Override
        protected void doSetValue(Object value) {
            String[] items = getItems();
            int index = 0;
            for (int i = 0; i < items.length; i++) {
                if (items[i].equals(value)) {
                    index = i;
                }
            }
            super.doSetValue(index);
        }
    }

    boolean handles(Object id) {
        return id instanceof String s && (s.startsWith(ATTRIBUTE) || s.startsWith(GEOMETRY));
    }

    Object value(Object id) {
        String key = (String) id;
        if (key.startsWith(ATTRIBUTE)) {
            String name = key.substring(ATTRIBUTE.length());
            String value = annotation.getAttributes().get(name);
            if (value == null) {
                AttributeDefinition definition = definitions().get(name);
                value = definition == null || definition.getDefaultValue() == null ? "" : definition.getDefaultValue();
            }
            return value;
        }
        Shape shape = annotation.getShape();
        if (shape == null) {
            return "";
        }
        double[] bounds = ShapeGeometry.bounds(shape);
        return switch (key.substring(GEOMETRY.length())) {
            case "position" -> number(bounds[0]) + ", " + number(bounds[1]);
            case "size" -> number(bounds[2]) + " \u00d7 " + number(bounds[3]);
            case "area" -> number(ShapeGeometry.area(shape));
            default -> "";
        };
    }

    private static String number(double value) {
        return Math.rint(value) == value ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    boolean isSet(Object id) {
        return ((String) id).startsWith(ATTRIBUTE)
                && annotation.getAttributes().containsKey(((String) id).substring(ATTRIBUTE.length()));
    }

    /** The command that gives the attribute the value (an empty value takes it off: the default applies). */
    Command command(Object id, Object value) {
        String key = (String) id;
        if (readOnly || !key.startsWith(ATTRIBUTE)) {
            return null;
        }
        return AttributeValues.command(ProjectStore.of(annotation).editingDomain(), annotation,
                key.substring(ATTRIBUTE.length()), value == null ? "" : value.toString());
    }

    /** Why the value does not fit the attribute, or null. */
    String refusal(Object id, Object value) {
        return AttributeValues.refusal(annotation, ((String) id).substring(ATTRIBUTE.length()),
                value == null ? null : value.toString());
    }
}
