package org.annotide.client.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.annotide.client.RemoteProject;
import org.annotide.client.ServerConnection;
import org.annotide.client.SyncListener;
import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.ImportReport;
import org.annotide.imaging.ImportRequest;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Shape;
import org.annotide.model.Tile;
import org.annotide.model.TrainingSet;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * One user's client as the workbench runs it: a connection, the mirror of the served project, and an owner thread
 * (the workbench's UI thread) on which every edit is an EMF command, as the editor makes them.
 */
final class Client implements AutoCloseable, SyncListener {

    final String user;
    final Path mirrors;
    final ExecutorService owner;
    final ServerConnection connection;
    RemoteProject remote;
    final List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    final List<String> reachability = Collections.synchronizedList(new ArrayList<>());
    final List<String> readOnly = Collections.synchronizedList(new ArrayList<>());

    Client(TeamServer server, String user, Path mirrors) throws Exception {
        this(server.login(user, false), server.projectId, mirrors);
    }

    /** A client of a project through a connection made elsewhere (a remembered login, say). */
    Client(ServerConnection connection, String projectId, Path mirrors) throws Exception {
        this.user = connection.user();
        this.mirrors = mirrors;
        this.owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner of " + user));
        this.connection = connection;
        try {
            open(projectId);
        } catch (Exception e) {
            owner.shutdownNow();
            throw e;
        }
    }

    void open(String projectId) throws Exception {
        remote = RemoteProject.open(connection, projectId, mirrors, owner);
        remote.addListener(this);
    }

    @Override
    public void conflict(String message) {
        conflicts.add(message);
    }

    @Override
    public void reachability(boolean reachable, String message) {
        reachability.add((reachable ? "reachable: " : "unreachable: ") + message);
    }

    @Override
    public void readOnly(String message) {
        readOnly.add(message);
    }

    ProjectStore store() {
        return remote.store();
    }

    <T> T onOwner(Callable<T> work) throws Exception {
        return owner.submit(work).get();
    }

    ImageAsset image(String id) {
        return store().project().getImages().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
    }

    Annotation find(String image, long id) throws Exception {
        return onOwner(() -> image(image).getAnnotations().stream().filter(a -> a.getId() == id).findFirst().orElse(null));
    }

    List<Annotation> annotations(String image) throws Exception {
        return onOwner(() -> List.copyOf(image(image).getAnnotations()));
    }

    /** Draws a box of the first class, as the editor's create command does (the id from the project's counter). */
    Annotation draw(String imageId, double x) throws Exception {
        BoxShape box = AnnotideFactory.eINSTANCE.createBoxShape();
        box.setX(x);
        box.setY(2);
        box.setWidth(5);
        box.setHeight(6);
        return add("Draw", imageId, null, box);
    }

    /** Gives an image its class, as the classification buttons do: an image-level annotation of that class. */
    Annotation label(String imageId, String classId) throws Exception {
        return add("Label", imageId, classId, AnnotideFactory.eINSTANCE.createImageClassShape());
    }

    /** Adds an annotation of that class (null: the first) and shape in one command that also advances the counter. */
    private Annotation add(String label, String imageId, String classId, Shape shape) throws Exception {
        return onOwner(() -> {
            Project project = store().project();
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            annotation.setId(project.getNextAnnotationId());
            annotation.setLabelClass(project.getLabelClasses().stream()
                    .filter(c -> classId == null || c.getId().equals(classId)).findFirst().orElseThrow());
            annotation.setShape(shape);
            CompoundCommand command = new CompoundCommand(label);
            command.append(AddCommand.create(store().editingDomain(), image(imageId), Literals.IMAGE_ASSET__ANNOTATIONS,
                    annotation));
            command.append(SetCommand.create(store().editingDomain(), project, Literals.PROJECT__NEXT_ANNOTATION_ID,
                    annotation.getId() + 1));
            store().commandStack().execute(command);
            return annotation;
        });
    }

    /**
     * Imports an image file into the mirror as File > Import Images does (copied into the project, the model's part on
     * the owner thread); the new image's id.
     */
    String importImage(Path file) throws Exception {
        ImportReport report = new ImageImporter(ImageFormats.installed()).run(store(),
                new ImportRequest(List.of(file), null, true, null), new NullProgressMonitor(), work -> {
                    try {
                        onOwner(() -> {
                            work.run();
                            return null;
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        if (report.imported() != 1) {
            throw new AssertionError("the import took " + report.imported() + " images: " + report.rejected());
        }
        String name = file.getFileName().toString();
        return onOwner(() -> store().project().getImages().stream().filter(i -> i.getName().equals(name)).findFirst()
                .orElseThrow().getId());
    }

    /** Adds a label class, as the Label Classes view does. */
    void addClass(String id, String name) throws Exception {
        onOwner(() -> {
            LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
            labelClass.setId(id);
            labelClass.setName(name);
            labelClass.setColor("#123456");
            store().commandStack().execute(AddCommand.create(store().editingDomain(), store().project(),
                    Literals.PROJECT__LABEL_CLASSES, labelClass));
            return null;
        });
    }

    void renameClass(String id, String name) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(SetCommand.create(store().editingDomain(), labelClass(id), Literals.NAMED__NAME,
                    name));
            return null;
        });
    }

    /** Deletes a label class with the annotations that use it, in one command. */
    void deleteClass(String id) throws Exception {
        onOwner(() -> {
            LabelClass labelClass = labelClass(id);
            List<Object> gone = new ArrayList<>();
            store().project().getImages().forEach(i -> i.getAnnotations().stream()
                    .filter(a -> a.getLabelClass() == labelClass).forEach(gone::add));
            gone.add(labelClass);
            store().commandStack().execute(DeleteCommand.create(store().editingDomain(), gone));
            return null;
        });
    }

    /** Cuts an image into square tiles, as the Tile Image command does; the new tiles. */
    List<Tile> cut(String imageId, int size) throws Exception {
        return onOwner(() -> {
            TileImageCommand command = TileImageCommand.create(store().editingDomain(), image(imageId), new TileGrid(size, 0));
            store().commandStack().execute(command);
            return command.tiles();
        });
    }

    /** Makes a training set of tiles, as the Training Sets view's New command does; its id. */
    String newSet(String name, List<Tile> tiles) throws Exception {
        return onOwner(() -> {
            TrainingSet set = AnnotideFactory.eINSTANCE.createTrainingSet();
            set.setId(UUID.randomUUID().toString());
            set.setName(name);
            set.setDescription("made by " + user);
            set.getTiles().addAll(tiles);
            store().commandStack().execute(AddCommand.create(store().editingDomain(), store().project(),
                    Literals.PROJECT__TRAINING_SETS, set));
            return set.getId();
        });
    }

    /** Renames a set and replaces its tiles, in one command. */
    void changeSet(String id, String name, List<Tile> tiles) throws Exception {
        onOwner(() -> {
            TrainingSet set = trainingSet(id);
            CompoundCommand command = new CompoundCommand("Change training set");
            command.append(SetCommand.create(store().editingDomain(), set, Literals.NAMED__NAME, name));
            command.append(SetCommand.create(store().editingDomain(), set, Literals.TRAINING_SET__TILES, tiles));
            store().commandStack().execute(command);
            return null;
        });
    }

    void deleteSet(String id) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(DeleteCommand.create(store().editingDomain(), List.of(trainingSet(id))));
            return null;
        });
    }

    /** Sets an image's task status, as the Properties view does. */
    void setStatus(String imageId, ImageStatus status) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(SetCommand.create(store().editingDomain(), image(imageId),
                    Literals.IMAGE_ASSET__STATUS, status));
            return null;
        });
    }

    /** Renames an image and gives it a description and one metadata entry, in one command (the Properties view's way). */
    void describeImage(String imageId, String name, String description, String key, String value) throws Exception {
        onOwner(() -> {
            ImageAsset image = image(imageId);
            CompoundCommand command = new CompoundCommand("Describe image");
            command.append(SetCommand.create(store().editingDomain(), image, Literals.NAMED__NAME, name));
            command.append(SetCommand.create(store().editingDomain(), image, Literals.NAMED__DESCRIPTION, description));
            org.eclipse.emf.ecore.EObject entry = org.eclipse.emf.ecore.util.EcoreUtil
                    .create(Literals.STRING_TO_STRING_MAP_ENTRY);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__KEY, key);
            entry.eSet(Literals.STRING_TO_STRING_MAP_ENTRY__VALUE, value);
            command.append(AddCommand.create(store().editingDomain(), image, Literals.IMAGE_ASSET__METADATA, entry));
            store().commandStack().execute(command);
            return null;
        });
    }

    /** Removes an image with what it holds and what refers to it, as Delete in the Project Explorer does. */
    void removeImage(String imageId) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(DeleteCommand.create(store().editingDomain(), List.of(image(imageId))));
            return null;
        });
    }

    boolean hasImage(String imageId) {
        return store().project().getImages().stream().anyMatch(i -> i.getId().equals(imageId));
    }

    TrainingSet trainingSet(String id) {
        return store().project().getTrainingSets().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
    }

    LabelClass labelClass(String id) {
        return store().project().getLabelClasses().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    /** Moves a box, as a drag in the editor does. */
    void move(Annotation annotation, double x) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(SetCommand.create(store().editingDomain(), annotation.getShape(),
                    Literals.BOX_SHAPE__X, x));
            return null;
        });
    }

    void delete(Annotation annotation) throws Exception {
        onOwner(() -> {
            store().commandStack().execute(RemoveCommand.create(store().editingDomain(), annotation.eContainer(),
                    Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            return null;
        });
    }

    /** Waits until the condition holds (checked on the owner thread), at most {@code millis}; the time it took. */
    long await(long millis, String what, BooleanSupplier condition) throws Exception {
        long start = System.nanoTime();
        while (!onOwner(condition::getAsBoolean)) {
            if (System.nanoTime() - start > millis * 1_000_000) {
                throw new AssertionError(user + ": not within " + millis + " ms: " + what);
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * How long a mirror may take to be back in step after its server restarted: it logs in again (a slow password
     * hash) and catches up before it sends. About 1 s on a quiet machine (the sender's retry interval); about one
     * restart in 25 a request the restarted server accepted was never read, which cost the request's 10 s timeout
     * (ReconnectTimingTest) and costs the reconnection's 2 s probe timeout now: the margin stays for loaded machines.
     */
    static final long AFTER_RESTART_MILLIS = 30_000;

    /** Waits until the server acknowledged every local edit (at most {@link #AFTER_RESTART_MILLIS}). */
    void awaitSent() throws Exception {
        await(AFTER_RESTART_MILLIS, "every edit sent (" + remote.unsent() + " unsent)", () -> remote.unsent() == 0);
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
        }
        connection.close();
        owner.shutdownNow();
    }
}
