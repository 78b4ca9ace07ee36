package org.annotide.ui.editor.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.ui.Spin;
import org.annotide.ui.ProjectService;
import org.annotide.ui.editor.AnnotationEditorInput;
import org.annotide.ui.editor.AnnotationEditors;
import org.annotide.ui.editor.internal.part.AnnotationEditor;
import org.annotide.ui.editor.internal.part.AnnotationEditorInputFactory;
import org.annotide.ui.editor.internal.part.UnavailableEditorInput;
import org.annotide.ui.editor.tests.TestProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors open at exit come back at the next start: the input is saved as project folder and image (or
 * tile) id, and the registered element factory finds it again through the project service. An image or
 * project that is gone by then gives a message in the editor's place, not an error dialog.
 */
class EditorRestoreTest {

    @TempDir
    Path folder;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        Spin.idle(50);
    }

    private static ProjectStore demo() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Demo");
        assertTrue(project.exists(), "the workbench created the demo project on first start");
        return PlatformUI.getWorkbench().getService(ProjectService.class).store(project);
    }

    private static IElementFactory factory() {
        IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(AnnotationEditorInputFactory.ID);
        assertInstanceOf(AnnotationEditorInputFactory.class, factory, "registered in plugin.xml");
        return factory;
    }

    /** What the workbench does at exit and at the next start, through the memento's XML text. */
    private static IAdaptable roundTrip(AnnotationEditorInput input) throws IOException, WorkbenchException {
        IPersistableElement persistable = input.getPersistable();
        assertNotNull(persistable, "the input is saved at exit");
        XMLMemento saved = XMLMemento.createWriteRoot("editor");
        persistable.saveState(saved);
        StringWriter text = new StringWriter();
        saved.save(text);
        assertEquals(AnnotationEditorInputFactory.ID, persistable.getFactoryId());
        return factory().createElement(XMLMemento.createReadRoot(new StringReader(text.toString())));
    }

    @Test
    void anImageAndATileComeBackFromTheSavedState() throws Exception {
        ImageAsset slide = demo().project().getImages().stream().filter(image -> !image.getTiles().isEmpty())
                .findFirst().orElseThrow();
        AnnotationEditorInput image = new AnnotationEditorInput(slide);
        AnnotationEditorInput tile = new AnnotationEditorInput(slide.getTiles().get(1));
        assertEquals(image, roundTrip(image));
        assertEquals(tile, roundTrip(tile));
        IEditorPart restored = page.openEditor((AnnotationEditorInput) roundTrip(tile), AnnotationEditors.EDITOR_ID);
        assertInstanceOf(AnnotationEditor.class, restored);
    }

    /**
     * At exit the advisor closes every project (preShutdown) before the workbench saves its editors: the
     * input is saved all the same, and at the next start the project is found by its folder and reopened.
     */
    @Test
    void theInputIsSavedAfterItsProjectClosedAsAtExit() throws Exception {
        Path projectFolder = folder.resolve("linked");
        ProjectStore created = TestProjects.create(projectFolder);
        String imageId = TestProjects.addImage(created, "kept", 200, 100).getId();
        created.close();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject("restore-test");
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setLocation(IPath.fromPath(projectFolder));
        project.create(description, null);
        project.open(null);
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        try {
            ImageAsset image = projects.store(project).project().getImages().get(0);
            AnnotationEditorInput input = new AnnotationEditorInput(image);
            projects.close(project);
            AnnotationEditorInput restored = assertInstanceOf(AnnotationEditorInput.class, roundTrip(input));
            assertEquals(imageId, restored.image().getId());
            assertTrue(projects.isOpen(project), "opened again through the project service");
        } finally {
            projects.close(project);
            project.delete(false, true, null);
        }
    }

    /**
     * QA: an image that lost its id (images added twice by an import) came back as "The saved state of this
     * editor is incomplete": it is found by its location instead.
     */
    @Test
    void anImageWithoutIdComesBackByItsLocation() throws Exception {
        Path projectFolder = folder.resolve("no-id");
        ProjectStore created = TestProjects.create(projectFolder);
        TestProjects.addImage(created, "other", 100, 100);
        ImageAsset added = TestProjects.addImage(created, "anonymous", 200, 100);
        TestProjects.execute(created, org.eclipse.emf.edit.command.SetCommand.create(created.editingDomain(), added,
                org.annotide.model.AnnotidePackage.Literals.IDENTIFIED__ID, null));
        created.close();
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject("restore-no-id");
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setLocation(IPath.fromPath(projectFolder));
        project.create(description, null);
        project.open(null);
        ProjectService projects = PlatformUI.getWorkbench().getService(ProjectService.class);
        try {
            ImageAsset image = projects.store(project).project().getImages().get(1);
            assertEquals(null, image.getId());
            AnnotationEditorInput restored = assertInstanceOf(AnnotationEditorInput.class,
                    roundTrip(new AnnotationEditorInput(image)));
            assertSame(image, restored.image());
        } finally {
            projects.close(project);
            project.delete(false, true, null);
        }
    }

    @Test
    void aMissingImageOrProjectGivesAMessageInsteadOfAnEditor() throws Exception {
        ProjectStore demo = demo();
        XMLMemento gone = XMLMemento.createWriteRoot("editor");
        gone.putString("folder", demo.folder().toString());
        gone.putString("project", "Demo");
        gone.putString("image", "no-such-image");
        gone.putString("name", "removed.png");
        UnavailableEditorInput removed = assertInstanceOf(UnavailableEditorInput.class, factory().createElement(gone));
        assertEquals("removed.png is no longer in the project " + demo.project().getName(), removed.reason());

        XMLMemento closed = XMLMemento.createWriteRoot("editor");
        closed.putString("folder", folder.toString());
        closed.putString("project", "Not In This Workspace");
        closed.putString("image", "any");
        closed.putString("name", "elsewhere.png");
        UnavailableEditorInput notOpen = assertInstanceOf(UnavailableEditorInput.class, factory().createElement(closed));
        assertTrue(notOpen.reason().contains(folder + " is not open"), notOpen.reason());

        int shells = PlatformUI.getWorkbench().getDisplay().getShells().length;
        IEditorPart shown = page.openEditor(removed, AnnotationEditors.EDITOR_ID);
        Spin.idle(100);
        Shell[] after = PlatformUI.getWorkbench().getDisplay().getShells();
        assertEquals(shells, after.length, "no dialog opened");
        assertNotNull(shown, "the workbench shows the reason in the editor's place");
        assertFalse(shown instanceof AnnotationEditor);
    }
}
