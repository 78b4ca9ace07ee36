package org.annotide.client.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.annotide.benchmark.ScoringFunctionSpec;
import org.annotide.benchmark.SkillBands;
import org.annotide.benchmark.TrainingSettings;
import org.annotide.client.ServerConnection;
import org.annotide.client.ServerException;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ClassScore;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.Role;
import org.annotide.model.Score;
import org.annotide.model.ScoringFunction;
import org.annotide.model.ScoringMode;
import org.annotide.model.Submission;
import org.annotide.model.TaskStatus;
import org.annotide.model.TrainingProject;
import org.annotide.model.TrainingProjectStatus;
import org.annotide.model.User;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server's training projects in the mirror's model, in the shape the trainer-evaluation views read in a local
 * training project: the training project with its benchmark (the mirror's images), scoring function and trainees, and
 * the tasks the user may see, each submitted one with a {@link Submission} holding the {@link Score} the server
 * recorded (task and class scores), and the training settings (skill bands, instructions, the saved function for those
 * who may edit it) in the project's metadata. Only what the server's GETs show the user comes in: an annotator's mirror
 * gets their own tasks and scores, and never the ground truth (the server does not serve it; the submission itself
 * stays on the server too, only its score comes down).
 */
public final class TrainingMirror {

    /**
     * One training project as the server shows it to the user: the project, its tasks and its settings (null from a
     * server without the settings route).
     */
    public record Served(JsonNode project, List<JsonNode> tasks, JsonNode settings) {
    }

    private TrainingMirror() {
    }

    /** Reads the training projects of a server project that the user may see (network; not on the owner thread). */
    public static List<Served> fetch(ServerConnection connection, String projectId) throws ServerException {
        String base = "/api/v1/projects/" + projectId + "/training-projects";
        List<Served> served = new ArrayList<>();
        for (JsonNode summary : connection.request("GET", base, null).json().get("items")) {
            String id = base + "/" + summary.get("id").asText();
            JsonNode project = connection.request("GET", id, null).json();
            List<JsonNode> tasks = new ArrayList<>();
            connection.request("GET", id + "/tasks", null).json().get("items").forEach(tasks::add);
            JsonNode settings;
            try {
                settings = connection.request("GET", id + "/settings", null).json();
            } catch (ServerException e) {
                if (e.status() != 404) {
                    throw e;
                }
                settings = null; // a server from before the route: the settings stay the mirror's own
            }
            served.add(new Served(project, tasks, settings));
        }
        return served;
    }

    /**
     * Brings the model's training projects and their settings to what the server showed (on the owner thread, outside
     * commands); a setting changed in the mirror and not sent yet ({@code unsent}) stays as the mirror has it.
     */
    public static void apply(Project project, List<Served> served, SetupEdits unsent) {
        for (Served one : served) {
            apply(project, one);
            if (one.settings() != null) {
                applySettings(project, one.settings(), unsent);
            }
        }
    }

    /**
     * The training settings as the server keeps them, in the project's metadata where the Training Settings view reads
     * them. Only what the server showed: the pending function is shown to those who may edit the scoring function; a
     * mirror whose user may not (any more: a role lowered) holds none. A changed value replaces its entry (removed,
     * then added) so that whoever follows the project's metadata hears it as a change of the project.
     */
    private static void applySettings(Project project, JsonNode settings, SetupEdits unsent) {
        JsonNode bands = settings.path("skill_bands");
        if (bands.path("lower").isNumber() && bands.path("upper").isNumber()) {
            try {
                setting(project, TrainingSettings.SKILL_BANDS_KEY, new SkillBands(bands.get("lower").asDouble(),
                        bands.get("upper").asDouble()).text(), SkillBands.DEFAULTS.text(), unsent);
            } catch (IllegalArgumentException e) {
                // thresholds this client would refuse: the mirror keeps its own
            }
        }
        if (settings.path("instructions").isTextual()) {
            setting(project, TrainingSettings.INSTRUCTIONS_KEY, settings.get("instructions").asText(), "", unsent);
        }
        if (settings.has("pending_function")) {
            JsonNode pending = settings.get("pending_function");
            String text = "";
            if (pending.isObject()) {
                try {
                    text = ScoringFunctionSpec.parse(pending.toString()).toJson();
                } catch (IllegalArgumentException e) {
                    return; // a function this client cannot read: the mirror keeps its own
                }
            }
            setting(project, TrainingSettings.PENDING_FUNCTION_KEY, text, "", unsent);
        } else if (!unsent.isPending(TrainingSettings.PENDING_FUNCTION_KEY)) {
            project.getMetadata().removeKey(TrainingSettings.PENDING_FUNCTION_KEY); // not the user's to see (any more)
        }
    }

    private static void setting(Project project, String key, String value, String none, SetupEdits unsent) {
        String current = project.getMetadata().get(key);
        if (unsent.isPending(key) || value.equals(current) || current == null && value.equals(none)) {
            return;
        }
        project.getMetadata().removeKey(key);
        project.getMetadata().put(key, value);
    }

    private static void apply(Project project, Served served) {
        JsonNode json = served.project();
        String id = json.get("id").asText();
        TrainingProject training = project.getTrainingProjects().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElse(null);
        if (training == null) {
            training = AnnotideFactory.eINSTANCE.createTrainingProject();
            training.setId(id);
            project.getTrainingProjects().add(training);
        }
        set(training.getName(), json.path("name").asText(null), training::setName);
        set(training.getDescription(), json.path("description").asText(null), training::setDescription);
        String status = json.path("status").asText(null);
        if (status != null) {
            set(training.getStatus(), TrainingProjectStatus.get(status.toUpperCase(Locale.ROOT)), training::setStatus);
        }
        set(training.getCreatedAt(), date(json.path("created_at").asText(null)), training::setCreatedAt);
        set(training.getBenchmark(), benchmark(project, json.path("benchmark")), training::setBenchmark);
        ScoringFunction function = function(project, json.path("scoring_function"));
        set(training.getScoringFunction(), function, training::setScoringFunction);
        List<User> trainees = new ArrayList<>();
        json.path("trainees").forEach(login -> trainees.add(user(project, login.asText())));
        if (!training.getTrainees().equals(trainees)) {
            training.getTrainees().clear();
            training.getTrainees().addAll(trainees);
        }
        for (JsonNode task : served.tasks()) {
            applyTask(project, training, function, task);
        }
    }

    private static BenchmarkProject benchmark(Project project, JsonNode json) {
        String id = json.path("id").asText(null);
        if (id == null) {
            return null;
        }
        BenchmarkProject benchmark = project.getBenchmarks().stream().filter(b -> id.equals(b.getId())).findFirst()
                .orElse(null);
        if (benchmark == null) {
            benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
            benchmark.setId(id);
            project.getBenchmarks().add(benchmark);
        }
        set(benchmark.getName(), json.path("name").asText(null), benchmark::setName);
        List<ImageAsset> images = new ArrayList<>();
        for (JsonNode image : json.path("images")) {
            ImageAsset local = image(project, image.asText());
            if (local != null) {
                images.add(local);
            }
        }
        if (!benchmark.getImages().equals(images)) {
            benchmark.getImages().clear();
            benchmark.getImages().addAll(images);
        }
        return benchmark;
    }

    /**
     * The project's scoring function by its name (the server names each new one; a name is never reused): with its
     * weights where the server gives them (those who may edit the function), else its name and mode only, which is
     * all a mirror needs to add the recorded scores up.
     */
    private static ScoringFunction function(Project project, JsonNode json) {
        String name = json.path("name").asText(null);
        if (name == null) {
            return null;
        }
        ScoringFunction known = project.getScoringFunctions().stream().filter(f -> name.equals(f.getName()))
                .findFirst().orElse(null);
        ScoringFunction served;
        if (json.hasNonNull("text")) {
            served = ScoringFunctionSpec.parse(json.get("text").toString()).toModel(project.getLabelClasses(), name);
        } else {
            served = AnnotideFactory.eINSTANCE.createScoringFunction();
            served.setName(name);
            String mode = json.path("mode").asText("dynamic");
            served.setMode(ScoringMode.get(mode.toUpperCase(Locale.ROOT)));
        }
        if (known == null) {
            project.getScoringFunctions().add(served);
            return served;
        }
        if (known.getMode() != served.getMode()) {
            known.setMode(served.getMode());
        }
        if (json.hasNonNull("text") && known.getClassWeights().isEmpty() && !served.getClassWeights().isEmpty()) {
            known.getClassWeights().addAll(served.getClassWeights()); // its weights, now that they are shown
        }
        return known;
    }

    /**
     * A task as the server shows it: made when new; status and score brought forward. A submitted task gets its
     * submission with the server's score; a re-scored one a further score (the model takes nothing else on a
     * submitted task). A task the trainee opened here stays In progress until the server says submitted.
     */
    private static void applyTask(Project project, TrainingProject training, ScoringFunction function, JsonNode json) {
        String login = json.path("annotator").asText(null);
        ImageAsset image = image(project, json.path("image").asText(null));
        if (login == null || image == null) {
            return; // an image the mirror has not got yet: the next catching up brings both
        }
        AnnotatorTask task = training.getTasks().stream().filter(t -> t.getImage() == image
                && t.getAnnotator() != null && login.equals(t.getAnnotator().getLogin())).findFirst().orElse(null);
        if (task == null) {
            task = AnnotideFactory.eINSTANCE.createAnnotatorTask();
            task.setAnnotator(user(project, login));
            task.setImage(image);
            task.setStatus(TaskStatus.ASSIGNED);
            training.getTasks().add(task);
        }
        TaskStatus status = TaskStatus.get(json.path("status").asText("assigned").toUpperCase(Locale.ROOT));
        if (status != TaskStatus.SUBMITTED) {
            if (status == TaskStatus.IN_PROGRESS && task.getStatus() == TaskStatus.ASSIGNED) {
                task.setStatus(status);
            }
            return;
        }
        if (!json.hasNonNull("score")) {
            return;
        }
        Score score = score(project, function, json);
        if (task.getStatus() != TaskStatus.SUBMITTED) {
            Submission submission = AnnotideFactory.eINSTANCE.createSubmission();
            submission.setSubmittedAt(date(json.path("submitted_at").asText(null)));
            submission.getScores().add(score);
            task.getSubmissions().add(submission);
            task.setStatus(TaskStatus.SUBMITTED); // last: from here on the model refuses any change but a new score
            return;
        }
        Submission submission = task.getSubmissions().get(task.getSubmissions().size() - 1);
        List<Score> scores = submission.getScores();
        Score last = scores.isEmpty() ? null : scores.get(scores.size() - 1);
        if (last == null || !same(last, score)) {
            submission.getScores().add(score); // re-scored on the server
        }
    }

    private static Score score(Project project, ScoringFunction current, JsonNode json) {
        Score score = AnnotideFactory.eINSTANCE.createScore();
        score.setValue(json.get("score").asDouble());
        score.setComputedAt(new Date());
        String functionName = json.path("function").asText(null);
        score.setScoringFunction(functionName == null ? current : project.getScoringFunctions().stream()
                .filter(f -> functionName.equals(f.getName())).findFirst().orElse(current));
        for (JsonNode c : json.path("class_scores")) {
            ClassScore classScore = AnnotideFactory.eINSTANCE.createClassScore();
            String name = c.path("class").asText(null);
            classScore.setLabelClass(project.getLabelClasses().stream().filter(l -> Objects.equals(name, l.getName()))
                    .findFirst().orElse(null));
            classScore.setValue(c.path("value").asDouble());
            classScore.setMatched(c.path("matched").asInt());
            classScore.setMissed(c.path("missed").asInt());
            classScore.setExtra(c.path("extra").asInt());
            classScore.setMeanIou(c.path("mean_iou").asDouble());
            classScore.setCategoryAccuracy(c.path("category_accuracy").asDouble());
            score.getClassScores().add(classScore);
        }
        return score;
    }

    /** Whether two scores say the same (the time they were taken aside). */
    private static boolean same(Score a, Score b) {
        if (a.getValue() != b.getValue() || a.getScoringFunction() != b.getScoringFunction()
                || a.getClassScores().size() != b.getClassScores().size()) {
            return false;
        }
        for (int i = 0; i < a.getClassScores().size(); i++) {
            ClassScore x = a.getClassScores().get(i);
            ClassScore y = b.getClassScores().get(i);
            if (x.getLabelClass() != y.getLabelClass() || x.getValue() != y.getValue()
                    || x.getMatched() != y.getMatched() || x.getMissed() != y.getMissed()
                    || x.getExtra() != y.getExtra()) {
                return false;
            }
        }
        return true;
    }

    /** The model's record of a trainee (login only: roles and credentials are the server's). */
    private static User user(Project project, String login) {
        User user = project.getUsers().stream().filter(u -> login.equals(u.getLogin())).findFirst().orElse(null);
        if (user == null) {
            user = AnnotideFactory.eINSTANCE.createUser();
            user.setId("user:" + login);
            user.setLogin(login);
            user.setRole(Role.ANNOTATOR); // only Annotators are trainees
            project.getUsers().add(user);
        }
        return user;
    }

    private static ImageAsset image(Project project, String id) {
        if (id == null) {
            return null;
        }
        for (ImageAsset image : project.getImages()) {
            if (id.equals(image.getId())) {
                return image;
            }
        }
        return null;
    }

    private static <T> void set(T current, T value, java.util.function.Consumer<T> setter) {
        if (!Objects.equals(current, value)) {
            setter.accept(value);
        }
    }

    private static Date date(String text) {
        return text == null ? null : Date.from(Instant.parse(text));
    }
}
