package org.annotide.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Gives the Properties view its default page: the view asks its adapter manager for one before making a plain
 * PropertySheetPage, so every part that brings no page of its own (the explorer, the editor and its outline,
 * Training Sets) gets a {@link ModelPropertySheetPage}.
 */
public final class PropertySheetPageFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        return adapterType == IPropertySheetPage.class ? adapterType.cast(new ModelPropertySheetPage()) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySheetPage.class};
    }
}
