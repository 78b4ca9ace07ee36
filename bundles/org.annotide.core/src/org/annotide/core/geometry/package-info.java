/**
 * Geometry of model shapes in image pixels (y down), and its one owner in Annotide: bounds
 * ({@link org.annotide.core.geometry.ShapeBounds}), polygon rings and parts
 * ({@link org.annotide.core.geometry.PolygonRings}), rotated-box and ellipse outlines
 * ({@link org.annotide.core.geometry.Outlines}), mask runs ({@link org.annotide.core.geometry.MaskRuns}), JTS
 * geometries for vector work (area, overlap, IoU) and COCO run-length encoding for pixel work. Each rule (which
 * keypoints count, a mask's box, how ring ends are read) is stated once in those classes; other bundles use them
 * rather than computing geometry of their own. API for every bundle that measures, converts, draws or exports
 * shapes.
 */
package org.annotide.core.geometry;
