package org.annotide.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.annotide.model.TaskType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One model in one file ({@code .atm}, a ZIP): {@code model.json} (the {@link ModelDescriptor}) and the
 * trainer's payload entries (weights). Written atomically: a temporary file beside the target, forced to disk,
 * then renamed; a failure (full disk) removes the temporary file and leaves the target as it was.
 */
public final class ModelFile {

    public static final String EXTENSION = ".atm";
    public static final String DESCRIPTOR_ENTRY = "model.json";
    public static final String FORMAT = "annotide-model";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ModelDescriptor descriptor;

    private ModelFile(Path file, ModelDescriptor descriptor) {
        this.file = file;
        this.descriptor = descriptor;
    }

    public Path file() {
        return file;
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Checks that a job may start from this model (fine-tuning) on a dataset of these classes: the model's output
     * layer predicts exactly them, in this order.
     */
    public void checkStartsOn(List<String> datasetClasses) throws TrainingException {
        if (!descriptor.classes().equals(datasetClasses)) {
            throw new TrainingException("the model to start from predicts " + descriptor.classes()
                    + ", the dataset has " + datasetClasses);
        }
    }

    /** True when the file starts like a ZIP that holds {@code model.json}. */
    public static boolean isModelFile(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(DESCRIPTOR_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** @throws TrainingException when the file is not an Annotide model file (the message says what is wrong) */
    public static ModelFile read(Path file) throws TrainingException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("no model file at " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(DESCRIPTOR_ENTRY);
            if (entry == null) {
                throw new TrainingException(file.getFileName() + " is not an Annotide model file (no " + DESCRIPTOR_ENTRY + ")");
            }
            JsonNode json;
            try (InputStream in = zip.getInputStream(entry)) {
                json = JSON.readTree(in);
            }
            return new ModelFile(file, fromJson(json));
        } catch (ZipException e) {
            throw new TrainingException(file.getFileName() + " is not an Annotide model file (not a ZIP archive)");
        } catch (IOException | RuntimeException e) {
            throw new TrainingException(file.getFileName() + " is not a readable Annotide model file: " + e.getMessage(), e);
        }
    }

    /** Opens a payload entry; the caller closes the stream. */
    public InputStream open(String entry) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            zip.close();
            throw new IOException(file.getFileName() + " has no entry " + entry);
        }
        InputStream in = zip.getInputStream(e);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** Copies a payload entry to a file. */
    public void extract(String entry, Path target) throws IOException {
        try (InputStream in = open(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes a model file atomically.
     *
     * @param payload entry name to the file holding its bytes
     */
    public static ModelFile write(Path target, ModelDescriptor descriptor, Map<String, Path> payload) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(DESCRIPTOR_ENTRY));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(descriptor)));
                zip.closeEntry();
                for (Map.Entry<String, Path> entry : payload.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    Files.copy(entry.getValue(), zip);
                    zip.closeEntry();
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new ModelFile(target, descriptor);
    }

    /** Writes a copy of this file with another descriptor (same payload), atomically. */
    public ModelFile rewrite(Path target, ModelDescriptor newDescriptor) throws IOException {
        Path work = Files.createTempDirectory("annotide-model");
        try {
            Map<String, Path> payload = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().equals(DESCRIPTOR_ENTRY) || entry.isDirectory()) {
                        continue;
                    }
                    Path part = work.resolve("e" + payload.size());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, part);
                    }
                    payload.put(entry.getName(), part);
                }
            }
            return write(target, newDescriptor, payload);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    // ------------------------------------------------------------------ JSON

    static ObjectNode toJson(ModelDescriptor d) {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("formatVersion", FORMAT_VERSION);
        json.put("id", d.id());
        json.put("name", d.name());
        json.put("trainer", d.trainer());
        json.put("task", d.task().getLiteral().toLowerCase(Locale.ROOT));
        json.put("architecture", d.architecture());
        ArrayNode classes = json.putArray("classes");
        d.classes().forEach(classes::add);
        json.put("imageSize", d.imageSize());
        json.put("channels", d.channels());
        ArrayNode mean = json.putArray("mean");
        ArrayNode std = json.putArray("std");
        for (int c = 0; c < d.channels(); c++) {
            mean.add(d.mean()[c]);
            std.add(d.std()[c]);
        }
        ObjectNode configuration = json.putObject("configuration");
        d.configuration().forEach(configuration::put);
        ObjectNode metrics = json.putObject("metrics");
        d.metrics().forEach(metrics::put);
        ArrayNode epochs = json.putArray("epochs");
        for (EpochResult e : d.epochs()) {
            ObjectNode epoch = epochs.addObject();
            epoch.put("epoch", e.epoch());
            epoch.put("trainLoss", e.trainLoss());
            epoch.put("validationLoss", e.validationLoss());
            epoch.put("millis", e.millis());
            ObjectNode m = epoch.putObject("metrics");
            e.metrics().forEach(m::put);
        }
        ObjectNode dataset = json.putObject("dataset");
        d.dataset().forEach(dataset::put);
        json.put("createdAt", d.createdAt());
        return json;
    }

    static ModelDescriptor fromJson(JsonNode json) throws TrainingException {
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new TrainingException("model.json does not describe an Annotide model (format '" + json.path("format").asText() + "')");
        }
        if (json.path("formatVersion").asInt() > FORMAT_VERSION) {
            throw new TrainingException("the model file is of a newer format (" + json.path("formatVersion").asInt()
                    + ") than this Annotide reads (" + FORMAT_VERSION + ")");
        }
        TaskType task = TaskType.get(json.path("task").asText().toUpperCase(Locale.ROOT));
        if (task == null) {
            throw new TrainingException("the model file names an unknown task '" + json.path("task").asText() + "'");
        }
        List<String> classes = new ArrayList<>();
        json.path("classes").forEach(n -> classes.add(n.asText()));
        int channels = json.path("channels").asInt(3);
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            mean[c] = (float) json.path("mean").path(c).asDouble(0);
            std[c] = (float) json.path("std").path(c).asDouble(1);
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        json.path("configuration").properties().forEach(e -> configuration.put(e.getKey(), e.getValue().asText()));
        Map<String, Double> metrics = doubles(json.path("metrics"));
        List<EpochResult> epochs = new ArrayList<>();
        for (JsonNode e : json.path("epochs")) {
            epochs.add(new EpochResult(e.path("epoch").asInt(), e.path("trainLoss").asDouble(),
                    e.path("validationLoss").asDouble(), doubles(e.path("metrics")), e.path("millis").asLong()));
        }
        Map<String, String> dataset = new LinkedHashMap<>();
        json.path("dataset").properties().forEach(e -> dataset.put(e.getKey(), e.getValue().asText()));
        String id = json.path("id").asText();
        if (id.isEmpty() || classes.isEmpty()) {
            throw new TrainingException("model.json lacks an id or classes");
        }
        return new ModelDescriptor(id, json.path("name").asText(id), json.path("trainer").asText(), task,
                json.path("architecture").asText(), classes, json.path("imageSize").asInt(), channels, mean, std,
                configuration, metrics, epochs, dataset, json.path("createdAt").asLong());
    }

    private static Map<String, Double> doubles(JsonNode node) {
        Map<String, Double> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asDouble()));
        return map;
    }
}
