package org.annotide.perf.internal.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.annotide.core.store.ModelDiff;
import org.annotide.core.store.ProjectStore;
import org.annotide.core.store.StoreException;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.Project;
import org.annotide.model.provider.AnnotideItemProviderAdapterFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Kills a JVM that edits a project (SIGKILL, at random moments) over and over, and after each kill checks
 * that the project opens and holds every acknowledged edit and nothing else but, at most, the one edit in
 * flight. The expected state is recomputed from the deterministic {@link EditScript}.
 */
public final class CrashHarness {

    /** What the kills did to the project. */
    public record Result(int kills, long lostEdits, int unopenable, long acknowledgedEdits, List<String> problems) {
    }

    private final Path folder;
    private final long seed;
    /** How long the child may take to start and make its first edit before it is killed anyway. */
    private static final long STARTUP_LIMIT_S = 60;

    private final Random random;
    private final EditScript script;
    private Project expected;
    private final AdapterFactoryEditingDomain simulation;

    public CrashHarness(Path folder, long seed) {
        this.folder = folder;
        this.seed = seed;
        this.random = new Random(seed);
        this.script = new EditScript(seed);
        this.expected = EditScript.initialProject();
        this.simulation = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                new AnnotideItemProviderAdapterFactory()), new BasicCommandStack());
        org.eclipse.emf.ecore.resource.Resource resource = new org.eclipse.emf.ecore.resource.impl.ResourceImpl(
                org.eclipse.emf.common.util.URI.createURI("memory:/expected"));
        resource.getContents().add(expected);
        simulation.getResourceSet().getResources().add(resource);
    }

    public Result run(int kills, IProgressMonitor monitor) throws IOException, InterruptedException {
        ProjectStore.create(folder, EcoreUtil.copy(expected)).close();
        List<String> problems = new ArrayList<>();
        long acknowledged = 0;
        long lost = 0;
        int unopenable = 0;
        monitor.beginTask("Killing an editing process " + kills + " times", kills);
        for (int kill = 1; kill <= kills && !monitor.isCanceled(); kill++) {
            acknowledged = Math.max(acknowledged, killOnce(kill));
            ProjectStore store;
            try {
                store = ProjectStore.open(folder);
            } catch (StoreException e) {
                unopenable++;
                problems.add("kill " + kill + ": the project did not open: " + e.getMessage());
                break;
            }
            try {
                long present = EditScript.editCount(store.project());
                if (present < acknowledged) {
                    lost += acknowledged - present;
                    problems.add("kill " + kill + ": " + (acknowledged - present) + " acknowledged edit(s) missing");
                } else if (present > acknowledged + 1) {
                    problems.add("kill " + kill + ": edit " + present + " exists but only " + acknowledged
                            + " were made");
                }
                if (!matchesSimulation(store.project(), present)) {
                    lost++;
                    problems.add("kill " + kill + ": the project after edit " + present
                            + " differs from every state the edits pass through");
                    resetSimulation(store.project());
                }
                acknowledged = Math.max(acknowledged, present);
            } finally {
                store.release();
            }
            monitor.worked(1);
        }
        monitor.done();
        return new Result(kills, lost, unopenable, acknowledged, problems);
    }

    /**
     * Brings the simulation to the reopened project's edit count, then looks for the project's state among
     * the states edit count + 1 passes through (a kill may land between its steps). The simulation stays at
     * the matching state, because the next run goes on from there.
     */
    private boolean matchesSimulation(Project reopened, long present) {
        for (long next = EditScript.editCount(expected) + 1; next <= present; next++) {
            script.apply(simulation, expected, next);
        }
        if (ModelDiff.equal(expected, reopened)) {
            return true;
        }
        for (Runnable step : script.steps(simulation, expected, present + 1)) {
            step.run();
            if (ModelDiff.equal(expected, reopened)) {
                return true;
            }
        }
        return false;
    }

    /** After a mismatch (already reported), goes on from what the project holds. */
    private void resetSimulation(Project reopened) {
        Project copy = EcoreUtil.copy(reopened);
        org.eclipse.emf.ecore.resource.Resource resource = expected.eResource();
        resource.getContents().set(0, copy);
        expected = copy;
        simulation.getCommandStack().flush();
    }

    /** Starts the editing JVM, kills it at a random moment, and returns the last edit it acknowledged. */
    private long killOnce(int run) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(childClasspath());
        command.add(CrashChild.class.getName());
        command.add(folder.toString());
        command.add(Long.toString(seed));
        command.add(Long.toString(seed * 31 + run));
        Path errors = folder.resolveSibling(folder.getFileName() + "-child.err");
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        AtomicLong lastAck = new AtomicLong(-1);
        CountDownLatch editing = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(child, lastAck, editing), "crash-child-output");
        reader.start();
        // Kill during start-up and recovery sometimes, mostly while it edits. The editing kills count from
        // the first acknowledgement, so that a slow start on a busy machine does not turn them into
        // start-up kills.
        boolean duringStartUp = random.nextInt(10) == 0;
        long delay = duringStartUp ? random.nextInt(400) : random.nextInt(900);
        if (!duringStartUp) {
            editing.await(STARTUP_LIMIT_S, TimeUnit.SECONDS); // an early exit also ends the wait, reported below
        }
        if (child.waitFor(delay, TimeUnit.MILLISECONDS)) {
            reader.join();
            List<String> lines = Files.exists(errors) ? Files.readAllLines(errors) : List.of();
            throw new IOException("the editing process exited by itself (exit " + child.exitValue() + "): "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
        // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe and
        // drop acknowledgements not yet read.
        child.toHandle().destroyForcibly();
        child.waitFor();
        reader.join();
        return lastAck.get();
    }

    private static void readAcks(Process child, AtomicLong lastAck, CountDownLatch editing) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ACK ")) {
                    lastAck.set(Long.parseLong(line.substring(4).trim()));
                    editing.countDown();
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process died mid-line: what was read counts
        } finally {
            editing.countDown();
        }
    }

    /**
     * The class path of the child: the jars (or class folders) of the bundles the store needs. Works in
     * OSGi (bundle files) and outside it (plain class path).
     */
    static String childClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {CrashHarness.class, ProjectStore.class, Project.class, AnnotidePackage.class,
                AnnotideItemProviderAdapterFactory.class, EObject.class, Notifier.class,
                AdapterFactoryEditingDomain.class, IProgressMonitor.class, org.locationtech.jts.geom.Geometry.class}) {
            entries.add(location(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the classes of " + type.getName());
        }
        Path path;
        try {
            path = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            path = Path.of(source.getLocation().getPath());
        }
        // A bundle in a development workspace is a folder whose classes sit in target/classes.
        Path classes = path.resolve("target/classes");
        if (Files.isDirectory(path) && Files.isDirectory(classes)) {
            return classes.toString();
        }
        return path.toString();
    }
}
