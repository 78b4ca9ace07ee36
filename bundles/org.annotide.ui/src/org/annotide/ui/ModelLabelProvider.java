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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

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

    /**
     * A 12-pixel rounded square of the colour on a transparent 16-pixel image, for label classes wherever they are
     * listed. Its pixels are computed here: drawing it with a GC and reading it back cost a round trip to the X server
     * per class, a visible part of opening the first image (the editor's label palette lists every class).
     */
    public Image swatch(String hexColor) {
        RGB rgb = parseColor(hexColor);
        return resources.create(new ImageDescriptor() {
            @Override
            public ImageData getImageData(int zoom) {
                return swatchData(rgb, Math.max(1, zoom) / 100.0);
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

    /** The swatch's pixels at a scale (1: 16 x 16): the colour where the rounded square covers, edges antialiased. */
    static ImageData swatchData(RGB rgb, double scale) {
        int size = (int) Math.round(16 * scale);
        ImageData data = new ImageData(size, size, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        int pixel = data.palette.getPixel(rgb);
        byte[] alpha = new byte[size * size];
        int samples = 4; // per axis: 16 sub-pixels decide a pixel's coverage
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int inside = 0;
                for (int sy = 0; sy < samples; sy++) {
                    for (int sx = 0; sx < samples; sx++) {
                        double px = (x + (sx + 0.5) / samples) / scale;
                        double py = (y + (sy + 0.5) / samples) / scale;
                        if (inRoundedSquare(px, py)) {
                            inside++;
                        }
                    }
                }
                data.setPixel(x, y, pixel);
                alpha[y * size + x] = (byte) Math.round(255.0 * inside / (samples * samples));
            }
        }
        data.alphaData = alpha;
        return data;
    }

    /** The square from 2 to 14 with corners of radius 2, in 16-pixel units. */
    private static boolean inRoundedSquare(double x, double y) {
        if (x < 2 || y < 2 || x > 14 || y > 14) {
            return false;
        }
        double cx = Math.min(Math.max(x, 4), 12);
        double cy = Math.min(Math.max(y, 4), 12);
        return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= 4;
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
