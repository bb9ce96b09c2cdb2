package io.github.cwgan;

import io.github.cwgan.condition.Condition;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.BatchSampling;
import io.github.cwgan.training.Optimizer;
import java.util.Objects;

/**
 * The complete, immutable configuration of a conditional WGAN-GP: dimensions, condition, networks
 * and training settings. Built by {@link ConditionalWgan#builder()}, which documents the defaults;
 * stored in model files.
 *
 * @param dataDimension          the number of values in a data row, &ge; 1
 * @param noiseDimension         the number of N(0, 1) noise inputs of the generator, &ge; 1
 * @param condition              what the model is conditioned on
 * @param generator              the generator's hidden layers (input noise + condition, output data)
 * @param critic                 the critic's hidden layers (input data + condition, output 1)
 * @param criticIterations       critic steps per generator step, &ge; 1
 * @param gradientPenalty  λ, the weight of the gradient penalty, finite and &ge; 0
 * @param generatorOptimizer     the generator's optimizer
 * @param criticOptimizer        the critic's optimizer
 * @param batchSize              rows per batch, &ge; 1
 * @param seed                   the seed of every random draw of training
 * @param batchSampling          how batch rows are drawn
 * @param generatorAveraging     the decay β of the generator's weight average, in [0, 1); 0 turns
 *                               averaging off. When on, the model samples with a debiased exponential
 *                               moving average of the generator's weights over the training iterations
 *                               (see {@link ConditionalWgan.Builder#generatorAveraging(double)})
 * @param <V>                    the condition value type
 */
public record WganConfig<V>(int dataDimension, int noiseDimension, Condition<V> condition, Mlp generator,
                            Mlp critic, int criticIterations, double gradientPenalty,
                            Optimizer generatorOptimizer, Optimizer criticOptimizer, int batchSize, long seed,
                            BatchSampling batchSampling, double generatorAveraging) {

    /** The largest data or noise dimension accepted. */
    public static final int MAX_DIMENSION = 1 << 20;
    /** The largest batch size accepted. */
    public static final int MAX_BATCH_SIZE = 1 << 20;
    /** The largest number of critic iterations accepted. */
    public static final int MAX_CRITIC_ITERATIONS = 1000;

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field and the value
     * @throws NullPointerException     naming a missing part
     */
    public WganConfig {
        checkRange("dataDimension", dataDimension, 1, MAX_DIMENSION);
        checkRange("noiseDimension", noiseDimension, 1, MAX_DIMENSION);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(critic, "critic");
        checkRange("criticIterations", criticIterations, 1, MAX_CRITIC_ITERATIONS);
        checkGradientPenalty(gradientPenalty);
        Objects.requireNonNull(generatorOptimizer, "generatorOptimizer");
        Objects.requireNonNull(criticOptimizer, "criticOptimizer");
        checkRange("batchSize", batchSize, 1, MAX_BATCH_SIZE);
        Objects.requireNonNull(batchSampling, "batchSampling");
        checkGeneratorAveraging(generatorAveraging);
        generatorAveraging += 0.0; // −0.0 is 0: off
        if (condition.dimension() < 1) {
            throw new IllegalArgumentException("condition dimension must be >= 1, was " + condition.dimension()
                    + " (" + condition + ")");
        }
        if (batchSampling == BatchSampling.CLASS_BALANCED && condition.classCount() < 1) {
            throw new IllegalArgumentException("batchSampling CLASS_BALANCED needs a condition with classes "
                    + "(classCount() > 0), but the condition " + condition + " has none; use a OneHot, or a "
                    + "Composite with exactly one part that has classes");
        }
    }

    /** This configuration with another condition (for example the one {@link Condition#fit fitted} to the data). */
    public <W> WganConfig<W> withCondition(Condition<W> condition) {
        return new WganConfig<>(dataDimension, noiseDimension, condition, generator, critic, criticIterations,
                gradientPenalty, generatorOptimizer, criticOptimizer, batchSize, seed, batchSampling, generatorAveraging);
    }

    static void checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    static void checkGradientPenalty(double lambda) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("gradientPenalty must be finite and >= 0, was " + lambda);
        }
    }

    static void checkGeneratorAveraging(double decay) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("generatorAveraging must be in [0, 1) (0 = off; 0.999 averages over "
                    + "about the last 1000 iterations), was " + decay);
        }
    }

    /** Whether the model samples with an average of the generator's weights ({@code generatorAveraging > 0}). */
    public boolean averagesGenerator() {
        return generatorAveraging > 0;
    }

    /** The generator's input width: noise plus condition encoding. */
    public int generatorInputDimension() {
        return noiseDimension + condition.dimension();
    }

    /** The critic's input width: data plus condition encoding. */
    public int criticInputDimension() {
        return dataDimension + condition.dimension();
    }
}
