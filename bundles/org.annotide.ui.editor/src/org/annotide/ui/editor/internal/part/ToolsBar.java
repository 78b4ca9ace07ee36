package org.annotide.ui.editor.internal.part;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.EditorPlugin;
import org.annotide.ui.editor.internal.tools.ToolKind;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/**
 * The tools as radio buttons, with their current key binding in the tooltip. Looking the keys up goes through every
 * binding of the scheme for each tool: the editor does it after its first complete frame ({@link #refreshTooltips}).
 */
final class ToolsBar {

    private final ToolBar bar;
    private final Map<ToolKind, ToolItem> items = new EnumMap<>(ToolKind.class);
    private final LocalResourceManager resources;

    ToolsBar(Composite parent, Consumer<ToolKind> onSelect) {
        bar = new ToolBar(parent, SWT.FLAT);
        bar.setData("annotide.role", "tools");
        resources = new LocalResourceManager(JFaceResources.getResources(), bar);
        for (ToolKind kind : ToolKind.values()) {
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            item.setImage(resources.create(EditorPlugin.icon("icons/" + kind.id() + ".png")));
            // the keys are looked up by refreshTooltips, once the editor's first frame is complete
            item.setToolTipText(kind.label());
            item.setData(kind);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection()) {
                    onSelect.accept(kind);
                }
            });
            items.put(kind, item);
        }
    }

    ToolBar control() {
        return bar;
    }

    void select(ToolKind kind) {
        items.forEach((k, item) -> item.setSelection(k == kind));
    }

    /**
     * "Box (B)". The editor's key context is not active yet while the bar is made, so the active binding is
     * often unknown then: the key is looked up among the bindings of the active scheme as well.
     */
    static String tooltip(ToolKind kind, IBindingService bindings) {
        String name = kind.label();
        String command = AnnotationEditors.COMMAND_PREFIX + "tool." + kind.id();
        String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(command);
        if (key == null && bindings != null && bindings.getActiveScheme() != null) {
            String scheme = bindings.getActiveScheme().getId();
            for (Binding binding : bindings.getBindings()) {
                if (binding.getParameterizedCommand() != null
                        && command.equals(binding.getParameterizedCommand().getId())
                        && scheme.equals(binding.getSchemeId()) && binding.getPlatform() == null) {
                    key = binding.getTriggerSequence().format();
                    break;
                }
            }
        }
        return key == null ? name : name + " (" + key + ")";
    }

    /** The tooltips with their keys, once the editor's keys are active (and after the user changed them). */
    void refreshTooltips() {
        IBindingService bindings = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getService(IBindingService.class)
                : null;
        items.forEach((kind, item) -> item.setToolTipText(tooltip(kind, bindings)));
    }
}
