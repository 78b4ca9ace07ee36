/**
 * Images of any size: readers behind the extension point {@code org.annotide.imaging.readers}
 * ({@link org.annotide.imaging.ImageFormatReader}), pyramids ({@link org.annotide.imaging.ImagePyramid}) served
 * by the {@link org.annotide.imaging.ImageService} with a pyramid cache on disk and a tile cache in memory,
 * tiling ({@link org.annotide.imaging.TileGrid}, {@link org.annotide.imaging.TileImageCommand},
 * {@link org.annotide.imaging.TileWindows}) and import ({@link org.annotide.imaging.ImageImporter}).
 * See docs/imaging.md.
 */
package org.annotide.imaging;
