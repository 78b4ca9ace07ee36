package org.annotide.headless.internal.formats;

import java.util.Set;
import java.util.function.Supplier;

import org.annotide.formats.FormatDescriptor;
import org.annotide.formats.FormatRegistry;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;

import org.annotide.headless.internal.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** {@code annotide-cli formats}: the formats import, export and validate accept. */
public final class FormatsVerb implements CliVerb {

    private final Supplier<FormatRegistry> registry;

    public FormatsVerb() {
        this(FormatSelection.platform());
    }

    public FormatsVerb(Supplier<FormatRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String summary() {
        return "List the annotation formats for import, export and validate";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli formats [--json]

                Lists every format contributed to the extension point org.annotide.formats.formats: its id (for
                --format), whether it imports and exports, and its name and description.

                Options:
                  --json   one JSON list instead of text""";
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) {
        args.expectPositionals(0, 0);
        if (args.flag("json")) {
            ArrayNode json = Json.array();
            for (FormatDescriptor format : registry.get().all()) {
                json.addObject().put("id", format.id()).put("name", format.name()).put("import", format.canImport())
                        .put("export", format.canExport()).put("description", format.description());
            }
            context.out().println(json);
            return OK;
        }
        for (FormatDescriptor format : registry.get().all()) {
            context.out().printf("%-16s %-6s %-6s %s%n", format.id(), format.canImport() ? "import" : "",
                    format.canExport() ? "export" : "", format.name());
            if (!format.description().isEmpty()) {
                context.out().printf("%31s%s%n", "", format.description());
            }
        }
        return OK;
    }
}
