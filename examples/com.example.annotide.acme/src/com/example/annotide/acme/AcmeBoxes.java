package com.example.annotide.acme;

/**
 * The ACME box list: UTF-8 text, first line {@code #acme-boxes 1}, then one line per box with eight tab-separated
 * fields: image name, image width, image height, label, x, y, width, height (pixels, top-left origin). An image
 * without boxes is a line with the first three fields only, so that it survives a round trip.
 */
final class AcmeBoxes {

    static final String HEADER = "#acme-boxes 1";
    static final String EXTENSION = ".boxes";

    private AcmeBoxes() {
    }
}
