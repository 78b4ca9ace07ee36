package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.annotide.core.store.StoreException;
import org.annotide.model.Annotation;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.canvas.AnnotationCanvas;
import org.annotide.ui.editor.internal.index.Glyph;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's handlers of the workbench's global actions (undo, redo, cut, copy, paste, delete, select
 * all) and the operations behind them; undo and redo go to the project's command stack and name the
 * command they take back.
 */
final class EditActions {

    private final AnnotationCanvas canvas;
    private final Consumer<String> showError;
    private final Map<String, EditAction> actions = new LinkedHashMap<>();
    private final CommandStackListener stackListener;
    private CommandStack commandStack;

    /** @param showError tells the user why an undo or redo could not be made durable */
    EditActions(AnnotationCanvas canvas, Consumer<String> showError) {
        this.canvas = canvas;
        this.showError = showError;
        this.stackListener = event -> canvas.control().getDisplay().asyncExec(this::update);
        add(ActionFactory.UNDO, "Undo", this::undo, () -> commandStack != null && commandStack.canUndo());
        add(ActionFactory.REDO, "Redo", this::redo, () -> commandStack != null && commandStack.canRedo());
        add(ActionFactory.COPY, "Copy", this::copy, () -> !canvas.selection().isEmpty());
        add(ActionFactory.CUT, "Cut", this::cut, () -> !canvas.selection().isEmpty());
        add(ActionFactory.PASTE, "Paste", this::paste, () -> !EditorPlugin.getDefault().clipboard().isEmpty());
        add(ActionFactory.DELETE, "Delete", this::delete, () -> true);
        add(ActionFactory.SELECT_ALL, "Select All", this::selectAll, () -> true);
    }

    private void add(ActionFactory factory, String text, Runnable operation, BooleanSupplier enablement) {
        Runnable action = () -> {
            canvas.actionStarted();
            operation.run();
        };
        actions.put(factory.getId(), new EditAction(text, factory.getCommandId(), action, enablement));
    }

    /** Follows the command stack of the project shown (it changes when the editor moves to another project). */
    void watch(CommandStack stack) {
        if (commandStack != stack) {
            if (commandStack != null) {
                commandStack.removeCommandStackListener(stackListener);
            }
            commandStack = stack;
            commandStack.addCommandStackListener(stackListener);
        }
        update();
    }

    EditAction action(String id) {
        return actions.get(id);
    }

    Iterable<String> ids() {
        return actions.keySet();
    }

    void update() {
        if (canvas.control().isDisposed()) {
            return;
        }
        actions.values().forEach(EditAction::update);
        actions.get(ActionFactory.UNDO.getId()).setText(commandStack != null && commandStack.getUndoCommand() != null
                ? "&Undo " + commandStack.getUndoCommand().getLabel()
                : "&Undo");
        actions.get(ActionFactory.REDO.getId()).setText(commandStack != null && commandStack.getRedoCommand() != null
                ? "&Redo " + commandStack.getRedoCommand().getLabel()
                : "&Redo");
    }

    void undo() {
        if (commandStack != null && commandStack.canUndo()) {
            canvas.cancelTool();
            run(commandStack::undo);
        }
    }

    void redo() {
        if (commandStack != null && commandStack.canRedo()) {
            run(commandStack::redo);
        }
    }

    void copy() {
        if (!canvas.selection().isEmpty()) {
            EditorPlugin.getDefault().clipboard().copy(canvas.session().image(), canvas.selection().items());
            update();
        }
    }

    void cut() {
        copy();
        delete();
    }

    void paste() {
        List<Annotation> pasted = EditorPlugin.getDefault().clipboard().pasteInto(canvas.session().image());
        if (!pasted.isEmpty() && canvas.execute(canvas.session().commands().add(pasted, "Paste"))) {
            canvas.selection().set(pasted);
            String note = EditorPlugin.getDefault().clipboard().lastPasteNote();
            if (note != null) {
                canvas.note(note);
            }
        }
    }

    /** Delete: the last point being drawn, else the active vertex, else the selected annotations. */
    void delete() {
        if (canvas.deletePointOrVertex()) {
            return;
        }
        if (!canvas.selection().isEmpty()) {
            canvas.execute(canvas.session().commands().delete(canvas.selection().items()));
        }
    }

    /** Selects every visible annotation in the window. */
    void selectAll() {
        double[] window = canvas.window();
        List<Annotation> all = new ArrayList<>();
        for (Glyph glyph : canvas.session().annotations().index().query(window[0], window[1], window[2], window[3],
                Glyph.HIDDEN)) {
            all.add(glyph.annotation());
        }
        canvas.selection().set(all);
    }

    void dispose() {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(stackListener);
        }
    }

    private void run(Runnable stackOperation) {
        try {
            stackOperation.run();
        } catch (StoreException e) {
            showError.accept(e.getMessage());
        }
    }
}
