package org.annotide.core.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The durable state of one project's store folder: the current checkpoint generation, its journal and
 * the resource they keep. Knows how to recover, to checkpoint, and to clean up older generations.
 */
public final class StoreEngine implements JournalingCommandStack.Sink {

    private final StoreFiles files;
    private final Path store;
    private final ProjectResource resource;
    private final boolean writable;
    private final List<String> notes;
    private Journal journal;
    private long generation;
    private boolean journalHasRecords;
    private long checkpointThreshold = org.annotide.core.store.ProjectStore.DEFAULT_CHECKPOINT_THRESHOLD;

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
        Checkpoint.write(files, engine.checkpointPath(1), 1, root);
        engine.startJournal(Journal.create(files, engine.journalPath(1), 1, root));
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
            EObject root;
            try {
                root = Checkpoint.read(files, checkpointPath(store, generation), generation, AnnotidePackage.eINSTANCE,
                        notes);
            } catch (IOException | RuntimeException e) {
                notes.add("Checkpoint " + generation + " could not be read (" + e.getMessage()
                        + "); recovered from the one before it and its journal.");
                lastFailure = e instanceof IOException io ? io : new IOException(e);
                continue;
            }
            return replayAndResume(files, store, generations, generation, root, writable, notes);
        }
        throw new IOException(generations.isEmpty() ? "the store folder holds no checkpoint"
                : "no checkpoint could be read", lastFailure);
    }

    private static StoreEngine replayAndResume(StoreFiles files, Path store, List<Long> generations, long loaded,
            EObject root, boolean writable, List<String> notes) throws IOException {
        long journalGeneration = loaded;
        JournalReplay.Result last = null;
        boolean replayFailed = false;
        long records = 0;
        while (Files.exists(journalPath(store, journalGeneration))) {
            Path path = journalPath(store, journalGeneration);
            try (FileChannel channel = files.openForRead(path)) {
                last = JournalReplay.replay(channel, journalGeneration, root, AnnotidePackage.eINSTANCE, notes);
                records += last.records();
                if (last.tornTail()) {
                    notes.add("An unfinished change at the end of journal " + journalGeneration
                            + " was dropped: it had not been confirmed as saved when Annotide stopped.");
                }
            } catch (IOException | RuntimeException e) {
                notes.add("Journal " + journalGeneration + " could not be replayed completely (" + e.getMessage()
                        + "); it was kept as " + path.getFileName() + ".failed.");
                if (writable) {
                    Files.copy(path, path.resolveSibling(path.getFileName() + ".failed"),
                            StandardCopyOption.REPLACE_EXISTING);
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
        if (fellBack || replayFailed || last == null) {
            if (fellBack || replayFailed) {
                // Start a clean generation beyond every existing one so no older file is ever mistaken for it.
                engine.generation = Math.max(generations.get(0), journalGeneration);
                engine.writeCheckpointAndJournal(engine.generation + 1);
            } else {
                engine.startJournal(Journal.create(files, engine.journalPath(loaded), loaded, root));
            }
        } else {
            engine.startJournal(Journal.append(files, engine.journalPath(loaded), last.validEnd(), root));
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

    public boolean journalHasRecords() {
        return journalHasRecords || (journal != null && journal.records() > 0);
    }

    public void setCheckpointThreshold(long bytes) {
        this.checkpointThreshold = bytes;
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
        try {
            if (journal != null && journal.size() > checkpointThreshold) {
                checkpoint();
            }
        } catch (IOException e) {
            // Every change is durable in the journal; the checkpoint is retried after the next change.
            notes.add("A checkpoint failed (" + e.getMessage() + "); the journal keeps every change.");
        }
    }

    @Override
    public String refusal() {
        return writable ? null
                : "This project is open read-only: copy it to a writable folder to change it.";
    }

    /** Writes the current model as the next generation and starts its journal. */
    public void checkpoint() throws IOException {
        if (!writable) {
            return;
        }
        commit();
        writeCheckpointAndJournal(generation + 1);
    }

    private void writeCheckpointAndJournal(long next) throws IOException {
        Checkpoint.write(files, checkpointPath(next), next, root());
        Journal nextJournal;
        try {
            Files.deleteIfExists(journalPath(next));
            nextJournal = Journal.create(files, journalPath(next), next, root());
        } catch (IOException | RuntimeException e) {
            // Without its journal the new checkpoint must not be used, or later changes would be skipped.
            Files.deleteIfExists(checkpointPath(next));
            throw e;
        }
        Journal previous = journal;
        startJournal(nextJournal);
        journalHasRecords = false;
        if (previous != null) {
            previous.close();
        }
        generation = next;
        deleteGenerationsBefore(next - 1);
    }

    private void startJournal(Journal next) {
        journal = next;
        resource.setModelChangeListener(next);
    }

    public void close() {
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
            notes.add("Old checkpoints could not be removed: " + e.getMessage());
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
