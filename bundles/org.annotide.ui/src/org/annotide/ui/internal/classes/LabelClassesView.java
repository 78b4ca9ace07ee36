package org.annotide.ui.internal.classes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.ClassRules;
import org.annotide.model.edit.LabelClasses;
import org.annotide.ui.AnnotideUi;
import org.annotide.ui.CommandStackActions;
import org.annotide.ui.ModelLabelProvider;
import org.annotide.ui.ProjectService;
import org.annotide.ui.Selections;
import org.annotide.ui.internal.ModelWatcher;
import org.annotide.ui.internal.WorkspaceProjects;
import org.annotide.ui.internal.trainingsets.SelectedRowEditing;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The label classes of the project the user works in, managed where users expect: add, rename, delete (saying
 * what that does to the annotations that carry the class), colour (with a colour picker), hotkey, the shape
 * kinds allowed, keypoint names and skeleton, and attributes (checkbox, radio, select, text, number) with
 * their defaults. Every change is one undoable command; the model's rules ({@link ClassRules},
 * {@link LabelClasses}) refuse what they forbid, and the view says why under the class.
 */
public final class LabelClassesView extends ViewPart implements ISelectionListener, ProjectService.Listener {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.annotide.ui.views.labelClasses";
    /** Widget roles (data under {@code annotide.role}) for tests and accessibility tools. */
    public static final String ROLE = "annotide.role";
    static final String HINT = "Select a project, or an image of one, in the Project Explorer to manage its label classes.";

    private static final AnnotidePackage MODEL = AnnotidePackage.eINSTANCE;
    /** The kinds in the order the editor's tools list them. */
    private static final List<ShapeKind> KINDS = List.of(ShapeKind.BOX, ShapeKind.ROTATED_BOX, ShapeKind.POLYGON,
            ShapeKind.POLYLINE, ShapeKind.ELLIPSE, ShapeKind.KEYPOINTS, ShapeKind.MASK, ShapeKind.IMAGE_CLASS);
    private static final String[] TYPES = Arrays.stream(AttributeType.values())
            .map(t -> t.getLiteral().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private TableViewer classes;
    private Composite details;
    private Text name;
    private Text hotkey;
    private Text color;
    private Button colorButton;
    private Image swatch;
    private final Map<ShapeKind, Button> shapeChecks = new EnumMap<>(ShapeKind.class);
    private Text keypoints;
    private Text skeleton;
    private TableViewer attributes;
    private Label note;
    private ProjectStore store;
    private IProject project;
    private ModelWatcher watcher;
    private boolean refreshQueued;
    private CommandStackActions undoRedo;
    private Action delete;
    /** The colour swatches, the same as every other list of classes shows. */
    private final ModelLabelProvider swatches = new ModelLabelProvider();
    /** Picks a colour; a test replaces it, since the GTK colour chooser is not an SWT shell it can drive. */
    private Function<RGB, RGB> colorPicker = initial -> {
        ColorDialog dialog = new ColorDialog(getSite().getShell());
        dialog.setText("Colour of the Class");
        dialog.setRGB(initial);
        return dialog.open();
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        classes = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        classes.getTable().setData(ROLE, "classes");
        classes.getTable().setHeaderVisible(true);
        classes.getTable().setLinesVisible(true);
        classes.setContentProvider(ArrayContentProvider.getInstance());
        SelectedRowEditing.install(classes);
        classColumn("Name", 120, LabelClass::getName, true);
        classColumn("Key", 40, c -> c.getHotkey() == null ? "" : c.getHotkey(), false);
        classColumn("Colour", 80, c -> c.getColor() == null ? "" : c.getColor(), false);
        classColumn("Shapes", 150, c -> c.getAllowedShapes().isEmpty() ? "any"
                : c.getAllowedShapes().stream().map(ClassRules::name).collect(Collectors.joining(", ")), false);
        classColumn("Annotations", 80, c -> Long.toString(LabelClasses.usage(c).values().stream()
                .mapToLong(Long::longValue).sum()), false);
        classes.addSelectionChangedListener(event -> showDetails());

        createDetails(sash);
        sash.setWeights(2, 3);
        getSite().setSelectionProvider(classes);
        createActions();
        projects().addListener(this);
        ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.addPostSelectionListener(this);
        selections.addPostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        getSite().getPage().addPartListener(editorFollower);
        setContentDescription(HINT);
        selectionChanged(null, selections.getSelection());
        if (store == null) {
            selectionChanged(null, selections.getSelection(AnnotideUi.EXPLORER_VIEW_ID));
        }
        if (store == null && getSite().getPage().getActiveEditor() != null) {
            follow(getSite().getPage().getActiveEditor());
        }
        showDetails();
    }

    private void classColumn(String title, int width, Function<LabelClass, String> text, boolean renamable) {
        TableViewerColumn column = new TableViewerColumn(classes, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((LabelClass) element);
                return value == null ? "" : value;
            }

            @Override
            public Image getImage(Object element) {
                return title.equals("Colour") ? swatch(((LabelClass) element).getColor()) : null;
            }
        });
        if (renamable) {
            column.setEditingSupport(new EditingSupport(classes) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(classes.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return writable();
                }

                @Override
                protected Object getValue(Object element) {
                    return ((LabelClass) element).getName();
                }

                @Override
                protected void setValue(Object element, Object value) {
                    rename((LabelClass) element, (String) value);
                }
            });
        }
    }

    private void createDetails(Composite parent) {
        details = new Composite(parent, SWT.NONE);
        details.setLayout(new GridLayout(4, false));

        label("Name:");
        name = text("name", 1);
        name.addListener(SWT.DefaultSelection, e -> {
            LabelClass selected = selected();
            if (selected != null) {
                rename(selected, name.getText());
            }
        });
        label("Hotkey:");
        hotkey = text("hotkey", 1);
        hotkey.setToolTipText("1 to 9 or 0: pressed in the editor, it makes this class current and gives it to the selection");
        hotkey.addListener(SWT.DefaultSelection, e -> applyHotkey());

        label("Colour:");
        color = text("color", 1);
        color.setToolTipText("#rrggbb");
        color.addListener(SWT.DefaultSelection, e -> applyColor(color.getText().trim()));
        colorButton = new Button(details, SWT.PUSH);
        colorButton.setText("Choose...");
        colorButton.setData(ROLE, "chooseColor");
        colorButton.addListener(SWT.Selection, e -> chooseColor());
        new Label(details, SWT.NONE);

        Label shapesLabel = label("Shapes:");
        shapesLabel.setToolTipText("The shape kinds that may carry the class; none checked means any");
        Composite shapes = new Composite(details, SWT.NONE);
        shapes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        GridLayout shapesLayout = new GridLayout(4, true);
        shapesLayout.marginWidth = 0;
        shapesLayout.marginHeight = 0;
        shapes.setLayout(shapesLayout);
        for (ShapeKind kind : KINDS) {
            Button check = new Button(shapes, SWT.CHECK);
            check.setText(ClassRules.name(kind));
            check.setData(ROLE, "shape:" + kind.getLiteral());
            check.addListener(SWT.Selection, e -> applyShapes());
            shapeChecks.put(kind, check);
        }

        label("Keypoints:");
        keypoints = text("keypoints", 3);
        keypoints.setToolTipText("Names of the keypoints in the order they are clicked, separated by commas");
        keypoints.addListener(SWT.DefaultSelection, e -> applyKeypoints());
        label("Skeleton:");
        skeleton = text("skeleton", 3);
        skeleton.setToolTipText("Bones as pairs of keypoint numbers or names: 1-2, 2-3");
        skeleton.addListener(SWT.DefaultSelection, e -> applyKeypoints());

        Label attributesLabel = label("Attributes:");
        attributesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        attributes = new TableViewer(details, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        attributes.getTable().setData(ROLE, "attributes");
        attributes.getTable().setHeaderVisible(true);
        attributes.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 90;
        attributes.getTable().setLayoutData(tableData);
        attributes.setContentProvider(ArrayContentProvider.getInstance());
        SelectedRowEditing.install(attributes);
        attributeColumn("Name", 100, AttributeDefinition::getName, (a, v) -> {
            if (v.isBlank()) {
                return refuse("an attribute needs a name");
            }
            return LabelClassCommands.set(store.editingDomain(), a, MODEL.getAttributeDefinition_Name(), v.trim(),
                    "Rename Attribute " + a.getName());
        });
        attributeColumn("Type", 80, a -> a.getType() == null ? "" : TYPES[a.getType().getValue()], null);
        attributeColumn("Values", 120, a -> String.join(", ", a.getValues()), (a, v) -> {
            List<String> values = split(v);
            String fitting = fits(a, a.getType(), values, a.getDefaultValue()) ? a.getDefaultValue() : null;
            return LabelClassCommands.attributeValues(store.editingDomain(), a, values, fitting);
        });
        attributeColumn("Default", 80, a -> a.getDefaultValue() == null ? "" : a.getDefaultValue(), (a, v) -> {
            String refusal = LabelClasses.attributeValueRefusal(a, v.trim());
            if (refusal != null) {
                return refuse(refusal);
            }
            return LabelClassCommands.set(store.editingDomain(), a, MODEL.getAttributeDefinition_DefaultValue(),
                    v.trim().isEmpty() ? null : v.trim(), "Default of " + a.getName());
        });
        Composite buttons = new Composite(details, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        Button addAttribute = new Button(buttons, SWT.PUSH);
        addAttribute.setText("Add");
        addAttribute.setData(ROLE, "addAttribute");
        addAttribute.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addAttribute.addListener(SWT.Selection, e -> {
            LabelClass selected = selected();
            if (selected != null && writable()) {
                run(LabelClassCommands.addAttribute(store.editingDomain(), selected));
                attributes.setInput(new ArrayList<>(selected.getAttributes()));
                AttributeDefinition added = selected.getAttributes().get(selected.getAttributes().size() - 1);
                attributes.editElement(added, 0);
            }
        });
        Button removeAttribute = new Button(buttons, SWT.PUSH);
        removeAttribute.setText("Remove");
        removeAttribute.setData(ROLE, "removeAttribute");
        removeAttribute.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        removeAttribute.addListener(SWT.Selection, e -> {
            LabelClass selected = selected();
            List<AttributeDefinition> chosen = Selections.elements(attributes.getSelection(), AttributeDefinition.class);
            if (selected != null && !chosen.isEmpty() && writable()) {
                run(LabelClassCommands.removeAttributes(store.editingDomain(), selected, chosen));
            }
        });

        note = new Label(details, SWT.WRAP);
        note.setData(ROLE, "note");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        note.setForeground(details.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
    }

    private Label label(String text) {
        Label label = new Label(details, SWT.NONE);
        label.setText(text);
        return label;
    }

    private Text text(String role, int span) {
        Text text = new Text(details, SWT.BORDER | SWT.SINGLE);
        text.setData(ROLE, role);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = 80;
        text.setLayoutData(data);
        // leaving the field applies it, as Enter does
        text.addListener(SWT.FocusOut, e -> {
            if (!text.isDisposed() && text.getData("shown") != null && !text.getText().equals(text.getData("shown"))) {
                text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            }
        });
        return text;
    }

    private interface AttributeEdit {
        Command command(AttributeDefinition attribute, String value);
    }

    private void attributeColumn(String title, int width, Function<AttributeDefinition, String> text, AttributeEdit edit) {
        TableViewerColumn column = new TableViewerColumn(attributes, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((AttributeDefinition) element);
                return value == null ? "" : value;
            }
        });
        boolean type = title.equals("Type");
        column.setEditingSupport(new EditingSupport(attributes) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return type ? new ComboBoxCellEditor(attributes.getTable(), TYPES, SWT.READ_ONLY)
                        : new TextCellEditor(attributes.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return writable();
            }

            @Override
            protected Object getValue(Object element) {
                AttributeDefinition attribute = (AttributeDefinition) element;
                if (type) {
                    return attribute.getType() == null ? 0 : attribute.getType().getValue();
                }
                String value = text.apply(attribute);
                return value == null ? "" : value;
            }

            @Override
            protected void setValue(Object element, Object value) {
                AttributeDefinition attribute = (AttributeDefinition) element;
                if (type) {
                    int index = (Integer) value;
                    if (index >= 0 && AttributeType.get(index) != attribute.getType()) {
                        setType(attribute, AttributeType.get(index));
                    }
                    return;
                }
                if (!value.equals(getValue(element))) {
                    Command command = edit.command(attribute, (String) value);
                    if (command != null) {
                        run(command);
                    }
                }
            }
        });
    }

    /** Sets an attribute's type, keeping the default when it fits the new type. */
    void setType(AttributeDefinition attribute, AttributeType type) {
        String fitting = fits(attribute, type, attribute.getValues(), attribute.getDefaultValue())
                ? attribute.getDefaultValue() : type == AttributeType.CHECKBOX ? "false" : null;
        run(LabelClassCommands.attributeType(store.editingDomain(), attribute, type, fitting));
    }

    private static boolean fits(AttributeDefinition attribute, AttributeType type, List<String> values, String value) {
        AttributeDefinition probe = org.annotide.model.AnnotideFactory.eINSTANCE.createAttributeDefinition();
        probe.setName(attribute.getName());
        probe.setType(type);
        probe.getValues().addAll(values);
        return LabelClasses.attributeValueRefusal(probe, value) == null;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Command refuse(String why) {
        say(why + ".");
        return null;
    }

    private void createActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action add = new Action("Add Class", images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD)) {
            @Override
            public void run() {
                addClass();
            }
        };
        add.setToolTipText("Add a label class with a colour and a hotkey no other class has");
        delete = new Action("Delete Class", images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE)) {
            @Override
            public void run() {
                deleteSelected();
            }
        };
        delete.setToolTipText("Delete the selected classes (says what happens to the annotations that carry them)");
        Action rename = new Action("Rename") {
            @Override
            public void run() {
                LabelClass selected = selected();
                if (selected != null && writable()) {
                    classes.editElement(selected, 0);
                }
            }
        };
        rename.setActionDefinitionId("org.eclipse.ui.edit.rename");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(add);
        toolbar.add(delete);
        MenuManager menu = new MenuManager();
        menu.add(add);
        menu.add(rename);
        menu.add(delete);
        classes.getTable().setMenu(menu.createContextMenu(classes.getTable()));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        undoRedo = CommandStackActions.install(getViewSite().getActionBars(), () -> store);
    }

    /** Adds a class with a distinct colour and a free hotkey, selected and open for naming. */
    public LabelClass addClass() {
        if (!writable()) {
            return null;
        }
        LabelClass labelClass = LabelClasses.newClass(store.project());
        run(LabelClassCommands.add(store.editingDomain(), store.project(), labelClass));
        classes.refresh();
        classes.setSelection(new StructuredSelection(labelClass), true);
        classes.editElement(labelClass, 0);
        return labelClass;
    }

    private void deleteSelected() {
        List<LabelClass> selected = Selections.elements(classes.getSelection(), LabelClass.class);
        if (selected.isEmpty() || !writable()) {
            return;
        }
        String effect = selected.stream().map(LabelClasses::deletionEffect).collect(Collectors.joining("\n"));
        String what = selected.size() == 1 ? "the class \"" + selected.get(0).getName() + "\""
                : selected.size() + " classes";
        if (!MessageDialog.openConfirm(getSite().getShell(), "Delete Label Classes", "Delete " + what + "?\n\n"
                + effect + "\n\nUndo (Ctrl+Z) brings the class back to them.")) {
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand(
                selected.size() == 1 ? "Delete Class " + selected.get(0).getName() : "Delete " + selected.size() + " Classes");
        for (LabelClass labelClass : selected) {
            command.append(LabelClassCommands.delete(store.editingDomain(), labelClass));
        }
        run(command);
    }

    private void rename(LabelClass labelClass, String value) {
        if (value.trim().equals(labelClass.getName())) {
            return;
        }
        String refusal = LabelClasses.nameRefusal(labelClass, value);
        if (refusal != null) {
            say("Not renamed: " + refusal + ".");
            showDetails();
            return;
        }
        run(LabelClassCommands.set(store.editingDomain(), labelClass, MODEL.getNamed_Name(), value.trim(),
                "Rename Class " + labelClass.getName()));
    }

    private void applyHotkey() {
        LabelClass selected = selected();
        if (selected == null || !writable()) {
            return;
        }
        String value = hotkey.getText().trim();
        if (value.equals(selected.getHotkey() == null ? "" : selected.getHotkey())) {
            return;
        }
        String refusal = LabelClasses.hotkeyRefusal(selected, value);
        if (refusal != null) {
            say("Hotkey not changed: " + refusal + ".");
            showDetails();
            return;
        }
        run(LabelClassCommands.set(store.editingDomain(), selected, MODEL.getLabelClass_Hotkey(),
                value.isEmpty() ? null : value, "Hotkey of " + selected.getName()));
    }

    private void chooseColor() {
        LabelClass selected = selected();
        if (selected == null || !writable()) {
            return;
        }
        RGB chosen = colorPicker.apply(rgb(selected.getColor()));
        if (chosen != null) {
            applyColor(String.format("#%02x%02x%02x", chosen.red, chosen.green, chosen.blue));
        }
    }

    private void applyColor(String value) {
        LabelClass selected = selected();
        if (selected == null || !writable() || value.equalsIgnoreCase(selected.getColor())) {
            return;
        }
        if (!LabelClasses.isColor(value)) {
            say("Colour not changed: write it as #rrggbb (e.g. #e6194b), or choose one.");
            showDetails();
            return;
        }
        run(LabelClassCommands.set(store.editingDomain(), selected, MODEL.getLabelClass_Color(),
                value.toLowerCase(java.util.Locale.ROOT), "Colour of " + selected.getName()));
    }

    private void applyShapes() {
        LabelClass selected = selected();
        if (selected == null || !writable()) {
            return;
        }
        List<ShapeKind> kinds = KINDS.stream().filter(k -> shapeChecks.get(k).getSelection()).toList();
        String refusal = LabelClasses.allowedShapesRefusal(selected, kinds);
        if (refusal != null) {
            say("Shapes not changed: " + refusal + ".");
            showDetails();
            return;
        }
        // the model keeps the kinds in its own order
        List<ShapeKind> ordered = Arrays.stream(ShapeKind.values()).filter(kinds::contains).toList();
        if (!ordered.equals(selected.getAllowedShapes())) {
            run(LabelClassCommands.allowedShapes(store.editingDomain(), selected, ordered));
        }
    }

    private void applyKeypoints() {
        LabelClass selected = selected();
        if (selected == null || !writable()) {
            return;
        }
        List<String> names = split(keypoints.getText());
        if (names.stream().distinct().count() != names.size()) {
            say("Keypoints not changed: each keypoint needs a name of its own.");
            return;
        }
        int[] edges;
        try {
            edges = LabelClasses.parseSkeleton(skeleton.getText(), names);
        } catch (IllegalArgumentException e) {
            say("Skeleton not changed: " + e.getMessage() + ".");
            return;
        }
        int[] old = selected.getSkeletonEdges() == null ? new int[0] : selected.getSkeletonEdges();
        if (names.equals(selected.getKeypointNames()) && Arrays.equals(edges, old)) {
            return;
        }
        run(LabelClassCommands.keypoints(store.editingDomain(), selected, names, edges));
    }

    private void run(Command command) {
        if (command == null || store == null) {
            return;
        }
        try {
            if (!command.canExecute()) {
                say("That change cannot be made here.");
                return;
            }
            store.commandStack().execute(command);
            say("");
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), "Label Classes", e.getMessage());
        }
    }

    private void say(String text) {
        if (!note.isDisposed()) {
            note.setText(text);
            note.getParent().layout(new org.eclipse.swt.widgets.Control[] {note});
        }
    }

    /** For tests: what the view last said under the class (a refusal), or "". */
    public String note() {
        return note.getText();
    }

    /** For tests: replaces the colour chooser (the GTK one is no SWT shell a test can drive). */
    public void setColorPicker(Function<RGB, RGB> picker) {
        colorPicker = picker;
    }

    private boolean writable() {
        return store != null && !store.isReadOnly();
    }

    private LabelClass selected() {
        List<LabelClass> selected = Selections.elements(classes.getSelection(), LabelClass.class);
        return selected.size() == 1 ? selected.get(0) : null;
    }

    private void showDetails() {
        LabelClass selected = selected();
        boolean enabled = selected != null && writable();
        for (org.eclipse.swt.widgets.Control control : org.annotide.ui.internal.classes.LabelClassesView.controls(details)) {
            if (control != note) {
                control.setEnabled(enabled);
            }
        }
        set(name, selected == null ? "" : selected.getName());
        set(hotkey, selected == null || selected.getHotkey() == null ? "" : selected.getHotkey());
        set(color, selected == null || selected.getColor() == null ? "" : selected.getColor());
        colorButton.setImage(selected == null ? null : swatch(selected.getColor()));
        for (ShapeKind kind : KINDS) {
            shapeChecks.get(kind).setSelection(selected != null && selected.getAllowedShapes().contains(kind));
        }
        set(keypoints, selected == null ? "" : String.join(", ", selected.getKeypointNames()));
        set(skeleton, selected == null ? "" : LabelClasses.formatSkeleton(selected.getSkeletonEdges()));
        attributes.setInput(selected == null ? List.of() : new ArrayList<>(selected.getAttributes()));
        delete.setEnabled(writable() && !classes.getSelection().isEmpty());
        details.layout(true, true);
    }

    private static void set(Text text, String value) {
        text.setData("shown", value);
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    private static List<org.eclipse.swt.widgets.Control> controls(Composite root) {
        List<org.eclipse.swt.widgets.Control> all = new ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite && !(child instanceof org.eclipse.swt.widgets.Table)) {
                all.addAll(controls(composite));
            }
        }
        return all;
    }

    private Image swatch(String hex) {
        return swatches.swatch(hex);
    }

    private static RGB rgb(String hex) {
        if (!LabelClasses.isColor(hex)) {
            return new RGB(128, 128, 128);
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    // ------------------------------------------------------------------ which project, and following it

    private final IPartListener2 editorFollower = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference instanceof IEditorReference && reference.getPart(false) != null) {
                follow(reference.getPart(false));
            }
        }
    };

    private void follow(IWorkbenchPart editor) {
        ProjectStore edited = Adapters.adapt(editor, ProjectStore.class);
        IProject editedProject = edited == null ? null : projects().project(edited);
        if (editedProject != null && edited != store) {
            setStore(edited, editedProject);
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        ProjectStore selected = Selections.store(selection);
        if (selected == null) {
            IProject chosen = Selections.elements(selection, IProject.class).stream()
                    .filter(WorkspaceProjects::isAnnotideProject).findFirst().orElse(null);
            if (chosen != null) {
                try {
                    selected = projects().store(chosen);
                } catch (StoreException e) {
                    return; // the explorer says why
                }
            }
        }
        IProject selectedProject = selected == null ? null : projects().project(selected);
        if (selectedProject != null && selected != store) {
            setStore(selected, selectedProject);
        }
        List<LabelClass> chosenClasses = Selections.elements(selection, LabelClass.class);
        if (!chosenClasses.isEmpty() && part != null && store != null
                && chosenClasses.stream().allMatch(c -> ProjectStore.of(c) == store)) {
            classes.setSelection(new StructuredSelection(chosenClasses), true);
        }
    }

    /** Shows the classes of the project of this store. */
    public void setStore(ProjectStore next, IProject nextProject) {
        clearStore();
        store = next;
        project = nextProject;
        watcher = new ModelWatcher(store.project(), Set.of(MODEL.getProject_LabelClasses(),
                MODEL.getLabelClass_Attributes()), this::modelChanged).start();
        classes.setInput(store.project().getLabelClasses());
        setContentDescription(store.project().getName());
        undoRedo.update();
        showDetails();
    }

    private void clearStore() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
        store = null;
        project = null;
        classes.setInput(List.of());
        setContentDescription(HINT);
        undoRedo.update();
        showDetails();
    }

    @Override
    public void opened(IProject opened, ProjectStore openedStore) {
        // shown once the user selects something of it
    }

    @Override
    public void closed(IProject closed) {
        Display display = classes.getControl().getDisplay();
        Runnable forget = () -> {
            if (!classes.getControl().isDisposed() && closed.equals(project)) {
                clearStore();
            }
        };
        if (Display.getCurrent() == display) {
            forget.run();
        } else {
            display.asyncExec(forget);
        }
    }

    /** Changes of the classes (and of the image list, for the counts) reach the view once per burst. */
    private void modelChanged(Notification notification) {
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        boolean relevant = notifier instanceof LabelClass || notifier instanceof AttributeDefinition
                || notifier instanceof Project && (notification.getFeature() == MODEL.getProject_LabelClasses()
                        || notification.getFeature() == MODEL.getProject_Images());
        if (!relevant) {
            return;
        }
        synchronized (this) {
            if (refreshQueued || classes.getControl().isDisposed()) {
                return;
            }
            refreshQueued = true;
        }
        classes.getControl().getDisplay().asyncExec(this::catchUp);
    }

    /** Shows the model as it is now; waits while a cell is being edited, which a refresh would cancel. */
    private void catchUp() {
        if (classes.getControl().isDisposed()) {
            return;
        }
        if (classes.isCellEditorActive() || attributes.isCellEditorActive()) {
            classes.getControl().getDisplay().timerExec(250, this::catchUp);
            return;
        }
        synchronized (this) {
            refreshQueued = false;
        }
        if (store != null) {
            classes.refresh();
            showDetails();
        }
    }

    /** For tests: the project shown. */
    public ProjectStore store() {
        return store;
    }

    @Override
    public void setFocus() {
        classes.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.removePostSelectionListener(this);
        selections.removePostSelectionListener(AnnotideUi.EXPLORER_VIEW_ID, this);
        getSite().getPage().removePartListener(editorFollower);
        projects().removeListener(this);
        if (watcher != null) {
            watcher.stop();
        }
        undoRedo.dispose();
        swatches.dispose();
        super.dispose();
    }

    private static ProjectService projects() {
        return PlatformUI.getWorkbench().getService(ProjectService.class);
    }
}
