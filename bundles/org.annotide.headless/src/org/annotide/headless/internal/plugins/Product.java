package org.annotide.headless.internal.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.headless.internal.plugins.Manifests.BundleJar;
import org.annotide.headless.internal.plugins.Manifests.Clause;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * What Annotide adds to p2 around a product folder: the API check of a plug-in's manifests against the bundles the
 * product lists in {@code bundles.info} (so that a refusal names both versions), and the command line's own list,
 * {@code configuration/cli-bundles.info}, kept in step with {@code bundles.info} after p2 changed it.
 */
final class Product {

    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final String CLI_BUNDLES_INFO = "configuration/cli-bundles.info";

    private final Path folder;

    Product(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(this.folder.resolve(BUNDLES_INFO))) {
            throw new IOException(folder + " is not an Annotide product folder (no " + BUNDLES_INFO + ")");
        }
    }

    /**
     * The API check: the bundles of a site with these symbolic names (the newest version of each) against what the
     * product's bundles export and are, together with the other bundles being installed. Throws, naming for every
     * unmet import the range the plug-in needs and the versions the product has.
     */
    void check(Path site, List<String> symbolicNames) throws IOException {
        List<BundleJar> jars = siteBundles(site).stream().filter(jar -> symbolicNames.contains(jar.symbolicName())).toList();
        List<String> info = bundlesInfo();
        Offer offer = new Offer();
        for (String line : info) {
            String[] fields = line.split(",");
            if (fields.length < 3 || line.startsWith("#")
                    || jars.stream().anyMatch(jar -> jar.symbolicName().equals(fields[0]))) {
                continue;
            }
            Path file = folder.resolve(fields[2]);
            if (Files.isRegularFile(file)) {
                BundleJar jar = Manifests.read(file);
                if (jar != null) {
                    offer.add(jar);
                }
            } else if (Files.isDirectory(file)) {
                offer.addBundle(fields[0], fields[1]);
            }
        }
        jars.forEach(offer::add);
        List<String> problems = new ArrayList<>();
        for (BundleJar jar : jars) {
            problems.addAll(offer.unmet(jar));
        }
        if (!problems.isEmpty()) {
            throw new IOException("nothing was installed:\n  " + String.join("\n  ", problems));
        }
    }

    /** The bundle jars of a site (its plugins/ folder), the newest version of each symbolic name. */
    private static List<BundleJar> siteBundles(Path site) throws IOException {
        if (!Files.isDirectory(site)) {
            throw new NoSuchFileException(site.toString(), null, "no such folder");
        }
        Map<String, BundleJar> newest = new LinkedHashMap<>();
        collect(site, newest, 0);
        return new ArrayList<>(newest.values());
    }

    /** The jars of a simple repository's plugins/ folder, and those of a composite repository's local children. */
    private static void collect(Path site, Map<String, BundleJar> newest, int depth) throws IOException {
        Path composite = site.resolve("compositeArtifacts.xml");
        if (Files.isRegularFile(composite) && depth < 8) {
            Matcher child = CHILD.matcher(Files.readString(composite, StandardCharsets.UTF_8));
            while (child.find()) {
                String location = child.group(2);
                Path folder = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : site.resolve(location);
                if (Files.isDirectory(folder)) {
                    collect(folder.normalize(), newest, depth + 1);
                }
            }
        }
        Path plugins = site.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            return;
        }
        try (Stream<Path> jars = PluginsVerb.jars(plugins)) {
            for (Path file : jars.toList()) {
                BundleJar jar = Manifests.read(file);
                if (jar == null) {
                    continue;
                }
                BundleJar other = newest.get(jar.symbolicName());
                if (other == null || Version.parseVersion(jar.version()).compareTo(Version.parseVersion(other.version())) > 0) {
                    newest.put(jar.symbolicName(), jar);
                }
            }
        }
    }

    private static final Pattern CHILD = Pattern.compile("<child\\s+location=(['\"])([^'\"]+)\\1");

    List<String> bundlesInfo() throws IOException {
        return new ArrayList<>(Files.readAllLines(folder.resolve(BUNDLES_INFO), StandardCharsets.UTF_8));
    }

    /**
     * Brings the command line's bundle list in step after p2 changed {@code bundles.info}: the lines p2 removed go,
     * the lines it added come (a plug-in's bundles start in the command line too).
     */
    void followBundlesInfo(List<String> before) throws IOException {
        Path cli = folder.resolve(CLI_BUNDLES_INFO);
        if (!Files.exists(cli)) {
            return;
        }
        List<String> after = bundlesInfo();
        Set<String> removed = new HashSet<>(before);
        removed.removeAll(after);
        List<String> lines = new ArrayList<>(Files.readAllLines(cli, StandardCharsets.UTF_8));
        lines.removeIf(removed::contains);
        for (String line : after) {
            if (!before.contains(line) && !lines.contains(line)) {
                lines.add(line);
            }
        }
        Path temp = cli.resolveSibling(cli.getFileName() + ".tmp");
        Files.write(temp, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(temp, cli, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, cli, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Packages and bundles on offer, with their versions. */
    private static final class Offer {
        private static final java.util.Set<String> JDK_PACKAGES = ModuleLayer.boot().modules().stream()
                .flatMap(module -> module.getPackages().stream()).collect(java.util.stream.Collectors.toSet());
        private final Map<String, List<Version>> packages = new HashMap<>();
        private final Map<String, List<Version>> bundles = new HashMap<>();

        void add(BundleJar jar) {
            addBundle(jar.symbolicName(), jar.version());
            for (Clause clause : jar.exports()) {
                Version version = Version.parseVersion(clause.parameters().getOrDefault("version", "0.0.0"));
                for (String name : clause.names()) {
                    packages.computeIfAbsent(name, key -> new ArrayList<>()).add(version);
                }
            }
        }

        void addBundle(String symbolicName, String version) {
            bundles.computeIfAbsent(symbolicName, key -> new ArrayList<>()).add(Version.parseVersion(version));
        }

        /** What the jar needs that is not on offer, in words naming both versions. */
        List<String> unmet(BundleJar jar) {
            List<String> unmet = new ArrayList<>();
            String who = jar.symbolicName() + " " + jar.version();
            for (Clause clause : jar.imports()) {
                if ("optional".equals(clause.parameters().get("resolution:"))) {
                    continue;
                }
                VersionRange range = VersionRange.valueOf(clause.parameters().getOrDefault("version", "0.0.0"));
                for (String name : clause.names()) {
                    if (!packages.containsKey(name) && JDK_PACKAGES.contains(name)) {
                        continue; // javax.imageio and the like: the framework exports the Java runtime's packages
                    }
                    unmet(unmet, who, "package " + name, range, packages.get(name));
                }
            }
            for (Clause clause : jar.requires()) {
                if ("optional".equals(clause.parameters().get("resolution:"))) {
                    continue;
                }
                VersionRange range = VersionRange.valueOf(clause.parameters().getOrDefault("bundle-version", "0.0.0"));
                unmet(unmet, who, "bundle " + clause.names().get(0), range, bundles.get(clause.names().get(0)));
            }
            return unmet;
        }

        private static void unmet(List<String> unmet, String who, String what, VersionRange range, List<Version> offered) {
            if (offered == null || offered.isEmpty()) {
                unmet.add(who + " needs " + what + " " + range + ", which this Annotide does not have");
            } else if (offered.stream().noneMatch(range::includes)) {
                unmet.add(who + " needs " + what + " " + range + ", this Annotide has "
                        + String.join(", ", offered.stream().map(Version::toString).toList()));
            }
        }
    }
}
