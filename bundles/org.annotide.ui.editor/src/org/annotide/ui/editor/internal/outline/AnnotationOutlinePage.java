package org.annotide.ui.editor.internal.outline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.annotide.model.Annotation;
import org.annotide.model.LabelClass;
import org.annotide.model.edit.AnnotationQuery;
import org.annotide.ui.FilterMenu;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.IPageSite;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of an annotation editor: one row per annotation of the image (or of the tile's window), in a
 * VIRTUAL table, so rows are made only when scrolled into view and a million annotations open at once.
 * Selecting rows selects (and reveals) the annotations in the editor and shows them in the Properties
 * view; selecting in the editor selects the rows. A filter field (and the toolbar's Filter menu) lists only the
 * annotations of some classes, shape kinds, provenances, attribute values or review states
 * ({@link AnnotationQuery}), and says how many it hides.
 */
public final class AnnotationOutlinePage extends Page implements IContentOutlinePage {

    /** Beyond this many selected annotations the rows are not looked up (each lookup scans the list). */
    private static final int MAX_SYNCED_SELECTION = 200;
    private static final String[] COLUMNS = { "Id", "Class", "Shape", "Provenance", "Score", "State" };
    private static final int[] WIDTHS = { 70, 110, 90, 90, 55, 110 };

    private final Supplier<List<Annotation>> rows;
    private final Consumer<List<Annotation>> onSelect;
    private final Supplier<Collection<LabelClass>> classes;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private Composite root;
    private Text filterField;
    private Label hiddenLabel;
    private FilterMenu filterMenu;
    private AnnotationQuery query = new AnnotationQuery("");
    private Table table;
    private List<Annotation> current = List.of();
    private boolean syncing;
    private boolean refreshScheduled;
    private final Consumer<Runnable> whenShown;

    /**
     * @param rows     the annotations to list, in order (the image's live list, or a tile's)
     * @param onSelect selects annotations in the editor
     * @param classes  the project's label classes, offered by the Filter menu
     * @param whenShown runs the first listing of the rows: the editor's, once its first frame is complete (a
     *                 million rows are listed in the time of several frames)
     */
    public AnnotationOutlinePage(Supplier<List<Annotation>> rows, Consumer<List<Annotation>> onSelect,
            Supplier<Collection<LabelClass>> classes, Consumer<Runnable> whenShown) {
        this.rows = rows;
        this.onSelect = onSelect;
        this.classes = classes;
        this.whenShown = whenShown;
    }

    /** The Filter drop-down in the Outline's toolbar: class, shape kind, provenance, attribute value, review. */
    @Override
    public void init(IPageSite pageSite) {
        super.init(pageSite);
        filterMenu = new FilterMenu(EnumSet.of(FilterMenu.Facet.CLASS, FilterMenu.Facet.KIND,
                FilterMenu.Facet.PROVENANCE, FilterMenu.Facet.ATTRIBUTE, FilterMenu.Facet.REVIEW), classes,
                () -> filterField == null || filterField.isDisposed() ? query.text() : filterField.getText(),
                this::setFilter);
        pageSite.getActionBars().getToolBarManager().add(filterMenu.action(
                "Filter the annotations by class, shape kind, provenance, attribute value and review"));
        pageSite.getActionBars().updateActionBars();
    }

    @Override
    public void createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        filterField = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterField.setMessage("Filter: class:cell kind:polygon by:predicted attr:stage=S review:accepted");
        filterField.setToolTipText("Lists the annotations of the class (class:), shape kind (kind:), provenance"
                + " (by: manual, imported, predicted), attribute value (attr:name=value) and review state (review:"
                + " none, accepted, rejected) given; plain words match the id, the class or an attribute value."
                + " The toolbar's Filter menu writes these terms");
        filterField.setData("annotide.role", "outline-filter");
        filterField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterField.addListener(SWT.Modify, event -> {
            query = new AnnotationQuery(filterField.getText());
            refresh();
        });
        hiddenLabel = new Label(root, SWT.NONE);
        hiddenLabel.setData("annotide.role", "outline-hidden");
        GridData hiddenData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        hiddenData.exclude = true;
        hiddenLabel.setLayoutData(hiddenData);
        hiddenLabel.setVisible(false);
        table = new Table(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("annotide.role", "outline");
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 4 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.SetData, this::fillRow);
        table.addListener(SWT.Selection, event -> rowsSelected());
        table.addListener(SWT.DefaultSelection, event -> rowsSelected());
        whenShown.accept(this::refresh);
    }

    @Override
    public Control getControl() {
        return root;
    }

    /** Sets the filter's text (as typing it in the field would); the rows follow. */
    public void setFilter(String text) {
        if (filterField != null && !filterField.isDisposed()) {
            filterField.setText(text == null ? "" : text);
        } else {
            query = new AnnotationQuery(text);
        }
    }

    /** What the filter hides, as the Outline says it ("" without a filter). */
    public String hiddenText() {
        return hiddenLabel == null || hiddenLabel.isDisposed() ? "" : hiddenLabel.getText();
    }

    /** The Outline's Filter drop-down (its toolbar's). */
    public FilterMenu filterMenu() {
        return filterMenu;
    }

    /** The annotations listed, in order (after the filter). */
    public List<Annotation> shownRows() {
        return Collections.unmodifiableList(current);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    /** Re-reads the rows soon; several calls in a row refresh once. */
    public void refreshSoon() {
        if (table == null || table.isDisposed() || refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        table.getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    /**
     * Re-reads the rows now and keeps the selected annotations selected, by identity: selection indices
     * would point at other annotations once rows come or go, and with fewer rows GTK moves the selection
     * onto the last one (QA saw a row stay highlighted after Page Down, with nothing selected).
     */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<Annotation> selected = table.getSelectionCount() > MAX_SYNCED_SELECTION ? List.of()
                : selectedAnnotations();
        List<Annotation> all = rows.get();
        current = query.isEmpty() ? all : filtered(all);
        table.setItemCount(current.size());
        String hidden = query.isEmpty() ? ""
                : "Filter hides " + (all.size() - current.size()) + " of " + all.size() + " annotations";
        if (!hidden.equals(hiddenLabel.getText())) {
            hiddenLabel.setText(hidden);
            ((GridData) hiddenLabel.getLayoutData()).exclude = hidden.isEmpty();
            hiddenLabel.setVisible(!hidden.isEmpty());
            root.layout(true);
        }
        table.clearAll();
        select(selected);
    }

    /** The annotations the filter keeps: every annotation term, and each plain word in the id, class or a value. */
    private List<Annotation> filtered(List<Annotation> all) {
        List<Annotation> kept = new ArrayList<>();
        for (Annotation annotation : all) {
            if (query.matches(annotation) && wordsMatch(annotation)) {
                kept.add(annotation);
            }
        }
        return kept;
    }

    private boolean wordsMatch(Annotation annotation) {
        for (String word : query.words()) {
            boolean found = Long.toString(annotation.getId()).equals(word)
                    || annotation.getLabelClass() != null && annotation.getLabelClass().getName() != null
                            && annotation.getLabelClass().getName().toLowerCase(Locale.ROOT).contains(word);
            for (Map.Entry<String, String> attribute : annotation.getAttributes()) {
                found |= attribute.getValue() != null && attribute.getValue().toLowerCase(Locale.ROOT).contains(word);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Selects the rows of these annotations (the editor's selection changed). */
    public void showSelection(List<Annotation> selected) {
        if (table == null || table.isDisposed() || syncing) {
            return;
        }
        syncing = true;
        try {
            if (current.size() != table.getItemCount()) {
                // annotations were added or removed since the last refresh (it is queued): rows first
                refresh();
            }
            int first = select(selected);
            if (first >= 0) {
                table.showItem(table.getItem(first));
            }
        } finally {
            syncing = false;
        }
    }

    /** Selects exactly the rows of these annotations (none beyond {@link #MAX_SYNCED_SELECTION}); the first row or -1. */
    private int select(List<Annotation> selected) {
        if (selected.isEmpty() || selected.size() > MAX_SYNCED_SELECTION) {
            table.deselectAll();
            return -1;
        }
        Map<Annotation, Boolean> wanted = new IdentityHashMap<>();
        selected.forEach(annotation -> wanted.put(annotation, Boolean.TRUE));
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < current.size() && indices.size() < wanted.size(); i++) {
            if (wanted.containsKey(current.get(i))) {
                indices.add(i);
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        return indices.isEmpty() ? -1 : indices.get(0);
    }

    private void fillRow(Event event) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        if (index < 0 || index >= current.size()) {
            return;
        }
        Annotation annotation = current.get(index);
        item.setText(new String[] { Long.toString(annotation.getId()),
                annotation.getLabelClass() == null ? "" : annotation.getLabelClass().getName(),
                annotation.getShape() == null ? "" : annotation.getShape().getKind().getLiteral().toLowerCase(Locale.ROOT),
                annotation.getProvenance() == null ? "" : annotation.getProvenance().getLiteral().toLowerCase(Locale.ROOT),
                annotation.getProvenance() == Provenance.PREDICTED
                        ? String.format(Locale.ROOT, "%.3f", annotation.getScore())
                        : "",
                state(annotation) });
        item.setData(annotation);
    }

    private static String state(Annotation annotation) {
        List<String> states = new ArrayList<>();
        if (annotation.getReview() == ReviewState.ACCEPTED) {
            states.add("accepted");
        } else if (annotation.getReview() == ReviewState.REJECTED) {
            states.add("rejected");
        }
        if (annotation.isHidden()) {
            states.add("hidden");
        }
        if (annotation.isLocked()) {
            states.add("locked");
        }
        return String.join(", ", states);
    }

    private void rowsSelected() {
        if (syncing) {
            return;
        }
        List<Annotation> selected = selectedAnnotations();
        syncing = true;
        try {
            onSelect.accept(selected);
        } finally {
            syncing = false;
        }
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    private List<Annotation> selectedAnnotations() {
        if (table == null || table.isDisposed()) {
            return List.of();
        }
        List<Annotation> selected = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < current.size()) {
                selected.add(current.get(index));
            }
        }
        return selected;
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(selectedAnnotations());
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            List<Annotation> annotations = new ArrayList<>();
            for (Object element : structured.toList()) {
                if (element instanceof Annotation annotation) {
                    annotations.add(annotation);
                }
            }
            showSelection(Collections.unmodifiableList(annotations));
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
