package org.annotide.formats.internal.coco;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.formats.ModelComparison;
import org.annotide.model.ImageAsset;
import org.annotide.model.Shape;

/** Names and conventions shared by the COCO importer and exporter. */
final class CocoFormat {

    /** Image metadata keys of captions: {@code coco:caption.1}, {@code coco:caption.2}, ... */
    static final String CAPTION_PREFIX = "coco:caption.";
    /** Annotation files in the layout datumaro and CVAT write: {@code annotations/<task>_<subset>.json}. */
    static final Pattern TASK_FILE = Pattern.compile(
            "(instances|person_keypoints|labels|captions|image_info|panoptic)_(.+)\\.json");

    private CocoFormat() {
    }

    /** Image metadata key of the id the image had in the COCO file it came from. */
    static final String IMAGE_ID = "coco:id";

    /** Project metadata key of the id the class had as a COCO category. */
    static String categoryIdKey(String className) {
        return categoryMetadataKey(className, "id");
    }

    static String categoryMetadataKey(String className, String field) {
        return "coco:category." + className + "." + field;
    }

    /** The subset a file name of the datumaro layout names, or null. */
    static String subset(String fileName) {
        Matcher matcher = TASK_FILE.matcher(fileName);
        return matcher.matches() ? matcher.group(2) : null;
    }

    static String task(String fileName) {
        Matcher matcher = TASK_FILE.matcher(fileName);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static int captionCount(ImageAsset image) {
        int count = 0;
        while (image.getMetadata().containsKey(CAPTION_PREFIX + (count + 1))) {
            count++;
        }
        return count;
    }

    static boolean sameGeometry(Shape a, Shape b) {
        return ModelComparison.sameShape(a, b, 1e-9);
    }
}
