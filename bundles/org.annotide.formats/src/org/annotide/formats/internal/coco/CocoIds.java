package org.annotide.formats.internal.coco;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives images and categories of one exported file their COCO ids. An object keeps the id it was imported
 * with, so a dataset read from COCO goes back out with the ids its detections, training configurations and
 * class maps refer to (COCO's own 80 categories are numbered 1 to 90 with gaps). Objects without a kept id,
 * or whose kept id another object of the file already took, get fresh ids above every kept one.
 */
final class CocoIds {

    private CocoIds() {
    }

    /**
     * @param kept the id an object was imported with as text, or null
     * @return an id for every object, unique, in the objects' order of preference
     */
    static <T> Map<T, Long> assign(List<T> objects, Function<T, String> kept) {
        Map<T, Long> ids = new IdentityHashMap<>();
        Set<Long> taken = new HashSet<>();
        long highest = 0;
        for (T object : objects) {
            Long id = parse(kept.apply(object));
            if (id != null && taken.add(id)) {
                ids.put(object, id);
                highest = Math.max(highest, id);
            }
        }
        for (T object : objects) {
            if (!ids.containsKey(object)) {
                ids.put(object, ++highest);
            }
        }
        return ids;
    }

    /** A positive whole number that fits an int (pycocotools and most trainers read ids as such), or null. */
    private static Long parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 && id <= Integer.MAX_VALUE ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
