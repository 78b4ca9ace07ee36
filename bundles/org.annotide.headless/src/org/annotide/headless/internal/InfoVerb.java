package org.annotide.headless.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliVerb;
import org.annotide.headless.CliContext;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;

/** {@code annotide-cli info PROJECT}: what a project holds, without changing it. */
public final class InfoVerb implements CliVerb {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "Show what a project holds: images, tiles, classes, annotations by shape, training sets";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli info PROJECT [--json]

                Prints a summary of the project folder PROJECT. Opens it read-only: nothing is written.

                Options:
                  --json   one JSON object instead of text; what recovery noticed while opening (a torn
                           journal tail dropped, a damaged checkpoint skipped) is its "notes" array""";
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(CliContext context, Args args) {
        args.expectPositionals(1, 1);
        try (ProjectStore store = ProjectStore.openReadOnly(args.path(0, "PROJECT"))) {
            Project project = store.project();
            Map<ShapeKind, Integer> shapes = new EnumMap<>(ShapeKind.class);
            int annotations = 0;
            int tiles = 0;
            for (ImageAsset image : project.getImages()) {
                tiles += image.getTiles().size();
                for (Annotation annotation : image.getAnnotations()) {
                    annotations++;
                    if (annotation.getShape() != null) {
                        shapes.merge(annotation.getShape().getKind(), 1, Integer::sum);
                    }
                }
            }
            if (args.flag("json")) {
                ObjectNode json = Json.object().put("name", project.getName()).put("id", project.getId())
                        .put("images", project.getImages().size()).put("tiles", tiles)
                        .put("labelClasses", project.getLabelClasses().size()).put("annotations", annotations)
                        .put("trainingSets", project.getTrainingSets().size());
                ObjectNode kinds = json.putObject("shapes");
                shapes.forEach((kind, count) -> kinds.put(kind.getLiteral(), count));
                ArrayNode notes = json.putArray("notes");
                store.recoveryNotes().forEach(notes::add);
                context.out().println(json);
            } else {
                context.out().printf("Project        %s%n", project.getName());
                context.out().printf("Folder         %s%n", store.folder());
                context.out().printf("Images         %d%n", project.getImages().size());
                context.out().printf("Tiles          %d%n", tiles);
                context.out().printf("Label classes  %d", project.getLabelClasses().size());
                String separator = ": ";
                for (LabelClass labelClass : project.getLabelClasses()) {
                    context.out().print(separator + labelClass.getName());
                    separator = ", ";
                }
                context.out().println();
                context.out().printf("Annotations    %d%n", annotations);
                shapes.forEach((kind, count) -> context.out().printf("  %-12s %d%n", kind.getLiteral(), count));
                context.out().printf("Training sets  %d%n", project.getTrainingSets().size());
                store.recoveryNotes().forEach(note -> context.out().println("Note: " + note));
            }
        }
        return OK;
    }
}
