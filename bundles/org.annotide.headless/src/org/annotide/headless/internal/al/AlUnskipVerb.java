package org.annotide.headless.internal.al;

import java.util.List;
import java.util.Set;

import org.annotide.al.ActiveLearningException;
import org.annotide.al.Skips;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.model.ImageAsset;

/** {@code annotide-cli al unskip PROJECT IMAGE... | --all}: takes skips back ({@link Skips}), as the view's Un-skip. */
public final class AlUnskipVerb implements CliVerb {

    @Override
    public String name() {
        return "al unskip";
    }

    @Override
    public String summary() {
        return "Active learning: take skips back, so the next rounds may offer the images again";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al unskip PROJECT IMAGE... | --all

                Takes back the skips of these images (or of every skipped image with --all), in one journaled change,
                as the Active Learning view's Un-skip does: the next rounds may offer them again. IMAGE is an image's
                name (or id); an image that is not skipped is left as it is.
                Prints UNSKIP <image> for each image that was skipped.
                Errors (nothing changes): an image the project lacks. Exit codes: 0 done, 1 failed, 2 usage.""";
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("all");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, Integer.MAX_VALUE);
        boolean all = args.flag("all");
        if (all == args.positionals().size() > 1) {
            throw new UsageException(all ? "give IMAGE... or --all, not both" : "say which images: IMAGE... or --all");
        }
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            record Outcome(List<ImageAsset> unskipped, String problem) {
            }
            Outcome outcome = AlVerbs.ACCESS.call(store, () -> {
                try {
                    List<ImageAsset> images = all ? List.copyOf(Skips.images(store.project()))
                            : AlVerbs.images(store, args.positionals().subList(1, args.positionals().size()));
                    return new Outcome(Skips.unskip(store, images), null);
                } catch (ActiveLearningException e) {
                    return new Outcome(null, e.getMessage());
                }
            });
            if (outcome.problem() != null) {
                context.err().println("annotide-cli al unskip: " + outcome.problem() + "; nothing was changed.");
                return FAILED;
            }
            for (ImageAsset image : outcome.unskipped()) {
                context.out().println("UNSKIP " + AlVerbs.ACCESS.call(store, image::getName));
            }
            if (outcome.unskipped().isEmpty()) {
                context.err().println("none of them was skipped: nothing changed");
            }
            return OK;
        }
    }
}
