package org.annotide.al;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/** The strategies contributed to {@code org.annotide.al.strategies}, in the order the registry lists them. */
public final class StrategyRegistry {

    public static final String EXTENSION_POINT = "org.annotide.al.strategies";

    /** One contribution: the strategy with its name and one-line formula. */
    public record Entry(String id, String name, String formula, Strategy strategy) {
    }

    private final List<Entry> entries;

    private StrategyRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The strategies of the running platform (none outside OSGi). */
    public static StrategyRegistry installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null || registry.getExtensionPoint(EXTENSION_POINT) == null) {
            return new StrategyRegistry(List.of());
        }
        List<Entry> entries = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"strategy".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Strategy strategy)) {
                    log(element, "does not implement " + Strategy.class.getName(), null);
                } else if (!id.equals(strategy.id())) {
                    log(element, "says its id is '" + strategy.id() + "', the extension says '" + id + "'", null);
                } else if (entries.stream().anyMatch(e -> e.id().equals(id))) {
                    log(element, "has the id of a strategy that is already installed", null);
                } else {
                    String formula = element.getAttribute("formula");
                    entries.add(new Entry(id, element.getAttribute("name"), formula == null ? "" : formula, strategy));
                }
            } catch (CoreException e) {
                log(element, "could not be created", e);
            }
        }
        return new StrategyRegistry(entries);
    }

    /** A registry of the given strategies (tests, or callers outside OSGi). */
    public static StrategyRegistry of(List<Strategy> strategies) {
        return new StrategyRegistry(strategies.stream().map(s -> new Entry(s.id(), s.id(), "", s)).toList());
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Strategy> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).map(Entry::strategy).findFirst();
    }

    /** The strategy, or a clear error listing the installed ones. */
    public Strategy require(String id) throws ActiveLearningException {
        return byId(id).orElseThrow(() -> new ActiveLearningException("unknown strategy '" + id + "'; installed: "
                + String.join(", ", entries.stream().map(Entry::id).toList())));
    }

    private static void log(IConfigurationElement element, String problem, Throwable cause) {
        ILog.of(StrategyRegistry.class).log(Status.error("Strategy '" + element.getAttribute("id") + "' of "
                + element.getContributor().getName() + " " + problem, cause));
    }
}
