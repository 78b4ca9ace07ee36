package org.annotide.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property row: texts from the item descriptor; editing with a text field for data values (parsed
 * and validated with the model's own data types) or a drop-down for enumerations, booleans and
 * references. Many-valued features are shown but not edited here.
 */
final class ModelPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor item;
    private final boolean readOnly;

    ModelPropertyDescriptor(Object object, IItemPropertyDescriptor item, boolean readOnly) {
        this.object = object;
        this.item = item;
        this.readOnly = readOnly;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (readOnly || !item.canSetProperty(object) || item.isMany(object)) {
            return null;
        }
        Object feature = item.getFeature(object);
        Collection<?> choices = item.getChoiceOfValues(object);
        if (choices != null && !choices.isEmpty()) {
            return choiceEditor(parent, new ArrayList<>(choices));
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            Class<?> instanceClass = type.getInstanceClass();
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                return choiceEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE));
            }
            return dataEditor(parent, type);
        }
        return null;
    }

    private CellEditor choiceEditor(Composite parent, List<Object> choices) {
        ILabelProvider labels = getLabelProvider();
        String[] items = choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new);
        return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index < 0 ? null : choices.get(index);
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(Math.max(0, choices.indexOf(unwrap(value))));
            }
        };
    }

    private CellEditor dataEditor(Composite parent, EDataType type) {
        TextCellEditor editor = new TextCellEditor(parent) {
            @Override
            protected Object doGetValue() {
                String text = (String) super.doGetValue();
                return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text);
            }

            @Override
            protected void doSetValue(Object value) {
                Object plain = unwrap(value);
                super.doSetValue(plain == null ? "" : EcoreUtil.convertToString(type, plain));
            }
        };
        editor.setValidator(validator(type));
        return editor;
    }

    private static ICellEditorValidator validator(EDataType type) {
        return value -> {
            if (!(value instanceof String text) || type.getInstanceClass() == String.class) {
                return null;
            }
            try {
                EcoreUtil.createFromString(type, text);
                return null;
            } catch (RuntimeException e) {
                return "'" + text + "' is not a valid " + type.getName();
            }
        };
    }

    private static Object unwrap(Object value) {
        return value instanceof org.eclipse.emf.edit.provider.IItemPropertySource source
                ? source.getEditableValue(value) : value;
    }

    @Override
    public String getCategory() {
        return item.getCategory(object);
    }

    @Override
    public String getDescription() {
        return item.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return item.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return item.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return item.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return item.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = item.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = unwrap(element);
                if (value instanceof double[] || value instanceof int[]) {
                    String text = EcoreUtil.convertToString(arrayType(), value);
                    return text.length() > 200 ? text.substring(0, 200) + "\u2026" : text;
                }
                if (value instanceof Enumerator literal) {
                    return literal.getName();
                }
                return labels.getText(element);
            }
        };
    }

    private EDataType arrayType() {
        Object feature = item.getFeature(object);
        return feature instanceof EStructuralFeature f && f.getEType() instanceof EDataType type ? type : null;
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ModelPropertyDescriptor descriptor && descriptor.item.getFeature(descriptor.object)
                == item.getFeature(object);
    }
}
