package org.annotide.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.AnnotidePackage;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listener of the project's command stack may add or remove listeners while it is told of a change (a view
 * that follows another project, a part that closes): the change is still acknowledged, every listener that
 * was registered when it happened hears of it, and no ConcurrentModificationException escapes.
 */
class CommandStackListenersTest {

    @TempDir
    Path temp;

    @Test
    void listenersMayChangeTheListenerListWhileTheyAreTold() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("listeners"), "listeners")) {
            CommandStack stack = store.commandStack();
            List<String> heard = new ArrayList<>();
            CommandStackListener late = event -> heard.add("late");
            CommandStackListener[] self = new CommandStackListener[1];
            self[0] = event -> {
                heard.add("once");
                stack.removeCommandStackListener(self[0]);
                stack.addCommandStackListener(late);
            };
            stack.addCommandStackListener(self[0]);
            stack.addCommandStackListener(event -> heard.add("steady"));

            stack.execute(SetCommand.create(store.editingDomain(), store.project(),
                    AnnotidePackage.Literals.NAMED__NAME, "renamed"));
            assertEquals("renamed", store.project().getName());
            assertEquals(List.of("once", "steady"), heard);

            heard.clear();
            stack.undo();
            assertEquals(List.of("steady", "late"), heard);
            stack.redo();
            assertEquals("renamed", store.project().getName());
        }
    }
}
