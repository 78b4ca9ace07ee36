package org.annotide.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;

/**
 * Removes annotations from their image and puts them back where they were on undo.
 * <p>
 * EMF's RemoveCommand looks each object up with indexOf, a scan of the whole list per object: deleting a
 * thousand annotations from an image with a million would take a billion comparisons. This command finds
 * all positions in one scan.
 */
final class RemoveAnnotationsCommand extends AbstractCommand {

    private final ImageAsset image;
    private final List<Annotation> targets;
    private int[] positions = new int[0];
    private Annotation[] removed = new Annotation[0];

    RemoveAnnotationsCommand(String label, ImageAsset image, Collection<Annotation> targets) {
        super(label);
        this.image = image;
        this.targets = new ArrayList<>(targets);
    }

    @Override
    protected boolean prepare() {
        return !targets.isEmpty();
    }

    @Override
    public void execute() {
        Set<Annotation> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(targets);
        EList<Annotation> annotations = image.getAnnotations();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            if (wanted.contains(annotations.get(i))) {
                found.add(i);
            }
        }
        positions = found.stream().mapToInt(Integer::intValue).toArray();
        removed = new Annotation[positions.length];
        for (int i = positions.length - 1; i >= 0; i--) {
            removed[i] = annotations.remove(positions[i]);
        }
    }

    @Override
    public void undo() {
        EList<Annotation> annotations = image.getAnnotations();
        for (int i = 0; i < positions.length; i++) {
            annotations.add(positions[i], removed[i]);
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getResult() {
        return List.of(removed);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(image);
    }
}
