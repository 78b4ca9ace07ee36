package org.annotide.formats.internal.yolo;

/** The Ultralytics dataset tasks whose label files hold one object per line. */
enum YoloTask {
    /** {@code class cx cy w h}, normalised. */
    DETECT,
    /** {@code class x1 y1 x2 y2 ... xn yn}, a polygon, normalised. */
    SEGMENT,
    /** {@code class x1 y1 x2 y2 x3 y3 x4 y4}, the corners of an oriented box, normalised. */
    OBB,
    /** {@code class cx cy w h} then {@code x y [v]} per keypoint, normalised. */
    POSE
}
