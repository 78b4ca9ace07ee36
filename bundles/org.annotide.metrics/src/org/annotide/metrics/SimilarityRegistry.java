package org.annotide.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;
import org.annotide.core.extensions.ContributionProblems;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
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

    /**
     * The similarities contributed to {@link #EXTENSION_POINT} in this registry. A contribution whose class is
     * missing, whose constructor throws, that names an unknown shape kind or a priority that is not a number is
     * reported through {@link ContributionProblems} (once, with its plug-in) and left out. A contribution that
     * answers nonsense when called (NaN or a value outside [0, 1]) is reported the same way
     * and from then on stands aside: the next contribution for the same kinds answers in its place.
     */
    public static SimilarityRegistry fromExtensions(IExtensionRegistry registry) {
        List<Contribution> contributions = new ArrayList<>();
        List<Guarded> guards = new ArrayList<>();
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
                int parsedPriority = priority == null ? 0 : Integer.parseInt(priority.trim());
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof ShapeSimilarity similarity)) {
                    ContributionProblems.report(element, "its class " + element.getAttribute("class")
                            + " does not implement " + ShapeSimilarity.class.getName(), null);
                    continue;
                }
                Guarded guarded = new Guarded(element, similarity, kinds);
                guards.add(guarded);
                contributions.add(new Contribution(id, element.getAttribute("name"), kinds, parsedPriority, guarded));
            } catch (CoreException | RuntimeException | LinkageError e) {
                // one broken contribution must not take the others down: report it with its plug-in
                ContributionProblems.report(element, "it cannot be created: " + ContributionProblems.describe(e), e);
            }
        }
        SimilarityRegistry result = new SimilarityRegistry(contributions);
        guards.forEach(guard -> guard.registry = result);
        return result;
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    /** The contribution that compares shapes of these two kinds, if any. */
    public Optional<Contribution> find(ShapeKind reference, ShapeKind candidate) {
        return contributions.stream().filter(c -> c.kinds().contains(reference) && c.kinds().contains(candidate))
                .filter(c -> !(c.similarity() instanceof Guarded guarded && guarded.faulty)).findFirst();
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

    /**
     * A contributed similarity with a check of what it answers: the first wrong answer (NaN, a value outside
     * [0, 1]) reports the contribution and makes it stand aside for the next one of the same kinds.
     */
    private static final class Guarded implements ShapeSimilarity {

        private final IConfigurationElement element;
        private final ShapeSimilarity delegate;
        private final Set<ShapeKind> kinds;
        private volatile boolean faulty;
        private volatile SimilarityRegistry registry;
        private volatile String problem;

        Guarded(IConfigurationElement element, ShapeSimilarity delegate, Set<ShapeKind> kinds) {
            this.element = element;
            this.delegate = delegate;
            this.kinds = kinds;
        }

        @Override
        public double similarity(Shape reference, Shape candidate, SimilarityContext context) {
            if (!faulty) {
                // an exception is about this pair of shapes (bad data) and goes to the caller as before; an answer
                // outside [0, 1] breaks the contract for every pair
                double value = delegate.similarity(reference, candidate, context);
                if (value >= 0 && value <= 1) {
                    return value;
                }
                if (value > 1 && value <= 1 + 1e-9) {
                    return 1; // rounding
                }
                fault("it returned " + value + " for a " + reference.getKind().getLiteral() + " and a "
                        + candidate.getKind().getLiteral() + " (a similarity is in [0, 1])", null);
            }
            SimilarityRegistry owner = registry;
            Optional<Contribution> next = owner == null ? Optional.empty()
                    : owner.find(reference.getKind(), candidate.getKind());
            if (next.isEmpty() || next.get().similarity() == this) {
                throw new IllegalStateException(ContributionProblems.report(element, problem, null).message()
                        + "; no other similarity compares these kinds");
            }
            return next.get().similarity().similarity(reference, candidate, context);
        }

        private void fault(String what, Throwable cause) {
            problem = what;
            faulty = true;
            ContributionProblems.report(element, what, cause);
        }

        @Override
        public String toString() {
            return delegate + " " + kinds;
        }
    }
}
