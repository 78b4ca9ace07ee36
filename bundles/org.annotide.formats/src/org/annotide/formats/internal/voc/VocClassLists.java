package org.annotide.formats.internal.voc;

import java.util.List;

import org.annotide.formats.Dataset;
import org.annotide.formats.ImportContext;
import org.annotide.formats.internal.Shapes;
import org.annotide.model.Annotation;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;

/**
 * VOC classification lists {@code ImageSets/Main/<class>_<subset>.txt}: "image 1" means the image shows the
 * class, "image 0" that it does but is difficult, "image -1" that it does not. 1 and 0 become image-level
 * class annotations (0 with attribute difficult=1); -1 is the absence of one.
 */
final class VocClassLists {

    /** One list: the class, the subset, and rows of {image, flag, file, line}. */
    record ClassList(String label, String subset, List<String[]> rows) {
    }

    private VocClassLists() {
    }

    static void apply(ImportContext context, Dataset dataset, ClassList list) {
        LabelClass labelClass = dataset.labelClass(list.label());
        for (String[] row : list.rows()) {
            String stem = row[0];
            String flag = row[1];
            if (flag.equals("-1")) {
                continue;
            }
            if (!flag.equals("1") && !flag.equals("0")) {
                context.report().reject(row[2], "line " + row[3], "the flag must be 1, 0 or -1, found " + flag);
                continue;
            }
            ImageAsset image = dataset.findImage(stem);
            if (image == null) {
                context.report().reject(row[2], "line " + row[3], "no image " + stem + " in this dataset");
                continue;
            }
            Annotation annotation = dataset.annotate(image, labelClass, Shapes.imageClass());
            if (flag.equals("0")) {
                annotation.getAttributes().put("difficult", "1");
            }
            context.report().accepted(1);
        }
    }
}
