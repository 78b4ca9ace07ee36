package org.annotide.headless.internal;

import java.nio.file.Path;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;

/** {@code annotide-cli init PROJECT [--name NAME]}: creates an empty project. */
public final class InitVerb implements CliVerb {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "Create an empty project in a folder";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli init PROJECT [--name NAME]

                Creates an empty Annotide project in the folder PROJECT (created when missing; files already
                in it stay). 'import' and 'import-images' also create the project when it is missing.

                Options:
                  --name NAME   the project's name (default: the folder's name)

                Exit codes: 0 created, 1 failure (already a project, or the folder cannot be written).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("name");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path folder = args.path(0, "PROJECT");
        if (ProjectStore.isProject(folder)) {
            context.err().println("annotide-cli init: " + folder.toAbsolutePath().normalize()
                    + " already holds an Annotide project");
            return FAILED;
        }
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        String name = args.option("name", fileName == null ? "project" : fileName.toString());
        try (ProjectStore store = ProjectStore.create(folder, name)) {
            context.out().println("Created project " + name + " in " + store.folder());
        }
        return OK;
    }
}
