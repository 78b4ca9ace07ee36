package org.annotide.al;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.annotide.model.ImageAsset;
import org.annotide.model.Project;

/**
 * The order in which images are labelled, a project setting (the project's metadata entry {@value #KEY}):
 * {@link #SCORE} walks the selection round's queue as it is displayed (by score, descending unless the user sorted
 * it ascending: Label Studio's "label tasks as displayed"), {@link #SEQUENTIAL} the project's images in their
 * order, {@link #RANDOM} the project's images in a shuffled order that is fixed per project (seeded by its name), the
 * order for the first labelling, before any model exists. In every order, images that are labelled already are
 * skipped. The setting is stored with the round's other settings ({@link EpisodeSettings.Part#ROUND}).
 */
public enum LabellingOrder {

    /** The queue of the selection round, as displayed. */
    SCORE("score", "By score (as displayed)"),
    /** The project's images in their order. */
    SEQUENTIAL("sequential", "Sequential"),
    /** The project's images in a shuffled order fixed per project. */
    RANDOM("random", "Random");

    /** The key of the setting in the project's metadata. */
    public static final String KEY = "al.labellingOrder";

    private final String id;
    private final String label;

    LabellingOrder(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value stored in the project ({@code score}, {@code sequential}, {@code random}). */
    public String id() {
        return id;
    }

    /** A name for people. */
    public String label() {
        return label;
    }

    /** The order a stored value names; null when it names none. */
    public static LabellingOrder of(String id) {
        for (LabellingOrder order : values()) {
            if (order.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return order;
            }
        }
        return null;
    }

    /** The project's setting; {@link #SCORE} when it has none (or an unknown value). Call where the model may be read. */
    public static LabellingOrder of(Project project) {
        LabellingOrder order = of(project.getMetadata().get(KEY));
        return order == null ? SCORE : order;
    }

    /**
     * The images in this order. For {@link #SCORE} that is {@code queue} (the displayed queue); the others ignore it
     * and order the project's images.
     */
    public List<ImageAsset> images(Project project, List<ImageAsset> queue) {
        return switch (this) {
            case SCORE -> List.copyOf(queue);
            case SEQUENTIAL -> List.copyOf(project.getImages());
            case RANDOM -> {
                List<ImageAsset> shuffled = new ArrayList<>(project.getImages());
                String seed = project.getName() == null ? "" : project.getName();
                Collections.shuffle(shuffled, new Random(seed.hashCode() * 31L + shuffled.size()));
                yield shuffled;
            }
        };
    }

    /**
     * The next image to label: the first unlabelled image after {@code current} in {@link #images} (from the start
     * when {@code current} is null or not in it); null when none is left.
     */
    public ImageAsset next(Project project, List<ImageAsset> queue, ImageAsset current) {
        return next(project, queue, current, image -> ActiveLearning.label(image) != null);
    }

    /**
     * As {@link #next(Project, List, ImageAsset)}, with what "labelled" means given: e.g.
     * {@link ActiveLearning#hasObjects} for a detection or segmentation episode.
     */
    public ImageAsset next(Project project, List<ImageAsset> queue, ImageAsset current,
            java.util.function.Predicate<ImageAsset> labelled) {
        List<ImageAsset> order = images(project, queue);
        int from = current == null ? 0 : order.indexOf(current) + 1;
        for (int i = from; i < order.size(); i++) {
            if (!labelled.test(order.get(i))) {
                return order.get(i);
            }
        }
        return null;
    }
}
