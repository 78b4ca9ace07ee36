package org.annotide.perf.internal.imaging;

import java.awt.Rectangle;
import java.util.SplittableRandom;

import org.annotide.imaging.PyramidalTiff;

/**
 * A synthetic stained tissue section on a slide, computed on demand for any region of an image of any
 * size: a few irregular tissue islands (pink stroma with purple nuclei) on a uniform near-white
 * background, the way a whole-slide image looks. The same seed always gives the same pixels.
 * <p>
 * The island outline comes from a coarse density grid ({@value #CELL} pixels per cell) perturbed by
 * fine noise; texture and nuclei come from small periodic tables combined at two periods, so computing
 * a pixel is a few table look-ups and regions of pure background are filled without any.
 */
public final class TissueBands implements PyramidalTiff.Pixels {

    public static final int BACKGROUND = 0xFFF2F1EF;
    private static final int CELL = 256;
    private static final int NOISE = 512;
    private static final int NUCLEI_A = 512;
    private static final int NUCLEI_B = 448;
    private static final float EDGE = 0.5f;
    private static final float FINE_NOISE = 0.12f;

    private final int width;
    private final int height;
    private final int gridWidth;
    private final int gridHeight;
    private final float[] density;
    private final float[] noise = new float[NOISE * NOISE];
    private final byte[] nucleiA = new byte[NUCLEI_A * NUCLEI_A];
    private final byte[] nucleiB = new byte[NUCLEI_B * NUCLEI_B];

    public TissueBands(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        SplittableRandom random = new SplittableRandom(seed);
        gridWidth = width / CELL + 2;
        gridHeight = height / CELL + 2;
        density = new float[Math.multiplyExact(gridWidth, gridHeight)];
        islands(random);
        smoothNoise(random);
        nuclei(random, nucleiA, NUCLEI_A);
        nuclei(random, nucleiB, NUCLEI_B);
    }

    /** Density of tissue per grid cell: a handful of wobbly ellipses covering about half the slide. */
    private void islands(SplittableRandom random) {
        int count = 3 + random.nextInt(4);
        double[][] blobs = new double[count][];
        for (int i = 0; i < count; i++) {
            double cx = width * (0.15 + 0.7 * random.nextDouble());
            double cy = height * (0.15 + 0.7 * random.nextDouble());
            double rx = width * (0.12 + 0.18 * random.nextDouble());
            double ry = height * (0.12 + 0.18 * random.nextDouble());
            double phase1 = random.nextDouble() * Math.PI * 2;
            double phase2 = random.nextDouble() * Math.PI * 2;
            blobs[i] = new double[] {cx, cy, rx, ry, phase1, phase2};
        }
        for (int gy = 0; gy < gridHeight; gy++) {
            for (int gx = 0; gx < gridWidth; gx++) {
                double x = gx * (double) CELL;
                double y = gy * (double) CELL;
                double best = 0;
                for (double[] blob : blobs) {
                    double dx = (x - blob[0]) / blob[2];
                    double dy = (y - blob[1]) / blob[3];
                    double angle = Math.atan2(dy, dx);
                    double wobble = 1 + 0.18 * Math.sin(3 * angle + blob[4]) + 0.09 * Math.sin(7 * angle + blob[5]);
                    double r = Math.sqrt(dx * dx + dy * dy) / wobble;
                    best = Math.max(best, 1 - 0.5 * r);
                }
                density[gy * gridWidth + gx] = (float) best;
            }
        }
    }

    /** Periodic value noise in [-1, 1], two octaves: breaks up outlines and shades the stroma. */
    private void smoothNoise(SplittableRandom random) {
        for (int octave = 0; octave < 2; octave++) {
            int lattice = octave == 0 ? 16 : 64;
            float amplitude = octave == 0 ? 0.7f : 0.3f;
            float[] values = new float[lattice * lattice];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextDouble() * 2 - 1);
            }
            float scale = (float) lattice / NOISE;
            for (int y = 0; y < NOISE; y++) {
                float fy = y * scale;
                int y0 = (int) fy;
                float ty = smooth(fy - y0);
                for (int x = 0; x < NOISE; x++) {
                    float fx = x * scale;
                    int x0 = (int) fx;
                    float tx = smooth(fx - x0);
                    float a = values[(y0 % lattice) * lattice + x0 % lattice];
                    float b = values[(y0 % lattice) * lattice + (x0 + 1) % lattice];
                    float c = values[((y0 + 1) % lattice) * lattice + x0 % lattice];
                    float d = values[((y0 + 1) % lattice) * lattice + (x0 + 1) % lattice];
                    float top = a + (b - a) * tx;
                    float bottom = c + (d - c) * tx;
                    noise[y * NOISE + x] += amplitude * (top + (bottom - top) * ty);
                }
            }
        }
    }

    private static float smooth(float t) {
        return t * t * (3 - 2 * t);
    }

    /** Soft-edged nuclei (ellipses 3-8 pixels in radius) in a periodic table of coverage 0-255. */
    private static void nuclei(SplittableRandom random, byte[] table, int size) {
        int count = size * size / 2200;
        for (int n = 0; n < count; n++) {
            double cx = random.nextDouble() * size;
            double cy = random.nextDouble() * size;
            double rx = 3 + random.nextDouble() * 5;
            double ry = rx * (0.6 + 0.4 * random.nextDouble());
            double angle = random.nextDouble() * Math.PI;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            int reach = (int) Math.ceil(rx) + 2;
            for (int dy = -reach; dy <= reach; dy++) {
                for (int dx = -reach; dx <= reach; dx++) {
                    double px = Math.floor(cx) + dx + 0.5 - cx;
                    double py = Math.floor(cy) + dy + 0.5 - cy;
                    double u = (px * cos + py * sin) / rx;
                    double v = (-px * sin + py * cos) / ry;
                    double distance = Math.sqrt(u * u + v * v);
                    double coverage = Math.max(0, Math.min(1, (1.15 - distance) / 0.3));
                    if (coverage > 0) {
                        int x = Math.floorMod((int) Math.floor(cx) + dx, size);
                        int y = Math.floorMod((int) Math.floor(cy) + dy, size);
                        int index = y * size + x;
                        table[index] = (byte) Math.max(table[index] & 0xFF, (int) Math.round(coverage * 255));
                    }
                }
            }
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int bandRows(int tileSize) {
        return tileSize;
    }

    @Override
    public int columnChunk() {
        return 2048;
    }

    @Override
    public void read(Rectangle region, int[] target, int offset, int scan) {
        if (isBackground(region)) {
            for (int y = 0; y < region.height; y++) {
                java.util.Arrays.fill(target, offset + y * scan, offset + y * scan + region.width, BACKGROUND);
            }
            return;
        }
        for (int y = 0; y < region.height; y++) {
            int py = region.y + y;
            int gy = py / CELL;
            float fy = (py % CELL) / (float) CELL;
            int noiseRow = (py & (NOISE - 1)) * NOISE;
            int rowA = (py % NUCLEI_A) * NUCLEI_A;
            int rowB = ((py + 97) % NUCLEI_B) * NUCLEI_B;
            int out = offset + y * scan;
            for (int x = 0; x < region.width; x++) {
                int px = region.x + x;
                int gx = px / CELL;
                float fx = (px % CELL) / (float) CELL;
                int cell = gy * gridWidth + gx;
                float top = density[cell] + (density[cell + 1] - density[cell]) * fx;
                float bottom = density[cell + gridWidth] + (density[cell + gridWidth + 1] - density[cell + gridWidth]) * fx;
                float n = noise[noiseRow + (px & (NOISE - 1))];
                float d = top + (bottom - top) * fy + FINE_NOISE * n;
                target[out + x] = d < EDGE ? BACKGROUND : tissue(d, n, nucleiA[rowA + px % NUCLEI_A] & 0xFF,
                        nucleiB[rowB + (px + 211) % NUCLEI_B] & 0xFF);
            }
        }
    }

    /** Stroma shaded by noise, paler at the island's rim, with nuclei blended over it. */
    private static int tissue(float density, float noise, int nucleusA, int nucleusB) {
        float rim = Math.min(1, (density - EDGE) * 8);
        float shade = 0.5f + 0.5f * noise;
        int r = (int) (242 - rim * (14 + 18 * shade));
        int g = (int) (241 - rim * (75 + 35 * shade));
        int b = (int) (239 - rim * (40 + 20 * shade));
        int nucleus = Math.max(nucleusA, density > 0.75f ? nucleusB : 0) * (int) (rim * 255) / 255;
        if (nucleus > 0) {
            r += (78 - r) * nucleus / 255;
            g += (52 - g) * nucleus / 255;
            b += (140 - b) * nucleus / 255;
        }
        return 0xFF00_0000 | r << 16 | g << 8 | b;
    }

    /** True when no pixel of the region can reach the tissue edge, fine noise included. */
    private boolean isBackground(Rectangle region) {
        int gx0 = region.x / CELL;
        int gx1 = Math.min(gridWidth - 1, (region.x + region.width - 1) / CELL + 1);
        int gy0 = region.y / CELL;
        int gy1 = Math.min(gridHeight - 1, (region.y + region.height - 1) / CELL + 1);
        for (int gy = gy0; gy <= gy1; gy++) {
            for (int gx = gx0; gx <= gx1; gx++) {
                if (density[gy * gridWidth + gx] + FINE_NOISE >= EDGE) {
                    return false;
                }
            }
        }
        return true;
    }
}
