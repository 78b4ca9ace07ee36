package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.formats.Dataset;
import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ValidationReport;
import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.XmlElement;
import org.annotide.model.ImageAsset;

/**
 * CVAT for video 1.1: an {@code annotations.xml} of {@code <track>} elements over the frames of a video or image
 * sequence (or the file given, or every such XML file of a folder). Each frame of the task becomes an image (its
 * file {@code images/frame_NNNNNN.*}, see {@link VideoFrames}, metadata {@code cvat:frame}); each track becomes one
 * annotation per frame on which it is inside, computed from its keyframes as CVAT does ({@link TrackReader}). A file
 * whose frames cannot all be found, or whose meta does not give a frame range, contributes nothing.
 */
public final class CvatVideoImporter implements FormatImporter {

    /** Image metadata: the frame number of the image in its video. */
    public static final String FRAME = "cvat:frame";

    @Override
    public int detect(Path source) {
        if (Files.isDirectory(source)) {
            return CvatFlavour.VIDEO.files(source).isEmpty() ? NO : CERTAIN;
        }
        return CvatFlavour.of(source) == CvatFlavour.VIDEO ? CERTAIN : NO;
    }

    @Override
    public void read(ImportContext context, Dataset dataset) throws IOException {
        CvatXmlFiles.readAll(context, dataset, CvatFlavour.VIDEO, (file, name) -> readFile(context, dataset, file, name));
    }

    private static void readFile(ImportContext context, Dataset dataset, Path file, String name) throws IOException {
        ValidationReport report = context.report();
        CvatLabels labels = new CvatLabels();
        XmlElement[] holder = new XmlElement[1]; // the <task> or <job> of <meta>
        List<XmlElement> tracks = new ArrayList<>();
        boolean read = CvatXmlFiles.stream(context, CvatFlavour.VIDEO, file, name, element -> {
            switch (element.name()) {
                case "meta" -> {
                    if (element.child("project") != null) {
                        report.rejectFile(name, "line " + element.child("project").line(), "a CVAT project"
                                + " export holds the frames of several tasks; export each task as CVAT for"
                                + " video; nothing was imported from it");
                        return false;
                    }
                    holder[0] = element.child("task") != null ? element.child("task") : element.child("job");
                    if (holder[0] != null && holder[0].child("labels") != null) {
                        labels.read(holder[0].child("labels"), dataset, name, report);
                    }
                    String taskName = holder[0] == null ? null : holder[0].childText("name");
                    if (taskName != null && !taskName.isEmpty()) {
                        dataset.metadata().putIfAbsent("cvat:task.name", taskName);
                    }
                }
                case "track" -> tracks.add(element);
                case "image" -> report.reject(name, "line " + element.line(), "<image> belongs to CVAT for"
                        + " images, not to CVAT for video; import that file with --format cvat");
                default -> report.warn(name, "line " + element.line(),
                        "<" + element.name() + "> is not part of CVAT for video 1.1; ignored");
            }
            return true;
        });
        if (read) {
            readTracks(context, dataset, file, name, holder[0], labels, tracks);
        }
    }

    /** The frames of the task as images, then each track's annotations on them. */
    private static void readTracks(ImportContext context, Dataset dataset, Path file, String name, XmlElement holder,
            CvatLabels labels, List<XmlElement> tracks) {
        ValidationReport report = context.report();
        VideoFrames frames;
        try {
            frames = VideoFrames.of(holder, lastFrame(tracks));
        } catch (IllegalArgumentException e) {
            report.rejectFile(name, holder == null ? "<meta>" : "line " + holder.line() + " <meta>",
                    e.getMessage() + "; nothing was imported from it");
            return;
        }
        if (frames.declaredSize > 0 && frames.declaredSize != frames.count()) {
            report.warn(name, "<meta>", "<size> says " + frames.declaredSize + " frames, start_frame, stop_frame and"
                    + " frame_filter give " + frames.count() + "; the frames " + frames.range() + " are read");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<Path> folders = new ArrayList<>(List.of(folder.resolve("images"), folder));
        folders.addAll(context.options().imageRoots());
        List<String> notes = new ArrayList<>();
        String missing = frames.locate(folders, notes);
        if (missing != null) {
            report.rejectFile(name, "<meta>", missing + "; nothing was imported from it");
            return;
        }
        notes.forEach(note -> report.warn(name, "<meta>", note));

        Map<Integer, ImageAsset> images = new HashMap<>();
        for (Map.Entry<Integer, Path> frame : frames.files.entrySet()) {
            String imageName = frame.getValue().getFileName().toString();
            ImageAsset image = dataset.image(imageName, imageName);
            String conflict = dataset.claimSize(image, frames.width, frames.height, name);
            if (conflict != null) {
                report.rejectFile(name, "<meta> original_size", conflict + "; nothing was imported from it");
                return;
            }
            ImageFiles.locate(image, imageName, frame.getValue());
            image.getMetadata().put(FRAME, Integer.toString(frame.getKey()));
            images.put(frame.getKey(), image);
        }
        TrackReader reader = new TrackReader(dataset, labels, frames, images, report, name);
        for (XmlElement track : tracks) {
            context.checkCancelled();
            reader.read(track);
        }
    }

    /** The highest frame any track names (for a meta without stop frame and size), or 0. */
    private static int lastFrame(List<XmlElement> tracks) {
        int last = 0;
        for (XmlElement track : tracks) {
            for (XmlElement shape : track.children()) {
                try {
                    last = Math.max(last, Integer.parseInt(shape.attribute("frame").trim()));
                } catch (RuntimeException e) {
                    // the track reader reports it
                }
            }
        }
        return last;
    }
}
