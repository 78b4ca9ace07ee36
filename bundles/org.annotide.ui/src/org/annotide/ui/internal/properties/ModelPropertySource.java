package org.annotide.ui.internal.properties;

import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.LabelClass;
import org.annotide.model.edit.ClassRules;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Properties of a model object from its item provider's descriptors; edits run as SetCommands on the
 * project's command stack (EMF.Edit does that), so they are journaled and undoable. A change the store
 * refuses is reported in an error dialog.
 */
final class ModelPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final boolean readOnly;
    /** An annotation's attributes and geometry; null for other objects. */
    private final AnnotationProperties annotationProperties;

    ModelPropertySource(Object object, IItemPropertySource itemSource, boolean readOnly) {
        this.object = object;
        this.itemSource = itemSource;
        this.readOnly = readOnly;
        this.annotationProperties = object instanceof Annotation annotation
                ? new AnnotationProperties(annotation, readOnly) : null;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        List<IPropertyDescriptor> all = new java.util.ArrayList<>(descriptors.stream()
                .map(d -> (IPropertyDescriptor) new ModelPropertyDescriptor(object, d, readOnly)).toList());
        if (annotationProperties != null) {
            all.addAll(annotationProperties.descriptors());
        }
        return all.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (annotationProperties != null && annotationProperties.handles(id)) {
            return annotationProperties.value(id);
        }
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        // Nested property values come wrapped in an ItemPropertySource; the view wants plain values.
        return value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (annotationProperties != null && annotationProperties.handles(id)) {
            return annotationProperties.isSet(id);
        }
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (annotationProperties != null && annotationProperties.handles(id)) {
            setAnnotationProperty(id, "");
            return;
        }
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor != null && !readOnly) {
            change(descriptor, () -> descriptor.resetPropertyValue(object));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (annotationProperties != null && annotationProperties.handles(id)) {
            setAnnotationProperty(id, value);
            return;
        }
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
        if (descriptor != null && !readOnly) {
            String refusal = refusal(descriptor, value);
            if (refusal != null) {
                MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                        "Properties", descriptor.getDisplayName(object) + " was not changed: " + refusal + ".");
                return;
            }
            change(descriptor, () -> descriptor.setPropertyValue(object, value));
        }
    }

    private void setAnnotationProperty(Object id, Object value) {
        String refusal = annotationProperties.refusal(id, value);
        if (refusal != null) {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "Properties", "The attribute was not changed: " + refusal + ".");
            return;
        }
        org.eclipse.emf.common.command.Command command = annotationProperties.command(id, value);
        if (command == null) {
            return;
        }
        try {
            ProjectStore.of((Annotation) object).commandStack().execute(command);
        } catch (StoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "Properties", "The attribute was not changed. " + e.getMessage());
        }
    }

    /** Why the model's rules forbid the value ({@link ClassRules}), or null; the command would refuse it silently. */
    private String refusal(IItemPropertyDescriptor descriptor, Object value) {
        if (object instanceof Annotation annotation
                && descriptor.getFeature(object) == AnnotidePackage.Literals.ANNOTATION__LABEL_CLASS
                && value instanceof LabelClass labelClass) {
            return ClassRules.refusal(annotation, labelClass);
        }
        return null;
    }

    /**
     * Runs the change, telling the user when the store refuses it (a full disk, a closed project): the
     * Properties view calls this from its cell editor, where an exception would only reach the event loop.
     */
    private void change(IItemPropertyDescriptor descriptor, Runnable change) {
        try {
            change.run();
        } catch (StoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "Properties", descriptor.getDisplayName(object) + " was not changed. " + e.getMessage());
        }
    }
}
