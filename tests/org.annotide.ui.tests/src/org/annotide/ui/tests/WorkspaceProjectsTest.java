package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annotide.ui.internal.handlers.NewProjectHandler;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding project folders to the workspace and naming new projects. */
class WorkspaceProjectsTest {

    @TempDir
    Path temp;

    @Test
    void aFolderAlreadyInTheWorkspaceIsNamedAsSuchHoweverItsPathIsSpelled() throws Exception {
        Path folder = TestProjects.write(temp.resolve("twice"), "u10 twice", 0);
        IProject project = TestProjects.link(folder);
        try {
            CoreException again = assertThrows(CoreException.class, () -> TestProjects.link(folder));
            assertTrue(again.getMessage().contains("already in the workspace as the project 'u10 twice'"),
                    again.getMessage());
            Files.createDirectories(temp.resolve("elsewhere"));
            CoreException spelled = assertThrows(CoreException.class,
                    () -> TestProjects.link(temp.resolve("elsewhere/../twice")));
            assertTrue(spelled.getMessage().contains("already in the workspace"), spelled.getMessage());
        } finally {
            TestProjects.remove(project);
        }
    }

    @Test
    void aNewProjectNameIsCheckedWithoutTheSpacesAroundIt() throws IOException {
        Files.createDirectories(temp.resolve("taken"));
        assertTrue(String.valueOf(NewProjectHandler.validate(temp, "  taken ")).contains("already a project or folder"));
        assertTrue(String.valueOf(NewProjectHandler.validate(temp, "   ")).contains("Give the project a name"));
        assertTrue(String.valueOf(NewProjectHandler.validate(temp, " a/b ")).contains("cannot contain"));
        assertNull(NewProjectHandler.validate(temp, "  fresh name "));
    }
}
