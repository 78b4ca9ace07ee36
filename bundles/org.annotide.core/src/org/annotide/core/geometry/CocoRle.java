package org.annotide.core.geometry;

import java.util.Arrays;
import java.util.List;

/**
 * COCO run-length encoding (column-major, starts with a zero run), exactly as pycocotools' maskApi.c.
 * <p>
 * {@code counts} alternate background and foreground runs over the image read column by column (top to
 * bottom, then left to right); the first run is background and may be 0. Every method is a line-by-line
 * port of the C function named in its comment (pycocotools 2.0.x, which is what COCO evaluation results are
 * compared against), including its integer truncations, so that masks, areas, boxes and IoUs agree with
 * pycocotools to the pixel and to the bit.
 *
 * @param height image height in pixels
 * @param width  image width in pixels
 * @param counts the runs; not copied, do not modify
 */
public record CocoRle(int height, int width, int[] counts) {

    /** maskApi's polygon upsampling factor: boundaries are traced on a 5x finer grid. */
    private static final double POLY_SCALE = 5;

    public CocoRle {
        if (height < 0 || width < 0) {
            throw new IllegalArgumentException("negative RLE size " + height + "x" + width);
        }
        if (counts == null) {
            throw new IllegalArgumentException("RLE counts are missing");
        }
    }

    /** rleEncode: {@code columnMajorMask[x * height + y]} non-zero is foreground. */
    public static CocoRle encode(byte[] columnMajorMask, int height, int width) {
        int area = height * width;
        if (columnMajorMask.length < area) {
            throw new IllegalArgumentException("mask has " + columnMajorMask.length + " pixels, expected " + area);
        }
        int[] cnts = new int[area + 1];
        int k = 0;
        boolean previous = false;
        int run = 0;
        for (int j = 0; j < area; j++) {
            boolean value = columnMajorMask[j] != 0;
            if (value != previous) {
                cnts[k++] = run;
                run = 0;
                previous = value;
            }
            run++;
        }
        cnts[k++] = run;
        return new CocoRle(height, width, Arrays.copyOf(cnts, k));
    }

    /** rleDecode: the mask, column-major, one byte 0 or 1 per pixel. */
    public byte[] decode() {
        byte[] mask = new byte[height * width];
        int position = 0;
        byte value = 0;
        for (int count : counts) {
            if (count < 0 || (long) position + count > mask.length) {
                throw new IllegalArgumentException("RLE runs exceed the " + height + "x" + width + " image");
            }
            if (value != 0) {
                Arrays.fill(mask, position, position + count, value);
            }
            position += count;
            value = (byte) (1 - value);
        }
        return mask;
    }

    /** rleArea: the number of foreground pixels. */
    public long area() {
        long area = 0;
        for (int j = 1; j < counts.length; j += 2) {
            area += Integer.toUnsignedLong(counts[j]);
        }
        return area;
    }

    /** rleToBbox: the tight pixel box of the foreground as x, y, w, h (all 0 when empty). */
    public double[] toBbox() {
        double[] box = new double[4];
        toBbox(counts, counts.length, height, width, box, 0);
        return box;
    }

    /**
     * rleToBbox (pycocotools 2.0.x version, which skips zero-length foreground runs) writing x, y, w, h at
     * {@code box[offset..offset+3]}.
     */
    static void toBbox(int[] cnts, int runs, int h, int w, double[] box, int offset) {
        int m = (runs / 2) * 2;
        long xs = w;
        long ys = h;
        long xe = 0;
        long ye = 0;
        long cc = 0;
        if (m == 0) {
            box[offset] = box[offset + 1] = box[offset + 2] = box[offset + 3] = 0;
            return;
        }
        for (int j = 0; j < m; j++) {
            long start = cc;
            cc += Integer.toUnsignedLong(cnts[j]);
            if (j % 2 == 0 || cnts[j] == 0) {
                continue;
            }
            long yStart = start % h;
            long xStart = (start - yStart) / h;
            long yEnd = (cc - 1) % h;
            long xEnd = (cc - 1 - yEnd) / h;
            xs = Math.min(xs, xStart);
            xe = Math.max(xe, xEnd);
            if (xStart < xEnd) {
                ys = 0;
                ye = h - 1;
            } else {
                ys = Math.min(ys, yStart);
                ye = Math.max(ye, yEnd);
            }
        }
        // maskApi computes xe-xs+1 in unsigned 32-bit arithmetic: an all-zero-run RLE wraps the same way.
        box[offset] = xs;
        box[offset + 2] = Integer.toUnsignedLong((int) (xe - xs + 1));
        box[offset + 1] = ys;
        box[offset + 3] = Integer.toUnsignedLong((int) (ye - ys + 1));
    }

    /**
     * rleFrPoly: rasterises one closed polygon {@code x0 y0 x1 y1 ...} (pixel coordinates, pixel centres at
     * integers) the way pycocotools does: the boundary is traced on a 5x upsampled grid and a pixel is inside
     * when its column's boundary crossings enclose it. An odd trailing coordinate is ignored, as in
     * pycocotools ({@code len(p)/2} points).
     */
    public static CocoRle fromPolygon(double[] xy, int height, int width) {
        int k = xy.length / 2;
        int[] x = new int[k + 1];
        int[] y = new int[k + 1];
        for (int j = 0; j < k; j++) {
            x[j] = cInt(POLY_SCALE * xy[j * 2] + .5);
        }
        x[k] = x[0];
        for (int j = 0; j < k; j++) {
            y[j] = cInt(POLY_SCALE * xy[j * 2 + 1] + .5);
        }
        y[k] = y[0];
        long total = 0;
        for (int j = 0; j < k; j++) {
            total += Math.max(Math.abs((long) x[j] - x[j + 1]), Math.abs((long) y[j] - y[j + 1])) + 1;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("polygon too large to rasterise (" + total + " boundary points)");
        }
        int[] u = new int[(int) total];
        int[] v = new int[(int) total];
        int m = 0;
        for (int j = 0; j < k; j++) {
            int xs = x[j];
            int xe = x[j + 1];
            int ys = y[j];
            int ye = y[j + 1];
            int dx = Math.abs(xe - xs);
            int dy = Math.abs(ys - ye);
            boolean flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
            if (flip) {
                int t = xs;
                xs = xe;
                xe = t;
                t = ys;
                ys = ye;
                ye = t;
            }
            double s = dx >= dy ? (double) (ye - ys) / dx : (double) (xe - xs) / dy;
            if (dx >= dy) {
                for (int d = 0; d <= dx; d++) {
                    int t = flip ? dx - d : d;
                    u[m] = t + xs;
                    v[m] = cInt(ys + s * t + .5);
                    m++;
                }
            } else {
                for (int d = 0; d <= dy; d++) {
                    int t = flip ? dy - d : d;
                    v[m] = t + ys;
                    u[m] = cInt(xs + s * t + .5);
                    m++;
                }
            }
        }
        // get points along the y-boundary and downsample
        k = m;
        m = 0;
        int[] bx = new int[Math.max(k, 1)];
        int[] by = new int[Math.max(k, 1)];
        double maxX = width == 0 ? 0x1p64 : width - 1; // siz (unsigned) w-1 wraps for w == 0
        for (int j = 1; j < k; j++) {
            if (u[j] != u[j - 1]) {
                double xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
                xd = (xd + .5) / POLY_SCALE - .5;
                if (Math.floor(xd) != xd || xd < 0 || xd > maxX) {
                    continue;
                }
                double yd = v[j] < v[j - 1] ? v[j] : v[j - 1];
                yd = (yd + .5) / POLY_SCALE - .5;
                if (yd < 0) {
                    yd = 0;
                } else if (yd > height) {
                    yd = height;
                }
                yd = Math.ceil(yd);
                bx[m] = (int) xd;
                by[m] = (int) yd;
                m++;
            }
        }
        // compute the rle encoding given the y-boundary points
        k = m;
        int[] a = new int[k + 1];
        for (int j = 0; j < k; j++) {
            a[j] = bx[j] * height + by[j];
        }
        a[k++] = height * width;
        sortUnsigned(a);
        int p = 0;
        for (int j = 0; j < k; j++) {
            int t = a[j];
            a[j] -= p;
            p = t;
        }
        int[] b = new int[k];
        int j = 0;
        m = 0;
        b[m++] = a[j++];
        while (j < k) {
            if (a[j] != 0) {
                b[m++] = a[j++];
            } else {
                j++;
                if (j < k) {
                    b[m - 1] += a[j++];
                }
            }
        }
        return new CocoRle(height, width, Arrays.copyOf(b, m));
    }

    /** rleFrBbox: the box as the polygon (x,y) (x,y+h) (x+w,y+h) (x+w,y), rasterised by rleFrPoly. */
    public static CocoRle fromBox(double x, double y, double w, double h, int height, int width) {
        double xe = x + w;
        double ye = y + h;
        return fromPolygon(new double[] { x, y, x, ye, xe, ye, xe, y }, height, width);
    }

    /**
     * rleMerge: union (or intersection) of RLEs of one size. As in maskApi, RLEs of different sizes give an
     * empty 0x0 RLE, and an empty list gives one too.
     */
    public static CocoRle merge(List<CocoRle> rles, boolean intersect) {
        if (rles.isEmpty()) {
            return new CocoRle(0, 0, new int[0]);
        }
        CocoRle first = rles.get(0);
        if (rles.size() == 1) {
            return new CocoRle(first.height, first.width, first.counts.clone());
        }
        for (CocoRle rle : rles) {
            if (rle.counts.length == 0) {
                throw new IllegalArgumentException("cannot merge an RLE without runs");
            }
        }
        int h = first.height;
        int w = first.width;
        int[] cnts = first.counts.clone();
        int m = cnts.length;
        for (int i = 1; i < rles.size(); i++) {
            CocoRle b = rles.get(i);
            if (b.height != h || b.width != w) {
                return new CocoRle(0, 0, new int[0]);
            }
            int[] aCounts = Arrays.copyOf(cnts, m);
            int[] bCounts = b.counts;
            int[] out = new int[aCounts.length + bCounts.length + 1];
            int ca = aCounts[0];
            int cb = bCounts[0];
            boolean v = false;
            boolean va = false;
            boolean vb = false;
            m = 0;
            int ia = 1;
            int ib = 1;
            int cc = 0;
            long ct = 1;
            while (ct > 0) {
                int c = Math.min(ca, cb);
                cc += c;
                ct = 0;
                ca -= c;
                if (ca == 0 && ia < aCounts.length) {
                    ca = aCounts[ia++];
                    va = !va;
                }
                ct += ca;
                cb -= c;
                if (cb == 0 && ib < bCounts.length) {
                    cb = bCounts[ib++];
                    vb = !vb;
                }
                ct += cb;
                boolean vp = v;
                v = intersect ? va && vb : va || vb;
                if (v != vp || ct == 0) {
                    out[m++] = cc;
                    cc = 0;
                }
            }
            cnts = out;
        }
        return new CocoRle(h, w, Arrays.copyOf(cnts, m));
    }

    /**
     * The complement (background and foreground swapped), as maskApi's rleInvert: drops a leading zero run
     * or prepends one.
     */
    public CocoRle invert() {
        if (counts.length == 0) {
            return this;
        }
        if (counts[0] == 0) {
            return new CocoRle(height, width, Arrays.copyOfRange(counts, 1, counts.length));
        }
        int[] inverted = new int[counts.length + 1];
        System.arraycopy(counts, 0, inverted, 1, counts.length);
        return new CocoRle(height, width, inverted);
    }

    /** rleToString: the compressed COCO "counts" string (LEB128-like, 6 bits per character from '0'). */
    public String toCompressedString() {
        StringBuilder s = new StringBuilder(counts.length * 2);
        for (int i = 0; i < counts.length; i++) {
            long x = Integer.toUnsignedLong(counts[i]);
            if (i > 2) {
                x -= Integer.toUnsignedLong(counts[i - 2]);
            }
            boolean more = true;
            while (more) {
                int c = (int) (x & 0x1f);
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                s.append((char) (c + 48));
            }
        }
        return s.toString();
    }

    /**
     * rleFrString: decodes a compressed COCO "counts" string. The arithmetic is 32-bit like maskApi's on
     * x86-64 (shift counts wrap at 32), so even malformed strings decode to the same runs.
     */
    public static CocoRle fromCompressedString(String counts, int height, int width) {
        int[] cnts = new int[counts.length()];
        int m = 0;
        int p = 0;
        int length = counts.length();
        while (p < length) {
            int x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= length) {
                    throw new IllegalArgumentException("truncated RLE counts string at character " + p);
                }
                int c = (byte) (counts.charAt(p) - 48); // maskApi's char is a signed byte
                x |= (c & 0x1f) << 5 * k;
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1 << 5 * k;
                }
            }
            if (m > 2) {
                x += cnts[m - 2];
            }
            cnts[m++] = x;
        }
        return new CocoRle(height, width, Arrays.copyOf(cnts, m));
    }

    /**
     * rleIou: IoU of every detection with every ground truth, {@code [dt][gt]}. For a crowd ground truth the
     * union is the detection's area (COCO's "ignore region" semantics). Size mismatches give -1, as in
     * maskApi.
     */
    public static double[][] iou(List<CocoRle> dt, List<CocoRle> gt, boolean[] gtCrowd) {
        int m = dt.size();
        int n = gt.size();
        double[] dtBoxes = new double[m * 4];
        double[] gtBoxes = new double[n * 4];
        for (int d = 0; d < m; d++) {
            CocoRle r = dt.get(d);
            toBbox(r.counts, r.counts.length, r.height, r.width, dtBoxes, d * 4);
        }
        for (int g = 0; g < n; g++) {
            CocoRle r = gt.get(g);
            toBbox(r.counts, r.counts.length, r.height, r.width, gtBoxes, g * 4);
        }
        double[][] result = new double[m][n];
        for (int g = 0; g < n; g++) {
            boolean crowd = gtCrowd != null && gtCrowd[g];
            CocoRle gr = gt.get(g);
            for (int d = 0; d < m; d++) {
                double boxIou = boxIou(dtBoxes, d * 4, gtBoxes, g * 4, crowd);
                if (boxIou > 0) {
                    CocoRle dr = dt.get(d);
                    result[d][g] = dr.height != gr.height || dr.width != gr.width ? -1
                            : runIou(dr.counts, dr.counts.length, gr.counts, gr.counts.length, crowd);
                }
            }
        }
        return result;
    }

    /**
     * The run-walking part of rleIou for one pair whose boxes overlap: intersection over union, or over the
     * detection's area for a crowd ground truth.
     */
    static double runIou(int[] dt, int dtRuns, int[] gt, int gtRuns, boolean crowd) {
        long ca = Integer.toUnsignedLong(dt[0]);
        long cb = Integer.toUnsignedLong(gt[0]);
        boolean va = false;
        boolean vb = false;
        int a = 1;
        int b = 1;
        long intersection = 0;
        long union = 0;
        long ct = 1;
        while (ct > 0) {
            long c = Math.min(ca, cb);
            if (va || vb) {
                union += c;
                if (va && vb) {
                    intersection += c;
                }
            }
            ct = 0;
            ca -= c;
            if (ca == 0 && a < dtRuns) {
                ca = Integer.toUnsignedLong(dt[a++]);
                va = !va;
            }
            ct += ca;
            cb -= c;
            if (cb == 0 && b < gtRuns) {
                cb = Integer.toUnsignedLong(gt[b++]);
                vb = !vb;
            }
            ct += cb;
        }
        if (intersection == 0) {
            union = 1;
        } else if (crowd) {
            union = 0;
            for (int j = 1; j < dtRuns; j += 2) {
                union += Integer.toUnsignedLong(dt[j]);
            }
            // rleArea accumulates in a 32-bit unsigned int
            union = union & 0xffffffffL;
        }
        return (double) intersection / (double) union;
    }

    /**
     * bbIou: IoU of boxes {@code x, y, w, h}, {@code [dt][gt]}; for a crowd ground truth the union is the
     * detection's area.
     */
    public static double[][] boxIou(double[][] dt, double[][] gt, boolean[] gtCrowd) {
        double[][] result = new double[dt.length][gt.length];
        for (int g = 0; g < gt.length; g++) {
            boolean crowd = gtCrowd != null && gtCrowd[g];
            for (int d = 0; d < dt.length; d++) {
                result[d][g] = boxIou(dt[d], 0, gt[g], 0, crowd);
            }
        }
        return result;
    }

    /**
     * bbIou for one pair of boxes {@code x, y, w, h} stored at the given offsets, without allocating: the
     * evaluator calls it millions of times.
     */
    public static double boxIou(double[] dt, int d, double[] gt, int g, boolean crowd) {
        double ga = gt[g + 2] * gt[g + 3];
        double da = dt[d + 2] * dt[d + 3];
        double w = fmin(dt[d + 2] + dt[d], gt[g + 2] + gt[g]) - fmax(dt[d], gt[g]);
        if (w <= 0) {
            return 0;
        }
        double h = fmin(dt[d + 3] + dt[d + 1], gt[g + 3] + gt[g + 1]) - fmax(dt[d + 1], gt[g + 1]);
        if (h <= 0) {
            return 0;
        }
        double i = w * h;
        double u = crowd ? da : da + ga - i;
        return i / u;
    }

    /** C's fmin: a NaN argument yields the other one (Math.min would propagate it). */
    private static double fmin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double fmax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** C's (int) cast on x86-64: truncation, and 0x80000000 for NaN or out of range (Java would saturate). */
    private static int cInt(double value) {
        if (Double.isNaN(value) || value >= 0x1p31 || value <= -0x1p31 - 1) {
            return Integer.MIN_VALUE;
        }
        return (int) value;
    }

    private static void sortUnsigned(int[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] ^= Integer.MIN_VALUE;
        }
        Arrays.sort(values);
        for (int i = 0; i < values.length; i++) {
            values[i] ^= Integer.MIN_VALUE;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CocoRle rle && rle.height == height && rle.width == width
                && Arrays.equals(rle.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * height + width) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CocoRle[" + height + "x" + width + ", " + counts.length + " runs, area " + area() + "]";
    }
}
