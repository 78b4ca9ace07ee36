package org.annotide.headless.internal.plugins;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * The API check on p2's metadata, for a plan p2 could not make: walks from the units asked for through the units
 * that satisfy their requirements (installed, or offered by the sites) and names, for every package or bundle
 * requirement that nothing satisfies, the range the plug-in needs and the versions this Annotide has, in the words
 * of the command line's check on the manifests ({@link Product}): {@code com.example.annotide.acme 1.0.0 needs
 * package org.annotide.formats [0.2.0,0.3.0), this Annotide has 0.1.0}.
 */
final class ApiCheck {

    private static final String PACKAGE = "java.package";
    private static final String BUNDLE = "osgi.bundle";

    private ApiCheck() {
    }

    /**
     * @param roots     the units a change request adds
     * @param offered   what the sites of the request offer
     * @param installed the profile's units (what this Annotide has)
     * @return one line per unmet package or bundle requirement, empty when none is unmet
     */
    static List<String> unmet(Collection<IInstallableUnit> roots, IQueryable<IInstallableUnit> offered,
            IQueryable<IInstallableUnit> installed) {
        Set<String> problems = new LinkedHashSet<>();
        Set<IInstallableUnit> seen = new HashSet<>(roots);
        Deque<IInstallableUnit> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            IInstallableUnit unit = queue.removeFirst();
            for (IRequirement requirement : unit.getRequirements()) {
                if (requirement.getMin() == 0 || requirement.getMax() == 0 || requirement.getFilter() != null) {
                    continue; // optional, a negation, or for some platforms only
                }
                var match = QueryUtil.createMatchQuery(requirement.getMatches());
                Set<IInstallableUnit> present = installed.query(match, null).toUnmodifiableSet();
                Set<IInstallableUnit> candidates = offered.query(match, null).toUnmodifiableSet();
                if (!present.isEmpty() || !candidates.isEmpty()) {
                    // what the product has is consistent already: only units new to it are walked on
                    for (IInstallableUnit candidate : candidates) {
                        if (seen.add(candidate)) {
                            queue.addLast(candidate);
                        }
                    }
                    continue;
                }
                // p2 gives no API for the parts of a requirement on a capability; its requirements print them as
                // "NAMESPACE; NAME RANGE", and the range is checked against the requirement itself
                Matcher parts = PRINTED.matcher(requirement.toString());
                if (!parts.lookingAt()) {
                    continue;
                }
                String namespace = parts.group(1);
                String name = parts.group(2);
                VersionRange range;
                try {
                    range = new VersionRange(parts.group(3));
                } catch (IllegalArgumentException notARange) {
                    continue;
                }
                if (requirement.isMatch(offering(namespace, name, range.getMinimum())) != range.getIncludeMinimum()) {
                    continue;
                }
                if (!PACKAGE.equals(namespace) && !BUNDLE.equals(namespace)) {
                    continue;
                }
                Set<String> versions = new TreeSet<>();
                for (IInstallableUnit has : installed.query(QueryUtil.createIUAnyQuery(), null)) {
                    for (IProvidedCapability capability : has.getProvidedCapabilities()) {
                        if (namespace.equals(capability.getNamespace()) && name.equals(capability.getName())) {
                            versions.add(capability.getVersion().toString());
                        }
                    }
                }
                String who = unit.getId() + " " + unit.getVersion();
                String what = (PACKAGE.equals(namespace) ? "package " : "bundle ") + name + " " + range;
                problems.add(versions.isEmpty() ? who + " needs " + what + ", which this Annotide does not have"
                        : who + " needs " + what + ", this Annotide has " + String.join(", ", versions));
            }
        }
        return new ArrayList<>(problems);
    }

    private static final Pattern PRINTED = Pattern.compile("([^;\\s]+); (\\S+) ([\\[(][^\\s]*[\\])]|\\S+)");

    private static IInstallableUnit offering(String namespace, String name, Version version) {
        MetadataFactory.InstallableUnitDescription description = new MetadataFactory.InstallableUnitDescription();
        description.setId("org.annotide.probe");
        description.setVersion(Version.createOSGi(1, 0, 0));
        description.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(namespace, name, version)));
        return MetadataFactory.createInstallableUnit(description);
    }
}
