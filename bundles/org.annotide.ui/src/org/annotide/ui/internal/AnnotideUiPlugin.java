package org.annotide.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** Activator: the bundle's image registry and preference store. */
public final class AnnotideUiPlugin extends AbstractUIPlugin {

    private static AnnotideUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    /** The running plug-in; for use inside this bundle only. */
    public static AnnotideUiPlugin plugin() {
        return instance;
    }

    public static ImageDescriptor imageDescriptor(String path) {
        return imageDescriptorFromPlugin("org.annotide.ui", path);
    }
}
