/**
 * Geometry of model shapes in image pixels (y down): JTS geometries for vector work (area, overlap, IoU),
 * polygon rings, mask runs and COCO run-length encoding for pixel work. API for every bundle that measures,
 * converts, draws or exports shapes.
 */
package org.annotide.core.geometry;
