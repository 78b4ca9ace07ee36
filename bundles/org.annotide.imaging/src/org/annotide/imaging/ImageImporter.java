package org.annotide.imaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImportReport.Rejection;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.ImageStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Imports images into a project as one undoable command: files, folders (recursively, optionally
 * filtered by a file-name pattern) and image lists (CSV files, read by the {@link ImageList.Reader} given: the
 * formats bundle's one CSV reader; labels become image-level class annotations with the row's attributes, and
 * label classes are created for new labels). Only headers are read,
 * so thousands of files import in seconds; a file that cannot be read, a missing file, a bad CSV row or
 * an image already in the project is reported with the reason while the rest is imported.
 * <p>
 * Files are referred to where they are: by a path relative to the project folder when inside it,
 * else by an absolute path. With {@link ImportRequest#copy()} they are first copied into
 * {@code PROJECT/images/} (undoing the import leaves the copies there; they are only files).
 */
public final class ImageImporter {

    public static final String IMAGES_FOLDER = "images";
    /** Image metadata key holding the original path of a copied file. */
    public static final String SOURCE_METADATA = "source";

    private static final String[] PALETTE = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
        "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#800000", "#aaffc3", "#808000", "#000075"};

    private final ImageFormats formats;
    private final ImageList.Reader lists;

    /** An importer of files and folders only: a request with an image list is refused. */
    public ImageImporter(ImageFormats formats) {
        this(formats, null);
    }

    /** @param lists reads the request's image list (the formats bundle's {@code LabelsCsv::imageList}) */
    public ImageImporter(ImageFormats formats, ImageList.Reader lists) {
        this.formats = formats;
        this.lists = lists;
    }

    /** One file to import: where it was named and the labels given for it (identical labels once). */
    private record Candidate(Path file, String source, Set<ImageList.Label> labels) {
    }

    private record Accepted(Candidate candidate, ImageInfo info) {
    }

    public ImportReport run(ProjectStore store, ImportRequest request, IProgressMonitor monitor) throws IOException {
        return run(store, request, monitor, Runnable::run);
    }

    /**
     * Imports with the slow part (finding files, reading headers, copying) on the calling thread and the
     * model's reads and the final command on {@code modelThread}: in the workbench that is the UI thread
     * ({@code display::syncExec}), so a background job never touches the model directly.
     */
    public ImportReport run(ProjectStore store, ImportRequest request, IProgressMonitor monitor, Executor modelThread)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing images", 100);
        List<Rejection> rejected = new ArrayList<>();
        Map<Path, Candidate> candidates = new LinkedHashMap<>();
        for (Path path : request.paths()) {
            gather(path.toAbsolutePath().normalize(), request, candidates, rejected);
            checkCancel(progress);
        }
        if (request.csv() != null) {
            readList(request.csv(), candidates, rejected);
        }
        progress.worked(5);
        Path projectFolder = store.folder();
        Set<Path> known = onModelThread(modelThread, () -> knownFiles(store.project(), projectFolder));
        List<Candidate> fresh = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            if (known.contains(candidate.file())) {
                rejected.add(new Rejection(candidate.source(), sourcePrefix(candidate) + "already in the project"));
            } else {
                fresh.add(candidate);
            }
        }
        List<Accepted> accepted = readHeaders(fresh, rejected, progress.split(75));
        List<Path> copies = new ArrayList<>();
        boolean done = false;
        try {
            Map<ImageAsset, Set<ImageList.Label>> images = new LinkedHashMap<>();
            Date now = new Date();
            for (Accepted item : accepted) {
                Path file = item.candidate().file();
                String original = null;
                if (request.copy() && !file.startsWith(projectFolder)) {
                    try {
                        Path copy = copyIntoProject(file, projectFolder);
                        copies.add(copy);
                        original = file.toString();
                        file = copy;
                    } catch (IOException e) {
                        rejected.add(new Rejection(item.candidate().source(), sourcePrefix(item.candidate())
                                + "cannot be copied into the project: " + reason(e, file)));
                        continue;
                    }
                }
                images.put(image(item.info(), file, projectFolder, original, now), item.candidate().labels());
            }
            checkCancel(progress);
            ImportReport report = onModelThread(modelThread, () -> execute(store, images, rejected, now));
            progress.worked(20);
            done = true;
            return report;
        } finally {
            if (!done) {
                for (Path copy : copies) {
                    Files.deleteIfExists(copy);
                }
            }
        }
    }

    // ---------------------------------------------------------------- gathering

    private void gather(Path path, ImportRequest request, Map<Path, Candidate> candidates, List<Rejection> rejected)
            throws IOException {
        if (!Files.exists(path)) {
            rejected.add(new Rejection(path.toString(), "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(path)) {
            candidates.putIfAbsent(path, new Candidate(path, path.toString(), new LinkedHashSet<>()));
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                boolean hidden = !folder.equals(path) && folder.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && !name.startsWith(".") && formats.hasImageExtension(file)
                        && (request.filter() == null || request.filter().matcher(name).find())) {
                    Path normal = file.toAbsolutePath().normalize();
                    candidates.putIfAbsent(normal, new Candidate(normal, normal.toString(), new LinkedHashSet<>()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                rejected.add(new Rejection(file.toString(), reason(e, file)));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void readList(Path csv, Map<Path, Candidate> candidates, List<Rejection> rejected) {
        if (lists == null) {
            throw new IllegalStateException("this image importer has no reader for image lists such as " + csv);
        }
        ImageList parsed;
        try {
            parsed = lists.read(csv);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            rejected.add(new Rejection(csv.toString(), "the CSV list cannot be read: " + reason(cause, csv)));
            return;
        }
        rejected.addAll(parsed.rejected());
        for (ImageList.Entry row : parsed.entries()) {
            Candidate candidate = candidates.computeIfAbsent(row.file(),
                    file -> new Candidate(file, row.source(), new LinkedHashSet<>()));
            candidate.labels().addAll(row.labels());
        }
    }

    private static Set<Path> knownFiles(Project project, Path projectFolder) {
        Set<Path> known = new HashSet<>();
        for (ImageAsset image : project.getImages()) {
            try {
                known.add(DefaultImageService.locate(projectFolder, image).toAbsolutePath().normalize());
            } catch (IOException | RuntimeException e) {
                // an image without a usable location cannot collide with a file
            }
            String source = image.getMetadata().get(SOURCE_METADATA);
            if (source != null) {
                known.add(Path.of(source).toAbsolutePath().normalize());
            }
        }
        return known;
    }

    // ---------------------------------------------------------------- headers

    private List<Accepted> readHeaders(List<Candidate> candidates, List<Rejection> rejected, SubMonitor progress)
            throws IOException {
        progress.setWorkRemaining(Math.max(1, candidates.size()));
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "annotide-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ImageInfo>> infos = new ArrayList<>();
            for (Candidate candidate : candidates) {
                infos.add(pool.submit(() -> formats.readInfo(candidate.file())));
            }
            List<Accepted> accepted = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                progress.subTask(candidate.file().getFileName().toString());
                try {
                    accepted.add(new Accepted(candidate, infos.get(i).get()));
                } catch (ExecutionException e) {
                    rejected.add(new Rejection(candidate.source(), unreadable(candidate, e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while reading image headers");
                }
                progress.split(1);
            }
            return accepted;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- model

    /**
     * A new image of a file as an import describes it (a new id, the file's name, its location relative to the
     * project folder when inside it, the header's sizes and format, status New), not yet in any project: for images
     * that reach a project other than through an import request (the team server's upload).
     */
    public static ImageAsset newImage(ImageInfo info, Path file, Path projectFolder, Date importedAt) {
        return image(info, file, projectFolder, null, importedAt);
    }

    private static ImageAsset image(ImageInfo info, Path file, Path projectFolder, String original, Date now) {
        ImageAsset image = AnnotideFactory.eINSTANCE.createImageAsset();
        image.setId(UUID.randomUUID().toString());
        image.setName(file.getFileName().toString());
        image.setLocation(location(file, projectFolder));
        image.setWidth(info.width());
        image.setHeight(info.height());
        image.setBands(info.bands());
        image.setPixelType(info.pixelType());
        image.setExifOrientation(info.exifOrientation());
        image.setFormat(info.format());
        image.setStatus(ImageStatus.NEW);
        image.setImportedAt(now);
        if (original != null) {
            image.getMetadata().put(SOURCE_METADATA, original);
        }
        return image;
    }

    /** Relative with forward slashes inside the project folder (so the project can move), else absolute. */
    static String location(Path file, Path projectFolder) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = projectFolder.toAbsolutePath().normalize();
        if (absolute.startsWith(folder)) {
            return folder.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /** Runs the work on the model's thread and hands back its result or its failure. */
    private static <T> T onModelThread(Executor modelThread, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        List<RuntimeException> failure = new ArrayList<>(1);
        modelThread.execute(() -> {
            try {
                result.add(work.get());
            } catch (RuntimeException e) {
                failure.add(e);
            }
        });
        if (!failure.isEmpty()) {
            throw failure.get(0);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("the model thread did not run the import");
        }
        return result.get(0);
    }

    /** Adds the images, their labels and any new label classes with one command. */
    private static ImportReport execute(ProjectStore store, Map<ImageAsset, Set<ImageList.Label>> images, List<Rejection> rejected,
            Date now) {
        if (images.isEmpty()) {
            return new ImportReport(0, 0, 0, rejected, null);
        }
        Project project = store.project();
        Map<String, LabelClass> classes = new HashMap<>();
        for (LabelClass labelClass : project.getLabelClasses()) {
            classes.putIfAbsent(labelClass.getName(), labelClass);
        }
        List<LabelClass> created = new ArrayList<>();
        long nextId = project.getNextAnnotationId();
        int labels = 0;
        for (Map.Entry<ImageAsset, Set<ImageList.Label>> entry : images.entrySet()) {
            ImageAsset image = entry.getKey();
            for (ImageList.Label label : entry.getValue()) {
                String name = label.name();
                LabelClass labelClass = classes.get(name);
                if (labelClass == null) {
                    labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
                    labelClass.setId(UUID.randomUUID().toString());
                    labelClass.setName(name);
                    labelClass.setColor(PALETTE[(project.getLabelClasses().size() + created.size()) % PALETTE.length]);
                    classes.put(name, labelClass);
                    created.add(labelClass);
                }
                Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
                annotation.setId(nextId++);
                annotation.setLabelClass(labelClass);
                ImageClassShape shape = AnnotideFactory.eINSTANCE.createImageClassShape();
                annotation.setShape(shape);
                annotation.setProvenance(Provenance.IMPORTED);
                annotation.setCreatedAt(now);
                annotation.getAttributes().putAll(label.attributes());
                image.getAnnotations().add(annotation);
                labels++;
            }
        }
        String label = String.format(Locale.ROOT, "Import %d image%s", images.size(), images.size() == 1 ? "" : "s")
                + (created.isEmpty() ? "" : String.format(Locale.ROOT, " and %d label class%s", created.size(),
                        created.size() == 1 ? "" : "es"));
        EditingDomain domain = store.editingDomain();
        CompoundCommand command = new CompoundCommand(label);
        if (!created.isEmpty()) {
            command.append(new AddCommand(domain, project, AnnotidePackage.Literals.PROJECT__LABEL_CLASSES, created));
        }
        command.append(new AddCommand(domain, project, AnnotidePackage.Literals.PROJECT__IMAGES, List.copyOf(images.keySet())));
        if (labels > 0) {
            command.append(new SetCommand(domain, project, AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, nextId));
        }
        store.commandStack().execute(command);
        if (store.commandStack().getUndoCommand() != command) {
            throw new IllegalStateException("the import command could not be executed");
        }
        return new ImportReport(images.size(), created.size(), labels, rejected, label);
    }

    // ---------------------------------------------------------------- files

    private static Path copyIntoProject(Path file, Path projectFolder) throws IOException {
        Path folder = projectFolder.resolve(IMAGES_FOLDER);
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        return target;
    }

    /** For rows of a CSV list, the reason starts with the file the row names. */
    private static String sourcePrefix(Candidate candidate) {
        return candidate.source().equals(candidate.file().toString()) ? "" : candidate.file() + ": ";
    }

    /** Why a candidate's header cannot be read, naming the file: by its path for a CSV row, else by its name. */
    private static String unreadable(Candidate candidate, Throwable cause) {
        String reason = reason(cause, candidate.file());
        String name = candidate.file().getFileName() + " ";
        if (!sourcePrefix(candidate).isEmpty() && reason.startsWith(name)) {
            return candidate.file() + " " + reason.substring(name.length());
        }
        return sourcePrefix(candidate) + reason;
    }

    static String reason(Throwable e, Path file) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // Readers name the whole path ("/in/broken.png is not an image ..."); the rejection's source holds the
        // path already, but the reason must still read as a sentence about the file, so it keeps the file name.
        String prefix = file.toString();
        if (message.startsWith(prefix)) {
            String rest = message.substring(prefix.length()).strip();
            if (rest.startsWith(":")) {
                rest = rest.substring(1).strip();
                return file.getFileName() + ": " + rest;
            }
            return file.getFileName() + " " + rest;
        }
        return message;
    }

    private static void checkCancel(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
