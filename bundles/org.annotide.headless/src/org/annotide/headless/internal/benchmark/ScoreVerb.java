package org.annotide.headless.internal.benchmark;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annotide.access.Account;
import org.annotide.access.PermissionService;
import org.annotide.access.UserDirectory;
import org.annotide.benchmark.ScoreTotals;
import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.TrainingSession;
import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;
import org.annotide.headless.internal.Json;
import org.annotide.metrics.SimilarityRegistry;

/** {@code annotide-cli score}: annotators' scores, re-scoring with an edited function, the CSV of every label. */
public final class ScoreVerb implements CliVerb {

    private PermissionService permissions;

    public ScoreVerb() {
    }

    public ScoreVerb(PermissionService permissions) {
        this.permissions = permissions;
    }

    public void setPermissions(PermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return "Annotators' scores in a training project; re-score with an edited function; CSV of every label";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli score TP [--function FILE.json] [--csv OUT.csv] [--json]
                                             [--user NAME] [--password-stdin]

                Prints one line per annotator, then their per-class scores (docs/annotator-training.md defines them):
                  SCORE <annotator> <score> <evaluation_labels>
                  SCORE_CLASS <annotator> <class> <score>
                Scores have four decimals; an annotator who submitted nothing scores '-'. Admins and Team Managers
                see every trainee, an Annotator only themselves.

                --function FILE.json  Re-calculate scores (Admins only): the function becomes the project's, every
                                      earlier submission is scored with it, and the scores printed are the new ones;
                                      standard error (and --json) says each annotator's score before and after.
                                      File: {"mode": "dynamic"|"classification", "classes": {"name": {"iou": 100,
                                      "category": 100}, ...}}; classes not named get 100 and 100.
                --csv OUT.csv         every evaluation label (annotator, task, image, ground_truth_id,
                                      submission_id, class, similarity, category_match, score), streamed
                                      (Admins and Team Managers)
                --json                one JSON object instead of the lines

                Log in with --user NAME (or ANNOTIDE_USER) and the password on standard input (--password-stdin)
                or in ANNOTIDE_PASSWORD.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("function", "csv", "user");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json", "password-stdin");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.expectPositionals(1, 1);
        Path folder = args.path(0, "TP");
        ScoringFunctionSpec function = null;
        if (args.option("function", null) != null) {
            Path file = Path.of(args.option("function", null));
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--function " + file + ": no such file");
            }
            function = ScoringFunctionSpec.read(file);
        }
        Account caller = CliLogin.login(context, args, UserDirectory.locate(folder), null, true);
        try (TrainingSession session = TrainingSession.open(folder, permissions, SimilarityRegistry.fromExtensions())) {
            List<TrainingSession.Rescore> rescored = function == null ? List.of() : session.rescore(caller, function);
            for (TrainingSession.Rescore change : rescored) {
                context.err().println("re-scored " + change.annotator() + ": " + number(change.before()) + " -> "
                        + number(change.after()));
            }
            long rows = -1;
            if (args.option("csv", null) != null) {
                rows = writeCsv(session, caller, Path.of(args.option("csv", null)), context);
            }
            List<ScoreTotals> scores = session.scores(caller, null);
            if (args.flag("json")) {
                ObjectNode json = Json.object();
                ArrayNode annotators = json.putArray("annotators");
                for (int i = 0; i < scores.size(); i++) {
                    ScoreTotals totals = scores.get(i);
                    ObjectNode entry = annotators.addObject().put("annotator", totals.annotator())
                            .put("tasks", totals.tasks()).put("labels", totals.labels());
                    if (!Double.isNaN(totals.score())) {
                        entry.put("score", totals.score());
                    }
                    ObjectNode classes = entry.putObject("classes");
                    totals.classScores().forEach(classes::put);
                    for (TrainingSession.Rescore change : rescored) {
                        if (change.annotator().equals(totals.annotator())) {
                            entry.put("before", change.before()).put("after", change.after());
                        }
                    }
                }
                if (rows >= 0) {
                    json.put("csvRows", rows);
                }
                context.out().println(json);
            } else {
                for (ScoreTotals totals : scores) {
                    context.out().println("SCORE " + totals.annotator() + " " + number(totals.score()) + " "
                            + totals.labels());
                }
                for (ScoreTotals totals : scores) {
                    for (Map.Entry<String, Double> entry : totals.classScores().entrySet()) {
                        context.out().println("SCORE_CLASS " + totals.annotator() + " " + entry.getKey() + " "
                                + number(entry.getValue()));
                    }
                }
            }
        }
        return OK;
    }

    /** Streams the CSV to a temporary file beside OUT and renames it into place when complete. */
    private long writeCsv(TrainingSession session, Account caller, Path out, CliContext context) throws Exception {
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        long rows;
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
            rows = session.writeCsv(caller, writer, null, context.progress());
        } catch (Exception e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        context.err().println("wrote " + rows + " evaluation label(s) to " + out);
        return rows;
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
