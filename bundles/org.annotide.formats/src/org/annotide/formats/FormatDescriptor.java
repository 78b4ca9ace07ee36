package org.annotide.formats;

import java.util.List;
import java.util.function.Supplier;

/**
 * One registered format: its id (what {@code --format} takes), name, description, file patterns, and the
 * importer and exporter when it has them. The importer and exporter are created on first use.
 */
public final class FormatDescriptor {

    private final String id;
    private final String name;
    private final String description;
    private final List<String> filePatterns;
    private final Supplier<FormatImporter> importerFactory;
    private final Supplier<FormatExporter> exporterFactory;
    private FormatImporter importer;
    private FormatExporter exporter;

    /**
     * @param importerFactory null when the format cannot be imported
     * @param exporterFactory null when the format cannot be exported
     */
    public FormatDescriptor(String id, String name, String description, List<String> filePatterns,
            Supplier<FormatImporter> importerFactory, Supplier<FormatExporter> exporterFactory) {
        this.id = id;
        this.name = name;
        this.description = description == null ? "" : description;
        this.filePatterns = filePatterns == null ? List.of() : List.copyOf(filePatterns);
        this.importerFactory = importerFactory;
        this.exporterFactory = exporterFactory;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> filePatterns() {
        return filePatterns;
    }

    public boolean canImport() {
        return importerFactory != null;
    }

    public boolean canExport() {
        return exporterFactory != null;
    }

    /** @throws IllegalStateException when the format cannot be imported */
    public synchronized FormatImporter importer() {
        if (importerFactory == null) {
            throw new IllegalStateException("The format " + id + " cannot be imported");
        }
        if (importer == null) {
            importer = importerFactory.get();
        }
        return importer;
    }

    /** @throws IllegalStateException when the format cannot be exported */
    public synchronized FormatExporter exporter() {
        if (exporterFactory == null) {
            throw new IllegalStateException("The format " + id + " cannot be exported");
        }
        if (exporter == null) {
            exporter = exporterFactory.get();
        }
        return exporter;
    }

    @Override
    public String toString() {
        return id;
    }
}
