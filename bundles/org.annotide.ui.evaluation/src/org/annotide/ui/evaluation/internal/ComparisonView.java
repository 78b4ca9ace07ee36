package org.annotide.ui.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annotide.access.Account;
import org.annotide.access.Action;
import org.annotide.access.PermissionDeniedException;
import org.annotide.benchmark.TaskComparison;
import org.annotide.benchmark.TrainingSession;
import org.annotide.model.Annotation;
import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotideFactory;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.ui.editor.AnnotationViewer;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * View (Admin only): a trainee's submitted task beside its ground truth, in the annotation editor's canvas (two
 * read-only {@link AnnotationViewer}s that zoom and pan as one), with every evaluation label in a table below.
 * Matched objects are drawn solid, green when the class is right and orange when it is wrong, with the similarity
 * as their score; a ground-truth object nobody matched (missed) and a submitted object that matched nothing (false
 * positive) are drawn dashed in red. Selecting a label (in the table or on either canvas) outlines both of its
 * objects.
 * <p>
 * The ground truth comes from {@link TrainingSession#compare}, which the permission service allows to Admins only
 * (view benchmark source); everyone else gets its refusal here, and the view drops what it showed as soon as the
 * logged-in user changes. What is drawn are display copies in a model of their own: nothing reaches the training
 * project, the explorer, the Outline or Properties (the view offers no selection to the workbench).
 */
public final class ComparisonView extends EvaluationViewPart {

    static final String[] COLUMNS = {"#", "Class", "Ground truth", "Submitted", "Similarity", "Category", "Score",
            "Outcome"};

    static final String MATCHED_RGB = "#00c853";
    static final String WRONG_CLASS_RGB = "#ff9100";
    static final String UNMATCHED_RGB = "#ff1744";

    private Label summary;
    private AnnotationViewer groundTruthViewer;
    private AnnotationViewer submittedViewer;
    private Label groundTruthTitle;
    private Label submittedTitle;
    private Table table;
    /** The task asked for, shown when the user may see it. */
    private AnnotatorTask requested;
    /** What is shown now: the task, the user it was shown to, and the display copies of each label's objects. */
    private AnnotatorTask shownTask;
    private String shownTo;
    private TaskComparison comparison;
    private final Map<Annotation, Integer> labelOfCopy = new IdentityHashMap<>();
    private final List<Annotation[]> copiesOfLabel = new ArrayList<>();
    private boolean selecting;

    @Override
    protected void createBody(Composite parent) {
        summary = new Label(parent, SWT.WRAP);
        summary.setData(ROLE, "comparison.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm sides = new SashForm(vertical, SWT.HORIZONTAL);
        groundTruthTitle = side(sides, "Ground truth");
        groundTruthViewer = new AnnotationViewer(groundTruthTitle.getParent());
        groundTruthViewer.control().setData(ROLE, "comparison.groundTruth");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(groundTruthViewer.control());
        submittedTitle = side(sides, "Submission");
        submittedViewer = new AnnotationViewer(submittedTitle.getParent());
        submittedViewer.control().setData(ROLE, "comparison.submitted");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(submittedViewer.control());
        groundTruthViewer.linkViews(submittedViewer);
        groundTruthViewer.addSelectionListener(selected -> canvasSelected(selected));
        submittedViewer.addSelectionListener(selected -> canvasSelected(selected));
        table = new Table(vertical, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ROLE, "comparison.table");
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 || i >= 4 && i <= 6 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(i == 0 ? 40 : i == 7 ? 130 : 90);
        }
        table.addListener(SWT.Selection, e -> rowSelected());
        vertical.setWeights(70, 30);
    }

    private static Label side(SashForm sides, String title) {
        Composite side = new Composite(sides, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(side);
        Label label = new Label(side, SWT.NONE);
        label.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    /** Shows a submitted task beside its ground truth (when the logged-in user may see it; else says why not). */
    public void show(AnnotatorTask task) {
        requested = task;
        shownTask = null;
        update();
    }

    @Override
    protected void refresh() {
        TrainingSession session = context.session();
        Account user = context.user();
        if (session == null || user == null) {
            clear();
            requested = session == null ? null : requested;
            say(user == null ? "Log in to compare submissions with the ground truth." : "");
            return;
        }
        if (!context.may(Action.VIEW_BENCHMARK_SOURCE)) {
            clear();
            say(context.denial(Action.VIEW_BENCHMARK_SOURCE, session.trainingProject())
                    + " This view shows the ground truth beside a submission.");
            return;
        }
        if (requested == null || !session.trainingProject().getTasks().contains(requested)) {
            clear();
            say("Pick a submission in Annotator Submissions (View side by side, or a double-click on a row).");
            return;
        }
        if (requested == shownTask && user.login().equals(shownTo)) {
            return;
        }
        try {
            build(session.compare(user, requested), session);
            shownTo = user.login();
            shownTask = requested;
            say("");
        } catch (PermissionDeniedException | IllegalArgumentException e) {
            clear();
            say(e.getMessage());
        }
    }

    /** Drops every display copy: nothing of the ground truth stays in the view. */
    private void clear() {
        groundTruthViewer.clear();
        submittedViewer.clear();
        table.removeAll();
        labelOfCopy.clear();
        copiesOfLabel.clear();
        comparison = null;
        shownTask = null;
        shownTo = null;
        summary.setText("");
        groundTruthTitle.setText("Ground truth");
        submittedTitle.setText("Submission");
    }

    private void build(TaskComparison next, TrainingSession session) {
        clear();
        comparison = next;
        AnnotatorTask task = next.task();
        ImageAsset image = task.getImage();
        String annotator = task.getAnnotator() == null ? "?" : task.getAnnotator().getLogin();
        Project display = AnnotideFactory.eINSTANCE.createProject();
        display.setName("comparison");
        ImageAsset left = displayImage(display, image, "ground truth");
        ImageAsset right = displayImage(display, image, annotator);
        Map<String, LabelClass> classes = new HashMap<>();
        Map<Annotation, Annotation> leftCopies = new IdentityHashMap<>();
        Map<Annotation, Annotation> rightCopies = new IdentityHashMap<>();
        for (Annotation g : next.groundTruth()) {
            leftCopies.put(g, copy(g, display, classes, left));
        }
        for (Annotation s : next.submitted()) {
            rightCopies.put(s, copy(s, display, classes, right));
        }
        int matched = 0;
        int missed = 0;
        int extra = 0;
        for (int i = 0; i < next.labels().size(); i++) {
            TaskComparison.Label label = next.labels().get(i);
            Annotation leftCopy = label.groundTruth() == null ? null : leftCopies.get(label.groundTruth());
            Annotation rightCopy = label.submitted() == null ? null : rightCopies.get(label.submitted());
            String outcome = label.matched() ? (label.categoryMatch() ? "matched" : "matched, wrong class")
                    : label.missed() ? "missed (false negative)" : "false positive";
            String colour = label.matched() ? (label.categoryMatch() ? MATCHED_RGB : WRONG_CLASS_RGB) : UNMATCHED_RGB;
            for (Annotation copy : new Annotation[] {leftCopy, rightCopy}) {
                if (copy != null) {
                    style(copy, display, classes, colour, label.matched(), label.similarity());
                    labelOfCopy.put(copy, i);
                }
            }
            copiesOfLabel.add(new Annotation[] {leftCopy, rightCopy});
            matched += label.matched() ? 1 : 0;
            missed += label.missed() ? 1 : 0;
            extra += label.extra() ? 1 : 0;
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Integer.toString(i + 1), label.labelClass(), id(label.groundTruth()),
                    id(label.submitted()), label.matched() ? String.format(Locale.ROOT, "%.3f", label.similarity())
                            : "", label.matched() ? (label.categoryMatch() ? "right" : "wrong") : "",
                    String.format(Locale.ROOT, "%.2f", 100 * label.score()), outcome});
            item.setData(label);
        }
        String problem = groundTruthViewer.show(session.store().folder(), image, left);
        submittedViewer.show(session.store().folder(), image, right);
        groundTruthTitle.setText("Ground truth of " + image.getName() + " (" + next.groundTruth().size()
                + " objects, read-only)");
        submittedTitle.setText("Submitted by " + annotator + " (" + next.submitted().size() + " objects)");
        String text = next.result().isClassification()
                ? String.format(Locale.ROOT, "%s on %s: task score %.2f (classification: image classes %s, ground "
                        + "truth %s)", annotator, image.getName(), next.result().taskScore(),
                        next.result().pairs().submittedImageClasses(), next.result().pairs().groundTruthImageClasses())
                : String.format(Locale.ROOT, "%s on %s: task score %.2f; %d matched, %d missed, %d false positive%s. "
                        + "Solid green: matched, right class; solid orange: matched, wrong class (the number is the "
                        + "similarity); dashed red: unmatched.", annotator, image.getName(), next.result().taskScore(),
                        matched, missed, extra, extra == 1 ? "" : "s");
        summary.setText(problem == null ? text : text + " " + problem);
    }

    private static String id(Annotation annotation) {
        return annotation == null ? "" : Long.toString(annotation.getId());
    }

    private static ImageAsset displayImage(Project display, ImageAsset image, String name) {
        ImageAsset copy = AnnotideFactory.eINSTANCE.createImageAsset();
        copy.setId(image.getId() + "#" + name);
        copy.setName(image.getName() + " (" + name + ")");
        copy.setWidth(image.getWidth());
        copy.setHeight(image.getHeight());
        display.getImages().add(copy);
        return copy;
    }

    /** A display copy of an object, for now in its own class's colour (unmatched image-level classes keep it). */
    private static Annotation copy(Annotation original, Project display, Map<String, LabelClass> classes,
            ImageAsset on) {
        Annotation copy = AnnotideFactory.eINSTANCE.createAnnotation();
        copy.setId(original.getId());
        copy.setShape(original.getShape() == null ? null : EcoreUtil.copy(original.getShape()));
        String name = original.getLabelClass() == null ? "(no class)" : original.getLabelClass().getName();
        copy.setLabelClass(displayClass(display, classes, name, UNMATCHED_RGB));
        copy.setProvenance(Provenance.PREDICTED);
        copy.setReview(ReviewState.NONE);
        copy.setScore(0);
        on.getAnnotations().add(copy);
        return copy;
    }

    private static void style(Annotation copy, Project display, Map<String, LabelClass> classes, String colour,
            boolean matched, double similarity) {
        copy.setLabelClass(displayClass(display, classes, copy.getLabelClass().getName(), colour));
        copy.setReview(matched ? ReviewState.ACCEPTED : ReviewState.NONE);
        copy.setScore(matched ? similarity : 0);
    }

    /** One display class per class name and colour: the name as the ontology has it, the outcome's colour. */
    private static LabelClass displayClass(Project display, Map<String, LabelClass> classes, String name,
            String colour) {
        return classes.computeIfAbsent(name + "\u0000" + colour, key -> {
            LabelClass labelClass = AnnotideFactory.eINSTANCE.createLabelClass();
            labelClass.setId(key);
            labelClass.setName(name);
            labelClass.setColor(colour);
            display.getLabelClasses().add(labelClass);
            return labelClass;
        });
    }

    private void rowSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            selectLabel(index);
        }
    }

    /** Outlines both objects of a label (the ground truth's on the left, the submitted one on the right). */
    void selectLabel(int index) {
        if (selecting || index < 0 || index >= copiesOfLabel.size()) {
            return;
        }
        selecting = true;
        try {
            Annotation[] copies = copiesOfLabel.get(index);
            groundTruthViewer.select(copies[0] == null ? List.of() : List.of(copies[0]));
            submittedViewer.select(copies[1] == null ? List.of() : List.of(copies[1]));
            table.setSelection(index);
        } finally {
            selecting = false;
        }
    }

    private void canvasSelected(List<Annotation> selected) {
        if (selecting || selected.size() != 1) {
            return;
        }
        Integer index = labelOfCopy.get(selected.get(0));
        if (index != null) {
            selectLabel(index);
        }
    }

    // ---- for tests

    TaskComparison comparison() {
        return comparison;
    }

    Table table() {
        return table;
    }

    AnnotationViewer groundTruthViewer() {
        return groundTruthViewer;
    }

    AnnotationViewer submittedViewer() {
        return submittedViewer;
    }

    String summaryText() {
        return summary.getText();
    }
}
