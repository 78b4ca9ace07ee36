package org.annotide.formats.internal.cvat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.formats.internal.ImageFiles;
import org.annotide.formats.internal.Numbers;
import org.annotide.formats.internal.XmlElement;

/**
 * The frames of a CVAT video task and their files. A task's frames are {@code start_frame},
 * {@code start_frame + step}, ... up to {@code stop_frame} ({@code frame_filter} {@code step=N}; without
 * {@code stop_frame}, {@code size} frames); track shapes name these absolute frame numbers. CVAT exports a video's
 * frames as {@code images/frame_NNNNNN.PNG} (the absolute frame number, six digits), so frame {@code n} is the file
 * {@code frame_NNNNNN} with an image extension in {@code images/}, beside the XML file or in a folder given with
 * {@code --images-from}. A folder of other images whose count is the number of frames (an image-sequence task,
 * which CVAT for video does not name) is taken in name order.
 */
final class VideoFrames {

    /** More frames than this is a damaged meta, not a video: refused before any folder is scanned. */
    static final int MAX_FRAMES = 1_000_000;
    private static final Pattern STEP = Pattern.compile("step\\s*=\\s*(\\d+)");

    final int start;
    final int stop;
    final int step;
    final int width;
    final int height;
    final int declaredSize;
    /** Frame number to its file, in frame order, once {@link #locate} succeeded. */
    final Map<Integer, Path> files = new LinkedHashMap<>();

    private VideoFrames(int start, int stop, int step, int width, int height, int declaredSize) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.width = width;
        this.height = height;
        this.declaredSize = declaredSize;
    }

    /** The name CVAT gives frame {@code frame} of a video (without extension). */
    static String frameStem(int frame) {
        return String.format(Locale.ROOT, "frame_%06d", frame);
    }

    /**
     * The frames that a task's (or job's) meta describes; {@code lastTrackFrame} stands in for a missing stop
     * frame and size.
     *
     * @throws IllegalArgumentException with the problem in words when the meta's numbers are not a frame range
     */
    static VideoFrames of(XmlElement holder, int lastTrackFrame) {
        int start = whole(holder, "start_frame", 0);
        int size = whole(holder, "size", -1);
        int step = 1;
        String filter = holder == null ? null : holder.childText("frame_filter");
        if (filter != null && !filter.isEmpty()) {
            Matcher matcher = STEP.matcher(filter);
            if (!matcher.find() || Integer.parseInt(matcher.group(1)) < 1) {
                throw new IllegalArgumentException("frame_filter \"" + filter + "\" is not step=N with N >= 1");
            }
            step = Integer.parseInt(matcher.group(1));
        }
        int stop = whole(holder, "stop_frame", -1);
        if (stop < 0) {
            stop = size > 0 ? start + (size - 1) * step : lastTrackFrame;
        }
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("the frames run from start_frame " + start + " to stop_frame " + stop
                    + ": no frame");
        }
        if ((long) (stop - start) / step + 1 > MAX_FRAMES) {
            throw new IllegalArgumentException("start_frame " + start + " to stop_frame " + stop + " step " + step
                    + " are more than " + MAX_FRAMES + " frames");
        }
        XmlElement size2 = holder == null ? null : holder.child("original_size");
        int width = size2 == null ? 0 : whole(size2, "width", 0);
        int height = size2 == null ? 0 : whole(size2, "height", 0);
        return new VideoFrames(start, stop, step, width, height, size);
    }

    private static int whole(XmlElement holder, String name, int absent) {
        String text = holder == null ? null : holder.childText(name);
        if (text == null || text.isEmpty()) {
            return absent;
        }
        double value = Numbers.parse(text);
        if (Double.isNaN(value) || value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("<" + name + "> must be a whole number, found \"" + text + "\"");
        }
        return (int) value;
    }

    int count() {
        return (stop - start) / step + 1;
    }

    /** True when {@code frame} is one of the task's frames. */
    boolean contains(int frame) {
        return frame >= start && frame <= stop && (frame - start) % step == 0;
    }

    String range() {
        return "frames " + start + " to " + stop + (step == 1 ? "" : " step " + step);
    }

    /**
     * Finds every frame's file.
     *
     * @param notes receives a remark for the report when the frames were taken in name order
     * @return null when every frame has its file, else what is missing in words
     */
    String locate(List<Path> folders, List<String> notes) {
        List<Integer> missing = new ArrayList<>();
        for (int frame = start; frame <= stop; frame += step) {
            Path found = null;
            for (Path folder : folders) {
                found = ImageFiles.findByStem(folder, frameStem(frame));
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                missing.add(frame);
            } else {
                files.put(frame, found);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        if (files.isEmpty()) {
            for (Path folder : folders) {
                List<Path> sequence = images(folder);
                if (sequence.size() == count()) {
                    int frame = start;
                    for (Path file : sequence) {
                        files.put(frame, file);
                        frame += step;
                    }
                    notes.add("no frame is named frame_NNNNNN: the " + sequence.size() + " images of " + folder
                            + " are taken in name order as " + range());
                    return null;
                }
            }
        }
        files.clear();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(3, missing.size()); i++) {
            names.append(i == 0 ? "" : ", ").append(frameStem(missing.get(i))).append(".*");
        }
        return missing.size() + " of the " + count() + " frames (" + range() + ") have no image: " + names
                + (missing.size() > 3 ? ", ..." : "") + " not found in " + folders
                + "; CVAT exports a video's frames as images/frame_NNNNNN.PNG beside annotations.xml (add a folder with"
                + " --images-from)";
    }

    private static List<Path> images(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
