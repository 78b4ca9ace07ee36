package org.annotide.headless.internal.al;

import java.util.List;

import org.annotide.al.ActiveLearningException;
import org.annotide.al.Skips;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.model.ImageAsset;

/**
 * {@code annotide-cli al skip PROJECT [IMAGE...]}: records that the user skipped images a round offered, as the Active
 * Learning view's Skip (Space) does ({@link Skips}); without images, lists the skipped ones.
 */
public final class AlSkipVerb implements CliVerb {

    @Override
    public String name() {
        return "al skip";
    }

    @Override
    public String summary() {
        return "Active learning: skip images a round offered (later rounds leave them out), or list the skipped ones";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al skip PROJECT [IMAGE...]

                Records that these images are skipped, as the Active Learning view's Skip (Space) does: each is
                marked in the newest selection round that offered it (one journaled change), stays unlabelled, and
                the next rounds ('al round', 'al select', the view) leave it out of their pool until it is un-skipped
                ('al unskip') or a round is run with --include-skipped. IMAGE is an image's name (or id).
                Without IMAGE, changes nothing and lists the skipped images.

                Prints SKIP <image> <round number> for every skipped image (the round that offered it), in the
                order of the rounds; the list is empty when none is skipped.
                Errors (nothing changes): an image the project lacks, one that is labelled, one no round offered.
                Exit codes: 0 done, 1 failed, 2 usage.""";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, Integer.MAX_VALUE);
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            if (args.positionals().size() > 1) {
                String problem = AlVerbs.ACCESS.call(store, () -> {
                    try {
                        List<ImageAsset> images = AlVerbs.images(store, args.positionals().subList(1, args.positionals().size()));
                        Skips.skipInNewestRounds(store, images);
                        return null;
                    } catch (ActiveLearningException e) {
                        return e.getMessage();
                    }
                });
                if (problem != null) {
                    context.err().println("annotide-cli al skip: " + problem + "; nothing was recorded.");
                    return FAILED;
                }
            }
            List<String> lines = AlVerbs.ACCESS.call(store, () -> Skips.of(store.project()).stream()
                    .map(s -> "SKIP " + s.image().getName() + " " + (store.project().getSelectionRounds().indexOf(s.round()) + 1))
                    .toList());
            lines.forEach(context.out()::println);
            if (lines.isEmpty()) { // stdout stays parseable; an empty answer alone looked like a failure
                context.err().println("no image is skipped");
            }
            return OK;
        }
    }
}
