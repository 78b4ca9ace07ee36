package org.annotide.perf.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.annotide.core.store.DemoProjectService;

/** The demo project as an OSGi service (OSGI-INF/org.annotide.perf.demo.service.xml), for the workbench's first start. */
public final class DemoProjectProvider implements DemoProjectService {

    @Override
    public void generate(Path folder, String name) throws IOException {
        DemoProjectGenerator.generate(folder, name);
    }
}
