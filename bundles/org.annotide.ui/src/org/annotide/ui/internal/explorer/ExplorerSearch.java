package org.annotide.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annotide.access.Action;
import org.annotide.access.TraineeDrafts;
import org.annotide.benchmark.SourceStatus;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.model.edit.AnnotationQuery;
import org.annotide.ui.UserSession;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.ui.PlatformUI;

/**
 * The explorer's search: which images (and tiles) to show. Plain words must all be in the image's name;
 * {@code class:cell}, {@code kind:polygon}, {@code by:predicted} (manual, imported, predicted), {@code attr:stage=S}
 * and {@code review:accepted} must all hold for one annotation of the image (see {@link AnnotationQuery}: terms of
 * one key are alternatives); {@code status:completed} (new, in-progress, in-review, completed) keeps the images and
 * tiles of those task statuses (an image also while one of its tiles has one). Everything else (folders, classes,
 * training sets) stays.
 */
public final class ExplorerSearch extends ViewerFilter {

    private final AnnotationQuery query;
    private final List<SourceStatus> statuses = new ArrayList<>();
    private final String problem;

    public ExplorerSearch(String text) {
        query = new AnnotationQuery(text);
        String refused = null;
        for (String status : query.terms("status")) {
            try {
                statuses.add(SourceStatus.parse(status));
            } catch (IllegalArgumentException e) {
                refused = e.getMessage();
            }
        }
        problem = refused;
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    public String text() {
        return query.text();
    }

    /** Why a term cannot be understood (an unknown status), or null. */
    public String problem() {
        return problem;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof ImageAsset image) {
            return matches(image);
        }
        if (element instanceof Tile tile) {
            return matches(tile);
        }
        return true;
    }

    /** Whether the image's name holds every word, one annotation meets the terms, and its status (or a tile's) is kept. */
    public boolean matches(ImageAsset image) {
        String name = image.getName() == null ? "" : image.getName().toLowerCase(Locale.ROOT);
        for (String word : query.words()) {
            if (!name.contains(word)) {
                return false;
            }
        }
        if (!statuses.isEmpty() && !statuses.contains(SourceStatus.of(image))
                && image.getTiles().stream().noneMatch(t -> statuses.contains(SourceStatus.of(t)))) {
            return false;
        }
        if (!query.judgesAnnotations()) {
            return true;
        }
        boolean drafts = TraineeDrafts.trainingProjectOf(image) != null;
        UserSession users = drafts && PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getService(UserSession.class) : null;
        for (Annotation annotation : image.getAnnotations()) {
            // another trainee's drafts on a shared benchmark image are not the user's to find
            if (users != null && !users.may(Action.VIEW_PROJECTS, annotation)) {
                continue;
            }
            if (query.matches(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a tile is shown: its image is (tiles listed in a training set follow their image), and its status is kept. */
    public boolean matches(Tile tile) {
        if (!statuses.isEmpty() && !statuses.contains(SourceStatus.of(tile))) {
            return false;
        }
        return tile.getImage() == null || matches(tile.getImage());
    }
}
