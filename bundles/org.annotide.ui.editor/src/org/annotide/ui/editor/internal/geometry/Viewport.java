package org.annotide.ui.editor.internal.geometry;

import java.util.Locale;

/**
 * Maps image pixels to screen pixels: {@code screen = image * scale - offset}.
 * <p>
 * Zoom moves on a ladder of {@code 2^(step/8)} so that tiles rendered at one zoom are found again when the
 * user comes back to it, and 1:1, 1:2, 1:8 ... are exact. Offsets are whole screen pixels, so raster tiles
 * (whose grid is anchored at image pixel 0 of the scaled plane) and vector drawings line up to the pixel.
 * Plain state and arithmetic, no SWT: the canvas, the overview, the tools and the bench share it.
 */
public final class Viewport {

    public static final int STEPS_PER_OCTAVE = 8;
    /** 1:4096, enough to fit a 4-million-pixel-wide image on a small screen. */
    public static final int MIN_STEP = -12 * STEPS_PER_OCTAVE;
    /** 64:1, enough to place vertices between pixels. */
    public static final int MAX_STEP = 6 * STEPS_PER_OCTAVE;

    private int step;
    private double scale = 1;
    private long offsetX;
    private long offsetY;
    private int screenWidth = 1;
    private int screenHeight = 1;
    private double contentX;
    private double contentY;
    private double contentWidth = 1;
    private double contentHeight = 1;

    public static double scaleOf(int step) {
        return Math.pow(2, step / (double) STEPS_PER_OCTAVE);
    }

    /** The image rectangle that fit, clamping and the overview refer to: the whole image or a tile's window. */
    public void setContent(double x, double y, double width, double height) {
        contentX = x;
        contentY = y;
        contentWidth = Math.max(1, width);
        contentHeight = Math.max(1, height);
    }

    /** Resizing keeps the image point at the centre of the screen where it was. */
    public void setScreenSize(int width, int height) {
        double centreX = toImageX(screenWidth / 2.0);
        double centreY = toImageY(screenHeight / 2.0);
        screenWidth = Math.max(1, width);
        screenHeight = Math.max(1, height);
        centreOn(centreX, centreY);
    }

    public int step() {
        return step;
    }

    public double scale() {
        return scale;
    }

    public long offsetX() {
        return offsetX;
    }

    public long offsetY() {
        return offsetY;
    }

    public int screenWidth() {
        return screenWidth;
    }

    public int screenHeight() {
        return screenHeight;
    }

    public double contentX() {
        return contentX;
    }

    public double contentY() {
        return contentY;
    }

    public double contentWidth() {
        return contentWidth;
    }

    public double contentHeight() {
        return contentHeight;
    }

    public double toScreenX(double imageX) {
        return imageX * scale - offsetX;
    }

    public double toScreenY(double imageY) {
        return imageY * scale - offsetY;
    }

    public double toImageX(double screenX) {
        return (screenX + offsetX) / scale;
    }

    public double toImageY(double screenY) {
        return (screenY + offsetY) / scale;
    }

    /** Image-space rectangle visible on screen: minX, minY, maxX, maxY. */
    public double[] visibleImageBounds() {
        return new double[] { toImageX(0), toImageY(0), toImageX(screenWidth), toImageY(screenHeight) };
    }

    /** Zooms to a ladder step, keeping the image point under the screen anchor where it is. */
    public void zoomTo(int newStep, double anchorScreenX, double anchorScreenY) {
        int clamped = Math.max(MIN_STEP, Math.min(MAX_STEP, newStep));
        double imageX = toImageX(anchorScreenX);
        double imageY = toImageY(anchorScreenY);
        step = clamped;
        scale = scaleOf(clamped);
        offsetX = Math.round(imageX * scale - anchorScreenX);
        offsetY = Math.round(imageY * scale - anchorScreenY);
        clamp();
    }

    public void zoomBy(int steps, double anchorScreenX, double anchorScreenY) {
        zoomTo(step + steps, anchorScreenX, anchorScreenY);
    }

    /** The largest ladder step at which the whole content is visible, centred. */
    public void fit() {
        double fitScale = Math.min(screenWidth / contentWidth, screenHeight / contentHeight);
        int fitStep = (int) Math.floor(STEPS_PER_OCTAVE * Math.log(fitScale) / Math.log(2) + 1e-9);
        step = Math.max(MIN_STEP, Math.min(MAX_STEP, fitStep));
        scale = scaleOf(step);
        centreOn(contentX + contentWidth / 2, contentY + contentHeight / 2);
    }

    /** One image pixel per screen pixel, keeping the centre of the screen. */
    public void actualSize() {
        zoomTo(0, screenWidth / 2.0, screenHeight / 2.0);
    }

    public void centreOn(double imageX, double imageY) {
        offsetX = Math.round(imageX * scale - screenWidth / 2.0);
        offsetY = Math.round(imageY * scale - screenHeight / 2.0);
        clamp();
    }

    public void panBy(long screenDx, long screenDy) {
        offsetX += screenDx;
        offsetY += screenDy;
        clamp();
    }

    /** Keeps at least a quarter of the screen on the content so the image cannot be lost off-screen. */
    private void clamp() {
        long minX = Math.round(contentX * scale) - screenWidth * 3L / 4;
        long maxX = Math.round((contentX + contentWidth) * scale) - screenWidth / 4L;
        long minY = Math.round(contentY * scale) - screenHeight * 3L / 4;
        long maxY = Math.round((contentY + contentHeight) * scale) - screenHeight / 4L;
        offsetX = Math.max(minX, Math.min(Math.max(minX, maxX), offsetX));
        offsetY = Math.max(minY, Math.min(Math.max(minY, maxY), offsetY));
    }

    /** Percentage for the status line, e.g. "12.5%". */
    public String zoomLabel() {
        double percent = scale * 100;
        if (percent >= 10) {
            return Math.round(percent * 10) / 10.0 + "%";
        }
        return String.format(Locale.ROOT, "%.3g%%", percent);
    }
}
