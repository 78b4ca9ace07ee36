package org.annotide.headless.internal.ml;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.annotide.core.store.ProjectStore;
import org.annotide.headless.UsageException;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.TaskType;

/** What the training verbs share: opening a project for training work, parsing task names, number format. */
final class MlVerbs {

    static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    private MlVerbs() {
    }

    /** Opens a project for changes and marks jobs left running by an ended process as failed. */
    static ProjectStore open(Path folder) {
        ProjectStore store = ProjectStore.open(folder);
        TrainingQueue.recover(store, ACCESS);
        return store;
    }

    static TaskType task(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "classify", "classification" -> TaskType.CLASSIFY;
            case "detect", "detection" -> TaskType.DETECT;
            case "segment", "segmentation" -> TaskType.SEGMENT;
            default -> throw new UsageException("the task must be classify, detect or segment, not '" + value + "'");
        };
    }

    static String name(TaskType task) {
        return task == null ? "-" : task.getLiteral().toLowerCase(Locale.ROOT);
    }

    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
