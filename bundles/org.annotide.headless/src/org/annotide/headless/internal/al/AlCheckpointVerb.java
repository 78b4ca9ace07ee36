package org.annotide.headless.internal.al;

import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;

import org.annotide.al.ActiveLearningException;
import org.annotide.al.Checkpoints;
import org.annotide.core.store.ProjectStore;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/** {@code annotide-cli al checkpoint PROJECT save NAME | restore NAME | list}. */
public final class AlCheckpointVerb implements CliVerb {

    @Override
    public String name() {
        return "al checkpoint";
    }

    @Override
    public String summary() {
        return "Active learning: save, restore or list named checkpoints of the episode";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli al checkpoint PROJECT save NAME | restore NAME | list

                A checkpoint holds the episode's state: every image's class label that is not a prediction, the
                active classifier, the number of selection rounds and the last round's queue; it is saved as
                PROJECT/al/checkpoints/NAME.json. restore puts the labels and the active model back and removes the
                rounds recorded after the checkpoint, in one journaled change (undoable in the workbench). A model is
                exported with 'annotide-cli models PROJECT export ID FILE' and an episode starts from an imported
                model with 'models PROJECT import FILE' and 'al select PROJECT --model ID'.

                Prints CHECKPOINT <name> <rounds> <labelled> <model id or -> <saved at, UTC>.
                NAME: letters, digits, '.', '_', '-'. Exit codes: 0 done, 1 failed (nothing changed), 2 usage.""";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(2, 3);
        String action = args.positional(1, "save, restore or list");
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            Checkpoints checkpoints = new Checkpoints(store, AlVerbs.ACCESS);
            switch (action) {
                case "save" -> {
                    args.expectPositionals(3, 3);
                    print(context, checkpoints.save(args.positional(2, "NAME")));
                }
                case "restore" -> {
                    args.expectPositionals(3, 3);
                    print(context, checkpoints.restore(args.positional(2, "NAME")));
                }
                case "list" -> {
                    args.expectPositionals(2, 2);
                    for (Checkpoints.Info info : checkpoints.list()) {
                        print(context, info);
                    }
                }
                default -> throw new UsageException("the action is save, restore or list, not '" + action + "'");
            }
            return OK;
        } catch (ActiveLearningException e) {
            context.err().println("annotide-cli al checkpoint: " + e.getMessage());
            return FAILED;
        }
    }

    private static void print(CliContext context, Checkpoints.Info info) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        context.out().println("CHECKPOINT " + info.name() + " " + info.rounds() + " " + info.labelled() + " "
                + (info.modelId() == null ? "-" : info.modelId()) + " " + format.format(info.createdAt()));
    }
}
