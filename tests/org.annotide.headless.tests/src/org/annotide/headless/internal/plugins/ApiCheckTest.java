package org.annotide.headless.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.junit.jupiter.api.Test;

/**
 * The API check the workbench's Install New Software gets through the running agent's planner
 * ({@link ApiCheckingPlanner}), on p2 metadata as p2's publisher writes it for bundles and features: a plug-in whose
 * feature is asked for and whose bundle imports an Annotide package in a version range the product does not have
 * is named with both versions; one that fits, or whose need is met by the site, is not.
 */
class ApiCheckTest {

    private static IInstallableUnit unit(String id, String version, List<IProvidedCapability> provides,
            List<IRequirement> requires) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id);
        d.setVersion(Version.create(version));
        d.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id,
                Version.create(version))));
        d.addProvidedCapabilities(provides);
        d.setRequirements(requires.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(d);
    }

    private static IProvidedCapability exports(String name, String version) {
        return MetadataFactory.createProvidedCapability("java.package", name, Version.create(version));
    }

    private static IRequirement imports(String name, String range) {
        return MetadataFactory.createRequirement("java.package", name, new VersionRange(range), null, false, false, true);
    }

    private static IRequirement unitNamed(String id, String version) {
        return MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, id,
                new VersionRange("[" + version + "," + version + "]"), null, false, false, true);
    }

    /** The product: Annotide's formats and ml bundles, exporting their API packages at 0.1.0. */
    private static final CollectionResult<IInstallableUnit> PRODUCT = new CollectionResult<>(List.of(
            unit("org.annotide.formats", "0.1.0.v1", List.of(exports("org.annotide.formats", "0.1.0")), List.of()),
            unit("org.annotide.ml", "0.1.0.v1", List.of(exports("org.annotide.ml", "0.1.0")), List.of())));

    private static CollectionResult<IInstallableUnit> site(String formatsRange, IRequirement... more) {
        List<IRequirement> requires = new java.util.ArrayList<>(List.of(imports("org.annotide.formats", formatsRange),
                imports("org.annotide.ml", "[0.1.0,0.2.0)")));
        requires.addAll(List.of(more));
        IInstallableUnit bundle = unit("com.example.annotide.acme", "1.0.0.v2", List.of(), requires);
        IInstallableUnit feature = unit("com.example.annotide.acme.feature.group", "1.0.0.v2", List.of(),
                List.of(unitNamed("com.example.annotide.acme", "1.0.0.v2")));
        return new CollectionResult<>(List.of(feature, bundle));
    }

    private static IInstallableUnit feature(CollectionResult<IInstallableUnit> site) {
        return site.toUnmodifiableSet().stream().filter(u -> u.getId().endsWith(".feature.group")).findFirst().orElseThrow();
    }

    @Test
    void aPlugInForAnotherApiVersionIsNamedWithBothVersions() {
        CollectionResult<IInstallableUnit> site = site("[0.2.0,0.3.0)");
        List<String> problems = ApiCheck.unmet(List.of(feature(site)), site, PRODUCT);
        assertEquals(List.of("com.example.annotide.acme 1.0.0.v2 needs package org.annotide.formats [0.2.0,0.3.0),"
                + " this Annotide has 0.1.0"), problems);
    }

    @Test
    void aPackageTheProductDoesNotHaveAtAllIsSaidSo() {
        CollectionResult<IInstallableUnit> site = site("[0.1.0,0.2.0)", imports("org.annotide.rockets", "[1.0.0,2.0.0)"));
        assertEquals(List.of("com.example.annotide.acme 1.0.0.v2 needs package org.annotide.rockets [1.0.0,2.0.0),"
                + " which this Annotide does not have"), ApiCheck.unmet(List.of(feature(site)), site, PRODUCT));
    }

    @Test
    void aPlugInThatFitsOrWhoseNeedTheSiteMeetsHasNoProblem() {
        CollectionResult<IInstallableUnit> fits = site("[0.1.0,0.2.0)");
        assertEquals(List.of(), ApiCheck.unmet(List.of(feature(fits)), fits, PRODUCT));
        // the site also brings a bundle exporting the newer package: p2 can plan it, nothing to name
        CollectionResult<IInstallableUnit> bringsIt = new CollectionResult<>(java.util.stream.Stream.concat(
                site("[0.2.0,0.3.0)").toUnmodifiableSet().stream(), java.util.stream.Stream.of(unit("org.annotide.formats",
                        "0.2.0.v1", List.of(exports("org.annotide.formats", "0.2.0")), List.of()))).toList());
        assertEquals(List.of(), ApiCheck.unmet(List.of(feature(bringsIt)), bringsIt, PRODUCT));
    }

    @Test
    void theRefusalPutsTheLinesFirstAndKeepsP2sExplanation() {
        IStatus p2 = new Status(IStatus.ERROR, "org.eclipse.equinox.p2.director", "Cannot complete the install");
        IStatus refusal = ApiCheckingPlanner.refusal(List.of("a needs package b [0.2.0,0.3.0), this Annotide has 0.1.0"), p2);
        assertEquals(IStatus.ERROR, refusal.getSeverity());
        assertTrue(refusal.getMessage().contains("this Annotide has 0.1.0"), refusal.getMessage());
        assertEquals("a needs package b [0.2.0,0.3.0), this Annotide has 0.1.0", refusal.getChildren()[0].getMessage());
        assertSame(p2, refusal.getChildren()[1]);
    }

    /**
     * The component that the workbench relies on: on a real p2 agent, the planner every p2 operation asks for (the
     * Install New Software wizard's too) is Annotide's, in front of p2's own, and p2's comes back when it goes.
     */
    @Test
    void theGuardPutsTheCheckingPlannerInFrontOfTheAgentsPlanner(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(PlannerGuard.class)
                .getBundleContext();
        var reference = context.getServiceReference(org.eclipse.equinox.p2.core.IProvisioningAgentProvider.class);
        org.junit.jupiter.api.Assertions.assertNotNull(reference, "p2 is not running in the test runtime");
        org.eclipse.equinox.p2.core.IProvisioningAgent agent = context.getService(reference).createAgent(temp.toUri());
        try {
            org.eclipse.equinox.p2.planner.IPlanner p2Planner = agent.getService(org.eclipse.equinox.p2.planner.IPlanner.class);
            org.junit.jupiter.api.Assertions.assertNotNull(p2Planner);
            PlannerGuard guard = new PlannerGuard();
            guard.setAgent(agent);
            guard.activate();
            var planner = agent.getService(org.eclipse.equinox.p2.planner.IPlanner.class);
            assertTrue(planner instanceof ApiCheckingPlanner, String.valueOf(planner));
            assertSame(p2Planner, ((ApiCheckingPlanner) planner).delegate());
            guard.activate(); // a second activation does not stack a second check
            assertSame(p2Planner, ((ApiCheckingPlanner) agent.getService(org.eclipse.equinox.p2.planner.IPlanner.class))
                    .delegate());
            guard.deactivate();
            assertSame(p2Planner, agent.getService(org.eclipse.equinox.p2.planner.IPlanner.class));
        } finally {
            agent.stop();
            context.ungetService(reference);
        }
    }
}
