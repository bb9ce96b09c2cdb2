package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.TrainingDivergedException;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.LossHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Training through the public API on the ND4J backend: determinism, learning, divergence, threads. */
class TrainingTest {

    private static float[] generatorWeights(TrainedWgan<?> m) {
        return ((Nd4jModel<?>) m).snapshot().generator();
    }

    private static float[] criticWeights(TrainedWgan<?> m) {
        return ((Nd4jModel<?>) m).snapshot().checkpoint().critic();
    }

    @Test
    void sameSeed_twice_givesBitIdenticalWeightsAndSamples_otherSeedDiffers() {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> a = TrainingFixtures.small(11).build().fit(data, 200);
             TrainedWgan<Integer> b = TrainingFixtures.small(11).build().fit(data, 200);
             TrainedWgan<Integer> c = TrainingFixtures.small(12).build().fit(data, 200)) {
            assertThat(generatorWeights(a)).isEqualTo(generatorWeights(b));
            assertThat(criticWeights(a)).isEqualTo(criticWeights(b));
            assertThat(a.sample(3, 100, 5)).isDeepEqualTo(b.sample(3, 100, 5));
            assertThat(generatorWeights(a)).isNotEqualTo(generatorWeights(c));
            assertThat(criticWeights(a)).isNotEqualTo(criticWeights(c));
        }
    }

    @Test
    void continueTraining_nPlusN_equalsTwoNInOneGo() {
        var data = TrainingFixtures.tenGaussians();
        ConditionalWgan<Integer> wgan = TrainingFixtures.small(3).build();
        try (TrainedWgan<Integer> half = wgan.fit(data, 60);
             TrainedWgan<Integer> resumed = half.continueTraining(data, 60);
             TrainedWgan<Integer> whole = wgan.fit(data, 120)) {
            assertThat(resumed.iterationsTrained()).isEqualTo(120);
            assertThat(half.iterationsTrained()).isEqualTo(60);
            assertThat(generatorWeights(resumed)).isEqualTo(generatorWeights(whole));
            assertThat(criticWeights(resumed)).isEqualTo(criticWeights(whole));
            assertThat(generatorWeights(half)).isNotEqualTo(generatorWeights(whole));
        }
    }

    @Test
    void shortTraining_samplesMoveTowardTheirClassMeans_andWassersteinFalls() {
        var data = TrainingFixtures.tenGaussians();
        ConditionalWgan<Integer> wgan = TrainingFixtures.small(42).build();
        LossHistory history = new LossHistory();
        double[][] truth = TrainingFixtures.trueMeans();
        double before;
        try (TrainedWgan<Integer> start = wgan.fit(data, 1)) {
            before = meanDistanceToClassMeans(start, truth);
        }
        try (TrainedWgan<Integer> trained = wgan.fit(data, 1500, history)) {
            double after = meanDistanceToClassMeans(trained, truth);
            // Untrained, the samples sit near the origin: about 2 away from every class mean.
            assertThat(before).isGreaterThan(1.5);
            assertThat(after).isLessThan(0.35).isLessThan(before / 5);
        }
        double[] w = history.wassersteinEstimate();
        int n = w.length;
        double peak = Math.max(history.meanWasserstein(0, 50), history.meanWasserstein(50, 150));
        double end = history.meanWasserstein(n - 200, n);
        assertThat(end).isLessThan(peak / 2);
    }

    private static double meanDistanceToClassMeans(TrainedWgan<Integer> m, double[][] truth) {
        double total = 0;
        for (int k = 0; k < 10; k++) {
            float[][] xs = m.sample(k, 500, 100 + k);
            double mx = 0;
            double my = 0;
            for (float[] x : xs) {
                mx += x[0];
                my += x[1];
            }
            total += Math.hypot(mx / xs.length - truth[k][0], my / xs.length - truth[k][1]);
        }
        return total / 10;
    }

    @Test
    void eightThreads_samplingOneModel_getExactlyWhatOneThreadGets() throws Exception {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> m = TrainingFixtures.small(5).build().fit(data, 20)) {
            List<float[][]> expected = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                expected.add(m.sample(t, 5000 + 37 * t, 1000 + t));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<float[][]>> futures = new ArrayList<>();
                    for (int t = 0; t < 8; t++) {
                        int thread = t;
                        futures.add(pool.submit(() -> m.sample(thread, 5000 + 37 * thread, 1000 + thread)));
                    }
                    for (int t = 0; t < 8; t++) {
                        assertThat(futures.get(t).get()).isDeepEqualTo(expected.get(t));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void sample_anyN_isBatchedInternally_andRowsFollowTheirConditions() {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> m = TrainingFixtures.small(5).build().fit(data, 5)) {
            int n = Nd4jModel.CHUNK * 2 + 17;
            float[][] xs = m.sample(4, n, 9);
            assertThat(xs).hasNumberOfRows(n);
            assertThat(xs[n - 1]).hasSize(2);
            for (float[] x : xs) {
                assertThat(Float.isFinite(x[0]) && Float.isFinite(x[1])).isTrue();
            }
            assertThat(m.sample(4, 0, 9)).isEmpty();
            float[][] mixed = m.sample(List.of(1, 2, 3), 9);
            assertThat(mixed).hasNumberOfRows(3);
            assertThat(m.sample(3, 10, 1)).isDeepEqualTo(m.sample(3, 10, 1));
            assertThat(java.util.Arrays.deepEquals(m.sample(3, 10), m.sample(3, 10))).isFalse();
        }
    }

    @Test
    void invalidConditionOrData_isRejectedWithTheValue() {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> m = TrainingFixtures.small(5).build().fit(data, 2)) {
            assertThatThrownBy(() -> m.sample(10, 5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("10").hasMessageContaining("0..9");
            assertThatThrownBy(() -> m.sample(List.of(1, -1), 3)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("conditions[1]").hasMessageContaining("-1");
            assertThatThrownBy(() -> m.sample(1, -1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
            assertThatThrownBy(() -> m.sample((Integer) null, 5)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("condition value is null").hasMessageContaining("OneHot");
            assertThatThrownBy(() -> m.score(new float[][] {{1f, Float.NaN}}, List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data[0][1]");
            assertThatThrownBy(() -> m.score(new float[][] {{1f}}, List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataDimension 2");
            assertThatThrownBy(() -> m.continueTraining(data, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("iterations");
        }
    }

    @Test
    void score_isDeterministic_andDropoutOff() {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> m = TrainingFixtures.small(5).build().fit(data, 30)) {
            float[][] xs = {{2f, 0f}, {0f, 2f}, {-2f, 0f}};
            double[] s1 = m.score(xs, List.of(0, 2, 5));
            double[] s2 = m.score(xs, List.of(0, 2, 5));
            assertThat(s1).containsExactly(s2).hasSize(3);
        }
    }

    @Test
    void closedModel_refusesToSample() {
        var data = TrainingFixtures.tenGaussians();
        TrainedWgan<Integer> m = TrainingFixtures.small(5).build().fit(data, 1);
        m.close();
        assertThatThrownBy(() -> m.sample(1, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void divergence_stopsWithIterationAndTerm_andKeepsLastFiniteWeights() {
        var data = TrainingFixtures.tenGaussians();
        ConditionalWgan<Integer> wgan = TrainingFixtures.small(1).build().toBuilder()
                .optimizer(Adam.of(1e30, 0.5, 0.9)).build();
        assertThatThrownBy(() -> wgan.fit(data, 1000))
                .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
                    assertThat(e.iteration()).isBetween(1L, 1000L);
                    assertThat(e.term()).isIn("critic loss", "gradient penalty", "generator loss");
                    assertThat(e.getMessage()).contains("iteration " + e.iteration()).contains(e.term());
                    TrainedWgan<?> last = e.lastFiniteModel();
                    assertThat(last.iterationsTrained()).isEqualTo(e.iteration() - 1);
                    for (float v : generatorWeights(last)) {
                        assertThat(Float.isFinite(v)).isTrue();
                    }
                    for (float v : criticWeights(last)) {
                        assertThat(Float.isFinite(v)).isTrue();
                    }
                    last.close();
                });
    }
}
