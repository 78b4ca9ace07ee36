package org.annotide.headless.internal.al;

import java.text.SimpleDateFormat;
import java.util.List;
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
                active classifier, the number of selection rounds, the last round's queue, the skipped images and
                the episode's settings; it is saved as PROJECT/al/checkpoints/NAME.json. restore puts the labels,
                the active model, the skips and the settings back and removes the rounds recorded after the
                checkpoint, in one journaled change (undoable in the workbench). A model is
                exported with 'annotide-cli models PROJECT export ID FILE' and an episode starts from an imported
                model with 'models PROJECT import FILE' and 'al select PROJECT --model ID'.

                Prints CHECKPOINT <name> <rounds> <labelled> <model id or -> <saved at, UTC>.
                NAME: letters, digits, '.', '_', '-'. Exit codes: 0 done, 1 failed (nothing changed), 2 usage.""";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        // each mistake named in the user's words ("expected at least 3 argument(s), got 2" said neither which nor why),
        // before the project is opened
        if (args.positionals().size() < 2) {
            throw new UsageException("say what to do: PROJECT save NAME, PROJECT restore NAME or PROJECT list");
        }
        String action = args.positional(1, "save, restore or list");
        switch (action) {
            case "save", "restore" -> {
                if (args.positionals().size() < 3) {
                    throw new UsageException(action + " needs the checkpoint's NAME"
                            + (action.equals("restore") ? " (al checkpoint PROJECT list shows them)" : ""));
                }
                args.expectPositionals(3, 3);
            }
            case "list" -> args.expectPositionals(2, 2);
            default -> throw new UsageException("the action is save, restore or list, not '" + action + "'");
        }
        try (ProjectStore store = AlVerbs.open(args.path(0, "PROJECT"))) {
            Checkpoints checkpoints = new Checkpoints(store, AlVerbs.ACCESS);
            switch (action) {
                case "save" -> print(context, checkpoints.save(args.positional(2, "NAME")));
                case "restore" -> print(context, checkpoints.restore(args.positional(2, "NAME")));
                default -> {
                    List<Checkpoints.Info> all = checkpoints.list();
                    for (Checkpoints.Info info : all) {
                        print(context, info);
                    }
                    if (all.isEmpty()) { // an empty answer on the terminal looked like a failure; stdout stays parseable
                        context.err().println("no checkpoints yet: save one with al checkpoint PROJECT save NAME");
                    }
                }
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
