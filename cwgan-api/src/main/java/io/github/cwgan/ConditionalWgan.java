package io.github.cwgan;

import io.github.cwgan.condition.Condition;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.internal.Backends;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import io.github.cwgan.training.Optimizer;
import io.github.cwgan.training.TrainingListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A conditional Wasserstein GAN with gradient penalty, configured and ready to train.
 *
 * <pre>{@code
 * var wgan = ConditionalWgan.builder()
 *         .dataDimension(2)
 *         .noiseDimension(22)
 *         .condition(OneHot.of(10))
 *         .generator(Mlp.hidden(128, 256, 256))
 *         .critic(Mlp.hidden(256, 256, 256).dropout(0, 0.5, 0.5))
 *         .build();
 * TrainedWgan<Integer> model = wgan.fit(data, 30_000, ProgressLogger.every(1000));
 * float[][] xs = model.sample(3, 1000);
 * }</pre>
 *
 * <p>The generator maps noise z ~ N(0, I) and the encoded condition y to data; the critic scores the
 * pair (x, y). Training alternates {@code criticIterations} critic steps with one generator step. The
 * critic loss is mean D(fake, y) − mean D(real, y) + λ·mean(‖∇ₓD(x̂, y)‖ − 1)², with one ε ~ U[0, 1]
 * per row for x̂ = εx + (1 − ε)x̃, the condition not interpolated, and the penalty differentiated
 * exactly. The generator loss is −mean D(G(z, y), y).
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} gives a variation.
 *
 * @param <V> the condition value type
 */
public final class ConditionalWgan<V> {

    private final WganConfig<V> config;

    private ConditionalWgan(WganConfig<V> config) {
        this.config = config;
    }

    /** A new builder with the defaults documented on its setters. */
    public static Builder<Object> builder() {
        return new Builder<>();
    }

    /** A model with exactly this configuration. */
    public static <V> ConditionalWgan<V> of(WganConfig<V> config) {
        return new ConditionalWgan<>(Objects.requireNonNull(config, "config"));
    }

    /** The configuration. */
    public WganConfig<V> config() {
        return config;
    }

    /** A builder holding this configuration, to make a variation; every setter may be called once. */
    public Builder<V> toBuilder() {
        return new Builder<>(config);
    }

    /**
     * Trains a model from scratch on {@code data} for {@code iterations} generator iterations.
     *
     * <p>The backend first {@linkplain Condition#fit fits} the condition to the data's condition
     * values (a {@code Continuous} condition learns its standardisation and range) and keeps the
     * fitted condition in the trained model's {@link TrainedWgan#config()}; it also records the
     * data's condition values as the model's prior ({@link TrainedWgan#sampleRows(int)}).
     *
     * @param data       rows with condition values of this model's condition and data dimension
     * @param iterations generator iterations, &ge; 1
     * @param listeners  called during training, in order
     * @throws IllegalArgumentException  if the data set's dimension or condition do not match, or
     *                                   {@code iterations} &lt; 1
     * @throws IllegalStateException     if no backend is on the class path
     * @throws TrainingDivergedException if a loss becomes NaN or infinite
     */
    public TrainedWgan<V> fit(ConditionalDataset<V> data, long iterations, TrainingListener... listeners) {
        checkCompatible(config, data, iterations);
        Objects.requireNonNull(listeners, "listeners");
        return Backends.get().fit(config, data, iterations, List.of(listeners));
    }

    /**
     * Checks that a data set and an iteration count fit a configuration; used by {@link #fit} and by
     * backends for {@link TrainedWgan#continueTraining}. The data set's condition must be
     * {@linkplain Condition#isCompatibleWith compatible} with the configuration's: equal for a
     * {@code OneHot}, of the same dimension for a {@code Continuous} whether fitted or not.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    public static void checkCompatible(WganConfig<?> config, ConditionalDataset<?> data, long iterations) {
        Objects.requireNonNull(data, "data");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
        }
        if (data.dataDimension() != config.dataDimension()) {
            throw new IllegalArgumentException("the data set has dataDimension " + data.dataDimension()
                    + " but the model was built with dataDimension " + config.dataDimension());
        }
        if (!config.condition().isCompatibleWith(data.condition())) {
            throw new IllegalArgumentException("the data set's condition " + data.condition()
                    + " is not the model's condition " + config.condition());
        }
    }

    @Override
    public String toString() {
        return "ConditionalWgan[" + config + "]";
    }

    /**
     * Builds a {@link ConditionalWgan}. Every setter validates its value at once and throws
     * {@link IllegalArgumentException} naming the field and the value; setting a value twice throws
     * {@link IllegalStateException}. Required: {@link #dataDimension}, {@link #condition},
     * {@link #generator} and {@link #critic}; {@link #build()} says which is missing.
     *
     * <p>Defaults are the WGAN-GP paper's (Gulrajani et al. 2017): λ = 10, 5 critic steps per
     * generator step, Adam(1e-4, β1 = 0.5, β2 = 0.9) for both networks, batch 64; noise dimension 32;
     * batches drawn with replacement; seed {@value #DEFAULT_SEED}.
     *
     * @param <V> the condition value type, fixed by {@link #condition}
     */
    public static final class Builder<V> {

        /** Default noise dimension: 32. */
        public static final int DEFAULT_NOISE_DIMENSION = 32;
        /** Default critic steps per generator step: 5. */
        public static final int DEFAULT_CRITIC_ITERATIONS = 5;
        /** Default gradient-penalty weight λ: 10. */
        public static final double DEFAULT_GRADIENT_PENALTY = 10.0;
        /** Default batch size: 64. */
        public static final int DEFAULT_BATCH_SIZE = 64;
        /** Default seed: 42. */
        public static final long DEFAULT_SEED = 42L;

        /** Each field set so far, mapped to the setter that set it. */
        private final Map<String, String> set = new HashMap<>();
        private int dataDimension;
        private int noiseDimension = DEFAULT_NOISE_DIMENSION;
        private Condition<?> condition;
        private Mlp generator;
        private Mlp critic;
        private int criticIterations = DEFAULT_CRITIC_ITERATIONS;
        private double gradientPenalty = DEFAULT_GRADIENT_PENALTY;
        private Optimizer generatorOptimizer = Adam.defaults();
        private Optimizer criticOptimizer = Adam.defaults();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private long seed = DEFAULT_SEED;
        private BatchSampling batchSampling = BatchSampling.WITH_REPLACEMENT;
        private double generatorAveraging;

        private Builder() {
        }

        private Builder(WganConfig<V> c) {
            dataDimension = c.dataDimension();
            noiseDimension = c.noiseDimension();
            condition = c.condition();
            generator = c.generator();
            critic = c.critic();
            criticIterations = c.criticIterations();
            gradientPenalty = c.gradientPenalty();
            generatorOptimizer = c.generatorOptimizer();
            criticOptimizer = c.criticOptimizer();
            batchSize = c.batchSize();
            seed = c.seed();
            batchSampling = c.batchSampling();
            generatorAveraging = c.generatorAveraging();
        }

        private void once(String field) {
            once(field, field);
        }

        private void once(String field, String setter) {
            String previous = set.putIfAbsent(field, setter);
            if (previous != null) {
                throw new IllegalStateException(field + " was already set"
                        + (previous.equals(field) ? "" : " by " + previous + "(...)"));
            }
        }

        /** The number of values in a data row (required), in [1, 2^20]. */
        public Builder<V> dataDimension(int dimension) {
            WganConfig.checkRange("dataDimension", dimension, 1, WganConfig.MAX_DIMENSION);
            once("dataDimension");
            this.dataDimension = dimension;
            return this;
        }

        /** The number of N(0, 1) noise inputs of the generator, in [1, 2^20]; default 32. */
        public Builder<V> noiseDimension(int dimension) {
            WganConfig.checkRange("noiseDimension", dimension, 1, WganConfig.MAX_DIMENSION);
            once("noiseDimension");
            this.noiseDimension = dimension;
            return this;
        }

        /**
         * What the model is conditioned on (required), e.g. {@code OneHot.of(10)}. Fixes the builder's
         * value type.
         */
        @SuppressWarnings("unchecked")
        public <W> Builder<W> condition(Condition<W> condition) {
            Objects.requireNonNull(condition, "condition");
            if (condition.dimension() < 1) {
                throw new IllegalArgumentException("condition dimension must be >= 1, was "
                        + condition.dimension() + " (" + condition + ")");
            }
            once("condition");
            this.condition = condition;
            return (Builder<W>) this;
        }

        /** The generator's hidden layers (required); input and output widths are inferred. */
        public Builder<V> generator(Mlp spec) {
            Objects.requireNonNull(spec, "generator");
            once("generator");
            this.generator = spec;
            return this;
        }

        /** The critic's hidden layers (required); input and output widths are inferred. */
        public Builder<V> critic(Mlp spec) {
            Objects.requireNonNull(spec, "critic");
            once("critic");
            this.critic = spec;
            return this;
        }

        /** Critic steps per generator step, in [1, 1000]; default 5. */
        public Builder<V> criticIterations(int n) {
            WganConfig.checkRange("criticIterations", n, 1, WganConfig.MAX_CRITIC_ITERATIONS);
            once("criticIterations");
            this.criticIterations = n;
            return this;
        }

        /** The gradient-penalty weight λ, finite and &ge; 0; default 10. */
        public Builder<V> gradientPenalty(double lambda) {
            WganConfig.checkGradientPenalty(lambda);
            once("gradientPenalty");
            this.gradientPenalty = lambda;
            return this;
        }

        /**
         * One optimizer spec for both networks (each gets its own state); default
         * {@link Adam#defaults()}. Cannot be combined with {@link #generatorOptimizer} or
         * {@link #criticOptimizer}.
         */
        public Builder<V> optimizer(Optimizer optimizer) {
            Objects.requireNonNull(optimizer, "optimizer");
            for (String field : List.of("generatorOptimizer", "criticOptimizer")) {
                if (set.containsKey(field)) {
                    throw new IllegalStateException("optimizer(...) sets both networks' optimizers, but " + field
                            + " was already set" + (set.get(field).equals(field) ? "" : " by " + set.get(field) + "(...)"));
                }
            }
            once("generatorOptimizer", "optimizer");
            once("criticOptimizer", "optimizer");
            this.generatorOptimizer = optimizer;
            this.criticOptimizer = optimizer;
            return this;
        }

        /** The generator's optimizer; default {@link Adam#defaults()}. */
        public Builder<V> generatorOptimizer(Optimizer optimizer) {
            Objects.requireNonNull(optimizer, "generatorOptimizer");
            once("generatorOptimizer");
            this.generatorOptimizer = optimizer;
            return this;
        }

        /** The critic's optimizer; default {@link Adam#defaults()}. */
        public Builder<V> criticOptimizer(Optimizer optimizer) {
            Objects.requireNonNull(optimizer, "criticOptimizer");
            once("criticOptimizer");
            this.criticOptimizer = optimizer;
            return this;
        }

        /** Rows per batch, in [1, 2^20]; default 64. */
        public Builder<V> batchSize(int n) {
            WganConfig.checkRange("batchSize", n, 1, WganConfig.MAX_BATCH_SIZE);
            once("batchSize");
            this.batchSize = n;
            return this;
        }

        /** The seed of every random draw (initial weights, batches, noise, ε, dropout); default 42. */
        public Builder<V> seed(long seed) {
            once("seed");
            this.seed = seed;
            return this;
        }

        /**
         * How batch rows are drawn; default {@link BatchSampling#WITH_REPLACEMENT}.
         * {@link BatchSampling#CLASS_BALANCED} needs a condition with classes; {@link #build()} checks.
         */
        public Builder<V> batchSampling(BatchSampling sampling) {
            Objects.requireNonNull(sampling, "batchSampling");
            once("batchSampling");
            this.batchSampling = sampling;
            return this;
        }

        /**
         * Samples with an average of the generator's weights over training instead of its last
         * weights; default 0, off. The average is an exponential moving average with decay β,
         * debiased (divided by 1 − β^t after t iterations), so it weighs only the iterates of
         * training: roughly the last 1/(1 − β) of them (β = 0.999: about 1000). A GAN's generator
         * keeps moving around the solution until the end of training; its average is steadier and
         * usually closer (Yazıcı et al. 2019, "The Unusual Effectiveness of Averaging in GAN
         * Training"). Training itself is unchanged: the critic always trains against the current
         * generator. The average is saved in model files and checkpoints and resumes exactly; it costs
         * one pass over the generator's weights per iteration.
         *
         * @param decay β, in [0, 1); 0 turns averaging off
         */
        public Builder<V> generatorAveraging(double decay) {
            WganConfig.checkGeneratorAveraging(decay);
            once("generatorAveraging");
            this.generatorAveraging = decay;
            return this;
        }

        /**
         * The configured model.
         *
         * @throws IllegalStateException naming the first required setting that is missing, or when
         *                               {@code batchSampling} is {@code CLASS_BALANCED} for a condition
         *                               without classes
         */
        @SuppressWarnings("unchecked")
        public ConditionalWgan<V> build() {
            if (dataDimension == 0) {
                throw new IllegalStateException("dataDimension(...) is required");
            }
            if (condition == null) {
                throw new IllegalStateException("condition(...) is required, e.g. condition(OneHot.of(10))");
            }
            if (generator == null) {
                throw new IllegalStateException("generator(...) is required, e.g. generator(Mlp.hidden(128, 256, 256))");
            }
            if (critic == null) {
                throw new IllegalStateException("critic(...) is required, e.g. critic(Mlp.hidden(256, 256, 256))");
            }
            if (batchSampling == BatchSampling.CLASS_BALANCED && condition.classCount() < 1) {
                throw new IllegalStateException("batchSampling CLASS_BALANCED needs a condition with classes "
                        + "(classCount() > 0), but the condition " + condition + " has none");
            }
            return new ConditionalWgan<>(new WganConfig<>(dataDimension, noiseDimension, (Condition<V>) condition,
                    generator, critic, criticIterations, gradientPenalty, generatorOptimizer, criticOptimizer,
                    batchSize, seed, batchSampling, generatorAveraging));
        }
    }
}
