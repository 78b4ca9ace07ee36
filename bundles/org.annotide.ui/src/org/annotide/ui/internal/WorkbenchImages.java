package org.annotide.ui.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

/**
 * The IDE images the Problems view and markers look up in the workbench image registry. The IDE's own
 * advisor declares them; an RCP application with its own advisor has to do the same.
 */
@SuppressWarnings("restriction")
final class WorkbenchImages {

    private static final String OBJECTS = "$nl$/icons/full/obj16/";

    private WorkbenchImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, OBJECTS + "prj_obj.png");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJECTS + "cprj_obj.png");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJS_TASK_TSK, OBJECTS + "taskmrk_tsk.png");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJS_BKMRK_TSK, OBJECTS + "bkmrk_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, OBJECTS + "error_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, OBJECTS + "warn_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, OBJECTS + "info_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_COMPLETE_TSK, OBJECTS + "complete_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INCOMPLETE_TSK, OBJECTS + "incomplete_tsk.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
        URL url = FileLocator.find(bundle, new Path(path), null);
        configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
    }
}
