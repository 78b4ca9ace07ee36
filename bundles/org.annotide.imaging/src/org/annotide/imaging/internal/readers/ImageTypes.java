package org.annotide.imaging.internal.readers;

import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

import org.annotide.imaging.ImageInfo;
import org.annotide.model.PixelType;

/** Bands and sample types from what an ImageIO reader says of an image before decoding it. */
final class ImageTypes {

    private ImageTypes() {
    }

    static ImageInfo info(ImageReader reader, int imageIndex, String format, int orientation) throws IOException {
        return info(reader, imageIndex, format, orientation, reader.getWidth(imageIndex), reader.getHeight(imageIndex));
    }

    /** The bands and sample type the reader reports, for an image of the given stored size. */
    static ImageInfo info(ImageReader reader, int imageIndex, String format, int orientation, int width, int height)
            throws IOException {
        ImageTypeSpecifier type = type(reader, imageIndex);
        int bands = 3;
        boolean alpha = false;
        PixelType pixelType = PixelType.UINT8;
        if (type != null) {
            ColorModel colorModel = type.getColorModel();
            alpha = colorModel != null && colorModel.hasAlpha();
            if (colorModel instanceof IndexColorModel) {
                bands = alpha ? 4 : 3;
            } else {
                bands = type.getSampleModel().getNumBands();
                pixelType = pixelType(type.getSampleModel().getDataType(), colorModel);
            }
        }
        boolean swap = Orientation.swapsAxes(orientation);
        return new ImageInfo(format, swap ? height : width, swap ? width : height, bands, pixelType, alpha, orientation);
    }

    private static ImageTypeSpecifier type(ImageReader reader, int imageIndex) throws IOException {
        try {
            ImageTypeSpecifier raw = reader.getRawImageType(imageIndex);
            if (raw != null) {
                return raw;
            }
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(imageIndex);
            return types.hasNext() ? types.next() : null;
        } catch (javax.imageio.IIOException | IllegalArgumentException e) {
            // e.g. CMYK JPEG: the header is fine, the JDK decoder just cannot convert it
            return null;
        }
    }

    private static PixelType pixelType(int dataType, ColorModel colorModel) {
        return switch (dataType) {
            case DataBuffer.TYPE_USHORT -> PixelType.UINT16;
            case DataBuffer.TYPE_SHORT -> PixelType.INT16;
            case DataBuffer.TYPE_INT -> colorModel != null && colorModel.getComponentSize(0) <= 8 ? PixelType.UINT8 : PixelType.INT32;
            case DataBuffer.TYPE_FLOAT -> PixelType.FLOAT32;
            case DataBuffer.TYPE_DOUBLE -> PixelType.FLOAT64;
            default -> PixelType.UINT8;
        };
    }
}
