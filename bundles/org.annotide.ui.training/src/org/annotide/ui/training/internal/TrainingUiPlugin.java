package org.annotide.ui.training.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Holds the workbench's training queue from the first use until the bundle stops. */
public final class TrainingUiPlugin implements BundleActivator {

    private static volatile TrainingUiPlugin instance;
    private WorkbenchTraining training;

    @Override
    public void start(BundleContext context) {
        instance = this;
    }

    @Override
    public void stop(BundleContext context) {
        WorkbenchTraining t;
        synchronized (this) {
            t = training;
            training = null;
        }
        if (t != null) {
            t.close();
        }
        instance = null;
    }

    /** The queue of this workbench, created on first use (the workbench must be running). */
    public static WorkbenchTraining training() {
        TrainingUiPlugin plugin = instance;
        if (plugin == null) {
            throw new IllegalStateException("org.annotide.ui.training is not active");
        }
        synchronized (plugin) {
            if (plugin.training == null) {
                plugin.training = new WorkbenchTraining();
            }
            return plugin.training;
        }
    }
}
