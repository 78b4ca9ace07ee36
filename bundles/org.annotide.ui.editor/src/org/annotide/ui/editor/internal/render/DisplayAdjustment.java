package org.annotide.ui.editor.internal.render;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How the image's pixels are shown, never how they are: brightness, contrast, gamma and which colour channels
 * (for multi-channel microscopy, one channel at a time). Applied to display tiles after they are read, through
 * one lookup table per channel, so the pixels in the file and in the pyramid stay as they are. Immutable.
 *
 * @param brightness added after contrast, -1 to 1 (of the full range)
 * @param contrast   scale about mid-grey, 0 to 4 (1 leaves it)
 * @param gamma      output = input^(1/gamma), 0.1 to 5 (1 leaves it; above 1 brightens the darks)
 * @param channels   which channels show: bits {@link #RED}, {@link #GREEN}, {@link #BLUE}; hidden ones are black
 */
public record DisplayAdjustment(double brightness, double contrast, double gamma, int channels) {

    public static final int RED = 4;
    public static final int GREEN = 2;
    public static final int BLUE = 1;
    public static final int ALL = RED | GREEN | BLUE;
    public static final DisplayAdjustment NONE = new DisplayAdjustment(0, 1, 1, ALL);

    public DisplayAdjustment {
        brightness = clamp(brightness, -1, 1);
        contrast = clamp(contrast, 0, 4);
        gamma = clamp(gamma, 0.1, 5);
        channels &= ALL;
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public DisplayAdjustment withBrightness(double value) {
        return new DisplayAdjustment(value, contrast, gamma, channels);
    }

    public DisplayAdjustment withContrast(double value) {
        return new DisplayAdjustment(brightness, value, gamma, channels);
    }

    public DisplayAdjustment withGamma(double value) {
        return new DisplayAdjustment(brightness, contrast, value, channels);
    }

    public DisplayAdjustment withChannel(int channel, boolean shown) {
        return new DisplayAdjustment(brightness, contrast, gamma, shown ? channels | channel : channels & ~channel);
    }

    /** The displayed value of a stored channel value 0-255. */
    public int map(int value) {
        double v = (value / 255.0 - 0.5) * contrast + 0.5 + brightness;
        v = Math.max(0, Math.min(1, v));
        v = Math.pow(v, 1 / gamma);
        return (int) Math.round(v * 255);
    }

    /**
     * The tile as shown: a new image when the adjustment changes anything, else the tile itself (which is
     * never modified).
     */
    public BufferedImage apply(BufferedImage tile) {
        if (isNone()) {
            return tile;
        }
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = map(i);
        }
        int width = tile.getWidth();
        int height = tile.getHeight();
        int[] pixels = tile.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int r = (channels & RED) != 0 ? lut[(p >> 16) & 0xff] : 0;
            int g = (channels & GREEN) != 0 ? lut[(p >> 8) & 0xff] : 0;
            int b = (channels & BLUE) != 0 ? lut[p & 0xff] : 0;
            pixels[i] = r << 16 | g << 8 | b;
        }
        BufferedImage adjusted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        adjusted.setRGB(0, 0, width, height, pixels, 0, width);
        return adjusted;
    }

    /** As kept in the settings: "brightness contrast gamma channels". */
    public String encode() {
        return String.format(Locale.ROOT, "%s %s %s %d", brightness, contrast, gamma, channels);
    }

    /** The adjustment {@link #encode()} wrote, or {@link #NONE} for text it did not write. */
    public static DisplayAdjustment decode(String text) {
        if (text == null) {
            return NONE;
        }
        String[] parts = text.trim().split(" ");
        if (parts.length != 4) {
            return NONE;
        }
        try {
            return new DisplayAdjustment(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Integer.parseInt(parts[3]));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
