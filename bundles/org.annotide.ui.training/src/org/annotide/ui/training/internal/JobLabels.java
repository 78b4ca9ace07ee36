package org.annotide.ui.training.internal;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.model.JobStatus;
import org.annotide.model.TaskType;
import org.annotide.model.TrainingJob;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** Texts and colours shared by the training views. */
final class JobLabels {

    private JobLabels() {
    }

    static String task(TaskType task) {
        return task == null ? "" : task.getLiteral().substring(0, 1) + task.getLiteral().substring(1).toLowerCase(Locale.ROOT);
    }

    static String status(JobStatus status) {
        return status == null ? "" : "\u25CF " + status.getLiteral().substring(0, 1)
                + status.getLiteral().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The badge colour of a status: grey pending, blue running, green completed, red failed, orange cancelled. */
    static Color color(Display display, JobStatus status) {
        if (status == null) {
            return display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        }
        return display.getSystemColor(switch (status) {
            case PENDING -> SWT.COLOR_DARK_GRAY;
            case PREPARING, TRAINING -> SWT.COLOR_BLUE;
            case COMPLETED -> SWT.COLOR_DARK_GREEN;
            case FAILED -> SWT.COLOR_RED;
            case CANCELLED -> SWT.COLOR_DARK_YELLOW;
        });
    }

    static String date(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(date);
    }

    /** The task's headline metric among those given: top1, map50 or mask_map50, else the first one. */
    static String mainMetric(TaskType task, Iterable<String> names) {
        List<String> preferred = switch (task == null ? TaskType.CLASSIFY : task) {
            case CLASSIFY -> List.of("top1", "accuracy");
            case DETECT -> List.of("map50", "map50_95");
            case SEGMENT -> List.of("mask_map50", "map50");
        };
        String first = null;
        for (String name : names) {
            if (preferred.contains(name)) {
                return name;
            }
            if (first == null) {
                first = name;
            }
        }
        return first;
    }

    static int epochs(TrainingJob job) {
        try {
            return Integer.parseInt(job.getConfiguration().get("epochs"));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static String metrics(Map<String, Double> metrics) {
        StringBuilder text = new StringBuilder();
        metrics.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!text.isEmpty()) {
                text.append("   ");
            }
            text.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.4f", e.getValue()));
        });
        return text.toString();
    }
}
