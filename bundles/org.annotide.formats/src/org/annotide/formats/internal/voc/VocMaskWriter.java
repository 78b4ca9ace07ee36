package org.annotide.formats.internal.voc;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.annotide.core.geometry.CocoRle;
import org.annotide.core.geometry.ShapeGeometry;
import org.annotide.formats.ValidationReport;
import org.annotide.model.ImageAsset;

/**
 * Writes the two VOC segmentation PNGs of an image as 8-bit palette images: SegmentationClass (palette index =
 * label map index, palette = label map colours) and SegmentationObject (index = object number, palette = VOC
 * colour map). Regions are rasterised with pycocotools' rules; where regions overlap, the later object wins
 * (VOC stores one label per pixel), which is reported.
 */
final class VocMaskWriter {

    private static final int MAX_INSTANCES = 254;

    private final List<VocLabelMap.Entry> labelMap;
    private final Map<String, Integer> classIndex;
    private final ValidationReport report;

    VocMaskWriter(List<VocLabelMap.Entry> labelMap, Map<String, Integer> classIndex, ValidationReport report) {
        this.labelMap = labelMap;
        this.classIndex = classIndex;
        this.report = report;
    }

    boolean needed(List<VocObject> objects) {
        return objects.stream().anyMatch(object -> object.region() != null);
    }

    /** @return true when masks were written */
    boolean write(Path root, String stem, ImageAsset image, List<VocObject> objects) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        if (width <= 0 || height <= 0) {
            report.reject(image.getName(), "", "the image size is unknown, so its segmentation masks cannot be drawn");
            return false;
        }
        byte[] classes = new byte[width * height];
        byte[] instances = new byte[width * height];
        long overlap = 0;
        for (int i = 0; i < objects.size(); i++) {
            VocObject object = objects.get(i);
            if (object.region() == null) {
                continue;
            }
            int instance = i + 1;
            if (instance > MAX_INSTANCES) {
                report.reject(image.getName(), "annotation " + object.region().getId(),
                        "VOC masks hold at most " + MAX_INSTANCES + " objects per image");
                continue;
            }
            Integer label = classIndex.get(object.region().getLabelClass().getName());
            if (label == null || label > MAX_INSTANCES) {
                report.reject(image.getName(), "annotation " + object.region().getId(),
                        "VOC masks hold at most " + MAX_INSTANCES + " classes");
                continue;
            }
            CocoRle rle = ShapeGeometry.rasterize(object.region().getShape(), height, width);
            byte[] columnMajor = rle.decode();
            for (int x = 0; x < width; x++) {
                for (int y = 0; y < height; y++) {
                    if (columnMajor[x * height + y] != 0) {
                        int at = y * width + x;
                        if (instances[at] != 0) {
                            overlap++;
                        }
                        instances[at] = (byte) instance;
                        classes[at] = (byte) (int) label;
                    }
                }
            }
        }
        if (overlap > 0) {
            report.warn(image.getName(), "", overlap + " pixel(s) belong to several regions; VOC masks keep the last");
        }
        write(root.resolve("SegmentationClass").resolve(stem + ".png"), classes, width, height, classPalette());
        write(root.resolve("SegmentationObject").resolve(stem + ".png"), instances, width, height, instancePalette());
        return true;
    }

    private IndexColorModel classPalette() {
        byte[][] rgb = new byte[3][256];
        for (int i = 0; i < 256; i++) {
            int color = i < labelMap.size() ? labelMap.get(i).rgb() : VocLabelMap.color(i);
            if (i == VocLabelMap.VOID) {
                color = VocLabelMap.color(VocLabelMap.VOID);
            }
            rgb[0][i] = (byte) (color >> 16);
            rgb[1][i] = (byte) (color >> 8);
            rgb[2][i] = (byte) color;
        }
        return new IndexColorModel(8, 256, rgb[0], rgb[1], rgb[2]);
    }

    private static IndexColorModel instancePalette() {
        byte[][] rgb = new byte[3][256];
        for (int i = 0; i < 256; i++) {
            int color = VocLabelMap.color(i);
            rgb[0][i] = (byte) (color >> 16);
            rgb[1][i] = (byte) (color >> 8);
            rgb[2][i] = (byte) color;
        }
        return new IndexColorModel(8, 256, rgb[0], rgb[1], rgb[2]);
    }

    private static void write(Path file, byte[] pixels, int width, int height, IndexColorModel palette)
            throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
        WritableRaster raster = image.getRaster();
        raster.setDataElements(0, 0, width, height, pixels);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer for " + file);
        }
    }
}
