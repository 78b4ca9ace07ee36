package org.annotide.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annotide.core.extensions.ContributionProblems;
import org.annotide.model.TaskType;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The trainers contributed to {@code org.annotide.ml.trainers}, highest priority first. */
public final class TrainerRegistry {

    public static final String EXTENSION_POINT = "org.annotide.ml.trainers";

    private final List<Trainer> trainers;

    private TrainerRegistry(List<Trainer> trainers) {
        this.trainers = List.copyOf(trainers);
    }

    /**
     * The trainers of the running platform (none outside OSGi). A contribution whose class is missing, whose
     * constructor throws, that does not implement {@link Trainer}, whose {@code id()} differs from its declared id,
     * whose {@code task()} or {@code architectures()} is missing, or whose id is already taken is reported through
     * {@link ContributionProblems} (once, with its plug-in) and left out; the other trainers work as before.
     */
    public static TrainerRegistry installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null || registry.getExtensionPoint(EXTENSION_POINT) == null) {
            return new TrainerRegistry(List.of());
        }
        record Contribution(Trainer trainer, int priority) {
        }
        List<Contribution> contributions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"trainer".equals(element.getName())) {
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Trainer trainer)) {
                    ContributionProblems.report(element, "its class " + element.getAttribute("class")
                            + " does not implement " + Trainer.class.getName(), null);
                    continue;
                }
                String problem = nonsense(trainer, element.getAttribute("id"));
                if (problem != null) {
                    ContributionProblems.report(element, problem, null);
                    continue;
                }
                if (!ids.add(trainer.id())) {
                    ContributionProblems.report(element, "the trainer id '" + trainer.id() + "' is already taken", null);
                    continue;
                }
                int priority;
                try {
                    String value = element.getAttribute("priority");
                    priority = value == null ? 0 : Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    priority = 0;
                }
                contributions.add(new Contribution(trainer, priority));
            } catch (CoreException | RuntimeException | LinkageError e) {
                ContributionProblems.report(element, "its class " + element.getAttribute("class")
                        + " cannot be created: " + ContributionProblems.describe(e), e);
            }
        }
        contributions.sort(Comparator.comparingInt(Contribution::priority).reversed());
        return new TrainerRegistry(contributions.stream().map(Contribution::trainer).toList());
    }

    /** What is wrong with a created trainer's description of itself, or null. */
    private static String nonsense(Trainer trainer, String declaredId) {
        String id = trainer.id();
        if (id == null || !id.equals(declaredId)) {
            return "id() returned " + (id == null ? "null" : "'" + id + "'") + ", the contribution declares '"
                    + declaredId + "'";
        }
        if (trainer.task() == null) {
            return "task() returned null";
        }
        List<String> architectures = trainer.architectures();
        if (architectures == null || architectures.isEmpty() || architectures.stream().anyMatch(java.util.Objects::isNull)) {
            return "architectures() returned " + architectures + " (a trainer names at least one architecture)";
        }
        return null;
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
}
