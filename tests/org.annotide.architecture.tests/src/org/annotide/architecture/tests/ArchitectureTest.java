package org.annotide.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.annotide.architecture.tests.BundleManifest.Clause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The architecture of docs/architecture.md, checked on every build, on two sources: the manifests of the
 * checkout ({@code bundles/*}, found through the system property {@code annotide.repository}) and the bundles
 * of the running framework (every bundle of org.annotide.feature, resolved and wired as in the product).
 * <ul>
 * <li>every Annotide bundle has a place in {@link BundleOrder#ORDER}, and every bundle folder runs here;</li>
 * <li>dependencies (Require-Bundle, and Import-Package of a package an Annotide bundle exports) point down the
 * order only;</li>
 * <li>nothing below org.annotide.ui uses SWT, JFace or the workbench;</li>
 * <li>re-exports and {@code x-friends} are the named exceptions of {@link BundleOrder} only, and no
 * {@code .internal} package is exported to everyone;</li>
 * <li>every exported API package carries a version and a package-info.java;</li>
 * <li>no API type shows an {@code .internal} type in its public signature.</li>
 * </ul>
 */
class ArchitectureTest {

    private static Path repository;
    private static List<BundleManifest> checkout;
    private static List<Bundle> running;
    private static List<BundleManifest> all;

    @BeforeAll
    static void read() throws IOException, BundleException {
        String property = System.getProperty("annotide.repository");
        assertTrue(property != null, "the system property annotide.repository (set in tests/org.annotide."
                + "architecture.tests/pom.xml) must name the checkout");
        repository = Paths.get(property);
        checkout = new ArrayList<>();
        try (Stream<Path> folders = Files.list(repository.resolve("bundles"))) {
            for (Path folder : (Iterable<Path>) folders.sorted()::iterator) {
                if (Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF"))) {
                    checkout.add(BundleManifest.read(folder));
                }
            }
        }
        assertTrue(checkout.size() >= 9, "found only " + checkout.size() + " bundles under " + repository);

        Bundle self = FrameworkUtil.getBundle(ArchitectureTest.class);
        BundleContext context = self.getBundleContext();
        if (context == null) {
            self.start(Bundle.START_TRANSIENT);
            context = self.getBundleContext();
        }
        running = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && BundleOrder.isProductBundle(name) && bundle.getHeaders("").get("Fragment-Host") == null) {
                running.add(bundle);
            }
        }
        Map<String, BundleManifest> byName = new LinkedHashMap<>();
        checkout.forEach(manifest -> byName.put(manifest.name(), manifest));
        for (Bundle bundle : running) {
            byName.putIfAbsent(bundle.getSymbolicName(),
                    BundleManifest.of(bundle.getHeaders(""), "the running bundle " + bundle.getSymbolicName()));
        }
        all = List.copyOf(byName.values());
    }

    @Test
    void everyBundleHasAPlaceInTheDeclaredOrder() {
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : all) {
            if (!manifest.fragment() && BundleOrder.level(manifest.name()) < 0) {
                violations.add(manifest.name() + " (" + manifest.origin() + ") is not in the declared bundle order:"
                        + " add it to BundleOrder.ORDER (and docs/architecture.md) at the place its dependencies"
                        + " allow");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyBundleOfTheCheckoutRunsInTheTestFramework() {
        List<String> names = running.stream().map(Bundle::getSymbolicName).toList();
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : checkout) {
            if (!manifest.fragment() && !names.contains(manifest.name())) {
                violations.add(manifest.name() + " is not installed in the architecture test's framework, so its"
                        + " signatures go unchecked: add it to features/org.annotide.feature/feature.xml");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void dependenciesPointDownTheOrder() {
        Map<String, String> exporters = new HashMap<>();
        for (BundleManifest manifest : all) {
            for (Clause export : manifest.exports()) {
                export.names().forEach(name -> exporters.putIfAbsent(name, manifest.name()));
            }
        }
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : all) {
            for (Clause required : manifest.requires()) {
                checkDownward(manifest.name(), required.name(), "Require-Bundle", violations);
            }
            for (Clause imported : manifest.imports()) {
                for (String name : imported.names()) {
                    if (exporters.containsKey(name)) {
                        checkDownward(manifest.name(), exporters.get(name), "Import-Package " + name, violations);
                    }
                }
            }
        }
        for (Bundle bundle : running) {
            for (BundleWire wire : wires(bundle)) {
                String provider = wire.getProvider().getBundle().getSymbolicName();
                checkDownward(bundle.getSymbolicName(), provider, "wired " + describe(wire), violations);
            }
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(violations)));
    }

    @Test
    void nothingBelowTheUserInterfaceUsesSwtJFaceOrTheWorkbench() {
        int ui = BundleOrder.level(BundleOrder.FIRST_UI_BUNDLE);
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : all) {
            int level = BundleOrder.level(manifest.name());
            if (level < 0 || level >= ui) {
                continue;
            }
            for (Clause required : manifest.requires()) {
                if (BundleOrder.isUi(required.name())) {
                    violations.add(manifest.name() + " requires " + required.name());
                }
            }
            for (Clause imported : manifest.imports()) {
                imported.names().stream().filter(BundleOrder::isUi)
                        .forEach(name -> violations.add(manifest.name() + " imports " + name));
            }
        }
        for (Bundle bundle : running) {
            int level = BundleOrder.level(bundle.getSymbolicName());
            if (level < 0 || level >= ui) {
                continue;
            }
            for (BundleWire wire : wires(bundle)) {
                String provider = wire.getProvider().getBundle().getSymbolicName();
                if (BundleOrder.isUi(provider)) {
                    violations.add(bundle.getSymbolicName() + " is wired to " + describe(wire));
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(violations)));
    }

    @Test
    void reExportsAndFriendsAreNamedExceptionsOnly() {
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : all) {
            for (Clause required : manifest.requires()) {
                String pair = manifest.name() + " -> " + required.name();
                if ("reexport".equals(required.directives().get("visibility")) && !BundleOrder.REEXPORTS.contains(pair)) {
                    violations.add("re-export " + pair + " is not a named exception: require what you use instead");
                }
            }
            for (Clause export : manifest.exports()) {
                String friends = export.directives().get("x-friends");
                for (String name : export.names()) {
                    if (friends != null) {
                        for (String friend : friends.split(",")) {
                            String pair = name + " -> " + friend.trim();
                            if (!BundleOrder.FRIENDS.contains(pair)) {
                                violations.add("x-friends " + pair + " (" + manifest.name() + ") is not a named"
                                        + " exception (a test fragment sees its host without one)");
                            }
                        }
                    } else if (BundleOrder.isInternal(name)) {
                        violations.add(manifest.name() + " exports " + name + " to everyone: leave internal packages"
                                + " unexported");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void exportedApiPackagesAreVersionedAndDocumented() throws IOException {
        List<String> violations = new ArrayList<>();
        for (BundleManifest manifest : checkout) {
            for (Clause export : manifest.exports()) {
                for (String name : export.names()) {
                    if (BundleOrder.isInternal(name)) {
                        continue;
                    }
                    if (!export.attributes().containsKey("version")) {
                        violations.add(manifest.name() + " exports " + name + " without a version");
                    }
                    if (name.startsWith("org.annotide.") && !documented(manifest, name)) {
                        violations.add(manifest.name() + " exports " + name + " without a package-info.java that"
                                + " says what it is for and who may use it");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noInternalTypeInAPublicSignatureOfAnApiPackage() {
        List<String> violations = new ArrayList<>();
        int inspected = 0;
        for (Bundle bundle : running) {
            BundleManifest manifest = BundleManifest.of(bundle.getHeaders(""), bundle.getSymbolicName());
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                violations.add(bundle.getSymbolicName() + " is not resolved in the test framework");
                continue;
            }
            for (Clause export : manifest.exports()) {
                for (String name : export.names()) {
                    if (BundleOrder.isInternal(name) || !name.startsWith("org.annotide.")) {
                        continue;
                    }
                    Collection<String> classes = wiring.listResources("/" + name.replace('.', '/'), "*.class",
                            BundleWiring.LISTRESOURCES_LOCAL);
                    for (String resource : classes) {
                        String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                        if (className.endsWith("package-info")) {
                            continue;
                        }
                        try {
                            Class<?> type = bundle.loadClass(className);
                            if (PublicSignatures.isVisible(type)) {
                                PublicSignatures.check(type, where -> violations.add(bundle.getSymbolicName() + ": "
                                        + where));
                                inspected++;
                            }
                        } catch (ClassNotFoundException | LinkageError e) {
                            violations.add(bundle.getSymbolicName() + ": cannot read " + className + ": " + e);
                        }
                    }
                }
            }
        }
        assertTrue(inspected > 100, "inspected only " + inspected + " API classes");
        assertEquals(List.of(), violations);
    }

    private static boolean documented(BundleManifest manifest, String packageName) throws IOException {
        for (Path source : manifest.sourceFolders()) {
            if (Files.isRegularFile(source.resolve(packageName.replace('.', '/')).resolve("package-info.java"))) {
                return true;
            }
        }
        return false;
    }

    private static void checkDownward(String from, String to, String how, List<String> violations) {
        if (from.equals(to) || !BundleOrder.isProductBundle(to)) {
            return;
        }
        int source = BundleOrder.level(from);
        int target = BundleOrder.level(to);
        if (source >= 0 && (target < 0 || target >= source)) {
            violations.add(from + " depends on " + to + " (" + how + "), which is not below it in the declared order");
        }
    }

    private static List<BundleWire> wires(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return List.of();
        }
        List<BundleWire> wires = new ArrayList<>(wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE));
        wires.addAll(wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE));
        return wires;
    }

    private static String describe(BundleWire wire) {
        Object value = wire.getCapability().getAttributes().get(wire.getCapability().getNamespace());
        return wire.getCapability().getNamespace() + " " + value + " of "
                + wire.getProvider().getBundle().getSymbolicName();
    }
}
