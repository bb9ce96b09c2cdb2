package io.github.cwgan.network;

import java.util.Objects;

/**
 * An element-wise activation function of a network layer.
 *
 * <p>Instances come from the factories ({@link #relu()}, {@link #leakyRelu(double)}, {@link #tanh()},
 * {@link #sigmoid()}, {@link #elu()}, {@link #elu(double)}, {@link #softplus()}, {@link #identity()}).
 * Every activation is twice differentiable almost everywhere, which the exact gradient penalty needs:
 * the backend differentiates through the activation's first derivative.
 *
 * @param kind  which function
 * @param alpha the function's parameter: the negative slope of {@code LEAKY_RELU}, the scale of
 *              {@code ELU}; {@code 0} for the functions that have none
 */
public record Activation(Kind kind, double alpha) {

    /** The supported functions. Their {@link #id() ids} are the names used in model files. */
    public enum Kind {
        /** max(0, z). */
        RELU("relu"),
        /** z for z &gt; 0, alpha·z otherwise. */
        LEAKY_RELU("leaky-relu"),
        /** tanh(z). */
        TANH("tanh"),
        /** 1 / (1 + e^(−z)). */
        SIGMOID("sigmoid"),
        /** z for z &gt; 0, alpha·(e^z − 1) otherwise. */
        ELU("elu"),
        /** log(1 + e^z). */
        SOFTPLUS("softplus"),
        /** z. */
        IDENTITY("identity");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable name of this function in model files, e.g. {@code "leaky-relu"}. */
        public String id() {
            return id;
        }

        /**
         * The kind with the given {@link #id() id}.
         *
         * @throws IllegalArgumentException naming the id and the valid ones
         */
        public static Kind ofId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown activation '" + id
                    + "': valid are relu, leaky-relu, tanh, sigmoid, elu, softplus, identity");
        }

        /** Whether this function takes an alpha ({@code LEAKY_RELU} and {@code ELU}). */
        public boolean hasParameter() {
            return this == LEAKY_RELU || this == ELU;
        }
    }

    private static final Activation RELU = new Activation(Kind.RELU, 0);
    private static final Activation TANH = new Activation(Kind.TANH, 0);
    private static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
    private static final Activation SOFTPLUS = new Activation(Kind.SOFTPLUS, 0);
    private static final Activation IDENTITY = new Activation(Kind.IDENTITY, 0);

    /**
     * Validates the parameter for the kind.
     *
     * @throws IllegalArgumentException if {@code alpha} is not finite, is negative for
     *                                  {@code LEAKY_RELU}, not positive for {@code ELU}, or non-zero
     *                                  for a function without a parameter
     */
    public Activation {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("activation alpha must be finite, was " + alpha);
        }
        if (kind == Kind.LEAKY_RELU && (alpha < 0 || alpha >= 1)) {
            throw new IllegalArgumentException("leakyRelu alpha must be in [0, 1), was " + alpha);
        }
        if (kind == Kind.ELU && alpha <= 0) {
            throw new IllegalArgumentException("elu alpha must be > 0, was " + alpha);
        }
        if (!kind.hasParameter() && alpha != 0) {
            throw new IllegalArgumentException(kind.id() + " takes no alpha, was " + alpha);
        }
    }

    /** max(0, z). */
    public static Activation relu() {
        return RELU;
    }

    /**
     * Leaky ReLU: z for z &gt; 0, {@code alpha}·z otherwise.
     *
     * @param alpha the negative slope, in [0, 1); 0.2 is common in GANs
     */
    public static Activation leakyRelu(double alpha) {
        return new Activation(Kind.LEAKY_RELU, alpha);
    }

    /** tanh(z). */
    public static Activation tanh() {
        return TANH;
    }

    /** The logistic sigmoid 1 / (1 + e^(−z)). */
    public static Activation sigmoid() {
        return SIGMOID;
    }

    /** ELU with alpha = 1. */
    public static Activation elu() {
        return elu(1.0);
    }

    /**
     * ELU: z for z &gt; 0, {@code alpha}·(e^z − 1) otherwise.
     *
     * @param alpha the scale of the negative part, &gt; 0
     */
    public static Activation elu(double alpha) {
        return new Activation(Kind.ELU, alpha);
    }

    /** Softplus log(1 + e^z), a smooth ReLU. */
    public static Activation softplus() {
        return SOFTPLUS;
    }

    /** The identity z: a linear layer. The default output activation. */
    public static Activation identity() {
        return IDENTITY;
    }

    @Override
    public String toString() {
        return kind.hasParameter() ? kind.id() + "(" + alpha + ")" : kind.id();
    }
}
