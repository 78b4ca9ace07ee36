package org.annotide.ui.internal.explorer;

import org.annotide.benchmark.SourceStatus;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Hides the images and tiles of one task status from the explorer (the navigator's common filters, one per
 * status, toggled in the explorer's Filters and Customization dialog or through {@link #idOf}). An image whose
 * status is hidden stays visible while one of its tiles has a status that is shown.
 */
public abstract class StatusFilter extends ViewerFilter {

    private final SourceStatus hidden;

    StatusFilter(SourceStatus hidden) {
        this.hidden = hidden;
    }

    /** The common filter's id for a status. */
    public static String idOf(SourceStatus status) {
        return "org.annotide.ui.navigator.filters.status." + switch (status) {
            case NEW -> "new";
            case IN_PROGRESS -> "inProgress";
            case IN_REVIEW -> "inReview";
            case COMPLETED -> "completed";
        };
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof Tile tile) {
            return SourceStatus.of(tile) != hidden;
        }
        if (element instanceof ImageAsset image) {
            return SourceStatus.of(image) != hidden
                    || image.getTiles().stream().anyMatch(t -> SourceStatus.of(t) != hidden);
        }
        return true;
    }

    /** Hides New tasks. */
    public static final class New extends StatusFilter {
        public New() {
            super(SourceStatus.NEW);
        }
    }

    /** Hides In progress tasks. */
    public static final class InProgress extends StatusFilter {
        public InProgress() {
            super(SourceStatus.IN_PROGRESS);
        }
    }

    /** Hides In review tasks. */
    public static final class InReview extends StatusFilter {
        public InReview() {
            super(SourceStatus.IN_REVIEW);
        }
    }

    /** Hides Completed tasks. */
    public static final class Completed extends StatusFilter {
        public Completed() {
            super(SourceStatus.COMPLETED);
        }
    }
}
