package org.annotide.headless.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A product's plug-ins as p2 manages them: installs, updates, uninstalls and roll-backs are change requests to the
 * product's own p2 profile ({@code eclipse.p2.profile} in {@code configuration/config.ini}, data in {@code p2/}),
 * planned by p2's planner and carried out by p2's engine, which writes {@code bundles.info} through its Eclipse
 * touchpoint and undoes every phase when one fails. Annotide adds two things: the API check before planning
 * ({@link Product#check}, which names the version a plug-in needs and the version the product has), and the
 * command line's own bundle list ({@code configuration/cli-bundles.info}) kept in step with {@code bundles.info}.
 * A plug-in installed this way is a root of the profile marked with {@link #SOURCE}, the repository it came from.
 */
final class P2Product {

    /** The profile property of a root installed by {@code plugins install}: the repository it came from. */
    static final String SOURCE = "org.annotide.plugins.source";

    private static final String ROOT = "org.eclipse.equinox.p2.type.root";
    private static final String GROUP_SUFFIX = ".feature.group";
    private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

    /** A plug-in (a feature or a bundle) installed by {@code plugins install}. */
    record Installed(String id, String version, String name, String source) {
    }

    private final Product product;
    private final Path folder;
    private final String profileId;
    private final IProvisioningAgent agent;
    private final IProfileRegistry registry;
    private final IPlanner planner;
    private final IEngine engine;

    P2Product(Path folder) throws IOException {
        this.product = new Product(folder);
        this.folder = folder.toAbsolutePath().normalize();
        Path config = this.folder.resolve("configuration/config.ini");
        Properties properties = new Properties();
        if (Files.isRegularFile(config)) {
            try (InputStream in = Files.newInputStream(config)) {
                properties.load(in);
            }
        }
        this.profileId = properties.getProperty("eclipse.p2.profile");
        Path data = this.folder.resolve("p2");
        if (profileId == null || !Files.isDirectory(data.resolve("org.eclipse.equinox.p2.engine/profileRegistry"))) {
            throw new IOException(folder + " has no p2 profile (eclipse.p2.profile in configuration/config.ini and p2/)");
        }
        BundleContext context = FrameworkUtil.getBundle(P2Product.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new IOException("p2 is not running (no IProvisioningAgentProvider service)");
        }
        IProvisioningAgentProvider provider = context.getService(reference);
        try {
            agent = provider.createAgent(data.toUri());
        } catch (ProvisionException e) {
            throw new IOException("cannot open the p2 data of " + folder + ": " + e.getMessage(), e);
        } finally {
            context.ungetService(reference);
        }
        registry = agent.getService(IProfileRegistry.class);
        planner = new ApiCheckingPlanner(agent.getService(IPlanner.class));
        engine = agent.getService(IEngine.class);
        // asked once so that it listens: it removes the artifacts no profile state needs after each commit
        agent.getService(GARBAGE_COLLECTOR);
        if (registry.getProfile(profileId) == null) {
            agent.stop();
            throw new IOException(folder + " has no p2 profile " + profileId);
        }
    }

    void close() {
        agent.stop();
    }

    private IProfile profile() {
        return registry.getProfile(profileId);
    }

    List<Installed> installed() {
        IProfile profile = profile();
        List<Installed> installed = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()) {
            String source = profile.getInstallableUnitProperty(unit, SOURCE);
            if (source != null) {
                installed.add(new Installed(shortId(unit.getId()), unit.getVersion().toString(), name(unit), source));
            }
        }
        installed.sort(Comparator.comparing(Installed::id));
        return installed;
    }

    /**
     * Installs features or bundles of a p2 repository (all its features, or all its bundles when it has none, when
     * {@code ids} is empty). API check first; then one plan for all of them: every one is installed, or none.
     */
    List<Installed> install(Path site, List<String> ids, IProgressMonitor monitor) throws IOException {
        URI location = repository(site);
        IMetadataRepository repository = load(location, monitor);
        followRoaming(monitor);
        List<IInstallableUnit> roots = new ArrayList<>();
        if (ids.isEmpty()) {
            roots.addAll(repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).toUnmodifiableSet());
            roots.removeIf(unit -> unit.getId().endsWith(".source" + GROUP_SUFFIX));
            if (roots.isEmpty()) {
                roots.addAll(repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUAnyQuery()), monitor)
                        .toUnmodifiableSet().stream().filter(P2Product::isBundle).toList());
            }
        } else {
            for (String id : ids) {
                roots.add(latest(repository, id, monitor));
            }
        }
        if (roots.isEmpty()) {
            throw new IOException(site + " offers nothing to install");
        }
        product.check(site, pluginIds(roots, repository, monitor));
        IProfile profile = profile();
        IProfileChangeRequest request = request(profile);
        for (IInstallableUnit root : roots) {
            for (IInstallableUnit old : profile.query(QueryUtil.createIUQuery(root.getId()), monitor).toUnmodifiableSet()) {
                if (profile.getInstallableUnitProperty(old, SOURCE) == null) {
                    throw new IOException(shortId(root.getId()) + " is part of the product itself; a plug-in cannot replace it");
                }
                request.remove(old);
            }
            add(request, root, location);
        }
        perform(request, location, monitor);
        return roots.stream().map(unit -> new Installed(shortId(unit.getId()), unit.getVersion().toString(), name(unit),
                location.toString())).toList();
    }

    /** Replaces every installed plug-in by the newest version its repository has now; API check first. */
    List<Installed> update(IProgressMonitor monitor, List<String> problems) throws IOException {
        followRoaming(monitor);
        IProfile profile = profile();
        Map<URI, List<IInstallableUnit>> bySource = new LinkedHashMap<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet()) {
            String source = profile.getInstallableUnitProperty(unit, SOURCE);
            if (source != null) {
                bySource.computeIfAbsent(URI.create(source), key -> new ArrayList<>()).add(unit);
            }
        }
        IProfileChangeRequest request = request(profile);
        List<URI> sources = new ArrayList<>();
        List<Installed> updated = new ArrayList<>();
        for (Map.Entry<URI, List<IInstallableUnit>> entry : bySource.entrySet()) {
            IMetadataRepository repository;
            try {
                repository = load(entry.getKey(), monitor);
            } catch (IOException e) {
                problems.add(e.getMessage() + "; " + String.join(", ", entry.getValue().stream()
                        .map(unit -> shortId(unit.getId())).toList()) + " stay as they are");
                continue;
            }
            List<IInstallableUnit> newer = new ArrayList<>();
            for (IInstallableUnit old : entry.getValue()) {
                IQueryResult<IInstallableUnit> found = repository.query(
                        QueryUtil.createLatestQuery(QueryUtil.createIUQuery(old.getId())), monitor);
                for (IInstallableUnit candidate : found.toUnmodifiableSet()) {
                    if (candidate.getVersion().compareTo(old.getVersion()) > 0) {
                        newer.add(candidate);
                        request.remove(old);
                        add(request, candidate, entry.getKey());
                    }
                }
            }
            if (!newer.isEmpty()) {
                product.check(Path.of(entry.getKey()), pluginIds(newer, repository, monitor));
                sources.add(entry.getKey());
                newer.forEach(unit -> updated.add(new Installed(shortId(unit.getId()), unit.getVersion().toString(),
                        name(unit), entry.getKey().toString())));
            }
        }
        if (!updated.isEmpty()) {
            perform(request, sources.toArray(URI[]::new), monitor);
        }
        return updated;
    }

    Installed uninstall(String id, IProgressMonitor monitor) throws IOException {
        followRoaming(monitor);
        IProfile profile = profile();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet()) {
            String source = profile.getInstallableUnitProperty(unit, SOURCE);
            if (source != null && (unit.getId().equals(id) || unit.getId().equals(id + GROUP_SUFFIX))) {
                IProfileChangeRequest request = request(profile);
                request.remove(unit);
                perform(request, new URI[0], monitor);
                return new Installed(shortId(unit.getId()), unit.getVersion().toString(), name(unit), source);
            }
        }
        List<String> installed = installed().stream().map(Installed::id).toList();
        throw new IOException(id + " is not a plug-in installed with 'plugins install'"
                + (installed.isEmpty() ? " (none is installed)" : " (installed: " + String.join(", ", installed) + ")")
                + "; the product's own bundles cannot be uninstalled");
    }

    /**
     * Puts the product back to the profile state before the last change (p2 keeps every state of the profile):
     * what that change installed goes, what it removed or replaced comes back.
     */
    String rollBack(IProgressMonitor monitor) throws IOException {
        IProfile current = profile();
        long[] timestamps = registry.listProfileTimestamps(profileId);
        Arrays.sort(timestamps);
        long previous = -1;
        for (long timestamp : timestamps) {
            // states of the profile elsewhere (before a roaming profile followed its product here) are not targets
            IProfile state = registry.getProfile(profileId, timestamp);
            if (timestamp < current.getTimestamp() && state != null
                    && folder.toString().equals(state.getProperty(IProfile.PROP_INSTALL_FOLDER))) {
                previous = timestamp;
            }
        }
        if (previous < 0) {
            throw new IOException("there is no earlier state of the product to go back to");
        }
        IProfile target = registry.getProfile(profileId, previous);
        IProvisioningPlan plan = planner.getDiffPlan(current, target, monitor);
        Set<URI> sources = new LinkedHashSet<>();
        for (IInstallableUnit unit : target.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet()) {
            String source = target.getInstallableUnitProperty(unit, SOURCE);
            if (source != null) {
                sources.add(URI.create(source));
            }
        }
        run(plan, sources.toArray(URI[]::new), monitor);
        return new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new java.util.Date(previous));
    }

    // --- planning and running

    private IProfileChangeRequest request(IProfile profile) {
        return planner.createChangeRequest(profile);
    }

    /**
     * A roaming profile (as the product build writes it) follows the product folder wherever it was copied or
     * unpacked: its install folder and bundle pool are moved to this folder in a change of their own before any
     * other, since p2 collects artifacts into the pool the profile names when the plan starts.
     */
    private void followRoaming(IProgressMonitor monitor) throws IOException {
        IProfile profile = profile();
        if (!Boolean.parseBoolean(profile.getProperty("org.eclipse.equinox.p2.roaming"))
                || (folder.toString().equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))
                        && folder.toString().equals(profile.getProperty(IProfile.PROP_CACHE)))) {
            return;
        }
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, folder.toString());
        request.setProfileProperty(IProfile.PROP_CACHE, folder.toString());
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context(new URI[0]), monitor);
        if (plan == null || !plan.getStatus().isOK() && plan.getStatus().getSeverity() == IStatus.ERROR) {
            throw new IOException("cannot move the p2 profile to " + folder
                    + (plan == null ? "" : ": " + String.join("; ", messages(plan.getStatus()))));
        }
        IStatus status = engine.perform(plan, monitor);
        if (status.getSeverity() == IStatus.ERROR) {
            throw new IOException("cannot move the p2 profile to " + folder + ": " + String.join("; ", messages(status)));
        }
    }

    private static void add(IProfileChangeRequest request, IInstallableUnit unit, URI source) {
        request.add(unit);
        request.setInstallableUnitProfileProperty(unit, ROOT, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(unit, SOURCE, source.toString());
        request.setInstallableUnitInclusionRules(unit, ProfileInclusionRules.createStrictInclusionRule(unit));
    }

    private void perform(IProfileChangeRequest request, URI location, IProgressMonitor monitor) throws IOException {
        perform(request, new URI[] { location }, monitor);
    }

    private void perform(IProfileChangeRequest request, URI[] locations, IProgressMonitor monitor) throws IOException {
        ProvisioningContext context = context(locations);
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
        if (plan == null || plan.getStatus().getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() == IStatus.ERROR) {
            throw new IOException("nothing was changed: p2 cannot plan it:\n  " + String.join("\n  ", messages(plan.getStatus())));
        }
        run(plan, locations, monitor);
    }

    private ProvisioningContext context(URI[] locations) {
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(locations);
        context.setArtifactRepositories(locations);
        context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
        return context;
    }

    /** Runs a plan; p2's engine undoes every phase when one fails. Then the command line's list follows. */
    private void run(IProvisioningPlan plan, URI[] locations, IProgressMonitor monitor) throws IOException {
        List<String> before = product.bundlesInfo();
        IStatus status = engine.perform(plan, monitor);
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new IOException("nothing was changed: p2 failed and undid its steps:\n  " + String.join("\n  ", messages(status)));
        }
        product.followBundlesInfo(before);
    }

    private static List<String> messages(IStatus status) {
        List<String> messages = new ArrayList<>();
        collect(status, messages, 0);
        return messages;
    }

    private static void collect(IStatus status, List<String> messages, int depth) {
        if (status.getMessage() != null && !status.getMessage().isBlank() && !messages.contains(status.getMessage())
                && status.getSeverity() != IStatus.OK) {
            messages.add("  ".repeat(depth) + status.getMessage());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, messages, depth + 1);
        }
    }

    // --- repositories and units

    private static URI repository(Path site) throws IOException {
        Path folder = site.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(site.toString(), null, "no such folder");
        }
        boolean p2 = Stream.of("content.xml", "content.jar", "content.xml.xz", "compositeContent.xml", "compositeContent.jar")
                .anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
        if (!p2) {
            throw new IOException(site + " is not a p2 repository (no content.jar or content.xml): build the plug-in's "
                    + "update site (an eclipse-repository module) and install from its target/repository");
        }
        return folder.toUri();
    }

    private IMetadataRepository load(URI location, IProgressMonitor monitor) throws IOException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        try {
            IMetadataRepository repository = metadata.loadRepository(location, monitor);
            artifacts.loadRepository(location, monitor);
            return repository;
        } catch (ProvisionException e) {
            throw new IOException("cannot read the p2 repository " + location + ": " + e.getMessage(), e);
        }
    }

    private static IInstallableUnit latest(IMetadataRepository repository, String id, IProgressMonitor monitor) throws IOException {
        for (String candidate : List.of(id + GROUP_SUFFIX, id)) {
            Set<IInstallableUnit> found = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(candidate)),
                    monitor).toUnmodifiableSet();
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
        }
        throw new IOException(repository.getLocation() + " has no plug-in or feature '" + id + "'");
    }

    /** The bundles the roots bring: a bundle itself, or the bundles a feature group requires from the repository. */
    private static List<String> pluginIds(List<IInstallableUnit> roots, IMetadataRepository repository, IProgressMonitor monitor) {
        Set<String> ids = new LinkedHashSet<>();
        for (IInstallableUnit root : roots) {
            if (isBundle(root)) {
                ids.add(root.getId());
                continue;
            }
            for (IInstallableUnit unit : repository.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet()) {
                if (isBundle(unit) && root.getRequirements().stream().anyMatch(requirement -> unit.satisfies(requirement))) {
                    ids.add(unit.getId());
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private static boolean isBundle(IInstallableUnit unit) {
        return unit.getArtifacts().stream().anyMatch(key -> "osgi.bundle".equals(key.getClassifier()));
    }

    private static String shortId(String id) {
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.startsWith("%") ? shortId(unit.getId()) : name;
    }

    static IProgressMonitor none() {
        return new NullProgressMonitor();
    }

}
