package org.annotide.ui.editor.internal.part;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The editor's selection for the workbench: the selected annotations while the canvas has focus (so the
 * Properties view shows them), the selected tiles while the filmstrip has focus (so "New Training Set from
 * Selection" takes them).
 */
final class EditorSelectionProvider implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final Supplier<IStructuredSelection> annotations;
    private final Supplier<IStructuredSelection> tiles;
    private final Consumer<List<?>> setAnnotations;
    private boolean tilesActive;

    EditorSelectionProvider(Supplier<IStructuredSelection> annotations, Supplier<IStructuredSelection> tiles,
            Consumer<List<?>> setAnnotations) {
        this.annotations = annotations;
        this.tiles = tiles;
        this.setAnnotations = setAnnotations;
    }

    /** Which of the two selections the workbench sees. */
    void activate(boolean tilesSelection) {
        if (tilesActive != tilesSelection) {
            tilesActive = tilesSelection;
            fire();
        }
    }

    @Override
    public ISelection getSelection() {
        return tilesActive ? tiles.get() : annotations.get();
    }

    /** Selects annotations (from the Outline, say); tile selections are made in the filmstrip only. */
    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            setAnnotations.accept(structured.toList());
        }
    }

    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
        for (ISelectionChangedListener listener : postListeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }
}
