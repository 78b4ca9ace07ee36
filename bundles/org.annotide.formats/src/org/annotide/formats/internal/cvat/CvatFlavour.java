package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.annotide.formats.internal.JsonSupport;
import org.annotide.formats.internal.Xml;

/**
 * Which of CVAT's two XML 1.1 formats a file is. Both have the root {@code <annotations>} and the same
 * {@code <meta>}; CVAT for images then lists {@code <image>} elements, CVAT for video {@code <track>} elements.
 * A file with neither is video when its task's {@code <mode>} is {@code interpolation} (a video task exported with
 * no annotations). The file is streamed only up to its first image or track.
 */
enum CvatFlavour {
    IMAGES, VIDEO, NONE;

    static CvatFlavour of(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return NONE;
        }
        String head = JsonSupport.head(file, 4096);
        if (!head.contains("<annotations")) {
            return NONE;
        }
        boolean interpolation = false;
        boolean cvat = head.contains("<version>") || head.contains("<meta>");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = Xml.streamReader(in);
            try {
                int depth = 0;
                String element = null;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        element = reader.getLocalName();
                        if (depth == 1 && !element.equals("annotations")) {
                            return NONE;
                        }
                        if (depth == 2 && element.equals("image")) {
                            return IMAGES;
                        }
                        if (depth == 2 && element.equals("track")) {
                            return VIDEO;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        element = null;
                    } else if (event == XMLStreamConstants.CHARACTERS && "mode".equals(element) && depth == 4
                            && reader.getText().trim().equals("interpolation")) {
                        interpolation = true;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            // cut short or not XML: the head decides, and the importer reports where the file breaks
            return !cvat ? NONE : head.contains("<track") ? VIDEO : IMAGES;
        }
        return !cvat ? NONE : interpolation ? VIDEO : IMAGES;
    }

    /** The format's name as CVAT's export menu gives it. */
    String title() {
        return this == VIDEO ? "CVAT for video" : "CVAT for images";
    }

    /** The XML files of a folder that are of this flavour, by name. */
    List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(Files::isRegularFile).filter(file -> of(file) == this).sorted().forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        return files;
    }
}
