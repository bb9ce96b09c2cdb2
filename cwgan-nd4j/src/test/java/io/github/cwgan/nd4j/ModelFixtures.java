package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.nd4j.ModelSnapshot.AdamSnapshot;
import io.github.cwgan.nd4j.ModelSnapshot.TrainingSnapshot;
import io.github.cwgan.network.Activation;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import java.util.SplittableRandom;

/** Configurations and snapshots with made-up weights for model-file tests, and a deep comparison. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    /** The 10-Gaussian seed set-up: generator 32 → 128 → 256 → 256 → 2, critic 12 → 256³ → 1. */
    static WganConfig<Integer> seedConfig() {
        return new WganConfig<>(2, 22, OneHot.of(10),
                Mlp.hidden(128, 256, 256).activation(Activation.relu()),
                Mlp.hidden(256, 256, 256).activation(Activation.relu()).dropout(0, 0.5, 0.5),
                5, 0.1, Adam.of(5e-5, 0.9, 0.999), Adam.of(5e-5, 0.9, 0.999), 32, 42L,
                BatchSampling.WITH_REPLACEMENT, 0.0);
    }

    /** A tiny configuration using named classes and every parameterised activation. */
    static WganConfig<Integer> tinyConfig() {
        return new WganConfig<>(2, 3, OneHot.of("north", "east", "south"),
                Mlp.hidden(4, 5).activations(Activation.leakyRelu(0.2), Activation.elu(0.75))
                        .outputActivation(Activation.tanh()),
                Mlp.hidden(6).activation(Activation.softplus()).dropout(0.25).outputActivation(Activation.sigmoid()),
                3, 10.0, new Adam(1e-4, 0.5, 0.9, 1e-7), Adam.defaults().withLearningRate(3e-4), 7,
                0x8000_0000_0000_0001L, BatchSampling.WITH_REPLACEMENT, 0.0);
    }

    /**
     * A snapshot with random weights drawn from {@code seed}, with a few awkward floats (−0, the
     * smallest subnormal, the largest float) where they must survive bit for bit.
     */
    static ModelSnapshot snapshot(WganConfig<?> config, boolean checkpoint, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] generator = values(r, ModelSnapshot.parameterCount(ModelSnapshot.generatorWidths(config)));
        TrainingSnapshot cp = null;
        if (checkpoint) {
            int criticCount = ModelSnapshot.parameterCount(ModelSnapshot.criticWidths(config));
            float[] critic = values(r, criticCount);
            cp = new TrainingSnapshot(critic,
                    new AdamSnapshot(12345L, values(r, generator.length), squares(r, generator.length)),
                    new AdamSnapshot(61725L, values(r, criticCount), squares(r, criticCount)),
                    new long[] {r.nextLong(), Long.MIN_VALUE, -1L, Long.MAX_VALUE, 0L},
                    config.averagesGenerator() ? values(r, generator.length) : null);
        }
        return new ModelSnapshot(config, 2469L, generator, cp);
    }

    static float[] values(SplittableRandom r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (r.nextGaussian() * 0.1);
        }
        a[0] = -0.0f;
        a[n / 2] = Float.MIN_VALUE;
        a[n - 1] = Float.MAX_VALUE;
        return a;
    }

    static float[] squares(SplittableRandom r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian() * 1e-3;
            a[i] = (float) (g * g);
        }
        return a;
    }

    /** Every field equal, every float bit-identical. */
    static void assertSameSnapshot(ModelSnapshot actual, ModelSnapshot expected) {
        assertThat(actual.config()).isEqualTo(expected.config());
        assertThat(actual.iterations()).isEqualTo(expected.iterations());
        assertThat(bits(actual.generator())).isEqualTo(bits(expected.generator()));
        if (expected.checkpoint() == null) {
            assertThat(actual.checkpoint()).isNull();
            return;
        }
        TrainingSnapshot a = actual.checkpoint();
        TrainingSnapshot e = expected.checkpoint();
        assertThat(a).isNotNull();
        assertThat(bits(a.critic())).isEqualTo(bits(e.critic()));
        assertSameAdam(a.generatorOptimizer(), e.generatorOptimizer());
        assertSameAdam(a.criticOptimizer(), e.criticOptimizer());
        assertThat(a.rngState()).containsExactly(e.rngState());
        if (e.generatorIterate() == null) {
            assertThat(a.generatorIterate()).isNull();
        } else {
            assertThat(bits(a.generatorIterate())).isEqualTo(bits(e.generatorIterate()));
        }
    }

    /** {@link #tinyConfig()} with generator averaging (β = 0.999): written as format version 2. */
    static WganConfig<Integer> tinyAveragedConfig() {
        WganConfig<Integer> c = tinyConfig();
        return new WganConfig<>(c.dataDimension(), c.noiseDimension(), c.condition(), c.generator(), c.critic(),
                c.criticIterations(), c.gradientPenalty(), c.generatorOptimizer(), c.criticOptimizer(), c.batchSize(),
                c.seed(), c.batchSampling(), 0.999);
    }

    private static void assertSameAdam(AdamSnapshot a, AdamSnapshot e) {
        assertThat(a.step()).isEqualTo(e.step());
        assertThat(bits(a.m())).isEqualTo(bits(e.m()));
        assertThat(bits(a.v())).isEqualTo(bits(e.v()));
    }

    static int[] bits(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Float.floatToRawIntBits(a[i]);
        }
        return b;
    }
}
