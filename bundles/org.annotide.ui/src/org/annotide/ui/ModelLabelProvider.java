package org.annotide.ui;

import java.net.URL;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.LabelClass;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * JFace labels for model objects from their EMF.Edit item providers (the role emf.edit.ui's
 * AdapterFactoryLabelProvider plays; that bundle is not on Maven Central). Label classes show their
 * colour. Images are owned by this provider and freed on dispose.
 */
public class ModelLabelProvider extends LabelProvider {

    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = itemLabelProvider(element);
        return provider != null ? provider.getText(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof LabelClass labelClass) {
            return swatch(labelClass.getColor());
        }
        IItemLabelProvider provider = itemLabelProvider(element);
        if (provider == null) {
            return null;
        }
        ImageDescriptor descriptor = descriptor(provider.getImage(element));
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** A 12-pixel square of the colour, for label classes wherever they are listed. */
    public Image swatch(String hexColor) {
        RGB rgb = parseColor(hexColor);
        return resources.create(new ImageDescriptor() {
            @Override
            public org.eclipse.swt.graphics.ImageData getImageData(int zoom) {
                Display display = Display.getCurrent();
                Image image = new Image(display, 16, 16);
                GC gc = new GC(image);
                org.eclipse.swt.graphics.Color color = new org.eclipse.swt.graphics.Color(rgb);
                gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
                gc.fillRectangle(0, 0, 16, 16);
                gc.setBackground(color);
                gc.fillRoundRectangle(2, 2, 12, 12, 4, 4);
                gc.dispose();
                org.eclipse.swt.graphics.ImageData data = image.getImageData();
                image.dispose();
                return data;
            }

            @Override
            public boolean equals(Object other) {
                return other != null && other.getClass() == getClass() && other.hashCode() == hashCode();
            }

            @Override
            public int hashCode() {
                return rgb.hashCode();
            }
        });
    }

    public static RGB parseColor(String hexColor) {
        try {
            int value = Integer.parseInt(hexColor.replace("#", "").trim(), 16);
            return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        } catch (RuntimeException e) {
            return new RGB(255, 0, 0);
        }
    }

    private static IItemLabelProvider itemLabelProvider(Object element) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        ProjectStore store = ProjectStore.of(object);
        if (store == null) {
            return null;
        }
        return (IItemLabelProvider) store.adapterFactory().adapt(object, IItemLabelProvider.class);
    }

    private static ImageDescriptor descriptor(Object image) {
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        }
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            return descriptor(composed.getImages().get(0));
        }
        return null;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
