package org.annotide.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    public static FormatRegistry fromExtensions(IExtensionRegistry registry) {
        List<FormatDescriptor> descriptors = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"format".equals(element.getName()) || element.getAttribute("id") == null) {
                continue;
            }
            String patterns = element.getAttribute("filePatterns");
            descriptors.add(new FormatDescriptor(element.getAttribute("id"), element.getAttribute("name"),
                    element.getAttribute("description"),
                    patterns == null || patterns.isBlank() ? List.of() : Arrays.asList(patterns.trim().split("\\s*,\\s*")),
                    element.getAttribute("importer") == null ? null
                            : executable(element, "importer", FormatImporter.class),
                    element.getAttribute("exporter") == null ? null
                            : executable(element, "exporter", FormatExporter.class)));
        }
        return new FormatRegistry(descriptors);
    }

    private static <T> Supplier<T> executable(IConfigurationElement element, String attribute, Class<T> type) {
        return () -> {
            try {
                return type.cast(element.createExecutableExtension(attribute));
            } catch (CoreException | ClassCastException e) {
                throw new IllegalStateException("The format " + element.getAttribute("id") + " from "
                        + element.getContributor().getName() + " has no usable " + attribute + ": " + e.getMessage(), e);
            }
        };
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
                } catch (RuntimeException e) {
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

    /** A format that recognised a source, and how sure it is. */
    public record Detection(FormatDescriptor format, int certainty) {
    }
}
