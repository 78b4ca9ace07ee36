package org.annotide.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.annotide.model.TaskType;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/** The trainers contributed to {@code org.annotide.ml.trainers}, highest priority first. */
public final class TrainerRegistry {

    public static final String EXTENSION_POINT = "org.annotide.ml.trainers";

    private final List<Trainer> trainers;

    private TrainerRegistry(List<Trainer> trainers) {
        this.trainers = List.copyOf(trainers);
    }

    /** The trainers of the running platform (none outside OSGi). */
    public static TrainerRegistry installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null || registry.getExtensionPoint(EXTENSION_POINT) == null) {
            return new TrainerRegistry(List.of());
        }
        record Contribution(Trainer trainer, int priority) {
        }
        List<Contribution> contributions = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"trainer".equals(element.getName())) {
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof Trainer trainer) {
                    int priority = 0;
                    try {
                        String value = element.getAttribute("priority");
                        priority = value == null ? 0 : Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        priority = 0;
                    }
                    contributions.add(new Contribution(trainer, priority));
                } else {
                    log(element, "does not implement " + Trainer.class.getName(), null);
                }
            } catch (CoreException e) {
                log(element, "could not be created", e);
            }
        }
        contributions.sort(Comparator.comparingInt(Contribution::priority).reversed());
        return new TrainerRegistry(contributions.stream().map(Contribution::trainer).toList());
    }

    /** A registry of the given trainers (tests, and code outside OSGi). */
    public static TrainerRegistry of(List<Trainer> trainers) {
        return new TrainerRegistry(trainers);
    }

    public List<Trainer> trainers() {
        return trainers;
    }

    /** The default trainer for a task and architecture. */
    public Optional<Trainer> forTask(TaskType task, String architecture) {
        return trainers.stream().filter(t -> t.task() == task && t.architectures().contains(architecture)).findFirst();
    }

    public Optional<Trainer> byId(String id) {
        return trainers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static void log(IConfigurationElement element, String what, Throwable e) {
        ILog.of(TrainerRegistry.class).log(Status.error("Trainer " + element.getAttribute("id") + " of "
                + element.getContributor().getName() + " " + what, e));
    }
}
