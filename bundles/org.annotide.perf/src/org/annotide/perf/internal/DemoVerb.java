package org.annotide.perf.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.headless.UsageException;

/** {@code annotide-cli demo FOLDER}: writes the demo project the workbench opens on its first start. */
public final class DemoVerb implements CliVerb {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "Write the demo project (synthetic images, every shape kind, tiles, a training set)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli demo FOLDER

                Creates FOLDER (which must not exist or be empty) holding the demo project: nine synthetic
                microscopy images drawn on the spot, annotations of every shape kind matching what is drawn,
                a 3072 x 3072 slide cut into 1024-pixel tiles, and a training set of four tiles.""";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path folder = args.path(0, "FOLDER");
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException(folder + " is not empty");
                }
            }
        }
        context.err().println("Writing the demo project to " + folder);
        DemoProjectGenerator.generate(folder, "Demo");
        try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
            context.out().println(store.project().getImages().size() + " images written to " + store.folder());
        }
        return OK;
    }
}
