package org.annotide.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Properties of a model object from its item provider's descriptors; edits run as SetCommands on the
 * project's command stack (EMF.Edit does that), so they are journaled and undoable.
 */
final class ModelPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final boolean readOnly;

    ModelPropertySource(Object object, IItemPropertySource itemSource, boolean readOnly) {
        this.object = object;
        this.itemSource = itemSource;
        this.readOnly = readOnly;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new ModelPropertyDescriptor(object, d, readOnly))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        // Nested property values come wrapped in an ItemPropertySource; the view wants plain values.
        if (value instanceof IItemPropertySource nested) {
            value = nested.getEditableValue(object);
        }
        return value instanceof IItemLabelProvider ? value : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor != null && !readOnly) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor != null && !readOnly) {
            descriptor.setPropertyValue(object, value);
        }
    }
}
