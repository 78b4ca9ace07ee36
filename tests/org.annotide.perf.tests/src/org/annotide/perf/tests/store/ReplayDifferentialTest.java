package org.annotide.perf.tests.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.annotide.core.store.ProjectStore;
import org.annotide.perf.internal.store.EditScript;
import org.annotide.core.store.ModelDiff;
import org.annotide.model.Project;
import org.annotide.model.provider.AnnotideItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hundreds of edits of every kind (undo, redo, deletes, moves, references left to removed objects) with
 * checkpoints and reopenings at random points; after each reopening the project must equal the same edits
 * applied to a model kept only in memory.
 */
class ReplayDifferentialTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void replayedProjectsEqualTheEditsInMemory(long seed, @org.junit.jupiter.api.io.TempDir Path temp) {
        EditScript script = new EditScript(seed);
        Project expected = EditScript.initialProject();
        AdapterFactoryEditingDomain memory = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new AnnotideItemProviderAdapterFactory()), new BasicCommandStack());
        ResourceImpl resource = new ResourceImpl(URI.createURI("memory:/expected"));
        resource.getContents().add(expected);
        memory.getResourceSet().getResources().add(resource);

        Path folder = temp.resolve("p");
        ProjectStore.create(folder, EcoreUtil.copy(expected)).close();
        ProjectStore store = ProjectStore.open(folder);
        Random random = new Random(seed);
        for (long edit = 1; edit <= 300; edit++) {
            script.apply(store.editingDomain(), store.project(), edit);
            script.apply(memory, expected, edit);
            int event = random.nextInt(40);
            if (event == 0) {
                store.checkpoint();
            } else if (event == 1 || event == 2) {
                // a crash (no checkpoint) or a clean close, then a new session without undo history
                if (event == 1) {
                    store.release();
                } else {
                    store.close();
                }
                memory.getCommandStack().flush();
                store = ProjectStore.open(folder);
                assertTrue(ModelDiff.equal(expected, store.project()), "after edit " + edit + ", seed " + seed);
            }
        }
        store.release();
        try (ProjectStore reopened = ProjectStore.open(folder)) {
            assertTrue(ModelDiff.equal(expected, reopened.project()), "at the end, seed " + seed);
        }
    }
}
