package org.annotide.ui.editor.internal;

import org.annotide.imaging.DefaultImageService;
import org.annotide.imaging.ImageService;
import org.annotide.ui.editor.internal.edit.AnnotationClipboard;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The editor bundle's activator: preferences, icons, the shared clipboard and the image service. */
public final class EditorPlugin extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.annotide.ui.editor";

    private static EditorPlugin plugin;

    private final AnnotationClipboard clipboard = new AnnotationClipboard();
    private ServiceTracker<ImageService, ImageService> imageServices;
    private ImageService fallbackService;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
        imageServices = new ServiceTracker<>(context, ImageService.class, null);
        imageServices.open();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        imageServices.close();
        plugin = null;
        super.stop(context);
    }

    public static EditorPlugin getDefault() {
        return plugin;
    }

    public AnnotationClipboard clipboard() {
        return clipboard;
    }

    /**
     * The imaging bundle's service; should its component not be running, an instance made here, which
     * reads the same extension registry.
     */
    public synchronized ImageService imageService() {
        ImageService service = imageServices.getService();
        if (service != null) {
            return service;
        }
        if (fallbackService == null) {
            ILog.of(EditorPlugin.class).warn("The image service component is not running; the editor uses its own instance");
            fallbackService = new DefaultImageService();
        }
        return fallbackService;
    }

    /** An icon of this bundle, e.g. "icons/box.png". */
    public static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path).orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }
}
