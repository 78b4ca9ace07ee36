package org.annotide.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.annotide.core.store.ProjectStore;
import org.annotide.imaging.ImageFormats;
import org.annotide.imaging.ImageImporter;
import org.annotide.imaging.TileGrid;
import org.annotide.imaging.TileImageCommand;
import org.annotide.imaging.TileWindows;
import org.annotide.ml.DatasetInfo;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.Inference;
import org.annotide.ml.ModelAccess;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.TrainerRegistry;
import org.annotide.ml.TrainingConfig;
import org.annotide.ml.TrainingException;
import org.annotide.ml.TrainingMonitor;
import org.annotide.ml.TrainingQueue;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classifier on an image too large to read whole labels its tiles, each read at the coarsest pyramid level that still
 * gives the model its input size, as a person labels tiles in a tile editor; an image without tiles is refused with
 * what to do. A small image is still classified whole. The model is the queue tests' nearest-mean stand-in, which
 * notes the size of every picture it is given.
 */
class LargeImageClassificationTest {

    private static final ModelAccess ACCESS = ModelAccess.synchronizedOnStore();

    @TempDir
    Path temp;

    /** Classifies every picture as class 0 and notes its size. */
    static final class SizeNoting extends QueueAndDatasetTest.MeanTrainer {
        final List<Rectangle> seen = Collections.synchronizedList(new ArrayList<>());

        SizeNoting() {
            super(0);
        }

        @Override
        public Predictor open(ModelFile model, String device) {
            return new Predictor() {
                @Override
                public double[][] classify(List<BufferedImage> images) {
                    double[][] scores = new double[images.size()][model.descriptor().classes().size()];
                    for (int i = 0; i < images.size(); i++) {
                        seen.add(new Rectangle(images.get(i).getWidth(), images.get(i).getHeight()));
                        scores[i][0] = 0.75;
                        scores[i][1] = 0.25;
                    }
                    return scores;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @Test
    void aClassifierLabelsEachTileOfALargeImageAndRefusesOneWithoutTiles() throws Exception {
        SizeNoting trainer = new SizeNoting();
        TrainerRegistry trainers = TrainerRegistry.of(List.of(trainer));
        try (ProjectStore store = project(); TrainingQueue queue = new TrainingQueue(trainers, ACCESS)) {
            ModelRegistry registry = new ModelRegistry(store, ACCESS, trainers);
            TrainedModel model = registry.find(trainOnce(store, queue));

            ImageAsset tiled = addSlide(store, "tiled");
            ImageAsset bare = addSlide(store, "bare");
            List<String> tileIds;
            synchronized (store) {
                TileImageCommand tiling = TileImageCommand.create(store.editingDomain(), tiled, new TileGrid(2000, 0));
                store.commandStack().execute(tiling);
                tileIds = tiling.tiles().stream().map(t -> t.getId()).toList();
            }
            assertEquals(9, tileIds.size());
            ImageAsset small = store.project().getImages().get(0);

            Inference inference = new Inference(registry, ACCESS, ImagePixels.installed());
            Inference.Result result = inference.run(model, List.of(small, tiled, bare), 0.5, "cpu",
                    TrainingMonitor.none());

            assertEquals(List.of("bare"), result.skipped().stream().map(DatasetInfo.Skipped::item).toList());
            String why = result.skipped().get(0).reason();
            assertTrue(why.contains("too large to classify whole") && why.contains("Tile Image"), why);

            List<Annotation> onTiles = predicted(tiled);
            assertEquals(9, onTiles.size(), "one class per tile");
            assertEquals(Set.copyOf(tileIds), onTiles.stream()
                    .map(a -> a.getAttributes().get(TileWindows.TILE_ATTRIBUTE)).collect(Collectors.toSet()),
                    "each pinned to its tile");
            for (Annotation a : onTiles) {
                assertInstanceOf(ImageClassShape.class, a.getShape());
                assertEquals("a", a.getLabelClass().getName());
                assertEquals(0.75, a.getScore(), 1e-9);
            }
            List<Annotation> onSmall = predicted(small);
            assertEquals(1, onSmall.size(), "a small image is classified whole");
            assertNull(onSmall.get(0).getAttributes().get(TileWindows.TILE_ATTRIBUTE));
            assertTrue(predicted(bare).isEmpty());

            // the tiles of 2000 pixels were read at the pyramid's level 1/32 (62 or 63 pixels), the small image whole
            assertTrue(trainer.seen.contains(new Rectangle(8, 8)), trainer.seen.toString());
            for (Rectangle r : trainer.seen) {
                assertTrue(r.width <= 63 && r.height <= 63, "no tile read at full resolution: " + r);
            }
            assertEquals(10, trainer.seen.size());

            TrainingException refused = assertThrows(TrainingException.class,
                    () -> inference.predict(model, bare, 0.0, "cpu"));
            assertTrue(refused.getMessage().contains("too large to classify whole"), refused.getMessage());
        }
    }

    /**
     * A prediction whose class does not allow its shape is not stored, as the editor, imports and the server refuse such
     * an annotation: counted in the class rule's words, the others of the run stored.
     */
    @Test
    void aPredictionWhoseClassDoesNotAllowItsShapeIsNotStoredAndIsCounted() throws Exception {
        SizeNoting trainer = new SizeNoting(); // every picture is class "a"
        TrainerRegistry trainers = TrainerRegistry.of(List.of(trainer));
        try (ProjectStore store = project(); TrainingQueue queue = new TrainingQueue(trainers, ACCESS)) {
            ModelRegistry registry = new ModelRegistry(store, ACCESS, trainers);
            TrainedModel model = registry.find(trainOnce(store, queue));
            List<ImageAsset> images = List.copyOf(store.project().getImages());
            Inference inference = new Inference(registry, ACCESS, ImagePixels.installed());

            // "a" is now for boxes only (after its image-level labels were made: the test's shortcut, not the UI's)
            LabelClass a = store.project().getLabelClasses().get(0);
            synchronized (store) {
                store.commandStack().execute(AddCommand.create(store.editingDomain(), a,
                        Literals.LABEL_CLASS__ALLOWED_SHAPES, org.annotide.model.ShapeKind.BOX));
            }
            Inference.Result refused = inference.run(model, images, 0.0, "cpu", TrainingMonitor.none());
            assertEquals(java.util.Map.of("\"a\" is for box only, not image class", images.size()), refused.refused());
            assertTrue(refused.predictions().isEmpty(), refused.predictions().toString());
            assertTrue(images.stream().allMatch(i -> predicted(i).isEmpty()), "nothing stored");
            assertEquals(images.size() + " × \"a\" is for box only, not image class", refused.refusedSummary());

            // allowed again: the same run stores them all and refuses none
            synchronized (store) {
                store.commandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(store.editingDomain(),
                        a, Literals.LABEL_CLASS__ALLOWED_SHAPES, org.annotide.model.ShapeKind.BOX));
            }
            Inference.Result stored = inference.run(model, images, 0.0, "cpu", TrainingMonitor.none());
            assertTrue(stored.refused().isEmpty(), stored.refused().toString());
            assertEquals(images.size(), stored.predictions().size());
            assertTrue(images.stream().allMatch(i -> predicted(i).size() == 1), "one class per image");
        }
    }

    /** The id of the model of a one-epoch classification job on the project. */
    private static String trainOnce(ProjectStore store, TrainingQueue queue) throws Exception {
        TrainingJob job = queue.submit(store, TrainingConfig.builder("job", TaskType.CLASSIFY).epochs(1)
                .imageSize(8).device("cpu").build());
        TrainingQueue.JobOutcome outcome = queue.await(job.getId());
        assertEquals(JobStatus.COMPLETED, outcome.status(), outcome.message());
        return outcome.modelId();
    }

    private static List<Annotation> predicted(ImageAsset image) {
        return image.getAnnotations().stream().filter(a -> a.getProvenance() == Provenance.PREDICTED).toList();
    }

    /** Two classes of two grey 8 x 8 images each, labelled by image-level classes. */
    private ProjectStore project() throws Exception {
        ProjectStore store = ProjectStore.create(temp.resolve("project"), "large images");
        Path folder = Files.createDirectories(store.folder().resolve("small"));
        AnnotideFactory f = AnnotideFactory.eINSTANCE;
        List<LabelClass> classes = new ArrayList<>();
        List<ImageAsset> images = new ArrayList<>();
        long id = 1;
        for (String name : List.of("a", "b")) {
            LabelClass c = f.createLabelClass();
            c.setName(name);
            classes.add(c);
            for (int k = 0; k < 2; k++) {
                BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setSample(k, 0, 0, name.equals("a") ? 0 : 200);
                Path file = folder.resolve(name + k + ".png");
                ImageIO.write(image, "png", file.toFile());
                ImageAsset asset = ImageImporter.newImage(ImageFormats.installed().decode(file), file, store.folder(),
                        new Date());
                Annotation label = f.createAnnotation();
                label.setId(id++);
                label.setLabelClass(c);
                label.setShape(f.createImageClassShape());
                label.setProvenance(Provenance.MANUAL);
                label.setCreatedAt(new Date());
                asset.getAnnotations().add(label);
                images.add(asset);
            }
        }
        CompoundCommand command = new CompoundCommand("images");
        command.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__LABEL_CLASSES, classes));
        command.append(AddCommand.create(store.editingDomain(), store.project(), Literals.PROJECT__IMAGES, images));
        command.append(org.eclipse.emf.edit.command.SetCommand.create(store.editingDomain(), store.project(),
                Literals.PROJECT__NEXT_ANNOTATION_ID, id));
        store.commandStack().execute(command);
        return store;
    }

    /** A 6000 x 5000 slide (grey) in the project, as image {@code name}. */
    private static ImageAsset addSlide(ProjectStore store, String name) throws Exception {
        ImagePixels.Located where = Slides.write(store.folder().resolve(name), 6000, 5000, List.of());
        ImageAsset slide = ImageImporter.newImage(ImageFormats.installed().decode(where.file()), where.file(),
                store.folder(), new Date());
        slide.setId(name);
        slide.setName(name);
        synchronized (store) {
            store.commandStack().execute(AddCommand.create(store.editingDomain(), store.project(),
                    Literals.PROJECT__IMAGES, slide));
        }
        return slide;
    }
}
