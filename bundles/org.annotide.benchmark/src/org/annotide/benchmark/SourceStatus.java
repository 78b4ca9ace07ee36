package org.annotide.benchmark;

import java.util.Locale;

import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.Tile;

/**
 * The status of a labelling task (an image or a tile) of a project, as the seed names them. Stored in the model's
 * {@code status} of the image or tile: NEW, IN_PROGRESS, DONE (In review), REVIEWED (Completed). Only In review
 * and Completed tasks of a source project are ground truth.
 */
public enum SourceStatus {
    NEW("new", "New", ImageStatus.NEW),
    IN_PROGRESS("in-progress", "In progress", ImageStatus.IN_PROGRESS),
    IN_REVIEW("in-review", "In review", ImageStatus.DONE),
    COMPLETED("completed", "Completed", ImageStatus.REVIEWED);

    private final String word;
    private final String label;
    private final ImageStatus stored;

    SourceStatus(String word, String label, ImageStatus stored) {
        this.word = word;
        this.label = label;
        this.stored = stored;
    }

    /** How the command line writes it: new, in-progress, in-review, completed. */
    public String word() {
        return word;
    }

    /** How users read it: New, In progress, In review, Completed. */
    public String label() {
        return label;
    }

    public ImageStatus stored() {
        return stored;
    }

    /** True for In review and Completed: the task's annotations may serve as ground truth. */
    public boolean isGroundTruth() {
        return this == IN_REVIEW || this == COMPLETED;
    }

    public static SourceStatus of(ImageStatus status) {
        for (SourceStatus value : values()) {
            if (value.stored == status) {
                return value;
            }
        }
        return NEW;
    }

    public static SourceStatus of(ImageAsset image) {
        return of(image.getStatus());
    }

    public static SourceStatus of(Tile tile) {
        return of(tile.getStatus());
    }

    /** Parses new, in-progress, in-review or completed (case and _ or space for - do not matter). */
    public static SourceStatus parse(String text) {
        String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (SourceStatus value : values()) {
            if (value.word.equals(word)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "': new, in-progress, in-review or completed");
    }
}
