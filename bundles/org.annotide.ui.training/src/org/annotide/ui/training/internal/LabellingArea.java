package org.annotide.ui.training.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.al.ActiveLearning;
import org.annotide.al.ActiveLearningException;
import org.annotide.al.Skips;
import org.annotide.core.store.ProjectStore;
import org.annotide.ml.ImagePixels;
import org.annotide.ml.ModelFile;
import org.annotide.ml.ModelRegistry;
import org.annotide.ml.Predictor;
import org.annotide.ml.Trainer;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.AnnotidePackage.Literals;
import org.annotide.model.ImageAsset;
import org.annotide.model.ImageClassShape;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.SelectionEntry;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainedModel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/**
 * The labelling part of the Active Learning view: the current image of the shown round's batch, a button per
 * class (keys 1-9: a class's own digit hotkey, the other classes on the free digits in the project's order), Submit
 * label (Enter) that records the choice and goes on to the next unlabelled image of the batch, Skip (Space) that
 * goes on without a label, and under the buttons the model's predictions for the image (its top classes with their
 * probabilities) beside the user's choice.
 * <p>
 * A skip is recorded in the project, as Prodigy's "ignore" answer ({@link Skips}: one EMF command on the project's
 * stack, undoable, kept by a restart): the image stays unlabelled, leaves the batch's walk and the next rounds' pools,
 * and counts as done for the batch, which is complete (the next round starts by itself) once every image is labelled
 * or skipped. Un-skip (a button, enabled while the batch has skipped images) takes the batch's skips back, so they
 * come back into the walk and the next rounds' pools.
 * <p>
 * The image is a canvas that takes the keyboard focus (a click on it, or Label Batch); while it has it, the view
 * activates the context {@link #CONTEXT_ID}, in which the keys are bound to the commands {@link #CHOOSE_COMMAND_ID}
 * , {@link #SUBMIT_COMMAND_ID} and {@link #SKIP_COMMAND_ID} (no table or text field of the view sees them). Recording is one EMF command on the
 * project's command stack (undoable with Edit &gt; Undo): the image's manual image-level class annotations of other
 * classes are removed and one of the chosen class is added (a prediction stays as it is).
 */
final class LabellingArea {

    static final String CONTEXT_ID = "org.annotide.ui.training.contexts.labelling";
    static final String CHOOSE_COMMAND_ID = "org.annotide.ui.training.commands.chooseClass";
    static final String CHOOSE_KEY_PARAMETER = "org.annotide.ui.training.commands.chooseClass.key";
    static final String SUBMIT_COMMAND_ID = "org.annotide.ui.training.commands.submitLabel";
    static final String SKIP_COMMAND_ID = "org.annotide.ui.training.commands.skipImage";
    /** How many of the model's classes are listed under the buttons. */
    static final int TOP = 3;
    private static final int MAX_SIDE = 512;

    private final Composite area;
    private final Canvas picture;
    private final Label caption;
    private final Composite buttons;
    private final Button submit;
    private final Button skip;
    private final Button unskip;
    private final Label predictions;
    private final Label choice;

    private ProjectStore store;
    private SelectionRound round;
    private ImageAsset current;
    private LabelClass chosen;
    /** Digit 1-9 to class, for the shown project. */
    private final Map<Integer, LabelClass> keys = new LinkedHashMap<>();
    private Image image;
    /** The model's probabilities for the current image, by class name, most probable first; null: not (yet) known. */
    private Map<String, Double> predicted;
    private String predictionProblem;
    private Job preparing;
    private final java.util.function.Consumer<String> say;

    LabellingArea(Composite parent, java.util.function.Consumer<String> say) {
        this.say = say;
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        caption = new Label(area, SWT.NONE);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        caption.setData(Roles.KEY, "labelCaption");
        picture = new Canvas(area, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        GridData pictureData = new GridData(SWT.FILL, SWT.FILL, true, true);
        pictureData.heightHint = 120;
        pictureData.widthHint = 160;
        picture.setLayoutData(pictureData);
        picture.setData(Roles.KEY, "labelImage");
        picture.addListener(SWT.Paint, e -> paint(e));
        picture.addListener(SWT.MouseDown, e -> picture.setFocus());
        picture.addListener(SWT.FocusIn, e -> picture.redraw());
        picture.addListener(SWT.FocusOut, e -> picture.redraw());
        // Tab and Shift+Tab leave the canvas as from any control; Enter is a key here (Submit), not a traversal
        picture.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        buttons = new Composite(area, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        buttons.setLayout(row);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        submit = new Button(area, SWT.PUSH);
        submit.setText("Submit label (Enter)");
        submit.setData(Roles.KEY, "submitLabel");
        submit.addListener(SWT.Selection, e -> submit());
        skip = new Button(area, SWT.PUSH);
        skip.setText("Skip (Space)");
        skip.setToolTipText("Go on without a label: the skip is recorded, and the next rounds do not offer the image"
                + " again until it is un-skipped");
        skip.setData(Roles.KEY, "skipImage");
        skip.addListener(SWT.Selection, e -> {
            skip();
            picture.setFocus();
        });
        unskip = new Button(area, SWT.PUSH);
        unskip.setText("Un-skip");
        unskip.setToolTipText("Take back the skips of this batch: its skipped images come back to be labelled");
        unskip.setData(Roles.KEY, "unskipImages");
        unskip.addListener(SWT.Selection, e -> {
            unskip();
            picture.setFocus();
        });
        Composite beside = new Composite(area, SWT.NONE);
        beside.setLayout(new GridLayout(2, true));
        beside.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        predictions = new Label(beside, SWT.WRAP);
        predictions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        predictions.setData(Roles.KEY, "predictions");
        choice = new Label(beside, SWT.WRAP);
        choice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        choice.setData(Roles.KEY, "choice");
        area.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
            Job job = preparing;
            if (job != null) {
                job.cancel();
            }
        });
        show();
    }

    Control control() {
        return area;
    }

    /** The control that takes the keys (the image). */
    Canvas focusControl() {
        return picture;
    }

    ImageAsset current() {
        return current;
    }

    LabelClass chosen() {
        return chosen;
    }

    /** The predictions under the buttons as shown (for tests): class name to probability, most probable first. */
    Map<String, Double> predicted() {
        return predicted;
    }

    /** Follows the view's project and shown round; a new round (or project) starts at its first unlabelled image. */
    void follow(ProjectStore nextStore, SelectionRound nextRound) {
        boolean changed = nextStore != store || nextRound != round;
        store = nextStore;
        round = nextRound;
        updateKeys();
        if (changed || current == null || current.eContainer() == null) {
            go(firstUnlabelled(null));
        } else {
            show();
        }
    }

    /** The images of the round's batch, in the round's order. */
    List<ImageAsset> batch() {
        List<ImageAsset> images = new ArrayList<>();
        if (round == null || round.eContainer() == null) {
            return images;
        }
        int size = round.getBatchSize() > 0 ? Math.min(round.getBatchSize(), round.getEntries().size()) : round.getEntries().size();
        for (SelectionEntry entry : round.getEntries().subList(0, size)) {
            ImageAsset image = entry.getImage() != null ? entry.getImage() : entry.getTile() == null ? null : entry.getTile().getImage();
            if (image != null && image.eContainer() != null) {
                images.add(image);
            }
        }
        return images;
    }

    /** The batch in the order it is labelled: the round's order, without the skipped images. */
    List<ImageAsset> walk() {
        List<ImageAsset> walk = batch();
        walk.removeIf(Skips::isSkipped);
        return walk;
    }

    /** The images of the batch the user skipped, in the round's order. */
    List<ImageAsset> skippedImages() {
        List<ImageAsset> skipped = batch();
        skipped.removeIf(image -> !Skips.isSkipped(image));
        return skipped;
    }

    /** The first unlabelled image of the walk after the given one (null: from the start); null when none is left. */
    private ImageAsset firstUnlabelled(ImageAsset after) {
        List<ImageAsset> walk = walk();
        int from = after == null ? 0 : walk.indexOf(after) + 1;
        for (int i = from; i < walk.size(); i++) {
            if (ActiveLearning.label(walk.get(i)) == null) {
                return walk.get(i);
            }
        }
        return null;
    }

    /**
     * Skips the current image: the skip is recorded in the round (one command on the project's stack), the image
     * leaves the walk and the next unlabelled image is shown; returns the image shown, null when none is (the batch is
     * done, or nothing could be recorded).
     */
    ImageAsset skip() {
        if (current == null || store == null || store.isClosed()) {
            return null;
        }
        if (store.isReadOnly()) {
            say.accept("The project is open read-only: the skip is not recorded.");
            return current;
        }
        ImageAsset passed = current;
        try {
            Skips.skip(store, round, List.of(passed));
        } catch (ActiveLearningException | RuntimeException e) {
            say.accept(passed.getName() + " was not skipped: " + e.getMessage());
            return current;
        }
        ImageAsset next = firstUnlabelled(null);
        go(next);
        say.accept(passed.getName() + " skipped: recorded, the next rounds do not offer it (Un-skip takes it back); "
                + (next == null ? "the batch is done" : "next: " + next.getName()));
        return current;
    }

    /**
     * Takes back the skips of the shown batch (one command on the project's stack): the images come back into the walk;
     * shows the first of them when no image is shown. Returns the images un-skipped.
     */
    List<ImageAsset> unskip() {
        List<ImageAsset> skipped = skippedImages();
        if (skipped.isEmpty() || store == null || store.isClosed()) {
            return List.of();
        }
        if (store.isReadOnly()) {
            say.accept("The project is open read-only: nothing changed.");
            return List.of();
        }
        List<ImageAsset> back;
        try {
            back = Skips.unskip(store, skipped);
        } catch (RuntimeException e) {
            say.accept("The skips were not taken back: " + e.getMessage());
            return List.of();
        }
        if (current == null) {
            go(firstUnlabelled(null));
        } else {
            show();
        }
        say.accept(back.size() + (back.size() == 1 ? " image" : " images") + " un-skipped: back in the batch to label");
        return back;
    }

    private void updateKeys() {
        keys.clear();
        if (store == null || store.isClosed()) {
            return;
        }
        List<LabelClass> classes = store.project().getLabelClasses();
        List<LabelClass> rest = new ArrayList<>();
        for (LabelClass c : classes) {
            String hotkey = c.getHotkey();
            if (hotkey != null && hotkey.length() == 1 && hotkey.charAt(0) >= '1' && hotkey.charAt(0) <= '9'
                    && !keys.containsKey(hotkey.charAt(0) - '0')) {
                keys.put(hotkey.charAt(0) - '0', c);
            } else {
                rest.add(c);
            }
        }
        int key = 1;
        for (LabelClass c : rest) {
            while (key <= 9 && keys.containsKey(key)) {
                key++;
            }
            if (key > 9) {
                break;
            }
            keys.put(key, c);
        }
    }

    /** Shows an image of the batch (another image, or the one shown: nothing changes); false when it is not in the batch. */
    boolean showImage(ImageAsset target) {
        if (target == current) {
            return true;
        }
        if (!batch().contains(target)) {
            return false;
        }
        go(target);
        return true;
    }

    /** The class on a digit key, or null. */
    LabelClass classOfKey(int key) {
        return keys.get(key);
    }

    /** Picks the class of digit key 1-9 for the current image; false when no image is shown or no class has the key. */
    boolean choose(int key) {
        LabelClass c = keys.get(key);
        if (current == null || c == null) {
            return false;
        }
        chosen = c;
        show();
        return true;
    }

    /**
     * Records the chosen class for the current image (one EMF command) and shows the next unlabelled image of the
     * batch; returns that image (null: the batch is done, or nothing was recorded).
     */
    ImageAsset submit() {
        if (current == null || store == null || store.isClosed()) {
            return null;
        }
        if (chosen == null) {
            say.accept("Choose a class first: a button, or its key 1-9.");
            return null;
        }
        if (store.isReadOnly()) {
            say.accept("The project is open read-only: nothing recorded.");
            return null;
        }
        Command command = labelCommand(store.editingDomain(), current, chosen);
        if (command != null) {
            try {
                store.commandStack().execute(command);
            } catch (RuntimeException e) {
                say.accept(current.getName() + " was not labelled: " + e.getMessage());
                return null;
            }
        }
        ImageAsset done = current;
        ImageAsset next = firstUnlabelled(done);
        if (next == null) {
            next = firstUnlabelled(null);
        }
        go(next);
        say.accept(done.getName() + " labelled " + chosenName(done) + (next == null
                ? "; the batch is complete" + (ActiveLearningView.retrainWhenBatchComplete() ? ""
                        : ": Run Round retrains the model and picks the next batch")
                : "; next: " + next.getName()));
        return next;
    }

    private static String chosenName(ImageAsset image) {
        LabelClass c = ActiveLearning.label(image);
        return c == null ? "" : c.getName();
    }

    /**
     * The command that makes the class the image's one manual class label: removes its manual image-level class
     * annotations of other classes, adds one of the class (numbered by the project); null when it has that label
     * already and no other.
     */
    static Command labelCommand(EditingDomain domain, ImageAsset image, LabelClass labelClass) {
        Project project = (Project) image.eContainer();
        List<Annotation> others = new ArrayList<>();
        boolean has = false;
        for (Annotation a : image.getAnnotations()) {
            if (a.getShape() instanceof ImageClassShape && a.getProvenance() != Provenance.PREDICTED) {
                if (a.getLabelClass() == labelClass && !has) {
                    has = true;
                } else {
                    others.add(a);
                }
            }
        }
        if (has && others.isEmpty()) {
            return null;
        }
        CompoundCommand command = new CompoundCommand("Label " + image.getName() + " " + labelClass.getName());
        if (!others.isEmpty()) {
            command.append(RemoveCommand.create(domain, image, Literals.IMAGE_ASSET__ANNOTATIONS, others));
        }
        if (!has) {
            Annotation annotation = AnnotideFactory.eINSTANCE.createAnnotation();
            annotation.setShape(AnnotideFactory.eINSTANCE.createImageClassShape());
            annotation.setLabelClass(labelClass);
            annotation.setProvenance(Provenance.MANUAL);
            annotation.setReview(ReviewState.NONE);
            annotation.setScore(1.0);
            annotation.setAuthor(author());
            Date now = new Date();
            annotation.setCreatedAt(now);
            annotation.setUpdatedAt(now);
            long id = project.getNextAnnotationId();
            annotation.setId(id);
            command.append(AddCommand.create(domain, image, Literals.IMAGE_ASSET__ANNOTATIONS, annotation));
            command.append(SetCommand.create(domain, project, Literals.PROJECT__NEXT_ANNOTATION_ID, id + 1));
        }
        return command;
    }

    /** Who labels: the workbench's logged-in user, else the operating system's user (as the editor stamps). */
    private static String author() {
        if (org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            org.annotide.ui.UserSession session = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.annotide.ui.UserSession.class);
            if (session != null && session.current() != null) {
                return session.current().login();
            }
        }
        return System.getProperty("user.name");
    }

    /** Shows an image (null: none), its current label chosen, and starts reading its pixels and predictions. */
    private void go(ImageAsset next) {
        current = next;
        chosen = next == null ? null : ActiveLearning.label(next);
        predicted = null;
        predictionProblem = null;
        if (image != null) {
            image.dispose();
            image = null;
        }
        Job previous = preparing;
        if (previous != null) {
            previous.cancel();
        }
        preparing = null;
        if (next != null && store != null && !store.isClosed()) {
            prepare(store, next, round == null ? null : round.getModel());
        }
        show();
    }

    /** Reads the image and runs the round's model on it in the background; shows both when done. */
    private void prepare(ProjectStore s, ImageAsset target, TrainedModel model) {
        Display display = area.getDisplay();
        ImagePixels.Located file = ImagePixels.locate(s.folder(), target);
        Job job = new Job("Prepare " + target.getName() + " for labelling") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                BufferedImage pixels;
                try {
                    pixels = ImagePixels.installed().read(file, null);
                } catch (Exception e) {
                    String problem = target.getName() + " could not be read: " + e.getMessage();
                    display.asyncExec(() -> prepared(target, null, null, problem));
                    return Status.OK_STATUS;
                }
                ImageData data = imageData(pixels);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Map<String, Double> probabilities = null;
                String problem = null;
                if (model == null) {
                    problem = "No model: no predictions.";
                } else {
                    try {
                        ModelRegistry registry = TrainingUiPlugin.training().registry(s);
                        ModelFile modelFile = registry.modelFile(model);
                        Trainer trainer = registry.trainers().byId(modelFile.descriptor().trainer()).orElse(null);
                        if (trainer == null) {
                            problem = "The model's trainer " + modelFile.descriptor().trainer() + " is not installed: no predictions.";
                        } else {
                            double[] p;
                            try (Predictor predictor = trainer.open(modelFile, "auto")) {
                                p = predictor.classify(List.of(pixels))[0];
                            }
                            List<String> classes = modelFile.descriptor().classes();
                            List<Integer> order = new ArrayList<>();
                            for (int i = 0; i < p.length; i++) {
                                order.add(i);
                            }
                            order.sort((a, b) -> Double.compare(p[b], p[a]));
                            probabilities = new LinkedHashMap<>();
                            for (int i : order) {
                                probabilities.put(i < classes.size() ? classes.get(i) : "#" + i, p[i]);
                            }
                        }
                    } catch (Exception e) {
                        problem = "No predictions: " + e.getMessage();
                    }
                }
                Map<String, Double> result = probabilities;
                String why = problem;
                display.asyncExec(() -> prepared(target, data, result, why));
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        preparing = job;
        job.schedule();
    }

    private void prepared(ImageAsset target, ImageData data, Map<String, Double> probabilities, String problem) {
        if (area.isDisposed() || target != current) {
            return;
        }
        if (data != null) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(area.getDisplay(), data);
        }
        predicted = probabilities;
        predictionProblem = problem;
        show();
    }

    /** An SWT copy of the pixels, at most {@value #MAX_SIDE} pixels on its longer side. */
    static ImageData imageData(BufferedImage pixels) {
        int w = pixels.getWidth();
        int h = pixels.getHeight();
        double scale = Math.min(1.0, MAX_SIDE / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage rgb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(pixels, 0, 0, tw, th, null);
        g.dispose();
        ImageData data = new ImageData(tw, th, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[tw];
        for (int y = 0; y < th; y++) {
            rgb.getRGB(0, y, tw, 1, row, 0, tw);
            data.setPixels(0, y, tw, row, 0);
        }
        return data;
    }

    private void paint(Event e) {
        Rectangle client = picture.getClientArea();
        e.gc.setBackground(picture.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        e.gc.fillRectangle(client);
        if (image != null) {
            Rectangle b = image.getBounds();
            double scale = Math.min((client.width - 8) / (double) b.width, (client.height - 8) / (double) b.height);
            int w = Math.max(1, (int) (b.width * scale));
            int h = Math.max(1, (int) (b.height * scale));
            e.gc.setInterpolation(scale > 2 ? SWT.NONE : SWT.DEFAULT);
            e.gc.drawImage(image, 0, 0, b.width, b.height, client.x + (client.width - w) / 2, client.y + (client.height - h) / 2, w, h);
        } else {
            String text = current == null ? (round == null ? "No round: Select Batch first."
                    : "The batch is done: Run Round (or finishing a batch) retrains and picks the next one.")
                    : "Reading " + current.getName() + "...";
            e.gc.setForeground(picture.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            e.gc.drawText(text, client.x + 6, client.y + 6, true);
        }
        if (picture.isFocusControl()) {
            e.gc.setForeground(picture.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            e.gc.setLineWidth(2);
            e.gc.drawRectangle(client.x + 1, client.y + 1, client.width - 3, client.height - 3);
        }
    }

    /** Brings caption, buttons, predictions and choice up to date. */
    void show() {
        if (area.isDisposed()) {
            return;
        }
        List<ImageAsset> batch = batch();
        if (current == null) {
            caption.setText(round == null ? "Label: no selection round yet"
                    : "Label: the batch of " + round.getName() + " is done (" + batch.size() + " images"
                            + (skippedImages().isEmpty() ? "" : ", " + skippedImages().size() + " of them skipped") + ")");
        } else {
            int skipped = skippedImages().size();
            caption.setText("Label " + current.getName() + " \u2013 " + (batch.indexOf(current) + 1) + " of "
                    + batch.size() + " in the batch of " + round.getName() + (skipped == 0 ? "" : " (" + skipped
                            + " skipped)") + "; keys 1-9, Enter submits, Space skips");
        }
        caption.setToolTipText(caption.getText());
        for (Control c : buttons.getChildren()) {
            c.dispose();
        }
        for (Map.Entry<Integer, LabelClass> entry : keys.entrySet()) {
            LabelClass c = entry.getValue();
            Button button = new Button(buttons, SWT.TOGGLE);
            button.setText(entry.getKey() + "  " + c.getName());
            button.setData(Roles.KEY, "class:" + c.getName());
            button.setSelection(c == chosen);
            button.setEnabled(current != null);
            int key = entry.getKey();
            button.addListener(SWT.Selection, e -> {
                choose(key);
                picture.setFocus();
            });
        }
        submit.setEnabled(current != null && chosen != null);
        skip.setEnabled(current != null);
        unskip.setEnabled(!skippedImages().isEmpty());
        unskip.setText(skippedImages().isEmpty() ? "Un-skip" : "Un-skip (" + skippedImages().size() + ")");
        if (current == null) {
            predictions.setText("");
        } else if (predicted == null) {
            predictions.setText(predictionProblem != null ? predictionProblem : "Model: predicting...");
        } else {
            StringBuilder text = new StringBuilder("Model" + (round != null && round.getModel() != null
                    ? " " + round.getModel().getName() : "") + ":");
            int n = 0;
            for (Map.Entry<String, Double> p : predicted.entrySet()) {
                if (n++ == TOP) {
                    break;
                }
                text.append("\n").append(p.getKey()).append(String.format(Locale.ROOT, "  %.1f %%", 100 * p.getValue()));
            }
            predictions.setText(text.toString());
        }
        choice.setText(current == null ? "" : "Your choice:\n" + (chosen == null ? "(none yet)" : chosen.getName()));
        area.layout(true, true);
        picture.redraw();
    }
}
