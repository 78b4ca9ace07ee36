package org.annotide.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annotide.formats.FormatImporter;
import org.annotide.formats.ImportContext;
import org.annotide.formats.ImportOptions;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.Dataset;
import org.annotide.formats.ValidationIssue;
import org.annotide.formats.ValidationReport;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.tests.support.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each importer over seeded mutations of real files: random byte changes, cuts and insertions, and values
 * swapped for hostile ones (negative, huge, text where numbers belong, lists where objects belong). An importer
 * may report rejections or refuse the whole source with an IOException; it must never throw anything else, and
 * never hang: the whole run of one importer is bounded (a guard against endless loops, not a speed test).
 * Each outcome is inspected: the pristine file imports clean; what an importer accepts holds only annotations with
 * a class and finite coordinates; a rejection says where and why; a refusal says why. Mutations must be noticed:
 * not every round may come out clean.
 */
class ImporterFuzzTest {

    private static final int ROUNDS = 60;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String[] HOSTILE = {"-1", "0", "1e308", "-1e308", "99999999999", "\"x\"", "null", "[]", "{}",
            "[1,2]", "0.5", "2147483648", "NaN", ""};

    @TempDir
    Path temp;

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("coco", "formats/coco/datumaro", "annotations/person_keypoints_val.json"),
                Arguments.of("coco", "formats/coco/datumaro", "annotations/instances_val.json"),
                Arguments.of("cvat", "formats/cvat/datumaro_for_images", "annotations.xml"),
                Arguments.of("voc", "formats/voc/datumaro_voc1", "Annotations/2007_000001.xml"),
                Arguments.of("voc", "formats/voc/datumaro_voc1", "SegmentationObject/2007_000001.png"),
                Arguments.of("voc", "formats/voc/datumaro_voc2", "labelmap.txt"),
                Arguments.of("yolo-darknet", "formats/yolo/datumaro/yolo", "obj_train_data/1.txt"),
                Arguments.of("yolo-detect", "formats/yolo/datumaro/yolov8_detection", "labels/train/1.txt"),
                Arguments.of("yolo-segment", "formats/yolo/datumaro/yolov8_segmentation", "labels/train/1.txt"),
                Arguments.of("yolo-obb", "formats/yolo/datumaro/yolov8_oriented_boxes", "labels/train/1.txt"),
                Arguments.of("yolo-pose", "formats/yolo/datumaro/yolov8_pose", "labels/train/1.txt"),
                Arguments.of("yolo-pose", "formats/yolo/datumaro/yolov8_pose", "data.yaml"),
                Arguments.of("labelstudio", "formats/labelstudio/export_yolo", "data_keypoints.json"),
                Arguments.of("labelstudio", "formats/labelstudio/export_coco", "data.json"),
                Arguments.of("labelstudio-min", "generated:labelstudio-min", "min.json"),
                Arguments.of("simple-json", "generated:simple-json", "dataset.json"),
                Arguments.of("csv", "generated:csv", "dataset.csv"),
                Arguments.of("yolo-classify", "generated:yolo-classify", "train/cat/a.png"));
    }

    @ParameterizedTest(name = "{0} mutating {2}")
    @MethodSource("sources")
    void mutatedInputNeverBreaksTheImporter(String format, String fixture, String target) throws IOException {
        FormatImporter importer = TestFormats.format(format).importer();
        Path pristine = temp.resolve("pristine");
        if (fixture.startsWith("generated:")) {
            GeneratedSources.write(fixture.substring("generated:".length()), pristine);
        } else {
            copy(Fixtures.path(fixture), pristine);
        }
        ImportOptions options = new ImportOptions(false, List.of(Fixtures.path("formats/yolo/datumaro/yolo/obj_train_data")));
        Path source = format.startsWith("labelstudio") || format.equals("simple-json") || format.equals("csv")
                ? pristine.resolve(target) : pristine;
        byte[] original = Files.readAllBytes(pristine.resolve(target));
        ValidationReport pristineReport = new ValidationReport();
        Dataset pristineData = new Dataset();
        importer.read(new ImportContext(source, options, pristineReport, null), pristineData);
        assertFalse(pristineReport.hasRejections(), pristineReport.toText());
        assertSound(pristineData, "the pristine file");
        Random random = new Random(target.hashCode() * 31L + format.hashCode());
        List<String> outcomes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                Files.write(pristine.resolve(target), mutate(original, random));
                ValidationReport report = new ValidationReport();
                Dataset dataset = new Dataset();
                String what = format + " round " + round;
                try {
                    importer.read(new ImportContext(source, options, report, null), dataset);
                    assertSound(dataset, what);
                    for (ValidationIssue issue : report.issues()) {
                        assertNotNull(issue.reason(), what);
                        assertFalse(issue.reason().isBlank(), what + ": a reason for " + issue);
                        if (issue.severity() == ValidationIssue.Severity.REJECTED) {
                            // the place is empty where a whole file is left out; ImportRejectionsTest checks places
                            assertTrue(issue.file() != null && !issue.file().isBlank(), what + ": the file of " + issue);
                        }
                    }
                    outcomes.add(report.hasRejections() ? "rejections" : "clean");
                } catch (IOException e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what + ": refused without a reason");
                    outcomes.add("refused");
                }
            }
        });
        assertEquals(ROUNDS, outcomes.size());
        if (!format.equals("yolo-classify")) { // it reads class names from folders, not the images' bytes
            assertTrue(outcomes.stream().anyMatch(outcome -> !outcome.equals("clean")),
                    format + ": no mutation of " + target + " was noticed in " + ROUNDS + " rounds");
        }
    }

    /** What an importer let through: every annotation has a shape with finite bounds (a class may be absent). */
    private static void assertSound(Dataset dataset, String what) {
        for (ImageAsset image : dataset.images()) {
            for (Annotation annotation : image.getAnnotations()) {
                assertNotNull(annotation.getShape(), what + ": an annotation without a shape");
                double[] bounds = ShapeGeometry.bounds(annotation.getShape());
                if (bounds != null) {
                    for (double value : bounds) {
                        assertTrue(Double.isFinite(value), what + ": " + annotation.getShape().getKind()
                                + " with bounds " + java.util.Arrays.toString(bounds) + " on " + image.getName());
                    }
                }
            }
        }
    }

    static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.ISO_8859_1);
        int kind = random.nextInt(4);
        if (kind == 0 && NUMBER.matcher(text).find()) {
            List<int[]> numbers = new ArrayList<>();
            Matcher matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                numbers.add(new int[] {matcher.start(), matcher.end()});
            }
            StringBuilder mutated = new StringBuilder(text);
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                int[] at = numbers.get(random.nextInt(numbers.size()));
                if (at[1] <= mutated.length()) {
                    mutated.replace(at[0], at[1], HOSTILE[random.nextInt(HOSTILE.length)]);
                }
                numbers.removeIf(other -> other[0] >= at[0]);
                if (numbers.isEmpty()) {
                    break;
                }
            }
            return mutated.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] bytes = original.clone();
        if (bytes.length == 0) {
            return bytes;
        }
        if (kind == 1) {
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }
        if (kind == 2) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        int at = random.nextInt(bytes.length);
        byte[] inserted = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, inserted, 0, at);
        inserted[at] = (byte) "{[\"".charAt(random.nextInt(3));
        inserted[at + 1] = (byte) ",:]".charAt(random.nextInt(3));
        inserted[at + 2] = (byte) "}9-".charAt(random.nextInt(3));
        System.arraycopy(bytes, at, inserted, at + 3, bytes.length - at);
        return inserted;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }
}
