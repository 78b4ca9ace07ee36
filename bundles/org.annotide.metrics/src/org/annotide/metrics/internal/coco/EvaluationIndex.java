package org.annotide.metrics.internal.coco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annotide.metrics.coco.CocoDataException;

/**
 * The annotations of each (category, image) pair, in the order pycocotools puts them in its {@code _gts} and
 * {@code _dts} lists: images in sorted-id order, annotations of one image in file order. Stored as
 * compressed rows: the members of pair (k, i) are {@code members[start[k * I + i] .. start[k * I + i + 1])}.
 */
final class EvaluationIndex {

    final List<Object> imageIds;
    final List<Object> categoryIds;
    final Map<Object, Integer> imagePosition = new HashMap<>();
    final Map<Object, Integer> categoryPosition = new HashMap<>();
    int[] gtStart;
    int[] gtMembers;
    int[] dtStart;
    int[] dtMembers;

    EvaluationIndex(GroundTruth gt, AnnotationTable dt) {
        imageIds = sortedUnique(gt.imageIds, gt.file + ": image ids");
        categoryIds = sortedUnique(gt.categoryIds, gt.file + ": category ids");
        for (int i = 0; i < imageIds.size(); i++) {
            imagePosition.put(imageIds.get(i), i);
        }
        for (int k = 0; k < categoryIds.size(); k++) {
            categoryPosition.put(categoryIds.get(k), k);
        }
        int[][] gtGroups = group(gt.annotations, resolveDuplicateIds(gt));
        gtStart = gtGroups[0];
        gtMembers = gtGroups[1];
        int[][] dtGroups = group(dt, null);
        dtStart = dtGroups[0];
        dtMembers = dtGroups[1];
    }

    int images() {
        return imageIds.size();
    }

    int categories() {
        return categoryIds.size();
    }

    private static List<Object> sortedUnique(List<Object> ids, String what) {
        List<Object> unique = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        try {
            unique.sort(PyKey.ORDER);
        } catch (IllegalArgumentException e) {
            throw new CocoDataException(what + ": " + e.getMessage());
        }
        return unique;
    }

    /**
     * pycocotools looks annotations up by id ({@code loadAnns(getAnnIds(...))}), so when ids repeat, every
     * occurrence stands for the last annotation with that id. Returns that row for each row.
     */
    private static int[] resolveDuplicateIds(GroundTruth gt) {
        AnnotationTable table = gt.annotations;
        Map<Object, Integer> last = new HashMap<>(table.size * 2);
        for (int row = 0; row < table.size; row++) {
            if (table.id[row] == null) {
                throw new CocoDataException(gt.file + ": annotations[" + row + "] has no id");
            }
            last.put(table.id[row], row);
        }
        int[] resolved = new int[table.size];
        for (int row = 0; row < table.size; row++) {
            resolved[row] = last.get(table.id[row]);
        }
        return resolved;
    }

    /**
     * Visits rows image by image (sorted ids), file order within an image, keeps those whose image and category
     * are evaluated, and files the row they stand for under that row's own (category, image).
     */
    private int[][] group(AnnotationTable table, int[] resolved) {
        int images = images();
        int[] imageOf = new int[table.size];
        int[] perImage = new int[images + 1];
        for (int row = 0; row < table.size; row++) {
            Integer position = table.imageId[row] == null ? null : imagePosition.get(table.imageId[row]);
            imageOf[row] = position == null ? -1 : position;
            if (position != null) {
                perImage[position + 1]++;
            }
        }
        for (int i = 0; i < images; i++) {
            perImage[i + 1] += perImage[i];
        }
        int[] visit = new int[perImage[images]];
        int[] fill = perImage.clone();
        for (int row = 0; row < table.size; row++) {
            if (imageOf[row] >= 0) {
                visit[fill[imageOf[row]]++] = row;
            }
        }
        int pairs;
        try {
            pairs = Math.multiplyExact(categories(), images);
        } catch (ArithmeticException e) {
            throw new CocoDataException(categories() + " categories x " + images
                    + " images are more (category, image) pairs than one evaluation can index");
        }
        int[] pairOf = new int[visit.length];
        int[] start = new int[pairs + 1];
        int kept = 0;
        for (int v = 0; v < visit.length; v++) {
            int row = visit[v];
            pairOf[v] = -1;
            if (table.categoryId[row] == null || !categoryPosition.containsKey(table.categoryId[row])) {
                continue;
            }
            int target = resolved == null ? row : resolved[row];
            visit[v] = target;
            Integer image = table.imageId[target] == null ? null : imagePosition.get(table.imageId[target]);
            Integer category = table.categoryId[target] == null ? null : categoryPosition.get(table.categoryId[target]);
            if (image == null || category == null) {
                continue;
            }
            pairOf[v] = category * images + image;
            start[pairOf[v] + 1]++;
            kept++;
        }
        for (int p = 0; p < pairs; p++) {
            start[p + 1] += start[p];
        }
        int[] members = new int[kept];
        int[] cursor = java.util.Arrays.copyOf(start, pairs);
        for (int v = 0; v < visit.length; v++) {
            if (pairOf[v] >= 0) {
                members[cursor[pairOf[v]]++] = visit[v];
            }
        }
        return new int[][] { start, members };
    }
}
