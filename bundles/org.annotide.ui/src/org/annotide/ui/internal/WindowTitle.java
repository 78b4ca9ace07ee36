package org.annotide.ui.internal;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.model.Tile;
import org.annotide.ui.Selections;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/**
 * The main window's title names what is worked on: "cells.png — Demo — Annotide" while an image's editor is
 * active, "Demo — Annotide" while something of a project is selected elsewhere, "Annotide" otherwise.
 */
final class WindowTitle implements IPartListener2, ISelectionListener, IPropertyListener {

    static final String APPLICATION = "Annotide";

    private final IWorkbenchWindowConfigurer configurer;
    private final IWorkbenchWindow window;
    private String project;

    WindowTitle(IWorkbenchWindowConfigurer configurer) {
        this.configurer = configurer;
        this.window = configurer.getWindow();
    }

    void install() {
        window.getPartService().addPartListener(this);
        window.getSelectionService().addSelectionListener(this);
        update();
    }

    /** The title for an image (or null) of a project (or null). */
    static String title(String image, String project) {
        StringBuilder title = new StringBuilder();
        if (image != null) {
            title.append(image).append(" \u2014 ");
        }
        if (project != null) {
            title.append(project).append(" \u2014 ");
        }
        return title.append(APPLICATION).toString();
    }

    private void update() {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        IWorkbenchPart active = page == null ? null : page.getActivePart();
        String image = null;
        String projectName = project;
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        if (editor != null && (active == editor || active == null || project == null)) {
            EObject shown = Adapters.adapt(editor.getEditorInput(), EObject.class);
            ImageAsset asset = shown instanceof Tile tile ? tile.getImage() : shown instanceof ImageAsset a ? a : null;
            ProjectStore store = asset == null ? null : ProjectStore.of(asset);
            if (store != null) {
                image = editor.getEditorInput().getName();
                projectName = store.project().getName();
            }
        }
        String title = title(image, projectName);
        if (!title.equals(configurer.getTitle())) {
            configurer.setTitle(title);
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        ProjectStore store = Selections.store(selection);
        if (store != null) {
            project = store.project().getName();
        }
        update();
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart editor) {
            editor.removePropertyListener(this);
            editor.addPropertyListener(this);
        }
        update();
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart editor) {
            editor.removePropertyListener(this);
        }
        update();
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        update();
    }

    /** The editor shows another image (Page Down, the filmstrip). */
    @Override
    public void propertyChanged(Object source, int propId) {
        update();
    }
}
