package org.annotide.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The similarities contributed to {@code org.annotide.metrics.similarity}. For a pair of shapes it picks, among
 * the contributions whose shape kinds include both shapes' kinds, the one with the highest priority (the first
 * contributed on a tie). Built-ins: box IoU and mask IoU (exact, priority 10), JTS area IoU for any pair of area
 * shapes, buffered overlap for polylines, OKS for keypoints.
 */
public final class SimilarityRegistry {

    public static final String EXTENSION_POINT = "org.annotide.metrics.similarity";

    /** One contribution: its id, name, the kinds it compares, its priority and the implementation. */
    public record Contribution(String id, String name, Set<ShapeKind> kinds, int priority, ShapeSimilarity similarity) {
    }

    private final List<Contribution> contributions;

    public SimilarityRegistry(List<Contribution> contributions) {
        List<Contribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparingInt(Contribution::priority).reversed()); // stable: ties keep their order
        this.contributions = List.copyOf(sorted);
    }

    /** The contributions of the running platform's extension registry. */
    public static SimilarityRegistry fromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("no extension registry: run inside OSGi, or build a SimilarityRegistry "
                    + "from contributions");
        }
        return fromExtensions(registry);
    }

    public static SimilarityRegistry fromExtensions(IExtensionRegistry registry) {
        List<Contribution> contributions = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"similarity".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            try {
                Set<ShapeKind> kinds = EnumSet.noneOf(ShapeKind.class);
                for (String kind : element.getAttribute("shapeKinds").split(",")) {
                    ShapeKind parsed = ShapeKind.get(kind.trim());
                    if (parsed == null) {
                        throw new IllegalArgumentException("unknown shape kind '" + kind.trim() + "'");
                    }
                    kinds.add(parsed);
                }
                String priority = element.getAttribute("priority");
                ShapeSimilarity similarity = (ShapeSimilarity) element.createExecutableExtension("class");
                contributions.add(new Contribution(id, element.getAttribute("name"), kinds,
                        priority == null ? 0 : Integer.parseInt(priority.trim()), similarity));
            } catch (CoreException | RuntimeException e) {
                // one broken contribution must not take the others down: log it with its origin
                ILog.of(SimilarityRegistry.class).error("Similarity '" + id + "' contributed by "
                        + element.getContributor().getName() + " cannot be used: " + e.getMessage(), e);
            }
        }
        return new SimilarityRegistry(contributions);
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    /** The contribution that compares shapes of these two kinds, if any. */
    public Optional<Contribution> find(ShapeKind reference, ShapeKind candidate) {
        return contributions.stream().filter(c -> c.kinds().contains(reference) && c.kinds().contains(candidate))
                .findFirst();
    }

    /**
     * The similarity of two shapes, by the contribution {@link #find} picks.
     *
     * @throws IllegalArgumentException when no contribution compares these kinds
     */
    public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
        Contribution contribution = find(reference.getKind(), candidate.getKind())
                .orElseThrow(() -> new IllegalArgumentException("no similarity compares a "
                        + reference.getKind().getLiteral() + " with a " + candidate.getKind().getLiteral()));
        return contribution.similarity().similarity(reference, candidate, context);
    }
}
