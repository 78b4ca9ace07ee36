package org.annotide.core.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.core.store.internal.JournalingCommandStack;
import org.annotide.core.store.internal.StoreEngine;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.annotide.model.provider.AnnotideItemProviderAdapterFactory;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * An open Annotide project: a folder whose model is kept durable by a journal of every change and
 * periodic atomic checkpoints. There is no save: every command returns once its change is on disk.
 *
 * <pre>
 * PROJECT/annotide.project          marker: format and name (plain text)
 * PROJECT/store/checkpoint-N.atd    model snapshot of generation N (the latest two are kept)
 * PROJECT/store/journal-N.log       changes made after checkpoint N
 * PROJECT/cache/                    pyramids and tiles; always rebuildable
 * </pre>
 *
 * Change the model only through {@link #commandStack()} (or follow direct changes with {@link #commit()}),
 * from one thread at a time. An owner whose threads take turns by the store's monitor (the team server) lets the
 * automatic checkpoints run on a thread of the store ({@link #checkpointInBackground()}).
 */
public final class ProjectStore implements AutoCloseable {

    public static final String MARKER_FILE = "annotide.project";
    public static final String STORE_FOLDER = "store";
    public static final String CACHE_FOLDER = "cache";
    /** A journal larger than this is folded into a new checkpoint after the next change. */
    public static final long DEFAULT_CHECKPOINT_THRESHOLD = 256L << 20;
    /**
     * Objects removed from the project since the last checkpoint that the journal keeps (for undo and references)
     * beyond which the next change folds the journal into a checkpoint: about 100 bytes of heap each.
     */
    public static final int DEFAULT_LIMBO_THRESHOLD = 100_000;

    private static final Pattern CHECKPOINT_NAME = Pattern.compile("checkpoint-(\\d+)\\.atd");

    private final Path folder;
    private final StoreEngine engine;
    private final EditingDomain editingDomain;
    private final ComposedAdapterFactory adapterFactory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** The daemon thread of {@link #checkpointInBackground()}, or null. */
    private ExecutorService checkpointer;

    private ProjectStore(Path folder, StoreEngine engine, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.engine = engine;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.adapterFactory = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
                new ResourceItemProviderAdapterFactory(), new AnnotideItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()});
        JournalingCommandStack commandStack = new JournalingCommandStack(engine);
        this.editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
        editingDomain.getResourceSet().getResources().add(engine.resource());
        engine.resource().setOwner(this);
    }

    /** Creates a new project in an empty or missing folder. */
    public static ProjectStore create(Path folder, String name) {
        return create(folder, name, StoreFiles.system());
    }

    public static ProjectStore create(Path folder, String name, StoreFiles files) {
        Project project = AnnotideFactory.eINSTANCE.createProject();
        project.setId(UUID.randomUUID().toString());
        project.setName(name);
        project.setCreatedAt(new Date());
        return create(folder, project, files);
    }

    /** Creates a new project whose first checkpoint holds the given model (built off-line, e.g. by an import). */
    public static ProjectStore create(Path folder, Project project) {
        return create(folder, project, StoreFiles.system());
    }

    /** As {@link #create(Path, Project)}, with the store's files written through the given operations. */
    public static ProjectStore create(Path folder, Project project, StoreFiles files) {
        String name = project.getName();
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute.resolve(MARKER_FILE))) {
                throw new StoreException("There is already an Annotide project in " + absolute);
            }
            Files.createDirectories(absolute.resolve(STORE_FOLDER));
            Files.createDirectories(absolute.resolve(CACHE_FOLDER));
        } catch (IOException e) {
            throw new StoreException("Cannot create the project folder " + absolute + ": " + describe(e), e);
        }
        Path store = absolute.resolve(STORE_FOLDER);
        checkWritable(absolute, store);
        FileChannel lockChannel = null;
        StoreEngine engine = null;
        try {
            if (!checkpointGenerations(store).isEmpty()) {
                throw new StoreException(absolute + " already holds an Annotide store (but no " + MARKER_FILE
                        + "): open or remove it rather than create a project over it.");
            }
            lockChannel = files.openForWrite(store.resolve(".lock"), StandardOpenOption.CREATE);
            FileLock lock = tryLock(lockChannel, absolute);
            engine = StoreEngine.create(files, store, project);
            writeMarker(absolute, name);
            return new ProjectStore(absolute, engine, lockChannel, lock);
        } catch (IOException | RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            closeQuietly(lockChannel);
            if (e instanceof IOException io) {
                throw new StoreException("Cannot create a project in " + absolute + ": " + describe(io), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Opens a project for reading and writing; recovers from a crash by replaying the journal. */
    public static ProjectStore open(Path folder) {
        return open(folder, StoreFiles.system());
    }

    public static ProjectStore open(Path folder, StoreFiles files) {
        Path absolute = requireProject(folder);
        Path store = absolute.resolve(STORE_FOLDER);
        checkWritable(absolute, store);
        FileChannel lockChannel = null;
        try {
            lockChannel = files.openForWrite(store.resolve(".lock"), StandardOpenOption.CREATE);
            FileLock lock = tryLock(lockChannel, absolute);
            StoreEngine engine = StoreEngine.recover(files, store, checkpointGenerations(store), true);
            return new ProjectStore(absolute, engine, lockChannel, lock);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException("Cannot open the project " + absolute + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /** Opens a project without writing anything to its folder; changes are refused. */
    public static ProjectStore openReadOnly(Path folder) {
        return openReadOnly(folder, null);
    }

    /**
     * Opens a project without writing anything to its folder; changes are refused with {@code reason} (what the user
     * can do about it), or, for null, with the advice to copy the folder somewhere writable.
     */
    public static ProjectStore openReadOnly(Path folder, String reason) {
        Path absolute = requireProject(folder);
        Path store = absolute.resolve(STORE_FOLDER);
        try {
            StoreEngine engine = StoreEngine.recover(StoreFiles.system(), store, checkpointGenerations(store), false);
            engine.setReadOnlyReason(reason);
            return new ProjectStore(absolute, engine, null, null);
        } catch (IOException e) {
            throw new StoreException("Cannot read the project " + absolute + ": " + describe(e), e);
        }
    }

    /** The open store an object of a project model belongs to, or null for a detached object. */
    public static ProjectStore of(org.eclipse.emf.ecore.EObject object) {
        return object != null && object.eResource() instanceof org.annotide.core.store.internal.ProjectResource resource
                ? (ProjectStore) resource.owner()
                : null;
    }

    /** True when the folder holds an Annotide project. */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER_FILE));
    }

    public Path folder() {
        return folder;
    }

    public Path cacheFolder() {
        return folder.resolve(CACHE_FOLDER);
    }

    public Project project() {
        return (Project) engine.root();
    }

    public EditingDomain editingDomain() {
        return editingDomain;
    }

    public CommandStack commandStack() {
        return editingDomain.getCommandStack();
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public boolean isReadOnly() {
        return engine.refusal() != null;
    }

    /** Why changes are refused now (read-only, closed, or saving stopped), or null while they are accepted. */
    public String refusal() {
        return engine.refusal();
    }

    /** True once the project was closed or released: its model may be looked at but no longer changed. */
    public boolean isClosed() {
        return engine.isClosed();
    }

    /** What recovery noticed while opening: a torn journal tail cut off, a damaged checkpoint skipped. */
    public List<String> recoveryNotes() {
        return Collections.unmodifiableList(engine.notes());
    }

    /** Makes changes made outside the command stack durable. */
    public void commit() {
        String refusal = engine.refusal();
        if (refusal != null) {
            engine.abort();
            throw new StoreException(refusal);
        }
        try {
            engine.commit();
        } catch (IOException e) {
            engine.abort();
            throw new StoreException("Changes could not be written to " + folder + ": " + describe(e), e);
        }
        engine.committed();
    }

    /** Folds the journal into a new checkpoint now. */
    public void checkpoint() {
        String refusal = engine.refusal();
        if (refusal != null) {
            throw new StoreException(refusal);
        }
        try {
            engine.checkpoint();
        } catch (IOException e) {
            throw new StoreException("Could not write a checkpoint of " + folder + " (" + describe(e)
                    + "). Nothing is lost: the journal still holds every change.", e);
        }
    }

    public void setCheckpointThreshold(long bytes) {
        engine.setCheckpointThreshold(bytes);
    }

    /** See {@link #DEFAULT_LIMBO_THRESHOLD}. */
    public void setLimboThreshold(int objects) {
        engine.setLimboThreshold(objects);
    }

    /**
     * Moves the automatic checkpoints (a journal past its size threshold, a crowded limbo) off the thread whose change
     * calls for one: a daemon thread of this store writes them, holding the store's monitor ({@code synchronized
     * (store)}) while it does, and the changes that call for one while it waits for the monitor call for that one.
     * The change returns at once rather than after a whole-model checkpoint (1.3 s at a million annotations).
     *
     * <p>Only for an owner whose every read and change of the model holds that monitor, as the team server's do:
     * elsewhere (a UI thread, a mirror's owner thread) the checkpoint would read a model while it changes. Does
     * nothing for a read-only store or a second time.
     */
    public synchronized void checkpointInBackground() {
        if (checkpointer != null || isReadOnly()) {
            return;
        }
        String name = "Annotide checkpoints of " + folder.getFileName();
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, name);
            daemon.setDaemon(true); // a checkpoint cut short by the end of the process loses nothing
            return daemon;
        });
        checkpointer = thread;
        engine.checkpointOn(work -> thread.execute(() -> {
            synchronized (this) {
                work.run();
            }
        }));
    }

    /**
     * Releases the project without a final checkpoint, as a crash would: every committed change is in the
     * journal, which the next opening replays. For a fast exit, and for tests of recovery.
     */
    public void release() {
        synchronized (this) { // not in the middle of a background checkpoint
            engine.abort();
            releaseResources();
        }
    }

    /** Writes a final checkpoint and releases the project. */
    @Override
    public void close() {
        synchronized (this) { // not in the middle of a background checkpoint
            try {
                if (engine.refusal() == null) {
                    engine.commit();
                    if (engine.journalHasRecords()) {
                        engine.checkpoint();
                    }
                }
            } catch (IOException e) {
                throw new StoreException("Closing " + folder + ": " + describe(e) + ". The journal holds every change.",
                        e);
            } finally {
                releaseResources();
            }
        }
    }

    private void releaseResources() {
        engine.close();
        if (checkpointer != null) {
            checkpointer.shutdown(); // a checkpoint still waiting finds the store closed and writes nothing
        }
        adapterFactory.dispose();
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // released with the channel below
        }
        closeQuietly(lockChannel);
    }

    // ------------------------------------------------------------------ helpers

    private static Path requireProject(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new StoreException("There is no folder " + absolute);
        }
        if (!isProject(absolute)) {
            throw new StoreException(absolute + " is not an Annotide project: it has no " + MARKER_FILE + " file.");
        }
        return absolute;
    }

    private static void checkWritable(Path project, Path store) {
        try {
            Path probe = Files.createTempFile(store, ".write-probe", null);
            Files.delete(probe);
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw readOnly(project, e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.contains("Read-only") || reason.contains("not permitted")) {
                throw readOnly(project, e);
            }
            throw new StoreException("Cannot write in the project folder " + project + ": " + describe(e), e);
        } catch (IOException e) {
            throw new StoreException("Cannot write in the project folder " + project + ": " + describe(e), e);
        }
    }

    private static StoreException readOnly(Path project, IOException cause) {
        return new StoreException("The project folder " + project + " is read-only, so Annotide cannot keep "
                + "your changes safe there. Open it read-only to look, or copy it to a writable folder to edit it.",
                cause);
    }

    static List<Long> checkpointGenerations(Path store) throws IOException {
        List<Long> generations = new ArrayList<>();
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = CHECKPOINT_NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    generations.add(Long.parseLong(matcher.group(1)));
                }
            }
        }
        generations.sort(Collections.reverseOrder());
        return generations;
    }

    private static FileLock tryLock(FileChannel channel, Path project) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("The project " + project + " is open in another Annotide window or process.");
        }
        return lock;
    }

    private static void writeMarker(Path folder, String name) throws IOException {
        Properties marker = new Properties();
        marker.setProperty("format", "1");
        marker.setProperty("name", name == null ? "" : name);
        marker.setProperty("model", AnnotidePackage.eNS_URI);
        Path temporary = folder.resolve(MARKER_FILE + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer writer = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8);
            marker.store(writer, "Annotide project: open this folder with Annotide");
            writer.flush();
            channel.force(true);
        }
        StoreFiles files = StoreFiles.system();
        files.moveAtomically(temporary, folder.resolve(MARKER_FILE));
        files.syncDirectory(folder);
    }

    /** The name recorded in a project's marker file, without opening it. */
    public static String readName(Path folder) {
        Properties marker = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve(MARKER_FILE), StandardCharsets.UTF_8)) {
            marker.load(reader);
        } catch (IOException e) {
            return folder.getFileName().toString();
        }
        return marker.getProperty("name", folder.getFileName().toString());
    }

    static String describe(IOException e) {
        return FileErrors.describe(e);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
