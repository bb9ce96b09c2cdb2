package io.github.cwgan.nd4j.internal;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A debiased exponential moving average of a flat float parameter array, kept on the Java heap.
 * With decay β and updates t = 1, 2, … it equals {@code Σ β^(t−s) (1−β) w_s / (1 − β^t)}: a weighted
 * average of the iterates w_1..w_t only (no weight on zero or on the initial weights), reached
 * exactly by the recursion {@code a_t = a_(t−1) + (1−β)/(1−β^t) · (w_t − a_(t−1))}, whose first step
 * copies w_1. The state is the average and t, so saving both and restoring them continues bit for
 * bit. Not thread-safe.
 */
public final class WeightAverage {

    private final Mat.F parameters;
    private final float[] average;
    private final double decay;
    private final int n;
    private long count;

    /**
     * @param parameters the float array averaged (contiguous, not a view); read at each {@link #update()}
     * @param decay      β, in (0, 1)
     */
    public WeightAverage(INDArray parameters, double decay) {
        Objects.requireNonNull(parameters, "parameters");
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("decay must be in (0, 1), was " + decay);
        }
        Mat m = Mat.of(parameters, 0, 1, (int) parameters.length());
        if (!(m instanceof Mat.F f)) {
            throw new IllegalArgumentException("WeightAverage averages FLOAT parameters, was " + parameters.dataType());
        }
        this.parameters = f;
        this.n = (int) parameters.length();
        this.average = new float[n];
        this.decay = decay;
    }

    /** Folds the parameters' current values into the average. */
    public void update() {
        count++;
        float rate = (float) ((1 - decay) / (1 - Math.pow(decay, count)));
        parameters.pull(0, n);
        float[] w = parameters.h;
        float[] a = average;
        for (int i = 0; i < n; i++) {
            a[i] += rate * (w[i] - a[i]);
        }
    }

    /** The number of updates folded in (t). */
    public long count() {
        return count;
    }

    /** A copy of the average, in the parameters' layout; all zeros before the first update. */
    public float[] average() {
        return average.clone();
    }

    /** Restores the state saved from {@link #average()} and {@link #count()}. */
    public void restore(float[] savedAverage, long savedCount) {
        if (savedAverage.length != n) {
            throw new IllegalArgumentException("average must have length " + n + ", was " + savedAverage.length);
        }
        if (savedCount < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + savedCount);
        }
        System.arraycopy(savedAverage, 0, average, 0, n);
        this.count = savedCount;
    }
}
