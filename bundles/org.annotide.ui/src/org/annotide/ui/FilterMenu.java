package org.annotide.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.annotide.benchmark.SourceStatus;
import org.annotide.model.AttributeDefinition;
import org.annotide.model.AttributeType;
import org.annotide.model.LabelClass;
import org.annotide.model.Provenance;
import org.annotide.model.ReviewState;
import org.annotide.model.ShapeKind;
import org.annotide.model.edit.AnnotationQuery;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The Filter drop-down of a view's toolbar (the Project Explorer, the Outline): class, shape kind, provenance,
 * attribute value and task status or review state, each a checked item that adds its term to the view's filter
 * field or takes it out ({@link AnnotationQuery}), so the field always says what is filtered and can be typed in
 * as well. Terms of one kind are alternatives, kinds must all hold. Built each time it opens, from the classes
 * the view shows.
 */
public final class FilterMenu implements IMenuCreator {

    /** The kinds of terms a view offers. */
    public enum Facet {
        CLASS, KIND, PROVENANCE, ATTRIBUTE, TASK_STATUS, REVIEW
    }

    private final Set<Facet> facets;
    private final Supplier<Collection<LabelClass>> classes;
    private final Supplier<String> text;
    private final Consumer<String> setText;
    private Menu menu;

    /**
     * @param facets  what the menu offers
     * @param classes the label classes the view shows (their names and attributes become items)
     * @param text    the filter field's text
     * @param setText sets the filter field's text (which filters the view)
     */
    public FilterMenu(Set<Facet> facets, Supplier<Collection<LabelClass>> classes, Supplier<String> text,
            Consumer<String> setText) {
        this.facets = EnumSet.copyOf(facets);
        this.classes = classes;
        this.text = text;
        this.setText = setText;
    }

    /** The toolbar action: pressed, it opens the menu too. */
    public IAction action(String tooltip) {
        Action action = new Action("Filter", IAction.AS_DROP_DOWN_MENU) {
            @Override
            public void runWithEvent(org.eclipse.swt.widgets.Event event) {
                if (event != null && event.widget instanceof org.eclipse.swt.widgets.ToolItem item) {
                    org.eclipse.swt.graphics.Rectangle bounds = item.getBounds();
                    org.eclipse.swt.graphics.Point at = item.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
                    Menu shown = getMenu(item.getParent());
                    shown.setLocation(at);
                    shown.setVisible(true);
                }
            }
        };
        action.setId("org.annotide.ui.filterMenu");
        action.setToolTipText(tooltip);
        action.setMenuCreator(this);
        return action;
    }

    @Override
    public Menu getMenu(Control parent) {
        dispose();
        menu = new Menu(parent);
        fill(menu);
        return menu;
    }

    @Override
    public Menu getMenu(Menu parent) {
        Menu sub = new Menu(parent);
        fill(sub);
        return sub;
    }

    @Override
    public void dispose() {
        if (menu != null && !menu.isDisposed()) {
            menu.dispose();
        }
        menu = null;
    }

    private void fill(Menu target) {
        Collection<LabelClass> shown = classes.get();
        if (facets.contains(Facet.CLASS)) {
            Menu sub = submenu(target, "Class");
            List<String> names = new ArrayList<>();
            for (LabelClass labelClass : shown) {
                if (labelClass.getName() != null && !names.contains(labelClass.getName())) {
                    names.add(labelClass.getName());
                }
            }
            for (String name : names) {
                item(sub, name, AnnotationQuery.term("class", name));
            }
            if (names.isEmpty()) {
                empty(sub, "(no classes)");
            }
        }
        if (facets.contains(Facet.KIND)) {
            Menu sub = submenu(target, "Shape Kind");
            for (ShapeKind kind : ShapeKind.values()) {
                String word = kind.getLiteral().toLowerCase(Locale.ROOT);
                item(sub, word.replace('_', ' '), AnnotationQuery.term("kind", word));
            }
        }
        if (facets.contains(Facet.PROVENANCE)) {
            Menu sub = submenu(target, "Provenance");
            for (Provenance provenance : Provenance.values()) {
                String word = provenance.getLiteral().toLowerCase(Locale.ROOT);
                item(sub, word, AnnotationQuery.term("by", word));
            }
        }
        if (facets.contains(Facet.ATTRIBUTE)) {
            attributes(submenu(target, "Attribute"), shown);
        }
        if (facets.contains(Facet.TASK_STATUS)) {
            Menu sub = submenu(target, "Task Status");
            for (SourceStatus status : SourceStatus.values()) {
                item(sub, status.label(), AnnotationQuery.term("status", status.word()));
            }
        }
        if (facets.contains(Facet.REVIEW)) {
            Menu sub = submenu(target, "Review");
            for (ReviewState review : ReviewState.values()) {
                String word = review.getLiteral().toLowerCase(Locale.ROOT);
                item(sub, review == ReviewState.NONE ? "not reviewed" : word, AnnotationQuery.term("review", word));
            }
        }
        new MenuItem(target, SWT.SEPARATOR);
        MenuItem clear = new MenuItem(target, SWT.PUSH);
        clear.setText("Clear Filter");
        clear.setEnabled(!text.get().isBlank());
        clear.addListener(SWT.Selection, e -> setText.accept(""));
    }

    /** Per attribute name (over the classes): its values to choose (checkbox, radio, select) or "any value". */
    private void attributes(Menu sub, Collection<LabelClass> shown) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (LabelClass labelClass : shown) {
            for (AttributeDefinition definition : labelClass.getAttributes()) {
                if (definition.getName() == null) {
                    continue;
                }
                List<String> list = values.computeIfAbsent(definition.getName(), n -> new ArrayList<>());
                List<String> offered = definition.getType() == AttributeType.CHECKBOX ? List.of("true", "false")
                        : definition.getType() == AttributeType.RADIO || definition.getType() == AttributeType.SELECT
                                ? definition.getValues() : List.of();
                offered.stream().filter(v -> !list.contains(v)).forEach(list::add);
            }
        }
        if (values.isEmpty()) {
            empty(sub, "(no attributes)");
        }
        for (Map.Entry<String, List<String>> attribute : values.entrySet()) {
            Menu values2 = submenu(sub, attribute.getKey());
            String name = attribute.getKey();
            item(values2, "any value", AnnotationQuery.term("attr", name));
            for (String value : attribute.getValue()) {
                item(values2, "= " + value, AnnotationQuery.term("attr", name + "=" + value));
            }
        }
    }

    private static Menu submenu(Menu parent, String label) {
        MenuItem cascade = new MenuItem(parent, SWT.CASCADE);
        cascade.setText(label);
        Menu sub = new Menu(cascade);
        cascade.setMenu(sub);
        return sub;
    }

    private void item(Menu parent, String label, String term) {
        MenuItem item = new MenuItem(parent, SWT.CHECK);
        item.setText(label);
        item.setData("annotide.term", term);
        item.setSelection(AnnotationQuery.holds(text.get(), term));
        item.addListener(SWT.Selection, e -> setText.accept(AnnotationQuery.toggle(text.get(), term)));
    }

    private static void empty(Menu parent, String label) {
        MenuItem item = new MenuItem(parent, SWT.PUSH);
        item.setText(label);
        item.setEnabled(false);
    }
}
