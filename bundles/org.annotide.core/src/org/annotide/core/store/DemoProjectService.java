package org.annotide.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the demo project a newcomer sees on first start into a folder. An OSGi service: the product's
 * org.annotide.perf bundle provides it (a Declarative Services component), the workbench asks for it when
 * its workspace is empty and does without a demo when no bundle provides one. Lives here, below both, so
 * that neither the workbench nor the command line depends on the bundle of harnesses.
 */
public interface DemoProjectService {

    /**
     * Generates the project (images, annotations of every shape kind, tiles, a training set) in
     * {@code folder}, which must be empty or missing, and closes it.
     *
     * @param name the project's name
     */
    void generate(Path folder, String name) throws IOException;
}
