package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.formats.ImportOptions;
import org.annotide.formats.ImportResult;
import org.annotide.formats.ModelComparison;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.BoxShape;
import org.annotide.model.EllipseShape;
import org.annotide.model.ImageAsset;
import org.annotide.model.KeypointsShape;
import org.annotide.model.PolygonShape;
import org.annotide.model.Project;
import org.annotide.model.RotatedBoxShape;
import org.annotide.model.ShapeKind;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CVAT for video 1.1 ({@code formats/cvat/video_1_1}, written as CVAT 2.x writes a video task's export: every frame
 * of each track, the frames between keyframes as CVAT's server interpolates them): frames as images, tracks
 * interpolated from their keyframes only, {@code outside} ending a track, the round trip, and rejections.
 */
class CvatVideoTest {

    private static final String FIXTURE = "formats/cvat/video_1_1";
    private static final double EPS = 1e-9;

    @TempDir
    Path temp;

    @Test
    void everyFrameIsAnImageAndTracksAreInterpolatedFromTheirKeyframesAsCvatDoes() throws IOException {
        Project project = TestFormats.load("cvat-video", Fixtures.path(FIXTURE));
        assertEquals(10, project.getImages().size());
        for (int frame = 0; frame < 10; frame++) {
            ImageAsset image = project.getImages().get(frame);
            assertEquals(String.format("frame_%06d.png", frame), image.getName());
            assertEquals(64, image.getWidth());
            assertEquals(48, image.getHeight());
            assertEquals(Integer.toString(frame), image.getMetadata().get("cvat:frame"));
        }
        // 7 car + 8 person + 10 landmark + 2 lane + 5 sign + 1 stain + 6 car frames
        assertEquals(39, TestFormats.annotationCount(project));

        // box: linear, rotation turning 0 -> 20 degrees over frames 0..4; occluded from the keyframe at 4 on
        RotatedBoxShape car2 = (RotatedBoxShape) track(project, 2, "0").getShape();
        assertEquals(17.5, car2.getCx(), EPS);
        assertEquals(11, car2.getCy(), EPS);
        assertEquals(11, car2.getWidth(), EPS);
        assertEquals(10, car2.getHeight(), EPS);
        assertEquals(10, car2.getAngle(), EPS);
        Annotation car2Annotation = track(project, 2, "0");
        assertEquals("0", car2Annotation.getAttributes().get("cvat:keyframe"));
        assertEquals("false", car2Annotation.getAttributes().get("parked"));
        assertFalse(car2Annotation.isOccluded());
        Annotation car6 = track(project, 6, "0");
        assertTrue(car6.isOccluded());
        assertEquals(28, ((RotatedBoxShape) car6.getShape()).getCx(), EPS);
        assertEquals(null, find(project, 7, "0"), "outside at frame 7 ends the track");
        assertEquals("1", track(project, 4, "0").getAttributes().get("cvat:keyframe"));

        // polygon: 4 vertices -> 5; at a fifth of the way the two new vertices are closer than half the spacing of
        // the edge they came from and become their midpoint (CVAT's thinning), later they are kept
        assertArrayEquals(new double[] {22, 21, 32, 21, 31.5, 31, 22, 31},
                ((PolygonShape) track(project, 3, "1").getShape()).getPoints(), EPS);
        assertArrayEquals(new double[] {24, 22, 34, 22, 34, 32, 32, 32, 24, 32},
                ((PolygonShape) track(project, 4, "1").getShape()).getPoints(), EPS);
        assertArrayEquals(new double[] {30, 25, 40, 25, 40, 35, 35, 35, 30, 35},
                ((PolygonShape) track(project, 9, "1").getShape()).getPoints(), EPS, "propagated to the end");
        assertEquals(null, find(project, 1, "1"));
        assertTrue(track(project, 5, "1").getGroup() != 0, "the track's group_id is the annotation's group");

        // one point: linear; ellipse: linear; polyline from its only keyframe to the last frame
        assertArrayEquals(new double[] {20, 40}, ((KeypointsShape) track(project, 3, "2").getShape()).getPoints(), EPS);
        assertEquals("auto", track(project, 3, "2").getAttributes().get("cvat:source"));
        EllipseShape sign = (EllipseShape) track(project, 7, "4").getShape();
        assertArrayEquals(new double[] {52, 12, 5, 3}, new double[] {sign.getCx(), sign.getCy(), sign.getRx(), sign.getRy()},
                EPS);
        assertEquals(null, find(project, 7, "3"));
        assertEquals(ShapeKind.POLYLINE, track(project, 9, "3").getShape().getKind());

        // a mask on its keyframe only; a track that leaves (outside at 2) and comes back at 5
        assertEquals(ShapeKind.MASK, track(project, 3, "5").getShape().getKind());
        assertEquals(null, find(project, 4, "5"));
        Set<Integer> carFrames = new TreeSet<>();
        for (int frame = 0; frame < 10; frame++) {
            if (find(project, frame, "6") != null) {
                carFrames.add(frame);
            }
        }
        assertEquals(Set.of(1, 5, 6, 7, 8, 9), carFrames);
        BoxShape back = (BoxShape) track(project, 9, "6").getShape();
        assertEquals(44, back.getX(), EPS);
        assertEquals("true", track(project, 9, "6").getAttributes().get("parked"));
    }

    @Test
    void exportWritesTheSameTracksAndKeyframesAndReadsBackTheSameModel() throws IOException {
        Project first = TestFormats.load("cvat-video", Fixtures.path(FIXTURE));
        Path out = temp.resolve("video-out");
        ValidationReport report = TestFormats.export("cvat-video", first, out);
        assertEquals(0, report.rejectedCount(), report::toText);
        assertTrue(Files.isRegularFile(out.resolve("images/frame_000009.png")), "frames exported beside the XML");
        Project second = TestFormats.load("cvat-video", out);
        assertEquals(List.of(), ModelComparison.compare(first, second, ModelComparison.Options.exact()));
        String original = Files.readString(Fixtures.path(FIXTURE + "/annotations.xml"));
        String exported = Files.readString(out.resolve("annotations.xml"));
        assertEquals(keyframes(original), keyframes(exported), "the keyframes (and outside keyframes) CVAT wrote");
    }

    @Test
    void anEditedInterpolatedFrameBecomesAKeyframeSoThatCvatKeepsIt() throws IOException {
        Project project = TestFormats.load("cvat-video", Fixtures.path(FIXTURE));
        Annotation edited = track(project, 2, "0");
        RotatedBoxShape box = (RotatedBoxShape) edited.getShape();
        box.setCx(box.getCx() + 3);
        Path out = temp.resolve("edited");
        assertEquals(0, TestFormats.export("cvat-video", project, out).rejectedCount());
        Map<String, Set<String>> keys = keyframes(Files.readString(out.resolve("annotations.xml")));
        assertTrue(keys.get("0").contains("2 keyframe"), keys.toString());
        Project back = TestFormats.load("cvat-video", out);
        assertEquals(List.of(), ModelComparison.compare(project, back, new ModelComparison.Options(1e-6, true, true,
                true, true, Set.of("cvat:keyframe"))));
    }

    @Test
    void startFrameAndFrameStepNameTheFramesAndSpaceTheInterpolation() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("step/images"));
        for (int frame = 4; frame <= 10; frame += 2) {
            Files.copy(Fixtures.path(FIXTURE + "/images/frame_000000.png"), folder.resolve(String.format("frame_%06d.png", frame)));
        }
        Files.writeString(temp.resolve("step/annotations.xml"), head(4, 10, "step=2") + """
                  <track id="7" label="car" source="manual">
                    <box frame="4" keyframe="1" outside="0" occluded="0" xtl="0.00" ytl="0.00" xbr="6.00" ybr="6.00" z_order="0">
                    </box>
                    <box frame="10" keyframe="1" outside="0" occluded="0" xtl="30.00" ytl="3.00" xbr="36.00" ybr="9.00" z_order="0">
                    </box>
                  </track>
                </annotations>
                """);
        assertEquals("cvat-video", TestFormats.registry().detect(temp.resolve("step")).get(0).format().id());
        Project project = TestFormats.load("cvat-video", temp.resolve("step"));
        assertEquals(List.of("frame_000004.png", "frame_000006.png", "frame_000008.png", "frame_000010.png"),
                project.getImages().stream().map(ImageAsset::getName).toList());
        BoxShape third = (BoxShape) project.getImages().get(2).getAnnotations().get(0).getShape();
        assertEquals(20, third.getX(), EPS);
        assertEquals(2, third.getY(), EPS);
        Path out = temp.resolve("step-out");
        assertEquals(0, TestFormats.export("cvat-video", project, out).rejectedCount());
        String exported = Files.readString(out.resolve("annotations.xml"));
        assertTrue(exported.contains("<start_frame>4</start_frame>") && exported.contains("<frame_filter>step=2</frame_filter>"),
                exported);
        assertEquals(List.of(), ModelComparison.compare(project, TestFormats.load("cvat-video", out),
                ModelComparison.Options.exact()));
    }

    @Test
    void aMissingFrameRejectsTheFileAndNothingIsImported() throws IOException {
        Path copy = copyFixture("missing");
        Files.delete(copy.resolve("images/frame_000004.png"));
        ImportResult result = TestFormats.read("cvat-video", copy);
        assertTrue(result.unreadable(), result.report().toText());
        assertTrue(result.dataset().isEmpty(), "nothing half-imported");
        ValidationIssue issue = result.report().issues().get(0);
        assertEquals("annotations.xml", issue.file());
        assertTrue(issue.reason().contains("frame_000004") && issue.reason().contains("1 of the 10 frames"), issue.reason());
    }

    @Test
    void aBrokenKeyframeRejectsItsTrackWithTheLineAndKeepsTheOthers() throws IOException {
        Path copy = copyFixture("broken");
        Path xml = copy.resolve("annotations.xml");
        List<String> lines = new ArrayList<>(Files.readAllLines(xml));
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<polygon frame=\"7\" keyframe=\"1\"")) {
                lines.set(i, lines.get(i).replace("points=\"30.00,25.00", "points=\"30.00,x"));
                line = i + 1;
            }
            if (lines.get(i).contains("<ellipse frame=\"9\"")) {
                lines.set(i, lines.get(i).replace("frame=\"9\"", "frame=\"12\""));
            }
        }
        Files.write(xml, lines);
        ImportResult result = TestFormats.read("cvat-video", copy);
        assertEquals(2, result.report().rejectedCount(), result.report().toText());
        String text = result.report().toText();
        assertTrue(text.contains("line " + line + " (line ") && text.contains("<polygon> at frame 7"), text);
        assertTrue(text.contains("frame 12 is not a frame of the task (frames 0 to 9)"), text);
        Project project = TestFormats.project(result.dataset());
        assertEquals(39 - 8 - 5, TestFormats.annotationCount(project), "the other tracks are all there");
    }

    @Test
    void theImagesFormatLeavesVideoFilesToCvatVideo() throws IOException {
        assertEquals("cvat-video", TestFormats.registry().detect(Fixtures.path(FIXTURE)).get(0).format().id());
        assertEquals("cvat-video",
                TestFormats.registry().detect(Fixtures.path(FIXTURE + "/annotations.xml")).get(0).format().id());
        ImportResult asImages = TestFormats.read("cvat", Fixtures.path(FIXTURE + "/annotations.xml"));
        assertTrue(asImages.report().toText().contains("--format cvat-video"), asImages.report().toText());
    }

    private Path copyFixture(String name) throws IOException {
        Path target = temp.resolve(name);
        Path source = Fixtures.path(FIXTURE);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static String head(int start, int stop, String filter) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <annotations>
                  <version>1.1</version>
                  <meta>
                    <task>
                      <name>stepped</name>
                      <mode>interpolation</mode>
                      <start_frame>%d</start_frame>
                      <stop_frame>%d</stop_frame>
                      <frame_filter>%s</frame_filter>
                      <labels>
                        <label>
                          <name>car</name>
                          <type>rectangle</type>
                          <attributes>
                          </attributes>
                        </label>
                      </labels>
                      <original_size>
                        <width>64</width>
                        <height>48</height>
                      </original_size>
                    </task>
                  </meta>
                """.formatted(start, stop, filter);
    }

    /** Per track id, "frame keyframe" and "frame outside" for the keyframes the XML writes. */
    private static Map<String, Set<String>> keyframes(String xml) {
        Map<String, Set<String>> keys = new TreeMap<>();
        Matcher tracks = Pattern.compile("<track id=\"(\\d+)\"[^>]*>(.*?)</track>", Pattern.DOTALL).matcher(xml);
        Pattern shape = Pattern.compile("frame=\"(\\d+)\" keyframe=\"1\" outside=\"(\\d)\"");
        while (tracks.find()) {
            Set<String> frames = new TreeSet<>();
            Matcher shapes = shape.matcher(tracks.group(2));
            while (shapes.find()) {
                frames.add(shapes.group(1) + ("1".equals(shapes.group(2)) ? " outside" : " keyframe"));
            }
            keys.put(tracks.group(1), frames);
        }
        return keys;
    }

    private static Annotation track(Project project, int frame, String trackId) {
        Annotation found = find(project, frame, trackId);
        assertTrue(found != null, "track " + trackId + " on frame " + frame);
        return found;
    }

    private static Annotation find(Project project, int frame, String trackId) {
        for (Annotation annotation : project.getImages().get(frame).getAnnotations()) {
            if (trackId.equals(annotation.getAttributes().get("cvat:track_id"))) {
                return annotation;
            }
        }
        return null;
    }
}
