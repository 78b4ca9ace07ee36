package org.annotide.perf.internal.store;

import java.nio.file.Path;
import java.util.Random;

import org.annotide.core.store.ProjectStore;
import org.annotide.model.Project;

/**
 * The victim of the crash harness, run in its own JVM: opens the project, then applies the edit script
 * for ever, printing {@code ACK n} after edit n has returned (that is, once it is durable), and now and
 * then writes a checkpoint, until it is killed.
 *
 * <p>Arguments: project folder, script seed, run number.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        EditScript script = new EditScript(Long.parseLong(args[1]));
        Random random = new Random(Long.parseLong(args[2]));
        ProjectStore store = ProjectStore.open(folder);
        Project project = store.project();
        System.out.println("READY " + EditScript.editCount(project));
        System.out.flush();
        for (long next = EditScript.editCount(project) + 1;; next++) {
            script.apply(store.editingDomain(), project, next);
            System.out.println("ACK " + next);
            System.out.flush();
            if (random.nextInt(40) == 0) {
                store.checkpoint();
                System.out.println("CHECKPOINT " + next);
                System.out.flush();
            }
        }
    }
}
