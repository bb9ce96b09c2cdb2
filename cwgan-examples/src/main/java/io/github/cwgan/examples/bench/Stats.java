package io.github.cwgan.examples.bench;

import java.util.Arrays;

/**
 * Median and spread of repeated measurements.
 *
 * @param samples the measurements in the order they were taken
 * @param median  the median (the mean of the two middle values for an even count)
 * @param min     the smallest measurement
 * @param max     the largest measurement
 * @param q1      the first quartile (linear interpolation between order statistics)
 * @param q3      the third quartile
 */
public record Stats(double[] samples, double median, double min, double max, double q1, double q3) {

    /** Stats of {@code samples} (at least one). */
    public static Stats of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Stats(samples.clone(), quantile(s, 0.5), s[0], s[s.length - 1], quantile(s, 0.25),
                quantile(s, 0.75));
    }

    /** The q-quantile of sorted values, interpolated linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** (max − min) / median, the relative spread. */
    public double relativeSpread() {
        return median == 0 ? 0 : (max - min) / median;
    }

    @Override
    public double[] samples() {
        return samples.clone();
    }
}
