package org.annotide.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The explorer's search: which images to show. Plain words must all be in the image's name; {@code class:cell},
 * {@code kind:polygon} and {@code by:predicted} (manual, imported, predicted) must all hold for one annotation of
 * the image ({@code kind=polygon} says the same). Everything else (folders, classes, training sets) stays; a shown image keeps its tiles.
 */
public final class ExplorerSearch extends ViewerFilter {

    private final String text;
    private final List<String> words = new ArrayList<>();
    private final List<String> classes = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final List<String> provenances = new ArrayList<>();

    public ExplorerSearch(String text) {
        this.text = text.trim();
        for (String raw : this.text.toLowerCase(Locale.ROOT).split("\\s+")) {
            String term = raw.replaceFirst("^(class|kind|by)=", "$1:"); // "kind=polygon" too
            if (term.startsWith("class:")) {
                classes.add(term.substring(6));
            } else if (term.startsWith("kind:")) {
                kinds.add(term.substring(5).replace('-', '_'));
            } else if (term.startsWith("by:")) {
                provenances.add(term.substring(3));
            } else if (!term.isEmpty()) {
                words.add(term);
            }
        }
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public String text() {
        return text;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return !(element instanceof ImageAsset image) || matches(image);
    }

    /** Whether the image's name holds every word and one of its annotations every class, kind and provenance. */
    public boolean matches(ImageAsset image) {
        String name = image.getName() == null ? "" : image.getName().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!name.contains(word)) {
                return false;
            }
        }
        if (classes.isEmpty() && kinds.isEmpty() && provenances.isEmpty()) {
            return true;
        }
        boolean drafts = org.annotide.access.TraineeDrafts.trainingProjectOf(image) != null;
        org.annotide.ui.UserSession users = drafts && org.eclipse.ui.PlatformUI.isWorkbenchRunning()
                ? org.eclipse.ui.PlatformUI.getWorkbench().getService(org.annotide.ui.UserSession.class) : null;
        for (Annotation annotation : image.getAnnotations()) {
            // another trainee's drafts on a shared benchmark image are not the user's to find
            if (users != null && !users.may(org.annotide.access.Action.VIEW_PROJECTS, annotation)) {
                continue;
            }
            if (matches(annotation)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Annotation annotation) {
        String className = annotation.getLabelClass() == null || annotation.getLabelClass().getName() == null ? ""
                : annotation.getLabelClass().getName().toLowerCase(Locale.ROOT);
        for (String wanted : classes) {
            if (!className.equals(wanted)) {
                return false;
            }
        }
        String kind = annotation.getShape() == null ? "" : annotation.getShape().getKind().getLiteral()
                .toLowerCase(Locale.ROOT);
        for (String wanted : kinds) {
            if (!kind.equals(wanted)) {
                return false;
            }
        }
        String provenance = annotation.getProvenance() == null ? ""
                : annotation.getProvenance().getLiteral().toLowerCase(Locale.ROOT);
        for (String wanted : provenances) {
            if (!provenance.equals(wanted)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a tile is under a shown image (tiles listed in a training set follow their image). */
    public boolean matches(Tile tile) {
        return tile.getImage() == null || matches(tile.getImage());
    }
}
