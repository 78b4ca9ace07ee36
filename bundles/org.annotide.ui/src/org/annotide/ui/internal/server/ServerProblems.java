package org.annotide.ui.internal.server;

import java.util.ArrayList;
import java.util.List;

import org.annotide.client.SyncListener;
import org.annotide.ui.Problems;
import org.eclipse.core.resources.IProject;

/**
 * Shows what the sync engine of a server project says in the Problems view, on the project: a warning while the
 * server is unreachable (gone once it is back), and one per conflict (both versions are in the project; the message
 * says which is which).
 */
public final class ServerProblems implements SyncListener {

    /** The Problems source of what concerns a server project (also the read-only note of an unconnected mirror). */
    public static final String SOURCE = "server";

    private final IProject project;
    private final String location;
    private String unreachable;
    private final List<String> conflicts = new ArrayList<>();

    ServerProblems(IProject project, String location) {
        this.project = project;
        this.location = location;
    }

    @Override
    public synchronized void reachability(boolean reachable, String message) {
        unreachable = reachable ? null : message;
        report();
    }

    @Override
    public synchronized void conflict(String message) {
        conflicts.add(message);
        report();
    }

    private void report() {
        List<Problems.Problem> problems = new ArrayList<>();
        if (unreachable != null) {
            problems.add(Problems.Problem.warning(location, unreachable));
        }
        conflicts.forEach(c -> problems.add(Problems.Problem.warning(location, c)));
        Problems.report(project, SOURCE, problems);
    }
}
