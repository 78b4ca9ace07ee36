package org.annotide.benchmark.internal;

import java.util.Arrays;

/**
 * One-to-one assignment that maximises the sum of profits (the Hungarian method with potentials, O(n^2 m)).
 * Rows and columns may differ in number; a row may stay unassigned. Pairs with profit 0 or less are never
 * reported as assigned (they add nothing), so the result is a maximum-sum matching over the positive pairs.
 */
public final class Assignment {

    private Assignment() {
    }

    /**
     * @param profit profit[r][c] of assigning row r to column c; all rows the same length
     * @return for each row its column, or -1
     */
    public static int[] maximize(double[][] profit) {
        int rows = profit.length;
        int columns = rows == 0 ? 0 : profit[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || columns == 0) {
            return result;
        }
        boolean transpose = rows > columns;
        int n = transpose ? columns : rows;
        int m = transpose ? rows : columns;
        double max = 0;
        for (double[] row : profit) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        // minimise cost = max - max(profit, 0) over a complete assignment of the n smaller-side items
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double value = transpose ? profit[j - 1][i0 - 1] : profit[i0 - 1][j - 1];
                        double current = max - Math.max(value, 0) - u[i0] - v[j];
                        if (current < minv[j]) {
                            minv[j] = current;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                int row = transpose ? j - 1 : p[j] - 1;
                int column = transpose ? p[j] - 1 : j - 1;
                if (profit[row][column] > 0) {
                    result[row] = column;
                }
            }
        }
        return result;
    }
}
