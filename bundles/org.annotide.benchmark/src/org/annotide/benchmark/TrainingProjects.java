package org.annotide.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionService;
import org.annotide.core.store.ProjectStore;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ScoringFunction;
import org.annotide.model.TrainingProject;
import org.annotide.model.TrainingProjectStatus;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Creates training projects. A training project is a project folder:
 *
 * <pre>
 * TP/annotide.project, TP/store/   the trainees' project: the ontology, the benchmark images WITHOUT annotations,
 *                                  the training project (function, trainees, one task per trainee and image)
 * TP/ground-truth/                 a project of its own: a frozen copy of the source projects' ground truth
 *                                  (their In review and Completed images with their annotations)
 * </pre>
 *
 * Nothing of the ground truth is ever in the trainees' project, its journal or its undo history: the model the
 * trainees work in does not hold it. Only the benchmark layer opens {@code ground-truth/}, for scoring and for
 * users who may view the benchmark source.
 */
public final class TrainingProjects {

    /** The folder inside a training project that holds the ground truth. */
    public static final String GROUND_TRUTH_FOLDER = "ground-truth";
    /** Project metadata: the source project folders, one per line (fixed once the project is created). */
    public static final String SOURCES_KEY = "training.sources";

    private TrainingProjects() {
    }

    /** True when the folder is a training project. */
    public static boolean isTrainingProject(Path folder) {
        return ProjectStore.isProject(folder) && ProjectStore.isProject(folder.resolve(GROUND_TRUTH_FOLDER));
    }

    /**
     * Creates a training project in {@code out} (a new or empty folder) from the source projects.
     *
     * @param trainees accounts of the trainees (Annotators) to give copies of every benchmark task now
     * @throws OntologyMismatchException when the sources' ontologies differ (nothing is created)
     * @throws IllegalArgumentException  when no source has a task In review or Completed, or a trainee is no
     *                                   Annotator
     * @throws org.annotide.access.PermissionDeniedException unless the creator may view the benchmark source
     */
    public static void create(Path out, String name, String description, List<Path> sources,
            ScoringFunctionSpec function, Collection<Account> trainees, Account creator, PermissionService permissions)
            throws IOException {
        permissions.check(creator, Action.VIEW_BENCHMARK_SOURCE, null);
        if (!trainees.isEmpty()) {
            permissions.check(creator, Action.INVITE_TEAM_MEMBERS, null);
        }
        for (Account trainee : trainees) {
            if (trainee.role() != org.annotide.model.Role.ANNOTATOR) {
                throw new IllegalArgumentException(trainee.login() + " is " + Account.roleName(trainee.role())
                        + ", not an Annotator: only Annotators are trainees");
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a training project needs at least one source project");
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            throw new IllegalArgumentException(out + " is not a new or empty folder");
        }
        List<ProjectStore> opened = new ArrayList<>();
        try {
            for (Path source : sources) {
                if (!ProjectStore.isProject(source)) {
                    throw new IllegalArgumentException(source + " is not an Annotide project");
                }
                opened.add(ProjectStore.openReadOnly(source));
            }
            List<LabelClass> ontology = opened.get(0).project().getLabelClasses();
            List<String> differences = new ArrayList<>();
            for (int i = 1; i < opened.size(); i++) {
                differences.addAll(Ontology.differences(ontology, sources.get(0).toString(),
                        opened.get(i).project().getLabelClasses(), sources.get(i).toString()));
            }
            if (!differences.isEmpty()) {
                throw new OntologyMismatchException(differences);
            }
            List<LabelClass> gtClasses = copyClasses(ontology);
            List<ImageAsset> gtImages = new ArrayList<>();
            long nextId = 1;
            for (int i = 0; i < opened.size(); i++) {
                for (ImageAsset image : opened.get(i).project().getImages()) {
                    if (!SourceStatus.of(image).isGroundTruth()) {
                        continue;
                    }
                    ImageAsset copy = EcoreUtil.copy(image);
                    copy.getTiles().clear();
                    copy.setLocation(absoluteLocation(sources.get(i), image.getLocation()));
                    if (copy.getId() == null || copy.getId().isEmpty()) {
                        copy.setId(UUID.randomUUID().toString());
                    }
                    for (Annotation annotation : copy.getAnnotations()) {
                        annotation.setId(nextId++);
                        annotation.setLabelClass(byName(gtClasses, annotation.getLabelClass()));
                    }
                    gtImages.add(copy);
                }
            }
            if (gtImages.isEmpty()) {
                throw new IllegalArgumentException("no task of the source projects is In review or Completed: "
                        + "there is no ground truth to train against (set it with 'annotide-cli status')");
            }
            Files.createDirectories(out);
            try (ProjectStore store = ProjectStore.create(out, name)) {
                try (ProjectStore gt = ProjectStore.create(out.resolve(GROUND_TRUTH_FOLDER), name + " (ground truth)")) {
                    EditingDomain domain = gt.editingDomain();
                    CompoundCommand command = new CompoundCommand("Freeze the ground truth");
                    command.append(AddCommand.create(domain, gt.project(), AnnotidePackage.Literals.PROJECT__LABEL_CLASSES,
                            gtClasses));
                    command.append(AddCommand.create(domain, gt.project(), AnnotidePackage.Literals.PROJECT__IMAGES,
                            gtImages));
                    command.append(SetCommand.create(domain, gt.project(),
                            AnnotidePackage.Literals.PROJECT__NEXT_ANNOTATION_ID, nextId));
                    gt.commandStack().execute(command);
                    gt.commandStack().flush();
                }
                Project project = store.project();
                List<LabelClass> classes = copyClasses(ontology);
                List<ImageAsset> images = new ArrayList<>();
                for (ImageAsset gtImage : gtImages) {
                    ImageAsset copy = EcoreUtil.copy(gtImage);
                    copy.getAnnotations().clear();
                    images.add(copy);
                }
                BenchmarkProject benchmark = AnnotideFactory.eINSTANCE.createBenchmarkProject();
                benchmark.setId(UUID.randomUUID().toString());
                benchmark.setName(name + " benchmark");
                benchmark.setCreatedBy(creator.login());
                benchmark.setCreatedAt(new Date());
                benchmark.getImages().addAll(images);
                ScoringFunction scoring = function.toModel(classes, "function 1");
                TrainingProject training = AnnotideFactory.eINSTANCE.createTrainingProject();
                training.setId(UUID.randomUUID().toString());
                training.setName(name);
                training.setDescription(description);
                training.setBenchmark(benchmark);
                training.setScoringFunction(scoring);
                training.setStatus(TrainingProjectStatus.ACTIVE);
                training.setCreatedAt(new Date());
                EditingDomain domain = store.editingDomain();
                CompoundCommand command = new CompoundCommand("Create the training project");
                command.append(SetCommand.create(domain, project, AnnotidePackage.Literals.NAMED__DESCRIPTION,
                        description));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__LABEL_CLASSES,
                        classes));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__IMAGES, images));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__BENCHMARKS,
                        benchmark));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__SCORING_FUNCTIONS,
                        scoring));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__TRAINING_PROJECTS,
                        training));
                org.annotide.model.impl.StringToStringMapEntryImpl entry =
                        (org.annotide.model.impl.StringToStringMapEntryImpl) AnnotideFactory.eINSTANCE
                                .create(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY);
                entry.setTypedKey(SOURCES_KEY);
                entry.setTypedValue(String.join("\n", sources.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList()));
                command.append(AddCommand.create(domain, project, AnnotidePackage.Literals.PROJECT__METADATA, entry));
                store.commandStack().execute(command);
                store.commandStack().flush();
                for (Account trainee : trainees) {
                    TrainingSession.addTrainee(store, training, trainee);
                }
            }
        } finally {
            for (ProjectStore store : opened) {
                store.close();
            }
        }
    }

    /** The source project folders of a training project, as recorded when it was created. */
    public static List<String> sources(Project project) {
        String value = project.getMetadata().get(SOURCES_KEY);
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }

    private static List<LabelClass> copyClasses(List<LabelClass> ontology) {
        List<LabelClass> copies = new ArrayList<>(EcoreUtil.copyAll(ontology));
        return copies;
    }

    private static LabelClass byName(List<LabelClass> classes, LabelClass original) {
        if (original == null) {
            return null;
        }
        return classes.stream().filter(c -> java.util.Objects.equals(c.getName(), original.getName())).findFirst()
                .orElse(null);
    }

    /** A location relative to the source project folder made absolute, so the copy finds the pixels. */
    private static String absoluteLocation(Path sourceFolder, String location) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getScheme() != null && uri.getScheme().length() > 1) {
                return location;
            }
        } catch (IllegalArgumentException e) {
            // a plain path
        }
        Path path = Path.of(location);
        return path.isAbsolute() ? location : sourceFolder.toAbsolutePath().normalize().resolve(path).toString();
    }
}
