package org.annotide.al;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreChange;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.Project;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;

/**
 * The images the user skipped, Prodigy's "ignore": a skip is recorded on the entry through which a round offered the
 * image ({@link SelectionEntry#isSkipped()}), so it is part of the episode (journaled, undoable, kept by a restart) and
 * of that round's record. A skipped image stays unlabelled and is left out of the pool of every later round
 * ({@link ActiveLearning}) until it is un-skipped, or a round is asked to include skipped images: the user said it is
 * not worth a label (unclear, off-topic), and asking again each round would waste the batch.
 * <p>
 * The methods that read want the project readable (the UI thread, or the store's lock); those that change it run one
 * command on the store's command stack, where the project may be changed.
 */
public final class Skips {

    /** A skip as recorded: the image and the round that offered it when it was skipped. */
    public record Skip(ImageAsset image, SelectionRound round) {
    }

    private Skips() {
    }

    /** Every skipped image, in the order of the rounds that offered them and then of their queues. */
    public static List<Skip> of(Project project) {
        Map<ImageAsset, Skip> skips = new LinkedHashMap<>();
        for (SelectionRound round : project.getSelectionRounds()) {
            for (SelectionEntry entry : round.getEntries()) {
                ImageAsset image = image(entry);
                if (entry.isSkipped() && image != null && image.eContainer() != null) {
                    skips.putIfAbsent(image, new Skip(image, round));
                }
            }
        }
        return List.copyOf(skips.values());
    }

    /** The skipped images, as a set for the pool to leave out. */
    public static Set<ImageAsset> images(Project project) {
        Set<ImageAsset> images = new LinkedHashSet<>();
        for (Skip skip : of(project)) {
            images.add(skip.image());
        }
        return images;
    }

    /** Whether the image was skipped (in any round) and not un-skipped since. */
    public static boolean isSkipped(ImageAsset image) {
        if (!(image.eContainer() instanceof Project project)) {
            return false;
        }
        for (SelectionRound round : project.getSelectionRounds()) {
            for (SelectionEntry entry : round.getEntries()) {
                if (entry.isSkipped() && image(entry) == image) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Records that the user skipped these images of the round, as one command on the store's stack ("Skip ..."): each
     * image's entry in the round is marked. Images already skipped are left as they are.
     *
     * @return the images newly skipped (empty: nothing changed)
     * @throws ActiveLearningException when an image is labelled or the round did not offer it; nothing is changed
     */
    public static List<ImageAsset> skip(ProjectStore store, SelectionRound round, Collection<ImageAsset> images)
            throws ActiveLearningException {
        Map<ImageAsset, SelectionEntry> entries = new LinkedHashMap<>();
        for (ImageAsset image : images) {
            SelectionEntry entry = entry(round, image);
            if (entry == null) {
                throw new ActiveLearningException(round.getName() + " did not offer " + image.getName()
                        + ": only an image of a round's queue can be skipped");
            }
            entries.put(image, entry);
        }
        return mark(store, "Skip " + names(images) + " (" + round.getName() + ")", entries);
    }

    /**
     * Records skips of images named by the user (the command line): each image is skipped in the newest round that
     * offered it, all in one command.
     *
     * @return the images newly skipped
     * @throws ActiveLearningException when an image is labelled or no round offered it; nothing is changed
     */
    public static List<ImageAsset> skipInNewestRounds(ProjectStore store, Collection<ImageAsset> images)
            throws ActiveLearningException {
        List<SelectionRound> rounds = store.project().getSelectionRounds();
        Map<ImageAsset, SelectionEntry> entries = new LinkedHashMap<>();
        for (ImageAsset image : images) {
            SelectionEntry entry = null;
            for (int i = rounds.size() - 1; i >= 0 && entry == null; i--) {
                entry = entry(rounds.get(i), image);
            }
            if (entry == null) {
                throw new ActiveLearningException("no selection round offered " + image.getName()
                        + ": only an image of a round's queue can be skipped");
            }
            entries.put(image, entry);
        }
        return mark(store, "Skip " + names(images), entries);
    }

    /** Marks the entries skipped in one command, after checking that no image is labelled; the images newly skipped. */
    private static List<ImageAsset> mark(ProjectStore store, String label, Map<ImageAsset, SelectionEntry> entries)
            throws ActiveLearningException {
        StoreChange change = new StoreChange(store, label);
        List<ImageAsset> skipped = new ArrayList<>();
        for (Map.Entry<ImageAsset, SelectionEntry> e : entries.entrySet()) {
            ImageAsset image = e.getKey();
            if (ActiveLearning.label(image) != null || ActiveLearning.hasObjects(image)) {
                throw new ActiveLearningException(image.getName() + " is labelled: only an unlabelled image can be"
                        + " skipped");
            }
            if (!isSkipped(image)) {
                change.set(e.getValue(), Literals.SELECTION_ENTRY__SKIPPED, true);
                skipped.add(image);
            }
        }
        change.execute();
        return skipped;
    }

    /**
     * Takes skips back, as one command on the store's stack ("Un-skip ..."): the images come back into the pool of the
     * next round (and into the walk of a batch that holds them).
     *
     * @return the images that were skipped (empty: nothing changed)
     */
    public static List<ImageAsset> unskip(ProjectStore store, Collection<ImageAsset> images) {
        Project project = store.project();
        StoreChange change = new StoreChange(store, "Un-skip " + names(images));
        Set<ImageAsset> wanted = new LinkedHashSet<>(images);
        Set<ImageAsset> unskipped = new LinkedHashSet<>();
        for (SelectionRound round : project.getSelectionRounds()) {
            for (SelectionEntry entry : round.getEntries()) {
                if (entry.isSkipped() && wanted.contains(image(entry))) {
                    change.set(entry, Literals.SELECTION_ENTRY__SKIPPED, false);
                    unskipped.add(image(entry));
                }
            }
        }
        change.execute();
        return List.copyOf(unskipped);
    }

    /** The round's entry for the image, or null when the round did not offer it. */
    private static SelectionEntry entry(SelectionRound round, ImageAsset image) {
        for (SelectionEntry entry : round.getEntries()) {
            if (image(entry) == image) {
                return entry;
            }
        }
        return null;
    }

    /** The image an entry offers (its own, or its tile's). */
    static ImageAsset image(SelectionEntry entry) {
        return entry.getImage() != null ? entry.getImage() : entry.getTile() == null ? null : entry.getTile().getImage();
    }

    private static String names(Collection<ImageAsset> images) {
        List<String> names = images.stream().map(ImageAsset::getName).limit(3).toList();
        return String.join(", ", names) + (images.size() > 3 ? " and " + (images.size() - 3) + " more" : "");
    }
}
