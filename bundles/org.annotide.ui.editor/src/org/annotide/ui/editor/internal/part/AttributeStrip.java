package org.annotide.ui.editor.internal.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.annotide.model.Annotation;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.edit.AttributeValues;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The attributes of the one selected annotation, in the editor above the canvas, as its class declares them: a
 * checkbox, radio buttons, a drop-down, a text or a number field. A checkbox, radio button or drop-down applies at
 * once; a text or number applies on Enter (Esc puts the shown value back), a value that does not fit is refused with
 * the reason beside it. Each change is one command on the project's stack (Ctrl+Z takes it back), and the strip
 * follows the model, undo included. Attributes the annotation carries that its class does not define (from an
 * import) are text fields. Hidden while no single annotation with attributes is selected; a locked one is shown
 * read-only.
 */
final class AttributeStrip {

    /** Widget roles (data under {@code annotide.role}): the strip, and each field as {@code attribute:NAME}. */
    static final String ROLE = "annotide.role";
    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;

    private final Composite row;
    private final Predicate<Command> execute;
    private final Consumer<Control> fieldAdded;
    private final Runnable done;
    private final Consumer<Boolean> visibility;
    private final Label problem;
    private final Composite fields;
    private Annotation annotation;
    private EditingDomain domain;
    private LabelClass watchedClass;
    private boolean refreshQueued;

    /** Follows the annotation's attributes, class and lock (its shape's edits do not matter here). */
    private final EContentAdapter annotationWatcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            Object feature = notification.getFeature();
            if (notification.getNotifier() instanceof Map.Entry<?, ?> || feature == MODEL.getAnnotation_Attributes()
                    || feature == MODEL.getAnnotation_LabelClass() || feature == MODEL.getAnnotation_Locked()) {
                refreshSoon();
            }
        }
    };

    private final Adapter classWatcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                refreshSoon();
            }
        }
    };

    /**
     * @param parent     the editor's composite (a grid of two columns)
     * @param execute    runs a command on the project's stack; false when it was not run
     * @param fieldAdded each field made (the editor's keys are off while one has the focus)
     * @param done       gives the keys back to the canvas after a change
     * @param visibility shows or hides the strip's row in the layout
     */
    AttributeStrip(Composite parent, Predicate<Command> execute, Consumer<Control> fieldAdded, Runnable done,
            Consumer<Boolean> visibility) {
        this.execute = execute;
        this.fieldAdded = fieldAdded;
        this.done = done;
        this.visibility = visibility;
        row = new Composite(parent, SWT.NONE);
        row.setData(ROLE, "attributes");
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 1;
        row.setLayout(layout);
        fields = new Composite(row, SWT.NONE);
        RowLayout fieldsLayout = new RowLayout(SWT.HORIZONTAL);
        fieldsLayout.center = true;
        fieldsLayout.marginTop = 0;
        fieldsLayout.marginBottom = 0;
        fieldsLayout.spacing = 6;
        fields.setLayout(fieldsLayout);
        fields.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        problem = new Label(row, SWT.NONE);
        problem.setData(ROLE, "attributeProblem");
        problem.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.addListener(SWT.Dispose, event -> unwatch());
    }

    Control control() {
        return row;
    }

    /** The annotation shown (null while hidden). */
    Annotation annotation() {
        return annotation;
    }

    /** Shows the attributes of this annotation (null, or one without attributes, hides the strip). */
    void show(Annotation selected, EditingDomain editingDomain) {
        if (selected == annotation && editingDomain == domain) {
            return;
        }
        unwatch();
        annotation = selected != null && hasAttributes(selected) ? selected : null;
        domain = editingDomain;
        if (annotation != null) {
            annotation.eAdapters().add(annotationWatcher);
            watchedClass = annotation.getLabelClass();
            if (watchedClass != null) {
                watchedClass.eAdapters().add(classWatcher);
            }
        }
        rebuild();
    }

    private static boolean hasAttributes(Annotation annotation) {
        return !AttributeValues.definitions(annotation).isEmpty() || !annotation.getAttributes().isEmpty();
    }

    private void unwatch() {
        if (annotation != null) {
            annotation.eAdapters().remove(annotationWatcher);
        }
        if (watchedClass != null) {
            watchedClass.eAdapters().remove(classWatcher);
            watchedClass = null;
        }
    }

    /** Gives the first field the focus (the Edit Attributes command); false when the strip is hidden. */
    boolean focus() {
        for (Control child : fields.getChildren()) {
            Control field = child instanceof Composite group && group.getChildren().length > 0
                    && !(child instanceof Combo) ? group.getChildren()[0] : child;
            if (!(field instanceof Label) && field.isEnabled()) {
                return field.setFocus();
            }
        }
        return false;
    }

    private void refreshSoon() {
        if (refreshQueued || row.isDisposed()) {
            return;
        }
        refreshQueued = true;
        row.getDisplay().asyncExec(() -> {
            refreshQueued = false;
            if (row.isDisposed()) {
                return;
            }
            if (annotation != null && (annotation.eContainer() == null || annotation.getLabelClass() != watchedClass
                    || !hasAttributes(annotation))) {
                Annotation current = annotation.eContainer() == null ? null : annotation;
                unwatch();
                annotation = null;
                show(current, domain);
            } else {
                rebuild();
            }
        });
    }

    private void rebuild() {
        Control focused = row.getDisplay().getFocusControl();
        boolean hadFocus = focused != null && isInside(focused);
        String focusedRole = hadFocus ? (String) focused.getData(ROLE) : null;
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        problem.setText("");
        boolean shown = annotation != null;
        if (shown) {
            boolean editable = !annotation.isLocked();
            Map<String, AttributeDefinition> definitions = AttributeValues.definitions(annotation);
            List<String> names = new ArrayList<>(definitions.keySet());
            annotation.getAttributes().keySet().stream().filter(n -> !definitions.containsKey(n)).forEach(names::add);
            for (String name : names) {
                field(name, definitions.get(name), editable);
            }
            if (!editable) {
                problem.setText("locked: unlock it (Shift+L) to change its attributes");
            }
        }
        visibility.accept(shown);
        row.layout(true, true);
        row.getParent().layout(true, true);
        if (hadFocus) { // the field that had it is disposed by now
            boolean refocused = false;
            for (Control control : allFields()) {
                if (focusedRole != null && focusedRole.equals(control.getData(ROLE))) {
                    refocused = control.setFocus();
                }
            }
            if (!refocused) {
                done.run(); // the field went (the strip hid): the keys go back to the canvas
            }
        }
    }

    private boolean isInside(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == row) {
                return true;
            }
        }
        return false;
    }

    private List<Control> allFields() {
        List<Control> all = new ArrayList<>();
        for (Control child : fields.getChildren()) {
            all.add(child);
            if (child instanceof Composite group && !(child instanceof Combo)) {
                all.addAll(List.of(group.getChildren()));
            }
        }
        return all;
    }

    private void field(String name, AttributeDefinition definition, boolean editable) {
        AttributeType type = definition == null || definition.getType() == null ? AttributeType.TEXT
                : definition.getType();
        String value = AttributeValues.shown(annotation, name, definition);
        String role = "attribute:" + name;
        if (type == AttributeType.CHECKBOX) {
            Button check = new Button(fields, SWT.CHECK);
            check.setText(name);
            check.setData(ROLE, role);
            check.setSelection("true".equals(value));
            check.setEnabled(editable);
            check.addListener(SWT.Selection, e -> apply(name, Boolean.toString(check.getSelection())));
            added(check);
            return;
        }
        Label label = new Label(fields, SWT.NONE);
        label.setText(name + ":");
        if (type == AttributeType.RADIO) {
            Composite group = new Composite(fields, SWT.NONE);
            RowLayout layout = new RowLayout(SWT.HORIZONTAL);
            layout.marginTop = 0;
            layout.marginBottom = 0;
            layout.marginLeft = 0;
            group.setLayout(layout);
            for (String choice : definition.getValues()) {
                Button radio = new Button(group, SWT.RADIO);
                radio.setText(choice);
                radio.setData(ROLE, role + "=" + choice);
                radio.setSelection(choice.equals(value));
                radio.setEnabled(editable);
                radio.addListener(SWT.Selection, e -> {
                    if (radio.getSelection()) {
                        apply(name, choice);
                    }
                });
                added(radio);
            }
            return;
        }
        if (type == AttributeType.SELECT) {
            Combo combo = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setItems(definition.getValues().toArray(String[]::new));
            combo.setData(ROLE, role);
            combo.select(definition.getValues().indexOf(value));
            combo.setEnabled(editable);
            combo.addListener(SWT.Selection, e -> {
                if (combo.getSelectionIndex() >= 0) {
                    apply(name, combo.getItem(combo.getSelectionIndex()));
                }
            });
            added(combo);
            return;
        }
        Text text = new Text(fields, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setData(ROLE, role);
        text.setEditable(editable);
        text.setMessage(type == AttributeType.NUMBER ? "number" : "text");
        text.setToolTipText((type == AttributeType.NUMBER ? "A number" : "Text")
                + ": Enter applies it, Esc puts the shown value back; empty takes the value off"
                + (definition == null || definition.getDefaultValue() == null ? ""
                        : " (the default " + definition.getDefaultValue() + " applies)"));
        text.setLayoutData(new org.eclipse.swt.layout.RowData(type == AttributeType.NUMBER ? 70 : 140, SWT.DEFAULT));
        text.addListener(SWT.DefaultSelection, e -> apply(name, text.getText()));
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                e.doit = false;
                text.setText(AttributeValues.shown(annotation, name, definition));
                problem.setText("");
                done.run();
            }
        });
        added(text);
    }

    private void added(Control control) {
        fieldAdded.accept(control);
    }

    /** One command that gives the attribute the value; refused (with the reason shown) when it does not fit. */
    void apply(String name, String value) {
        if (annotation == null || annotation.isLocked()) {
            return;
        }
        String refusal = AttributeValues.refusal(annotation, name, value);
        if (refusal != null) {
            problem.setText(refusal);
            row.layout(true, true);
            return;
        }
        problem.setText("");
        Command command = AttributeValues.command(domain, annotation, name, value);
        if (command != null) {
            execute.test(command);
        }
        done.run();
    }
}
