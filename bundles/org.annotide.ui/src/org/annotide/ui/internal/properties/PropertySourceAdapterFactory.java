package org.annotide.ui.internal.properties;

import org.annotide.core.store.ProjectStore;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Lets the Properties view show any model object of an open project through its EMF.Edit descriptors. */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
            return null;
        }
        ProjectStore store = ProjectStore.of(object);
        if (store == null) {
            return null;
        }
        IItemPropertySource source = (IItemPropertySource) store.adapterFactory().adapt(object,
                IItemPropertySource.class);
        return source == null ? null : adapterType.cast(new ModelPropertySource(object, source, store.isReadOnly()));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
