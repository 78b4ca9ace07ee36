package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreFiles;
import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The durable state of one project's store folder: the current checkpoint generation, its journal and
 * the resource they keep. Knows how to recover, to checkpoint, and to clean up older generations; refuses
 * changes once the project is closed, read-only, or its files could not be kept consistent.
 */
public final class StoreEngine implements JournalingCommandStack.Sink {

    /** Notes beyond this many are dropped, so a failing disk cannot fill the heap with them. */
    private static final int MAX_NOTES = 100;

    private final StoreFiles files;
    private final Path store;
    private final ProjectResource resource;
    private final boolean writable;
    private final List<String> notes;
    private Journal journal;
    private long generation;
    private boolean journalHasRecords;
    private long checkpointThreshold = ProjectStore.DEFAULT_CHECKPOINT_THRESHOLD;
    private int limboThreshold = ProjectStore.DEFAULT_LIMBO_THRESHOLD;
    /** The limbo's size when the current journal started (what the model still referred to then). */
    private int limboBase;
    /** After a failed automatic checkpoint, the journal size at which to try again. */
    private long nextCheckpointAttempt;
    /**
     * Where automatic checkpoints run with the writers shut out (see {@link #checkpointOn}); null: on the thread of
     * the change that calls for one.
     */
    private Executor background;
    /** An automatic checkpoint waits in {@link #background}: the changes that call for one meanwhile need no other. */
    private boolean checkpointRequested;
    private boolean closed;
    /** Why the files cannot be trusted to take more changes, or null. */
    private String broken;
    /** What a change of a store opened read-only is refused with; null: the general advice to copy the folder. */
    private volatile String readOnlyReason;

    private StoreEngine(StoreFiles files, Path store, EObject root, boolean writable, List<String> notes) {
        this.files = files;
        this.store = store;
        this.writable = writable;
        this.notes = notes;
        this.resource = new ProjectResource(URI.createFileURI(store.getParent().resolve("annotide.project").toString()));
        resource.getContents().add(root);
    }

    public static StoreEngine create(StoreFiles files, Path store, EObject root) throws IOException {
        StoreEngine engine = new StoreEngine(files, store, root, true, new ArrayList<>());
        engine.generation = 1;
        Limbo limbo = Checkpoint.write(files, engine.checkpointPath(1), 1, root);
        engine.startJournal(Journal.create(files, engine.journalPath(1), 1, root, limbo));
        return engine;
    }

    /**
     * Loads the newest readable checkpoint and replays the journals that follow it.
     *
     * @param generations checkpoint generations present, newest first
     */
    public static StoreEngine recover(StoreFiles files, Path store, List<Long> generations, boolean writable)
            throws IOException {
        List<String> notes = new ArrayList<>();
        if (writable) {
            deleteTemporaries(store);
        }
        IOException lastFailure = null;
        for (long generation : generations) {
            Checkpoint.Content content;
            try {
                content = Checkpoint.read(files, checkpointPath(store, generation), generation,
                        AnnotidePackage.eINSTANCE, notes);
            } catch (IOException | RuntimeException e) {
                notes.add("Checkpoint " + generation + " could not be read (" + e.getMessage()
                        + "); recovered from the one before it and its journal.");
                lastFailure = e instanceof IOException io ? io : new IOException(e);
                continue;
            }
            return replayAndResume(files, store, generations, generation, content, writable, notes);
        }
        throw new IOException(generations.isEmpty() ? "the store folder holds no checkpoint"
                : "no checkpoint could be read", lastFailure);
    }

    private static StoreEngine replayAndResume(StoreFiles files, Path store, List<Long> generations, long loaded,
            Checkpoint.Content content, boolean writable, List<String> notes) throws IOException {
        EObject root = content.root();
        Limbo limbo = content.limbo();
        long journalGeneration = loaded;
        JournalReplay.Result last = null;
        boolean replayFailed = false;
        long records = 0;
        while (Files.exists(journalPath(store, journalGeneration))) {
            Path path = journalPath(store, journalGeneration);
            if (journalGeneration > loaded) {
                // This journal followed a checkpoint that could not be read: its limbo slots count from
                // what that checkpoint held, which the model as replayed so far tells exactly.
                limbo = Checkpoint.limboOf(root);
            }
            try (FileChannel channel = files.openForRead(path)) {
                last = JournalReplay.replay(channel, journalGeneration, root, AnnotidePackage.eINSTANCE, limbo, notes);
                records += last.records();
                if (last.tornTail()) {
                    notes.add("An unfinished or damaged change at the end of journal " + journalGeneration
                            + " was dropped: it had not been confirmed as saved when Annotide stopped.");
                }
            } catch (IOException | RuntimeException e) {
                if (writable) {
                    Files.copy(path, path.resolveSibling(path.getFileName() + ".failed"),
                            StandardCopyOption.REPLACE_EXISTING);
                    notes.add("Journal " + journalGeneration + " could not be replayed completely (" + e.getMessage()
                            + "); it was kept as " + path.getFileName() + ".failed.");
                } else {
                    notes.add("Journal " + journalGeneration + " could not be replayed completely (" + e.getMessage()
                            + "); open the project for writing to keep a copy of it.");
                }
                replayFailed = true;
                break;
            }
            journalGeneration++;
        }
        StoreEngine engine = new StoreEngine(files, store, root, writable, notes);
        engine.generation = loaded;
        engine.journalHasRecords = records > 0;
        if (!writable) {
            return engine;
        }
        boolean fellBack = loaded != generations.get(0) || journalGeneration - 1 > loaded;
        if (fellBack || replayFailed) {
            // Start a clean generation beyond every existing one so no older file is ever mistaken for it.
            engine.generation = Math.max(generations.get(0), journalGeneration);
            engine.writeCheckpointAndJournal(engine.generation + 1);
        } else if (last == null) {
            engine.startJournal(Journal.create(files, engine.journalPath(loaded), loaded, root, limbo));
        } else {
            engine.startJournal(Journal.append(files, engine.journalPath(loaded), last.validEnd(), root, limbo));
        }
        return engine;
    }

    public EObject root() {
        return resource.getContents().get(0);
    }

    public ProjectResource resource() {
        return resource;
    }

    public List<String> notes() {
        return notes;
    }

    private void note(String note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean journalHasRecords() {
        return journalHasRecords || (journal != null && journal.records() > 0);
    }

    public void setCheckpointThreshold(long bytes) {
        this.checkpointThreshold = bytes;
    }

    public void setLimboThreshold(int objects) {
        this.limboThreshold = objects;
    }

    /**
     * Runs the automatic checkpoints through {@code exclusive} rather than on the thread of the change that calls for
     * one. It must run each task while no other thread reads or changes the model (the store's owner knows how its
     * writers exclude each other); a checkpoint written there is the one the writer would have written, with the
     * same files in the same order, so a crash during it loses nothing either.
     */
    public void checkpointOn(Executor exclusive) {
        this.background = exclusive;
    }

    @Override
    public void commit() throws IOException {
        if (journal != null) {
            journal.commit();
        }
    }

    @Override
    public void abort() {
        if (journal != null) {
            journal.abort();
        }
    }

    @Override
    public void committed() {
        if (background == null) {
            checkpointIfDue();
            return;
        }
        if (checkpointRequested || journal == null || refusal() != null) {
            return;
        }
        try {
            if (!isCheckpointDue()) {
                return;
            }
        } catch (IOException e) {
            // the checkpoint's own attempt meets the same failure, and notes it
        }
        checkpointRequested = true;
        try {
            background.execute(() -> {
                checkpointRequested = false;
                checkpointIfDue();
            });
        } catch (RejectedExecutionException e) {
            checkpointRequested = false; // the store is closing, which writes a checkpoint of its own
        }
    }

    private boolean isCheckpointDue() throws IOException {
        long size = journal.size();
        // A long run of replacements (a server's day of edits) leaves each replaced object in the limbo, on the
        // heap, long before the journal's bytes call for a checkpoint; a checkpoint lets go of them.
        boolean crowded = journal.limboSize() - limboBase > limboThreshold;
        return (size > checkpointThreshold || crowded) && size >= nextCheckpointAttempt;
    }

    private void checkpointIfDue() {
        if (journal == null || refusal() != null) {
            return;
        }
        try {
            if (isCheckpointDue()) {
                checkpoint();
            }
        } catch (IOException | RuntimeException e) {
            // Every change is durable in the journal; try again once it has grown by another threshold.
            try {
                nextCheckpointAttempt = journal.size() + checkpointThreshold;
            } catch (IOException ignored) {
                nextCheckpointAttempt = Long.MAX_VALUE;
            }
            note("A checkpoint failed (" + e.getMessage() + "); the journal keeps every change.");
        }
    }

    /**
     * Says why a store opened read-only refuses changes (the mirror of a server's project while not connected, say),
     * where the general advice to copy the folder would mislead.
     */
    public void setReadOnlyReason(String reason) {
        readOnlyReason = reason;
    }

    @Override
    public String refusal() {
        if (closed) {
            return "This project has been closed: open it again to change it.";
        }
        if (!writable) {
            String reason = readOnlyReason;
            return reason != null ? reason : "This project is open read-only: copy it to a writable folder to change it.";
        }
        if (broken != null) {
            return "Annotide stopped saving changes to this project: " + broken
                    + " Everything confirmed until now is safe; close the project and open it again.";
        }
        if (journal != null && journal.isBroken()) {
            return "Annotide stopped saving changes to this project: a failed change could not be cut from its "
                    + "journal. Everything confirmed until now is safe; close the project and open it again.";
        }
        return null;
    }

    /** Writes the current model as the next generation and starts its journal. */
    public void checkpoint() throws IOException {
        String refusal = refusal();
        if (refusal != null) {
            throw new IOException(refusal);
        }
        commit();
        writeCheckpointAndJournal(generation + 1);
    }

    private void writeCheckpointAndJournal(long next) throws IOException {
        Limbo limbo;
        Journal nextJournal;
        try {
            limbo = Checkpoint.write(files, checkpointPath(next), next, root());
            Files.deleteIfExists(journalPath(next));
            nextJournal = Journal.create(files, journalPath(next), next, root(), limbo);
        } catch (IOException | RuntimeException e) {
            // The checkpoint may have reached its place before the failure. With it in place but no journal
            // after it, the next opening would skip the changes still to come in the current journal: take
            // it back, or stop taking changes if even that fails.
            withdraw(next, e);
            throw e;
        }
        Journal previous = journal;
        startJournal(nextJournal);
        journalHasRecords = false;
        nextCheckpointAttempt = 0;
        if (previous != null) {
            previous.close();
        }
        generation = next;
        deleteGenerationsBefore(next - 1);
    }

    private void withdraw(long next, Exception cause) {
        try {
            if (Files.deleteIfExists(checkpointPath(next))) {
                files.syncDirectory(store);
            }
            Files.deleteIfExists(journalPath(next));
        } catch (IOException e) {
            broken = "a checkpoint failed (" + cause.getMessage() + ") and could not be taken back ("
                    + e.getMessage() + ").";
        }
    }

    private void startJournal(Journal next) {
        journal = next;
        limboBase = next.limboSize();
        resource.setModelChangeListener(next);
    }

    public void close() {
        closed = true;
        resource.setModelChangeListener(null);
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException ignored) {
                // every committed record is already forced to disk
            }
            journal = null;
        }
    }

    private void deleteGenerationsBefore(long keep) {
        try (Stream<Path> list = Files.list(store)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                String name = file.getFileName().toString();
                long fileGeneration = generationOf(name);
                if (fileGeneration >= 0 && fileGeneration < keep) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            note("Old checkpoints could not be removed: " + e.getMessage());
        }
    }

    private static long generationOf(String name) {
        for (String prefix : new String[] {"checkpoint-", "journal-"}) {
            if (name.startsWith(prefix) && (name.endsWith(".atd") || name.endsWith(".log"))) {
                try {
                    return Long.parseLong(name.substring(prefix.length(), name.length() - 4));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static void deleteTemporaries(Path store) throws IOException {
        try (Stream<Path> list = Files.list(store)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                if (file.getFileName().toString().endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path checkpointPath(long generation) {
        return checkpointPath(store, generation);
    }

    private Path journalPath(long generation) {
        return journalPath(store, generation);
    }

    static Path checkpointPath(Path store, long generation) {
        return store.resolve(String.format("checkpoint-%012d.atd", generation));
    }

    static Path journalPath(Path store, long generation) {
        return store.resolve(String.format("journal-%012d.log", generation));
    }
}
