package io.github.cwgan.training;

/**
 * The Adam optimizer (Kingma &amp; Ba), with bias correction, as in PyTorch's {@code torch.optim.Adam}.
 *
 * <p>{@link #defaults()} are the WGAN-GP paper's toy-experiment settings: learning rate 1e-4,
 * β1 = 0.5, β2 = 0.9, ε = 1e-8.
 *
 * @param learningRate the step size, finite and &gt; 0
 * @param beta1        decay of the first-moment estimate, in [0, 1)
 * @param beta2        decay of the second-moment estimate, in [0, 1)
 * @param epsilon      added to the root of the second moment, finite and &gt; 0
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {

    /** The default epsilon, 1e-8. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private static final Adam DEFAULTS = new Adam(1e-4, 0.5, 0.9, DEFAULT_EPSILON);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting and the value
     */
    public Adam {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("Adam learningRate must be finite and > 0, was " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("Adam beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam beta2 must be in [0, 1), was " + beta2);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("Adam epsilon must be finite and > 0, was " + epsilon);
        }
    }

    /** Adam with the given learning rate and betas, and ε = 1e-8. */
    public static Adam of(double learningRate, double beta1, double beta2) {
        return new Adam(learningRate, beta1, beta2, DEFAULT_EPSILON);
    }

    /** Adam with learning rate 1e-4, β1 = 0.5, β2 = 0.9, ε = 1e-8 (the WGAN-GP paper's toy settings). */
    public static Adam defaults() {
        return DEFAULTS;
    }

    /** This optimizer with another learning rate. */
    public Adam withLearningRate(double lr) {
        return new Adam(lr, beta1, beta2, epsilon);
    }
}
