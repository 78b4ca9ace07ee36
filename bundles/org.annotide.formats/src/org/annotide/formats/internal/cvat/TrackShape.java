package org.annotide.formats.internal.cvat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.annotide.model.MaskShape;

/**
 * One shape of a CVAT track at one frame, in CVAT's own terms: the element ({@code box}, {@code polygon},
 * {@code polyline}, {@code points}, {@code ellipse}, {@code mask}), its numbers as CVAT interpolates them
 * (box: xtl, ytl, xbr, ybr; ellipse: cx, cy, rx, ry; the others: x, y pairs), the rotation in degrees, the
 * mask for masks, and the flags and attributes that a frame inherits from the keyframe before it.
 */
record TrackShape(String type, int frame, double[] points, double rotation, MaskShape mask, boolean outside,
        boolean occluded, boolean keyframe, int zOrder, Map<String, String> attributes) {

    TrackShape {
        attributes = attributes == null ? new LinkedHashMap<>() : attributes;
    }

    /** The same shape at another frame with other numbers: not a keyframe, flags and attributes kept. */
    TrackShape at(int otherFrame, double[] otherPoints, double otherRotation) {
        return new TrackShape(type, otherFrame, otherPoints, otherRotation, mask, outside, occluded, false, zOrder,
                new LinkedHashMap<>(attributes));
    }

    TrackShape withFlags(boolean isOutside, boolean isKeyframe) {
        return new TrackShape(type, frame, points, rotation, mask, isOutside, occluded, isKeyframe, zOrder,
                attributes);
    }

    TrackShape withAttributes(Map<String, String> otherAttributes) {
        return new TrackShape(type, frame, points, rotation, mask, outside, occluded, keyframe, zOrder,
                otherAttributes);
    }

    /**
     * True when the other shape is what a reader of CVAT for video would see at the same frame: same element, the
     * same numbers within {@code tolerance} pixels (degrees for the rotation), same mask, flags, z-order and
     * attributes.
     */
    boolean sameAs(TrackShape other, double tolerance) {
        if (!type.equals(other.type) || occluded != other.occluded || zOrder != other.zOrder
                || !attributes.equals(other.attributes)) {
            return false;
        }
        if (mask != null || other.mask != null) {
            return mask != null && other.mask != null && mask.getX() == other.mask.getX()
                    && mask.getY() == other.mask.getY() && mask.getWidth() == other.mask.getWidth()
                    && mask.getHeight() == other.mask.getHeight()
                    && Arrays.equals(mask.getCounts(), other.mask.getCounts());
        }
        if (points.length != other.points.length) {
            return false;
        }
        for (int i = 0; i < points.length; i++) {
            if (!(Math.abs(points[i] - other.points[i]) <= tolerance)) {
                return false;
            }
        }
        double turn = Math.abs(rotation - other.rotation) % 360;
        return Math.min(turn, 360 - turn) <= tolerance;
    }

    @Override
    public boolean equals(Object object) {
        return object instanceof TrackShape other && frame == other.frame && outside == other.outside
                && keyframe == other.keyframe && sameAs(other, 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, frame, Arrays.hashCode(points), rotation);
    }

    @Override
    public String toString() {
        return type + "@" + frame + Arrays.toString(points) + (rotation == 0 ? "" : " rotation " + rotation)
                + (outside ? " outside" : "") + (keyframe ? " keyframe" : "");
    }
}
