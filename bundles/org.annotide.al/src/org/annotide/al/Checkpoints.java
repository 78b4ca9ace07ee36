package org.annotide.al;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.annotide.core.store.StoreChange;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ModelAccess;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Named checkpoints of an active-learning episode: the labels so far (every image's class label that is not a
 * prediction), the active classifier, the number of selection rounds, the queue of the last round and the episode's
 * settings ({@link EpisodeSettings}: the entries the project has) and the skips ({@link Skips}: each round's skipped
 * images). Saved as {@code PROJECT/al/checkpoints/NAME.json}
 * (temporary file, fsync, rename). Restoring puts the labels, the saved settings and the active model back and drops the rounds recorded after the checkpoint, in one EMF command (journaled and
 * undoable); a checkpoint that no longer fits the project (a class or image it names is gone) is refused before
 * anything changes.
 */
public final class Checkpoints {

    public static final String FOLDER = "al/checkpoints";

    /** One saved checkpoint. */
    public record Info(String name, Date createdAt, int rounds, int labelled, String modelId, String strategy) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectStore store;
    private final ModelAccess access;

    public Checkpoints(ProjectStore store, ModelAccess access) {
        this.store = store;
        this.access = access;
    }

    private Path folder() {
        return store.folder().resolve(FOLDER);
    }

    private Path file(String name) throws ActiveLearningException {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new ActiveLearningException("a checkpoint name is letters, digits, '.', '_' and '-' (up to 100, not"
                    + " starting with '.', '_' or '-'), not '" + name + "'");
        }
        return folder().resolve(name + ".json");
    }

    /** Saves the episode's state under a new name. */
    public Info save(String name) throws ActiveLearningException {
        Path target = file(name);
        if (Files.exists(target)) {
            throw new ActiveLearningException("a checkpoint '" + name + "' exists already; choose another name");
        }
        ObjectNode root = access.call(store, () -> {
            Project project = store.project();
            ObjectNode json = JSON.createObjectNode();
            json.put("format", "annotide-al-checkpoint");
            json.put("version", 1);
            json.put("name", name);
            json.put("createdAt", System.currentTimeMillis());
            json.put("rounds", project.getSelectionRounds().size());
            TrainedModel active = project.getModels().stream().filter(TrainedModel::isActive)
                    .filter(m -> m.getType() == org.annotide.model.TaskType.CLASSIFY).findFirst().orElse(null);
            json.put("model", active == null ? null : active.getId());
            ObjectNode labels = json.putObject("labels");
            for (ImageAsset image : project.getImages()) {
                LabelClass label = ActiveLearning.label(image);
                if (label != null) {
                    labels.put(image.getId(), label.getName());
                }
            }
            Map<String, String> stored = EpisodeSettings.storedEntries(project);
            if (!stored.isEmpty()) { // the episode's settings belong to it too
                ObjectNode settings = json.putObject("settings");
                stored.forEach(settings::put);
            }
            ArrayNode skipped = json.putArray("skipped");
            for (int r = 0; r < project.getSelectionRounds().size(); r++) {
                for (SelectionEntry e : project.getSelectionRounds().get(r).getEntries()) {
                    if (e.isSkipped() && Skips.image(e) != null) {
                        skipped.addObject().put("round", r + 1).put("image", Skips.image(e).getId());
                    }
                }
            }
            ArrayNode queue = json.putArray("queue");
            if (!project.getSelectionRounds().isEmpty()) {
                SelectionRound last = project.getSelectionRounds().get(project.getSelectionRounds().size() - 1);
                json.put("strategy", last.getStrategy());
                for (SelectionEntry e : last.getEntries()) {
                    ObjectNode entry = queue.addObject();
                    entry.put("image", e.getImage() == null ? null : e.getImage().getId());
                    entry.put("score", e.getScore());
                }
            }
            return json;
        });
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ActiveLearningException("the checkpoint could not be written: " + e.getMessage(), e);
        }
        return info(root);
    }

    /** The saved checkpoints, oldest first. */
    public List<Info> list() throws ActiveLearningException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Info> infos = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                infos.add(info(read(p)));
            }
        } catch (IOException e) {
            throw new ActiveLearningException("the checkpoints cannot be listed: " + e.getMessage(), e);
        }
        infos.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return infos;
    }

    /** Goes back to a checkpoint. */
    public Info restore(String name) throws ActiveLearningException {
        Path source = file(name);
        if (!Files.isRegularFile(source)) {
            throw new ActiveLearningException("there is no checkpoint '" + name + "'");
        }
        JsonNode root = read(source);
        Map<String, String> saved = new LinkedHashMap<>();
        root.path("labels").fields().forEachRemaining(e -> saved.put(e.getKey(), e.getValue().asText()));
        int rounds = root.path("rounds").asInt(0);
        String modelId = root.path("model").isTextual() ? root.path("model").asText() : null;
        Map<String, String> savedSettings = new LinkedHashMap<>();
        root.path("settings").fields().forEachRemaining(e -> savedSettings.put(e.getKey(), e.getValue().asText()));
        // "round:image id" per skip; null: a checkpoint saved before skips were recorded, which leaves them alone
        Set<String> savedSkips = null;
        if (root.has("skipped")) {
            savedSkips = new HashSet<>();
            for (JsonNode skip : root.path("skipped")) {
                savedSkips.add(skip.path("round").asInt() + ":" + skip.path("image").asText());
            }
        }
        Set<String> skips = savedSkips;
        EpisodeSettings settings;
        try {
            settings = savedSettings.isEmpty() ? null : EpisodeSettings.fromMap(savedSettings);
        } catch (IllegalArgumentException e) {
            throw new ActiveLearningException("the checkpoint's settings are not valid: " + e.getMessage()
                    + "; nothing was changed", e);
        }
        String problem = access.call(store, () -> {
            Project project = store.project();
            Map<String, ImageAsset> images = new HashMap<>();
            project.getImages().forEach(i -> images.put(i.getId(), i));
            Map<String, LabelClass> classes = new HashMap<>();
            project.getLabelClasses().forEach(c -> classes.put(c.getName(), c));
            for (Map.Entry<String, String> e : saved.entrySet()) {
                if (!images.containsKey(e.getKey())) {
                    return "the checkpoint labels an image that the project no longer has (id " + e.getKey() + ")";
                }
                if (!classes.containsKey(e.getValue())) {
                    return "the checkpoint uses the class '" + e.getValue() + "', which the project no longer has";
                }
            }
            if (rounds > project.getSelectionRounds().size()) {
                return "the checkpoint has " + rounds + " rounds, the project only " + project.getSelectionRounds().size()
                        + " (were rounds restored away?)";
            }
            StoreChange changes = new StoreChange(store, "Restore checkpoint " + name);
            long nextId = project.getNextAnnotationId();
            Date now = new Date();
            for (ImageAsset image : project.getImages()) {
                List<Annotation> current = image.getAnnotations().stream().filter(a -> a.getShape() instanceof ImageClassShape
                        && a.getLabelClass() != null && a.getProvenance() != Provenance.PREDICTED).toList();
                String want = saved.get(image.getId());
                if (want == null ? current.isEmpty()
                        : current.size() == 1 && want.equals(current.get(0).getLabelClass().getName())) {
                    continue;
                }
                changes.remove(image, Literals.IMAGE_ASSET__ANNOTATIONS, current);
                if (want != null) {
                    Annotation a = AnnotideFactory.eINSTANCE.createAnnotation();
                    a.setId(nextId++);
                    a.setLabelClass(classes.get(want));
                    a.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
                    a.setProvenance(Provenance.MANUAL);
                    a.setReview(ReviewState.NONE);
                    a.setAuthor("checkpoint " + name);
                    a.setCreatedAt(now);
                    changes.add(image, Literals.IMAGE_ASSET__ANNOTATIONS, a);
                }
            }
            changes.set(project, Literals.PROJECT__NEXT_ANNOTATION_ID, nextId);
            List<SelectionRound> later = List.copyOf(project.getSelectionRounds().subList(rounds,
                    project.getSelectionRounds().size()));
            changes.remove(project, Literals.PROJECT__SELECTION_ROUNDS, later);
            for (int r = 0; skips != null && r < rounds; r++) { // the kept rounds' skips as they were
                for (SelectionEntry e : project.getSelectionRounds().get(r).getEntries()) {
                    boolean want = Skips.image(e) != null && skips.contains((r + 1) + ":" + Skips.image(e).getId());
                    if (e.isSkipped() != want) {
                        changes.set(e, Literals.SELECTION_ENTRY__SKIPPED, want);
                    }
                }
            }
            TrainedModel model = modelId == null ? null
                    : project.getModels().stream().filter(m -> modelId.equals(m.getId())).findFirst().orElse(null);
            if (model != null) {
                for (TrainedModel other : project.getModels()) {
                    if (other.getType() == model.getType() && other.isActive() != (other == model)) {
                        changes.set(other, Literals.TRAINED_MODEL__ACTIVE, other == model);
                    }
                }
            }
            if (settings != null) { // the entries it saved; those it did not (an older checkpoint's) stay
                settings.addTo(changes, project, savedSettings.keySet());
            }
            changes.execute();
            return null;
        });
        if (problem != null) {
            throw new ActiveLearningException(problem + "; nothing was changed");
        }
        return info(root);
    }

    private static JsonNode read(Path file) throws ActiveLearningException {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !"annotide-al-checkpoint".equals(node.path("format").asText())) {
                throw new ActiveLearningException(file.getFileName() + " is not an Annotide checkpoint");
            }
            return node;
        } catch (IOException e) {
            throw new ActiveLearningException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Info info(JsonNode root) {
        return new Info(root.path("name").asText(), new Date(root.path("createdAt").asLong()), root.path("rounds").asInt(),
                root.path("labels").size(), root.path("model").isTextual() ? root.path("model").asText() : null,
                root.path("strategy").isTextual() ? root.path("strategy").asText() : null);
    }
}
