package org.annotide.formats.internal.cvat;

import java.util.List;
import java.util.Locale;

import org.annotide.model.LabelClass;

/**
 * The SVG CVAT stores with a skeleton label: one circle per element (its node id, element id and label name)
 * and one line per edge (node ids from and to). Nodes are laid out on a circle in the 100 x 100 box CVAT's
 * skeleton editor uses; only the ids, names and edges matter to CVAT when it imports.
 */
final class CvatSkeletonSvg {

    private CvatSkeletonSvg() {
    }

    static String svg(LabelClass labelClass) {
        List<String> names = labelClass.getKeypointNames();
        int count = names.size();
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * i / Math.max(1, count);
            x[i] = 50 + 40 * Math.cos(angle);
            y[i] = 50 + 40 * Math.sin(angle);
        }
        StringBuilder svg = new StringBuilder();
        int[] edges = labelClass.getSkeletonEdges() == null ? new int[0] : labelClass.getSkeletonEdges();
        for (int i = 0; i + 1 < edges.length; i += 2) {
            int a = edges[i];
            int b = edges[i + 1];
            if (a < 0 || b < 0 || a >= count || b >= count) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.3f\" y1=\"%.3f\" x2=\"%.3f\" y2=\"%.3f\" stroke=\"black\""
                    + " data-type=\"edge\" data-node-from=\"%d\" stroke-width=\"0.5\" data-node-to=\"%d\"></line>",
                    x[a], y[a], x[b], y[b], a + 1, b + 1));
        }
        for (int i = 0; i < count; i++) {
            svg.append(String.format(Locale.ROOT, "<circle r=\"1.5\" stroke=\"black\" fill=\"#b3b3b3\" cx=\"%.3f\""
                    + " cy=\"%.3f\" stroke-width=\"0.1\" data-type=\"element node\" data-element-id=\"%d\""
                    + " data-node-id=\"%d\" data-label-name=\"%s\"></circle>", x[i], y[i], i + 1, i + 1,
                    escape(names.get(i))));
        }
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
