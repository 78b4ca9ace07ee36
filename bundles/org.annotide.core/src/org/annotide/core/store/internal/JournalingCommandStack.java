package org.annotide.core.store.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.CopyOnWriteArrayList;

import org.annotide.core.store.FileErrors;
import org.annotide.core.store.StoreException;
import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack whose execute, undo and redo return only once their changes are durable in the
 * journal. When the journal cannot be written (disk full, folder gone), the change is taken back in
 * memory too, so what the user sees is what is on disk, and a {@link StoreException} says so.
 * The project is never "dirty": there is nothing to save.
 */
public final class JournalingCommandStack extends BasicCommandStack {

    /** Where committed changes go; the store swaps journals at each checkpoint. */
    public interface Sink {
        /** Seals the pending changes durably. */
        void commit() throws IOException;

        /** Drops the pending changes. */
        void abort();

        /** Called after each durable change, e.g. to checkpoint when the journal grows large. */
        void committed();

        /** Null when changes may be made, else why not. */
        String refusal();
    }

    private final Sink sink;

    public JournalingCommandStack(Sink sink) {
        this.sink = sink;
        // Listeners add and remove listeners while they are told of a change (a view that follows another
        // project, a part that closes): each notification goes to the listeners registered when it began.
        listeners = new CopyOnWriteArrayList<>();
    }

    @Override
    public void execute(Command command) {
        if (command == null) {
            return;
        }
        refuseIfClosed();
        if (!command.canExecute()) {
            command.dispose();
            return;
        }
        RuntimeException failure = null;
        try {
            command.execute();
        } catch (AbortExecutionException e) {
            // The command gave up, possibly after changing something: what changed is still recorded.
            commitQuietly();
            command.dispose();
            return;
        } catch (RuntimeException e) {
            // The command may have changed part of the model: the journal keeps mirroring memory.
            failure = e;
        }
        try {
            sink.commit();
        } catch (IOException e) {
            sink.abort();
            if (failure == null && command.canUndo()) {
                takeBack(command::undo);
            }
            command.dispose();
            throw writeFailure("was not made", e);
        }
        if (failure != null) {
            handleError(failure);
            command.dispose();
            notifyListeners();
            sink.committed();
            throw failure;
        }
        for (Iterator<Command> redoable = commandList.listIterator(top + 1); redoable.hasNext();) {
            redoable.next().dispose();
            redoable.remove();
        }
        commandList.add(command);
        top++;
        mostRecentCommand = command;
        if (saveIndex >= top) {
            saveIndex = -2;
        }
        notifyListeners();
        sink.committed();
    }

    @Override
    public void undo() {
        if (!canUndo()) {
            return;
        }
        Command command = commandList.get(top);
        refuseIfClosed();
        step(command::undo, command::redo, "could not be undone");
        mostRecentCommand = command;
        top--;
        notifyListeners();
        sink.committed();
    }

    @Override
    public void redo() {
        if (!canRedo()) {
            return;
        }
        Command command = commandList.get(top + 1);
        refuseIfClosed();
        step(command::redo, command::undo, "could not be redone");
        mostRecentCommand = command;
        top++;
        notifyListeners();
        sink.committed();
    }

    /**
     * Runs an undo or redo and commits it. If it throws part-way, what it changed is committed all the same
     * (memory and disk must agree) before the exception goes on; if the commit fails, it is taken back.
     */
    private void step(Runnable change, Runnable reverse, String what) {
        try {
            change.run();
        } catch (RuntimeException e) {
            commitQuietly();
            throw e;
        }
        try {
            sink.commit();
        } catch (IOException e) {
            sink.abort();
            takeBack(reverse);
            throw writeFailure(what, e);
        }
    }

    /** Reverses a change that could not be written; whatever the reversal records is dropped too. */
    private void takeBack(Runnable reverse) {
        try {
            reverse.run();
        } finally {
            sink.abort();
        }
    }

    private void commitQuietly() {
        try {
            sink.commit();
        } catch (IOException e) {
            sink.abort();
        }
    }

    @Override
    public boolean isSaveNeeded() {
        return false;
    }

    private void refuseIfClosed() {
        String refusal = sink.refusal();
        if (refusal != null) {
            throw new StoreException(refusal);
        }
    }

    private static StoreException writeFailure(String what, IOException cause) {
        String reason = FileErrors.describe(cause);
        return new StoreException("The change " + what + ": Annotide could not write it to disk (" + reason
                + "). Everything saved before is intact; free some space or fix the folder and try again.", cause);
    }
}
