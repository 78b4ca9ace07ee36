package org.annotide.ui.editor.internal.tools;

import java.util.Arrays;
import java.util.List;

import org.annotide.model.AnnotideFactory;
import org.annotide.model.KeypointsShape;
import org.annotide.model.LabelClass;

/**
 * Places the keypoints of the current class in the order of its keypoint names, showing its skeleton as
 * it grows: click places the next point as visible, Shift-click as labelled but not visible, Skip leaves
 * one unlabelled. The shape is created after the last point (or on Enter, leaving the rest unlabelled).
 * A class without keypoint names takes any number of points, finished with Enter.
 */
public final class KeypointsTool extends DrawingTool {

    private double[] points = new double[0];
    private int[] visibility = new int[0];

    public KeypointsTool(ToolSite site) {
        super(site);
    }

    @Override
    public String name() {
        return "Keypoints";
    }

    @Override
    public String hint() {
        List<String> names = names();
        int next = visibility.length;
        if (!names.isEmpty() && next < names.size()) {
            return "Click \"" + names.get(next) + "\" (" + (next + 1) + " of " + names.size()
                    + "); Shift-click: occluded; S: skip; Enter: finish";
        }
        return "Click to place a keypoint; Shift-click: occluded; Enter: finish";
    }

    @Override
    public void mouseDown(ToolEvent event) {
        if (event.button() != 1) {
            return;
        }
        place(clampX(event.x()), clampY(event.y()), event.shift() ? 1 : 2);
    }

    @Override
    public void mouseMove(ToolEvent event) {
        // points are placed by clicks only
    }

    @Override
    public void mouseUp(ToolEvent event) {
        // points are placed on press
    }

    /** Leaves the next keypoint unlabelled (COCO visibility 0). */
    public boolean skip() {
        if (names().isEmpty()) {
            return false;
        }
        place(0, 0, 0);
        return true;
    }

    @Override
    public boolean finish() {
        if (visibility.length == 0) {
            return false;
        }
        int total = Math.max(names().size(), visibility.length);
        double[] finalPoints = Arrays.copyOf(points, total * 2);
        int[] finalVisibility = Arrays.copyOf(visibility, total);
        points = new double[0];
        visibility = new int[0];
        clear();
        site.hint(hint());
        if (Arrays.stream(finalVisibility).anyMatch(v -> v > 0)) {
            site.create(shape(finalPoints, finalVisibility), "Draw Keypoints");
        }
        return true;
    }

    @Override
    public boolean cancel() {
        if (visibility.length == 0) {
            return false;
        }
        points = new double[0];
        visibility = new int[0];
        clear();
        site.hint(hint());
        return true;
    }

    @Override
    public boolean deleteLast() {
        if (visibility.length == 0) {
            return false;
        }
        points = Arrays.copyOf(points, points.length - 2);
        visibility = Arrays.copyOf(visibility, visibility.length - 1);
        site.hint(hint());
        showPreview();
        return true;
    }

    private void place(double x, double y, int visible) {
        points = Arrays.copyOf(points, points.length + 2);
        points[points.length - 2] = x;
        points[points.length - 1] = y;
        visibility = Arrays.copyOf(visibility, visibility.length + 1);
        visibility[visibility.length - 1] = visible;
        List<String> names = names();
        if (!names.isEmpty() && visibility.length >= names.size()) {
            finish();
            return;
        }
        site.hint(hint());
        showPreview();
    }

    private void showPreview() {
        if (visibility.length == 0) {
            clear();
            return;
        }
        preview(shape(points.clone(), visibility.clone()));
    }

    private static KeypointsShape shape(double[] points, int[] visibility) {
        KeypointsShape shape = AnnotideFactory.eINSTANCE.createKeypointsShape();
        shape.setPoints(points);
        shape.setVisibility(visibility);
        return shape;
    }

    private List<String> names() {
        LabelClass labelClass = site.currentClass();
        return labelClass == null ? List.of() : labelClass.getKeypointNames();
    }
}
