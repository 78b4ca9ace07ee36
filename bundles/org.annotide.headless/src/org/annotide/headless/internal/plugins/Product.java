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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annotide.headless.internal.plugins.Manifests.BundleJar;
import org.annotide.headless.internal.plugins.Manifests.Clause;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * A product folder as the plug-in installer changes it: the bundle jars in {@code plugins/}, the simple
 * configurator's {@code bundles.info} (and the command line's {@code cli-bundles.info}) that list what starts, and
 * {@code configuration/annotide-plugins.info}, the plug-ins installed by {@code plugins install}. Every change is
 * checked in full before the first file is touched, and then written file by file through temporary files and
 * renames, with the earlier content put back when a step fails: nothing is left half-installed.
 */
final class Product {

    record Installed(String symbolicName, String version, String name, String source) {
    }

    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final String CLI_BUNDLES_INFO = "configuration/cli-bundles.info";
    private static final String RECORD = "configuration/annotide-plugins.info";

    private final Path folder;

    Product(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(this.folder.resolve(BUNDLES_INFO))) {
            throw new IOException(folder + " is not an Annotide product folder (no " + BUNDLES_INFO + ")");
        }
    }

    List<Installed> installed() throws IOException {
        List<Installed> installed = new ArrayList<>();
        Path record = folder.resolve(RECORD);
        if (!Files.exists(record)) {
            return installed;
        }
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4) {
                installed.add(new Installed(fields[0], fields[1], fields[2], fields[3]));
            }
        }
        return installed;
    }

    /** Installs the chosen bundles of a site; see {@link PluginsVerb#usage()}. */
    List<Installed> install(Path site, List<String> ids) throws IOException {
        List<BundleJar> chosen = choose(site, ids);
        return apply(site, chosen);
    }

    /** Installs the newer versions of these installed plug-ins that the site has. */
    List<Installed> updateFrom(Path site, List<String> symbolicNames) throws IOException {
        Map<String, Installed> installed = new HashMap<>();
        installed().forEach(entry -> installed.put(entry.symbolicName(), entry));
        List<BundleJar> newer = new ArrayList<>();
        for (BundleJar jar : siteBundles(site)) {
            Installed current = installed.get(jar.symbolicName());
            if (current != null && symbolicNames.contains(jar.symbolicName())
                    && Version.parseVersion(jar.version()).compareTo(Version.parseVersion(current.version())) > 0) {
                newer.add(jar);
            }
        }
        return newer.isEmpty() ? List.of() : apply(site, newer);
    }

    Installed uninstall(String symbolicName) throws IOException {
        Installed target = installed().stream().filter(entry -> entry.symbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new IOException(symbolicName + " is not a plug-in installed with 'plugins install' ("
                        + "see 'plugins list'); the product's own bundles cannot be uninstalled"));
        List<String> info = bundlesInfo();
        List<String> remaining = info.stream().filter(line -> !line.startsWith(symbolicName + ",")).toList();
        String jar = info.stream().filter(line -> line.startsWith(symbolicName + ",")).map(line -> line.split(",")[2])
                .findFirst().orElse(null);
        Transaction transaction = new Transaction();
        try {
            writeLists(transaction, remaining, installed().stream().filter(entry -> !entry.symbolicName().equals(symbolicName)).toList());
            if (jar != null) {
                transaction.delete(folder.resolve(jar));
            }
            transaction.commit();
        } catch (IOException | RuntimeException e) {
            transaction.rollBack();
            throw e;
        }
        return target;
    }

    private List<BundleJar> choose(Path site, List<String> ids) throws IOException {
        List<BundleJar> all = siteBundles(site);
        if (all.isEmpty()) {
            throw new IOException(site + " has no bundle jars (neither in plugins/ nor in the folder itself)");
        }
        if (ids.isEmpty()) {
            return all;
        }
        List<String> wanted = new ArrayList<>();
        Path features = site.resolve("features");
        for (String id : ids) {
            boolean found = all.stream().anyMatch(jar -> jar.symbolicName().equals(id));
            if (found) {
                wanted.add(id);
                continue;
            }
            if (Files.isDirectory(features)) {
                try (Stream<Path> jars = PluginsVerb.jars(features)) {
                    for (Path feature : jars.toList()) {
                        List<String> listed = Manifests.featurePlugins(feature);
                        if (!listed.isEmpty() && (listed.get(0).equals(id) || (listed.get(0) + ".feature.group").equals(id))) {
                            wanted.addAll(listed.subList(1, listed.size()));
                            found = true;
                        }
                    }
                }
            }
            if (!found) {
                throw new IOException(site + " has no plug-in or feature '" + id + "'");
            }
        }
        return all.stream().filter(jar -> wanted.contains(jar.symbolicName())).toList();
    }

    /** The bundle jars of a site, the newest version of each symbolic name. */
    private static List<BundleJar> siteBundles(Path site) throws IOException {
        if (!Files.isDirectory(site)) {
            throw new NoSuchFileException(site.toString(), null, "no such folder");
        }
        Path plugins = Files.isDirectory(site.resolve("plugins")) ? site.resolve("plugins") : site;
        Map<String, BundleJar> newest = new LinkedHashMap<>();
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
        return new ArrayList<>(newest.values());
    }

    private List<Installed> apply(Path site, List<BundleJar> jars) throws IOException {
        List<String> info = bundlesInfo();
        Map<String, Installed> record = new LinkedHashMap<>();
        installed().forEach(entry -> record.put(entry.symbolicName(), entry));
        // what the product offers, from the manifests of the bundles it lists (not only those running now)
        Offer offer = new Offer();
        for (String line : info) {
            String[] fields = line.split(",");
            if (fields.length < 3 || jars.stream().anyMatch(jar -> jar.symbolicName().equals(fields[0]))) {
                continue;
            }
            if (!record.containsKey(fields[0])) {
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
        }
        for (BundleJar jar : jars) {
            if (info.stream().anyMatch(line -> line.startsWith(jar.symbolicName() + ","))
                    && !record.containsKey(jar.symbolicName())) {
                throw new IOException(jar.symbolicName() + " is a bundle of the product itself; a plug-in cannot replace it");
            }
            offer.add(jar);
        }
        List<String> problems = new ArrayList<>();
        for (BundleJar jar : jars) {
            problems.addAll(offer.unmet(jar));
        }
        if (!problems.isEmpty()) {
            throw new IOException("nothing was installed:\n  " + String.join("\n  ", problems));
        }
        List<String> lines = new ArrayList<>(info);
        List<Installed> done = new ArrayList<>();
        Transaction transaction = new Transaction();
        try {
            for (BundleJar jar : jars) {
                String location = "plugins/" + jar.symbolicName() + "_" + jar.version() + ".jar";
                String old = lines.stream().filter(line -> line.startsWith(jar.symbolicName() + ",")).findFirst().orElse(null);
                if (old != null) {
                    lines.remove(old);
                    String oldLocation = old.split(",")[2];
                    if (!oldLocation.equals(location)) {
                        transaction.delete(folder.resolve(oldLocation));
                    }
                }
                transaction.write(folder.resolve(location), Files.readAllBytes(jar.file()));
                lines.add(jar.symbolicName() + "," + jar.version() + "," + location + ",4,false");
                Installed installed = new Installed(jar.symbolicName(), jar.version(), jar.name(),
                        site.toAbsolutePath().normalize().toString());
                record.put(jar.symbolicName(), installed);
                done.add(installed);
            }
            writeLists(transaction, lines, new ArrayList<>(record.values()));
            transaction.commit();
        } catch (IOException | RuntimeException e) {
            transaction.rollBack();
            throw e;
        }
        return done;
    }

    private void writeLists(Transaction transaction, List<String> bundlesInfo, List<Installed> record) throws IOException {
        transaction.write(folder.resolve(BUNDLES_INFO), lines(bundlesInfo));
        Path cli = folder.resolve(CLI_BUNDLES_INFO);
        if (Files.exists(cli)) {
            // the command line's list: the product's own filtered list, plus every installed plug-in
            List<String> cliLines = new ArrayList<>();
            List<String> installedNames = record.stream().map(Installed::symbolicName).toList();
            for (String line : Files.readAllLines(cli, StandardCharsets.UTF_8)) {
                String name = line.split(",")[0];
                if (!installed().stream().anyMatch(entry -> entry.symbolicName().equals(name))) {
                    cliLines.add(line);
                }
            }
            for (String line : bundlesInfo) {
                if (installedNames.contains(line.split(",")[0])) {
                    cliLines.add(line);
                }
            }
            transaction.write(cli, lines(cliLines));
        }
        StringBuilder text = new StringBuilder();
        for (Installed entry : record) {
            text.append(entry.symbolicName()).append('\t').append(entry.version()).append('\t').append(entry.name())
                    .append('\t').append(entry.source()).append('\n');
        }
        transaction.write(folder.resolve(RECORD), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<String> bundlesInfo() throws IOException {
        return new ArrayList<>(Files.readAllLines(folder.resolve(BUNDLES_INFO), StandardCharsets.UTF_8));
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
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

    /** File changes that can be undone: each write goes through a temporary file and a rename. */
    private static final class Transaction {
        private final Map<Path, byte[]> before = new LinkedHashMap<>();
        private final List<Path> deletions = new ArrayList<>();

        void write(Path file, byte[] content) throws IOException {
            remember(file);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Deletes at commit, so that a roll-back has nothing to restore. */
        void delete(Path file) {
            deletions.add(file);
        }

        private void remember(Path file) throws IOException {
            if (!before.containsKey(file)) {
                before.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
            }
        }

        void commit() throws IOException {
            for (Path file : deletions) {
                if (!before.containsKey(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }

        void rollBack() {
            for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
                try {
                    if (entry.getValue() == null) {
                        Files.deleteIfExists(entry.getKey());
                    } else {
                        Files.write(entry.getKey(), entry.getValue());
                    }
                } catch (IOException e) {
                    // keep restoring the others; the caller reports the original failure
                }
            }
        }
    }
}
