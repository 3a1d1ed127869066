package dev.farmguard.collector.detect.fleet;

/** Maximum of any index range of a fixed int array in O(1) after O(n log n) preparation (a sparse table). */
final class RangeMax {

    private final int[][] table;

    RangeMax(int[] values) {
        int n = values.length;
        int levels = 1;
        while ((1 << levels) <= n) {
            levels++;
        }
        table = new int[levels][];
        table[0] = values.clone();
        for (int k = 1; k < levels; k++) {
            int width = 1 << k;
            table[k] = new int[Math.max(0, n - width + 1)];
            for (int i = 0; i + width <= n; i++) {
                table[k][i] = Math.max(table[k - 1][i], table[k - 1][i + (width >> 1)]);
            }
        }
    }

    /** Maximum of values[from..to], both inclusive, {@code from <= to}. */
    int max(int from, int to) {
        int k = 31 - Integer.numberOfLeadingZeros(to - from + 1);
        return Math.max(table[k][from], table[k][to - (1 << k) + 1]);
    }
}
