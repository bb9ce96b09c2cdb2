package io.github.cwgan.training;

import java.util.Arrays;

/**
 * Records the figures of every iteration in memory (about 40 bytes an iteration), for plots and
 * checks. Safe to read from another thread while training runs; accessors return copies.
 */
public final class LossHistory implements TrainingListener {

    private long[] iterations = new long[1024];
    private double[] critic = new double[1024];
    private double[] generator = new double[1024];
    private double[] penalty = new double[1024];
    private double[] wasserstein = new double[1024];
    private int size;

    /** An empty history. */
    public LossHistory() {
    }

    @Override
    public synchronized void onIteration(IterationEvent e) {
        if (size == iterations.length) {
            int n = size * 2;
            iterations = Arrays.copyOf(iterations, n);
            critic = Arrays.copyOf(critic, n);
            generator = Arrays.copyOf(generator, n);
            penalty = Arrays.copyOf(penalty, n);
            wasserstein = Arrays.copyOf(wasserstein, n);
        }
        iterations[size] = e.iteration();
        critic[size] = e.criticLoss();
        generator[size] = e.generatorLoss();
        penalty[size] = e.gradientPenalty();
        wasserstein[size] = e.wassersteinEstimate();
        size++;
    }

    /** The number of iterations recorded. */
    public synchronized int size() {
        return size;
    }

    /** The iteration numbers recorded. */
    public synchronized long[] iterations() {
        return Arrays.copyOf(iterations, size);
    }

    /** The critic loss of each recorded iteration. */
    public synchronized double[] criticLoss() {
        return Arrays.copyOf(critic, size);
    }

    /** The generator loss of each recorded iteration. */
    public synchronized double[] generatorLoss() {
        return Arrays.copyOf(generator, size);
    }

    /** The gradient penalty of each recorded iteration. */
    public synchronized double[] gradientPenalty() {
        return Arrays.copyOf(penalty, size);
    }

    /** The Wasserstein estimate of each recorded iteration. */
    public synchronized double[] wassersteinEstimate() {
        return Arrays.copyOf(wasserstein, size);
    }

    /**
     * The mean Wasserstein estimate over recorded iterations {@code [from, to)} (indices, not
     * iteration numbers), a smoother view than single values.
     *
     * @throws IndexOutOfBoundsException if the range is empty or outside what was recorded
     */
    public synchronized double meanWasserstein(int from, int to) {
        if (from < 0 || to > size || from >= to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of " + size + " recorded");
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += wasserstein[i];
        }
        return s / (to - from);
    }
}
