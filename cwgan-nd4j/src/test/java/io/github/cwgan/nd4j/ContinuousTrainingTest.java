package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.ContinuousScalar;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A continuous condition is fitted at fit, standardised, range-checked and stored with the model. */
class ContinuousTrainingTest {

    @TempDir
    Path dir;

    /** x = (2c + 0.1 e1, 0.1 e2) for c ~ U[10, 20]: raw conditions far from unit scale. */
    static ConditionalDataset<Double> line(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] rows = new float[n][];
        List<Double> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double c = lo + (hi - lo) * r.nextDouble();
            rows[i] = new float[] {(float) ((c - 15) * 0.4 + 0.1 * r.nextGaussian()), (float) (0.1 * r.nextGaussian())};
            cs.add(c);
        }
        return ConditionalDataset.of(Continuous.scalar("c"), rows, cs);
    }

    private static ConditionalWgan<Double> wgan() {
        return ConditionalWgan.builder().dataDimension(2).noiseDimension(4).condition(Continuous.scalar("c"))
                .generator(Mlp.hidden(64, 64)).critic(Mlp.hidden(64, 64)).gradientPenalty(1.0)
                .optimizer(Adam.of(1e-3, 0.5, 0.9)).batchSize(64).seed(5).build();
    }

    @Test
    void fit_storesTheFittedCondition_standardises_andRejectsValuesOutsideTheRange() throws Exception {
        var data = line(2000, 1, 10, 20);
        try (TrainedWgan<Double> m = wgan().fit(data, 600)) {
            ContinuousScalar c = (ContinuousScalar) m.config().condition();
            assertThat(c.isFitted()).isTrue();
            assertThat(c.mean()).isCloseTo(15, within(0.3));
            assertThat(c.standardDeviation()).isCloseTo(10 / Math.sqrt(12), within(0.15));
            assertThat(c.min()).isGreaterThanOrEqualTo(10).isLessThan(10.05);
            // It learned: the mean of x1 follows 0.4 (c - 15).
            for (double at : new double[] {11, 15, 19}) {
                double mean = 0;
                for (float[] x : m.sample(at, 2000, 3)) {
                    mean += x[0] / 2000.0;
                }
                assertThat(mean).as("mean x1 at c = " + at).isCloseTo(0.4 * (at - 15), within(0.3));
            }
            assertThatThrownBy(() -> m.sample(25.0, 10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("value 25.0 is outside the training range [" + c.min() + ", " + c.max() + "]");
            assertThatThrownBy(() -> m.sample(List.of(12.0, Double.NaN))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("conditions[1]: value NaN is not finite");

            Path file = dir.resolve("continuous.json");
            m.saveCheckpoint(file);
            assertThat(Files.readString(file)).contains("\"type\" : \"continuous-scalar\"", "\"standardDeviation\"");
            try (TrainedWgan<Double> loaded = TrainedWgan.load(file, Double.class)) {
                assertThat(loaded.config()).isEqualTo(m.config());
                assertThat(loaded.sample(12.5, 100, 9)).isDeepEqualTo(m.sample(12.5, 100, 9));
                // The data set's condition is the unfitted Continuous.scalar("c"): compatible with the fitted one.
                try (TrainedWgan<Double> more = loaded.continueTraining(line(100, 2, 12, 18), 2)) {
                    assertThat(more.config().condition()).isEqualTo(c);
                }
                assertThatThrownBy(() -> loaded.continueTraining(line(100, 2, 5, 25), 1))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is outside the training range")
                        .hasMessageMatching("(?s)row \\d+: value .*");
                var other = ConditionalDataset.of(Continuous.scalar("d"), new float[][] {{0, 0}}, List.of(12.0));
                assertThatThrownBy(() -> loaded.continueTraining(other, 1)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not the model's condition");
            }
        }
    }

    @Test
    void allowExtrapolation_isKeptByTheModel_andItsFile() throws Exception {
        var free = ConditionalWgan.builder().dataDimension(2).noiseDimension(2)
                .condition(Continuous.scalar("c").allowExtrapolation()).generator(Mlp.hidden(8)).critic(Mlp.hidden(8))
                .build();
        Path file = dir.resolve("free.json");
        try (TrainedWgan<Double> m = free.fit(line(200, 1, 10, 20), 2)) {
            assertThat(m.sample(25.0, 3, 1)).hasNumberOfRows(3);
            m.save(file);
            try (TrainedWgan<Double> loaded = TrainedWgan.load(file, Double.class)) {
                assertThat(((ContinuousScalar) loaded.config().condition()).extrapolationAllowed()).isTrue();
                assertThat(loaded.sample(25.0, 3, 1)).isDeepEqualTo(m.sample(25.0, 3, 1));
            }
        }
    }

    @Test
    void vectorCondition_wrongDimension_isRejectedWhenSampling() {
        float[][] rows = {{0, 0}, {1, 1}};
        var data = ConditionalDataset.of(Continuous.of(2), rows, List.of(new double[] {0, 0}, new double[] {1, 1}));
        var wgan = ConditionalWgan.builder().dataDimension(2).noiseDimension(2).condition(Continuous.of(2))
                .generator(Mlp.hidden(8)).critic(Mlp.hidden(8)).build();
        try (TrainedWgan<double[]> m = wgan.fit(data, 1)) {
            assertThatThrownBy(() -> m.sample(new double[] {0.5}, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a continuous value must have 2 numbers (dimension 2), had 1");
            assertThat(m.sample(new double[] {0.5, 0.5}, 3)).hasNumberOfRows(3);
        }
    }
}
