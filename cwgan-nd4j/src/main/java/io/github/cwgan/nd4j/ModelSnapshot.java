package io.github.cwgan.nd4j;

import io.github.cwgan.WganConfig;
import io.github.cwgan.network.Mlp;
import java.util.Objects;

/**
 * Everything a model file holds, in plain Java arrays, independent of ND4J: the bridge between a
 * trained model and {@link ModelFiles}.
 *
 * <p>Network parameters are one flat float array in the <em>canonical layout</em>: for each layer in
 * order (hidden layers, then the output layer), the weight matrix W of shape [in, out] in row-major
 * order (so a layer computes h·W + b), then the bias b of length out.
 *
 * @param config     the configuration
 * @param iterations generator iterations trained
 * @param generator  the generator's parameters that sampling uses, canonical layout: its weight
 *                   average when the configuration {@linkplain WganConfig#averagesGenerator averages
 *                   the generator}, else its trained weights
 * @param checkpoint the training state for exact resumption, or null for a sampling-only model
 * @param prior      the training data's condition values, or null for a model without a prior
 */
record ModelSnapshot(WganConfig<?> config, long iterations, float[] generator, TrainingSnapshot checkpoint,
                     Prior prior) {

    ModelSnapshot {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(generator, "generator");
    }

    /** A snapshot without a prior over conditions (as files written before priors existed). */
    ModelSnapshot(WganConfig<?> config, long iterations, float[] generator, TrainingSnapshot checkpoint) {
        this(config, iterations, generator, checkpoint, null);
    }

    /**
     * The state beyond the generator that training needs to continue exactly.
     *
     * @param critic             the critic's parameters, canonical layout
     * @param generatorOptimizer the generator's Adam state
     * @param criticOptimizer    the critic's Adam state
     * @param rngState           the training random generator's state words
     * @param generatorIterate   the generator's trained weights when the snapshot's generator is their
     *                           average (canonical layout), else null
     */
    record TrainingSnapshot(float[] critic, AdamSnapshot generatorOptimizer, AdamSnapshot criticOptimizer,
                            long[] rngState, float[] generatorIterate) {
        TrainingSnapshot {
            Objects.requireNonNull(critic, "critic");
            Objects.requireNonNull(generatorOptimizer, "generatorOptimizer");
            Objects.requireNonNull(criticOptimizer, "criticOptimizer");
            Objects.requireNonNull(rngState, "rngState");
        }

        /** The training state of a model that does not average its generator. */
        TrainingSnapshot(float[] critic, AdamSnapshot generatorOptimizer, AdamSnapshot criticOptimizer,
                         long[] rngState) {
            this(critic, generatorOptimizer, criticOptimizer, rngState, null);
        }
    }

    /**
     * Adam's state for one network.
     *
     * @param step the number of updates done
     * @param m    first moments, canonical layout
     * @param v    second moments, canonical layout
     */
    record AdamSnapshot(long step, float[] m, float[] v) {
        AdamSnapshot {
            Objects.requireNonNull(m, "m");
            Objects.requireNonNull(v, "v");
        }
    }

    /** The generator's layer widths: input, hidden..., output. */
    static int[] generatorWidths(WganConfig<?> c) {
        return widths(c.generatorInputDimension(), c.generator(), c.dataDimension());
    }

    /** The critic's layer widths: input, hidden..., output (1). */
    static int[] criticWidths(WganConfig<?> c) {
        return widths(c.criticInputDimension(), c.critic(), 1);
    }

    static int[] widths(int in, Mlp spec, int out) {
        int[] w = new int[spec.depth() + 2];
        w[0] = in;
        for (int i = 0; i < spec.depth(); i++) {
            w[i + 1] = spec.hiddenWidths().get(i);
        }
        w[w.length - 1] = out;
        return w;
    }

    /** The length of a flat canonical parameter array for these widths. */
    static int parameterCount(int[] widths) {
        long n = 0;
        for (int l = 1; l < widths.length; l++) {
            n += (long) widths[l - 1] * widths[l] + widths[l];
        }
        return Math.toIntExact(n);
    }
}
