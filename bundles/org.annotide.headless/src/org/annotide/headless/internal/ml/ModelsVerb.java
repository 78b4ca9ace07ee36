package org.annotide.headless.internal.ml;

import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.ml.EpochResult;
import org.annotide.ml.ModelDescriptor;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingException;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;

/** {@code annotide-cli models PROJECT [list|show|activate|delete|export|import|compare]}. */
public final class ModelsVerb implements CliVerb {

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String summary() {
        return "The project's trained models: list, show, activate, delete, export, import, compare";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli models PROJECT [list]
                       annotide-cli models PROJECT show ID
                       annotide-cli models PROJECT activate ID
                       annotide-cli models PROJECT delete ID
                       annotide-cli models PROJECT export ID FILE
                       annotide-cli models PROJECT import FILE [--task T --classes a,b --image-size N]
                       annotide-cli models PROJECT compare ID ID...

                ID is a model's id, a unique prefix of it (4 characters or more) or its unique name.
                list      one line per model: id, active mark, task, architecture, name:version, top-1, date
                show      everything the model file says: classes, input, normalisation, configuration,
                          final metrics, every epoch, the dataset it saw
                activate  make it the model used for its task type (one active model per task type)
                delete    remove it from the registry and delete its file
                export    write the model as one file (.atm) that 'import' reads into another project
                import    register an exported model file; or a TorchScript classifier a user brings, with
                          --task classify, --classes (in output order) and --image-size; the file is checked
                          (it must load, and give one output per class). An imported model becomes active
                          when its task type has no active model.
                compare   metrics and configuration of several models side by side""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("task", "classes", "image-size");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, Integer.MAX_VALUE);
        String action = args.positionals().size() > 1 ? args.positional(1, "action") : "list";
        Path folder = args.path(0, "PROJECT");
        TrainerRegistry trainers = TrainerRegistry.installed();
        try {
            switch (action) {
                case "list" -> {
                    args.expectPositionals(1, 2);
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
                        list(context, new ModelRegistry(store, MlVerbs.ACCESS, trainers));
                    }
                }
                case "show" -> {
                    args.expectPositionals(3, 3);
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
                        show(context, new ModelRegistry(store, MlVerbs.ACCESS, trainers), args.positional(2, "ID"));
                    }
                }
                case "compare" -> {
                    args.expectPositionals(4, Integer.MAX_VALUE);
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
                        compare(context, new ModelRegistry(store, MlVerbs.ACCESS, trainers),
                                args.positionals().subList(2, args.positionals().size()));
                    }
                }
                case "activate" -> {
                    args.expectPositionals(3, 3);
                    try (ProjectStore store = MlVerbs.open(folder)) {
                        ModelRegistry registry = new ModelRegistry(store, MlVerbs.ACCESS, trainers);
                        TrainedModel model = registry.find(args.positional(2, "ID"));
                        registry.activate(model);
                        context.out().println("ACTIVE " + model.getId());
                    }
                }
                case "delete" -> {
                    args.expectPositionals(3, 3);
                    try (ProjectStore store = MlVerbs.open(folder)) {
                        ModelRegistry registry = new ModelRegistry(store, MlVerbs.ACCESS, trainers);
                        TrainedModel model = registry.find(args.positional(2, "ID"));
                        String id = model.getId();
                        registry.delete(model);
                        context.out().println("DELETED " + id);
                    }
                }
                case "export" -> {
                    args.expectPositionals(4, 4);
                    try (ProjectStore store = ProjectStore.openReadOnly(folder)) {
                        ModelRegistry registry = new ModelRegistry(store, MlVerbs.ACCESS, trainers);
                        TrainedModel model = registry.find(args.positional(2, "ID"));
                        Path file = args.path(3, "FILE");
                        registry.export(model, file);
                        context.out().println("EXPORTED " + model.getId() + " " + file);
                    }
                }
                case "import" -> {
                    args.expectPositionals(3, 3);
                    TaskType task = MlVerbs.task(args.option("task", null));
                    List<String> classes = MlVerbs.list(args.option("classes", null));
                    int size = args.intOption("image-size", 0);
                    try (ProjectStore store = MlVerbs.open(folder)) {
                        ModelRegistry registry = new ModelRegistry(store, MlVerbs.ACCESS, trainers);
                        TrainedModel model = registry.importFile(args.path(2, "FILE"), task,
                                classes.isEmpty() ? null : classes, size);
                        context.out().println("IMPORTED " + model.getId() + (model.isActive() ? " active" : ""));
                    }
                }
                default -> throw new UsageException("unknown action '" + action + "'");
            }
        } catch (TrainingException e) {
            context.err().println("annotide-cli models: " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    private static void list(CliContext context, ModelRegistry registry) {
        SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        for (TrainedModel m : registry.list()) {
            Double top1 = m.getMetrics().get("top1");
            context.out().printf(Locale.ROOT, "%s %s %-8s %-11s %s:%d  top1 %s  %s%n", m.getId(), m.isActive() ? "*" : " ",
                    MlVerbs.name(m.getType()), m.getArchitecture(), m.getName(), m.getVersion(),
                    top1 == null ? "-" : MlVerbs.number(top1), m.getCreatedAt() == null ? "-" : time.format(m.getCreatedAt()));
        }
    }

    private static void show(CliContext context, ModelRegistry registry, String key) throws TrainingException {
        TrainedModel model = registry.find(key);
        ModelDescriptor d = registry.modelFile(model).descriptor();
        var out = context.out();
        out.println("id             " + d.id());
        out.println("name           " + model.getName() + ":" + model.getVersion());
        out.println("active         " + model.isActive());
        out.println("task           " + MlVerbs.name(d.task()));
        out.println("architecture   " + d.architecture());
        out.println("trainer        " + d.trainer());
        out.println("classes        " + String.join(", ", d.classes()));
        out.println("input          " + d.channels() + "x" + d.imageSize() + "x" + d.imageSize());
        out.println("normalisation  mean " + java.util.Arrays.toString(d.mean()) + " std " + java.util.Arrays.toString(d.std()));
        out.println("created        " + new Date(d.createdAt()));
        out.println("file           " + registry.file(model));
        out.println("configuration");
        new java.util.TreeMap<>(d.configuration()).forEach((k, v) -> out.println("  " + k + " = " + v.replace("\n", ",")));
        out.println("metrics");
        new java.util.TreeMap<>(d.metrics()).forEach((k, v) -> out.println("  " + k + " = " + MlVerbs.number(v)));
        out.println("epochs");
        for (EpochResult e : d.epochs()) {
            out.println("  " + TrainVerb.epochLine(e));
        }
        out.println("dataset");
        d.dataset().forEach((k, v) -> out.println("  " + k + " = " + v));
    }

    private static void compare(CliContext context, ModelRegistry registry, List<String> keys) throws TrainingException {
        List<ModelDescriptor> models = new ArrayList<>();
        for (String key : keys) {
            models.add(registry.modelFile(registry.find(key)).descriptor());
        }
        Set<String> metrics = new TreeSet<>();
        Set<String> settings = new TreeSet<>();
        for (ModelDescriptor d : models) {
            d.metrics().keySet().stream().filter(k -> !k.startsWith("confusion.")).forEach(metrics::add);
            settings.addAll(d.configuration().keySet());
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", ""));
        for (ModelDescriptor d : models) {
            header.append(String.format(Locale.ROOT, " %-14s", d.id().substring(0, Math.min(8, d.id().length()))));
        }
        context.out().println(header);
        for (String metric : metrics) {
            row(context, metric, models, d -> d.metrics().containsKey(metric) ? MlVerbs.number(d.metrics().get(metric)) : "-");
        }
        for (String setting : settings) {
            row(context, setting, models, d -> d.configuration().getOrDefault(setting, "-").replace("\n", ","));
        }
    }

    private static void row(CliContext context, String name, List<ModelDescriptor> models,
            java.util.function.Function<ModelDescriptor, String> value) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", name));
        for (ModelDescriptor d : models) {
            line.append(String.format(Locale.ROOT, " %-14s", value.apply(d)));
        }
        context.out().println(line);
    }

}
