package io.herald.bench;

import java.util.Arrays;

/** The few statistics the benchmarks print. */
final class Statistics {

    private Statistics() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The nearest-rank {@code quantile} of {@code sortedNanos}, in milliseconds; NaN when there are none. */
    static double percentileMillis(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, rank)] / 1e6;
    }
}
