package org.annotide.metrics.internal.coco;

import java.util.ArrayList;
import java.util.List;

import org.annotide.core.geometry.CocoRle;

/** A COCO "segmentation" value as read from JSON, turned into an RLE the way pycocotools' annToRLE does. */
public sealed interface Segmentation {

    /** annToRLE: the RLE of this segmentation on an image of the given size. */
    CocoRle toRle(int imageHeight, int imageWidth);

    /** A list of polygons {@code [[x0,y0,x1,y1,...], ...]}: rasterised one by one and united. */
    record Polygons(double[][] polygons) implements Segmentation {
        @Override
        public CocoRle toRle(int imageHeight, int imageWidth) {
            List<CocoRle> parts = new ArrayList<>(polygons.length);
            for (double[] polygon : polygons) {
                parts.add(CocoRle.fromPolygon(polygon, imageHeight, imageWidth));
            }
            return CocoRle.merge(parts, false);
        }
    }

    /** {"size": [h, w], "counts": "..."}: used as is, with its own size. */
    record CompressedRle(int height, int width, String counts) implements Segmentation {
        @Override
        public CocoRle toRle(int imageHeight, int imageWidth) {
            return CocoRle.fromCompressedString(counts, height, width);
        }
    }

    /** {"size": [h, w], "counts": [runs]}: frUncompressedRLE, with its own size. */
    record UncompressedRle(int height, int width, int[] counts) implements Segmentation {
        @Override
        public CocoRle toRle(int imageHeight, int imageWidth) {
            return new CocoRle(height, width, counts);
        }
    }
}
