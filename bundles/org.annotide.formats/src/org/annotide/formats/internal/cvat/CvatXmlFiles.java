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
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.Xml;
import org.annotide.formats.internal.XmlElement;

/**
 * What both CVAT importers do alike: find the files of their flavour in the source (a file or a folder), read
 * each as a whole (a file that breaks contributes nothing), stream it below its root {@code <annotations>}, warn
 * about a version other than 1.1, and reject a file that is not well-formed XML. Each element below the root
 * (other than {@code <version>}) goes to the flavour's own reader.
 */
final class CvatXmlFiles {

    /** Reads one file of a flavour: {@link #stream} its elements, then anything to do after them. */
    interface FileReader {
        void read(Path file, String name) throws IOException;
    }

    /** Takes one element below the root; false when the file was rejected and the rest must not be read. */
    interface ElementReader {
        boolean element(XmlElement element) throws IOException;
    }

    private CvatXmlFiles() {
    }

    /** Reads every file of the flavour in the source, each as one whole, with progress and cancel. */
    static void readAll(ImportContext context, Dataset dataset, CvatFlavour flavour, FileReader reader)
            throws IOException {
        Path source = context.source();
        if (!Files.exists(source)) {
            throw new IOException("There is no file or folder " + source);
        }
        List<Path> files = Files.isDirectory(source) ? flavour.files(source) : List.of(source);
        if (files.isEmpty()) {
            throw new IOException("No " + flavour.title() + " XML file in " + source);
        }
        context.monitor().beginTask("Importing " + flavour.title(), files.size());
        for (Path file : files) {
            dataset.readWhole(context.report(), () -> reader.read(file, context.display(file)));
            context.monitor().worked(1);
        }
        context.monitor().done();
    }

    /**
     * Streams the elements below the file's root to the reader.
     *
     * @return false when the file was rejected (not XML, another root, or the reader stopped)
     */
    static boolean stream(ImportContext context, CvatFlavour flavour, Path file, String name, ElementReader elements)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = Xml.streamReader(in);
            try {
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // up to the root
                }
                if (!reader.isStartElement() || !reader.getLocalName().equals("annotations")) {
                    context.report().rejectFile(name, "line 1", "a CVAT file has the root element <annotations>");
                    return false;
                }
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    context.checkCancelled();
                    XmlElement element = XmlElement.read(reader);
                    if (element.name().equals("version")) {
                        if (!"1.1".equals(element.text())) {
                            context.report().warn(name, "line " + element.line(), "version " + element.text()
                                    + ": Annotide reads " + flavour.title() + " 1.1");
                        }
                    } else if (!elements.element(element)) {
                        return false;
                    }
                }
                return true;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            context.report().rejectFile(name, e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber(),
                    "the file is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ")
                            + "); nothing was imported from it");
            return false;
        }
    }
}
