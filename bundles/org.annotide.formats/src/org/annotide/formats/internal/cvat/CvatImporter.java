package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.XmlElement;

/**
 * CVAT for images 1.1: an {@code annotations.xml} (or the file given, or every such XML file of a folder),
 * streamed one {@code <image>} at a time. See {@link CvatImageReader} for the shapes.
 */
public final class CvatImporter implements FormatImporter {

    @Override
    public int detect(Path source) {
        if (Files.isDirectory(source)) {
            // CVAT for video files in the folder are CvatVideoImporter's
            return CvatFlavour.IMAGES.files(source).isEmpty() ? NO : CERTAIN;
        }
        return CvatFlavour.of(source) == CvatFlavour.IMAGES ? CERTAIN : NO;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        CvatXmlFiles.readAll(context, dataset, CvatFlavour.IMAGES, (file, name) -> readFile(context, dataset, file, name));
    }

    private static void readFile(ImportContext context, Dataset dataset, Path file, String name) throws IOException {
        CvatLabels labels = new CvatLabels();
        CvatImageReader images = new CvatImageReader(context, dataset, labels, file, name);
        CvatXmlFiles.stream(context, CvatFlavour.IMAGES, file, name, element -> {
            switch (element.name()) {
                case "meta" -> readMeta(element, labels, dataset, name, context);
                case "image" -> images.read(element);
                case "track" -> context.report().reject(name, "line " + element.line(),
                        "tracks belong to CVAT for video: import the file with --format cvat-video");
                default -> context.report().warn(name, "line " + element.line(),
                        "<" + element.name() + "> is not part of CVAT for images 1.1; ignored");
            }
            return true;
        });
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
