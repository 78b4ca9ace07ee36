package org.annotide.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annotide.core.extensions.ContributionProblems;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The formats Annotide knows: those contributed to the extension point {@code org.annotide.formats.formats}
 * (the built-ins register there like any third party), or an explicit list (tests, other hosts).
 */
public final class FormatRegistry {

    public static final String EXTENSION_POINT = "org.annotide.formats.formats";

    private final Map<String, FormatDescriptor> formats = new LinkedHashMap<>();
    /** The contributions the formats came from (empty for an explicit list). */
    private final Map<String, IConfigurationElement> origins = new LinkedHashMap<>();

    public FormatRegistry(List<FormatDescriptor> descriptors) {
        for (FormatDescriptor descriptor : descriptors) {
            if (formats.putIfAbsent(descriptor.id(), descriptor) != null) {
                throw new IllegalArgumentException("Two formats have the id " + descriptor.id());
            }
        }
    }

    /** The formats contributed to the extension point of the running platform. */
    public static FormatRegistry fromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("No extension registry is running: formats are contributed through "
                    + EXTENSION_POINT + " and need the Equinox registry");
        }
        return fromExtensions(registry);
    }

    /**
     * The formats contributed to {@link #EXTENSION_POINT} in this registry. Importers and exporters are created
     * here, so a contribution whose class is missing, whose constructor throws or that does not implement the
     * interface is reported through {@link ContributionProblems} (once, with its plug-in) and left out (only
     * the side that fails: an exporter that works keeps its format exportable); so is a second format with an id
     * that is already taken. The other formats work as before.
     */
    public static FormatRegistry fromExtensions(IExtensionRegistry registry) {
        List<FormatDescriptor> descriptors = new ArrayList<>();
        Map<String, IConfigurationElement> origins = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            if (!"format".equals(element.getName()) || id == null) {
                continue;
            }
            if (origins.containsKey(id)) {
                ContributionProblems.report(element, "the format id '" + id + "' is already taken by "
                        + origins.get(id).getContributor().getName(), null);
                continue;
            }
            FormatImporter importer = element.getAttribute("importer") == null ? null
                    : create(element, "importer", FormatImporter.class);
            FormatExporter exporter = element.getAttribute("exporter") == null ? null
                    : create(element, "exporter", FormatExporter.class);
            if (importer == null && exporter == null) {
                continue;
            }
            origins.put(id, element);
            String patterns = element.getAttribute("filePatterns");
            descriptors.add(new FormatDescriptor(id, element.getAttribute("name"), element.getAttribute("description"),
                    patterns == null || patterns.isBlank() ? List.of() : Arrays.asList(patterns.trim().split("\\s*,\\s*")),
                    importer == null ? null : () -> importer, exporter == null ? null : () -> exporter));
        }
        FormatRegistry formats = new FormatRegistry(descriptors);
        formats.origins.putAll(origins);
        return formats;
    }

    private static <T> T create(IConfigurationElement element, String attribute, Class<T> type) {
        try {
            Object created = element.createExecutableExtension(attribute);
            if (type.isInstance(created)) {
                return type.cast(created);
            }
            ContributionProblems.report(element, "its " + attribute + " " + element.getAttribute(attribute)
                    + " does not implement " + type.getName(), null);
        } catch (CoreException | RuntimeException | LinkageError e) {
            ContributionProblems.report(element, "its " + attribute + " " + element.getAttribute(attribute)
                    + " cannot be created: " + ContributionProblems.describe(e), e);
        }
        return null;
    }

    public List<FormatDescriptor> all() {
        return Collections.unmodifiableList(new ArrayList<>(formats.values()));
    }

    /** The format with this id, or null. */
    public FormatDescriptor get(String id) {
        return formats.get(id);
    }

    /**
     * The importable formats that recognise {@code source}, most certain first; an empty list when none does.
     */
    public List<Detection> detect(Path source) {
        List<Detection> detections = new ArrayList<>();
        for (FormatDescriptor descriptor : formats.values()) {
            if (descriptor.canImport()) {
                int certainty;
                try {
                    certainty = descriptor.importer().detect(source);
                    if (certainty < FormatImporter.NO || certainty > 100) {
                        reportFault(descriptor, "detect returned " + certainty + " (a certainty from 0 to 100)", null);
                        certainty = FormatImporter.NO;
                    }
                } catch (RuntimeException | LinkageError e) {
                    // a format that cannot tell does not recognise the source; a contributed one is reported once
                    reportFault(descriptor, "detect threw " + ContributionProblems.describe(e), e);
                    certainty = FormatImporter.NO;
                }
                if (certainty > FormatImporter.NO) {
                    detections.add(new Detection(descriptor, certainty));
                }
            }
        }
        detections.sort((a, b) -> Integer.compare(b.certainty(), a.certainty()));
        return detections;
    }

    /**
     * The plug-in that contributed a format, e.g. {@code "com.example.annotide"}, or null for a format that was not
     * contributed through the extension point.
     */
    public String contributor(String id) {
        IConfigurationElement element = origins.get(id);
        return element == null ? null : element.getContributor().getName();
    }

    /**
     * Reports that a contributed format misbehaved (once per session, with its plug-in); does nothing for a format
     * that was not contributed. Callers that run an importer or exporter use it for results that break the contract.
     */
    public void reportFault(FormatDescriptor format, String problem, Throwable cause) {
        IConfigurationElement element = origins.get(format.id());
        if (element != null) {
            ContributionProblems.report(element, problem, cause);
        }
    }

    /** A format that recognised a source, and how sure it is. */
    public record Detection(FormatDescriptor format, int certainty) {
    }
}
