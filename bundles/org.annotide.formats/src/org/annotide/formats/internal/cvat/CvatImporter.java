package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.Xml;
import org.annotide.formats.internal.XmlElement;

/**
 * CVAT for images 1.1: an {@code annotations.xml} (or the file given, or every such XML file of a folder),
 * streamed one {@code <image>} at a time. See {@link CvatImageReader} for the shapes.
 */
public final class CvatImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (Files.isDirectory(source)) {
            return files(source).isEmpty() ? NO : CERTAIN;
        }
        return CvatFlavour.of(source) == CvatFlavour.IMAGES ? CERTAIN : NO;
    }

    /** The CVAT for images files of a folder (CVAT for video files are {@link CvatVideoImporter}'s). */
    private static List<Path> files(Path folder) {
        return CvatFlavour.IMAGES.files(folder);
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        Path source = context.source();
        if (!Files.exists(source)) {
            throw new IOException("There is no file or folder " + source);
        }
        List<Path> files = Files.isDirectory(source) ? files(source) : List.of(source);
        if (files.isEmpty()) {
            throw new IOException("No CVAT XML file in " + source);
        }
        context.monitor().beginTask("Importing CVAT", files.size());
        for (Path file : files) {
            dataset.readWhole(context.report(), () -> readFile(context, dataset, file));
            context.monitor().worked(1);
        }
        context.monitor().done();
    }

    private static void readFile(ImportContext context, Dataset dataset, Path file) throws IOException {
        String name = context.display(file);
        CvatLabels labels = new CvatLabels();
        CvatImageReader images = new CvatImageReader(context, dataset, labels, file, name);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = Xml.streamReader(in);
            try {
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // up to the root
                }
                if (!reader.isStartElement() || !reader.getLocalName().equals("annotations")) {
                    context.report().rejectFile(name, "line 1", "a CVAT file has the root element <annotations>");
                    return;
                }
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    context.checkCancelled();
                    XmlElement element = XmlElement.read(reader);
                    switch (element.name()) {
                        case "version" -> {
                            if (!"1.1".equals(element.text())) {
                                context.report().warn(name, "line " + element.line(), "version " + element.text()
                                        + ": Annotide reads CVAT for images 1.1");
                            }
                        }
                        case "meta" -> readMeta(element, labels, dataset, name, context);
                        case "image" -> images.read(element);
                        case "track" -> context.report().reject(name, "line " + element.line(),
                                "tracks belong to CVAT for video: import the file with --format cvat-video");
                        default -> context.report().warn(name, "line " + element.line(),
                                "<" + element.name() + "> is not part of CVAT for images 1.1; ignored");
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            context.report().rejectFile(name, e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber(),
                    "the file is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ")
                            + "); nothing was imported from it");
        }
    }

    private static void readMeta(XmlElement meta, CvatLabels labels, Dataset dataset, String file,
            ImportContext context) {
        for (String holder : List.of("task", "project", "job")) {
            XmlElement element = meta.child(holder);
            if (element != null && element.child("labels") != null) {
                labels.read(element.child("labels"), dataset, file, context.report());
                String taskName = element.childText("name");
                if (taskName != null && !taskName.isEmpty()) {
                    dataset.metadata().putIfAbsent("cvat:" + holder + ".name", taskName);
                }
                return;
            }
        }
    }
}
