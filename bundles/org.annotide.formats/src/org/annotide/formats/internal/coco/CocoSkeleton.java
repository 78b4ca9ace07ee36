package org.annotide.formats.internal.coco;

import org.annotide.formats.ValidationReport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * COCO skeletons: a list of [a, b] pairs of keypoint numbers, 1-based (COCO's person skeleton starts at
 * [16, 14]). The model stores 0-based pairs. Some writers (datumaro) put 0-based pairs into COCO files;
 * a pair containing 0 can only be 0-based, so such a skeleton is read as 0-based and the report says so.
 */
final class CocoSkeleton {

    private CocoSkeleton() {
    }

    /**
     * @param keypointCount the number of named keypoints, or 0 when the category names none
     * @return 0-based pairs, or null when the skeleton is unusable (reported)
     */
    static int[] read(JsonNode skeleton, int keypointCount, String file, String path, ValidationReport report) {
        int[] edges = new int[skeleton.size() * 2];
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < skeleton.size(); i++) {
            JsonNode pair = skeleton.get(i);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isIntegralNumber() || !pair.get(1).isIntegralNumber()) {
                report.warn(file, path + "[" + i + "]", "a skeleton edge must be a pair of keypoint numbers;"
                        + " the skeleton was left out");
                return null;
            }
            edges[2 * i] = pair.get(0).asInt();
            edges[2 * i + 1] = pair.get(1).asInt();
            min = Math.min(min, Math.min(edges[2 * i], edges[2 * i + 1]));
        }
        if (min < 0) {
            report.warn(file, path, "a skeleton edge has a negative keypoint number; the skeleton was left out");
            return null;
        }
        int shift = 1;
        if (min == 0) {
            shift = 0;
            report.warn(file, path, "the skeleton uses keypoint number 0, so it is read as 0-based"
                    + " (COCO's skeletons are 1-based)");
        }
        for (int i = 0; i < edges.length; i++) {
            edges[i] -= shift;
            if (keypointCount > 0 && edges[i] >= keypointCount) {
                report.warn(file, path, "a skeleton edge joins keypoint " + (edges[i] + 1) + " but the category has "
                        + keypointCount + " keypoints; the skeleton was left out");
                return null;
            }
        }
        return edges;
    }

    /** 1-based pairs for writing. */
    static int[][] write(int[] edges) {
        if (edges == null) {
            return new int[0][];
        }
        int[][] pairs = new int[edges.length / 2][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new int[] {edges[2 * i] + 1, edges[2 * i + 1] + 1};
        }
        return pairs;
    }
}
