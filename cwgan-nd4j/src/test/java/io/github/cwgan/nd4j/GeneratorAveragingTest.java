package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.ModelFormatException;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.TrainingDivergedException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.training.Adam;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generator averaging: what the average is, that training ignores it, and that it saves and resumes exactly. */
class GeneratorAveragingTest {

    private static final double DECAY = 0.9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ConditionalWgan<Integer> averaged(long seed) {
        return TrainingFixtures.small(seed).generatorAveraging(DECAY).build();
    }

    private static ModelSnapshot snapshot(TrainedWgan<?> m) {
        return ((Nd4jModel<?>) m).snapshot();
    }

    @Test
    void average_isTheDebiasedMovingAverageOfTheTrainedWeights_computedIndependently() {
        var data = TrainingFixtures.tenGaussians();
        int n = 25;
        List<float[]> iterates = new ArrayList<>();
        List<float[]> averages = new ArrayList<>();
        TrainedWgan<Integer> m = averaged(5).fit(data, 1);
        for (int t = 1; ; t++) {
            iterates.add(snapshot(m).checkpoint().generatorIterate());
            averages.add(snapshot(m).generator());
            if (t == n) {
                break;
            }
            TrainedWgan<Integer> next = m.continueTraining(data, 1);
            m.close();
            m = next;
        }
        m.close();
        // After one iteration the average is that iteration's weights, exactly.
        assertThat(averages.get(0)).isEqualTo(iterates.get(0));
        for (int t = 2; t <= n; t += 7) {
            assertThat(averages.get(t - 1)).isNotEqualTo(iterates.get(t - 1));
        }
        // The closed form, in double: a_t = Σ_s β^(t−s) (1−β) w_s / (1 − β^t).
        float[] actual = averages.get(n - 1);
        double normaliser = 1 - Math.pow(DECAY, n);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            double expected = 0;
            for (int s = 1; s <= n; s++) {
                expected += Math.pow(DECAY, n - s) * (1 - DECAY) * iterates.get(s - 1)[i];
            }
            expected /= normaliser;
            worst = Math.max(worst, Math.abs(actual[i] - expected) / (1e-3 + Math.abs(expected)));
        }
        assertThat(worst).as("largest relative difference to the closed form").isLessThan(1e-5);
    }

    @Test
    void averaging_doesNotChangeTraining_onlyWhatSamplingUses() {
        var data = TrainingFixtures.tenGaussians();
        ConditionalWgan<Integer> plainWgan = TrainingFixtures.small(8).build();
        try (TrainedWgan<Integer> plain = plainWgan.fit(data, 80);
             TrainedWgan<Integer> avg = averaged(8).fit(data, 80)) {
            ModelSnapshot a = snapshot(avg);
            assertThat(a.checkpoint().generatorIterate()).isEqualTo(snapshot(plain).generator());
            assertThat(a.checkpoint().critic()).isEqualTo(snapshot(plain).checkpoint().critic());
            assertThat(a.generator()).isNotEqualTo(a.checkpoint().generatorIterate());
            // Sampling uses the average: a plain model holding the average samples exactly the same.
            WganConfig<?> plainConfig = plainWgan.config();
            try (Nd4jModel<Integer> fromAverage = new Nd4jModel<>(
                    new ModelSnapshot(plainConfig, a.iterations(), a.generator(), null, a.prior()))) {
                assertThat(avg.sample(4, 300, 9)).isDeepEqualTo(fromAverage.sample(4, 300, 9));
            }
            assertThat(java.util.Arrays.deepEquals(avg.sample(4, 300, 9), plain.sample(4, 300, 9))).isFalse();
        }
    }

    @Test
    void continueTraining_andCheckpointFiles_resumeTheAverageExactly() throws Exception {
        var data = TrainingFixtures.tenGaussians();
        Path file = dir.resolve("half.json");
        try (TrainedWgan<Integer> half = averaged(3).fit(data, 40)) {
            half.saveCheckpoint(file);
            try (TrainedWgan<Integer> resumedInMemory = half.continueTraining(data, 40);
                 TrainedWgan<Integer> loaded = TrainedWgan.load(file, Integer.class);
                 TrainedWgan<Integer> resumedFromFile = loaded.continueTraining(data, 40);
                 TrainedWgan<Integer> whole = averaged(3).fit(data, 80)) {
                for (TrainedWgan<Integer> resumed : List.of(resumedInMemory, resumedFromFile)) {
                    assertThat(snapshot(resumed).generator()).isEqualTo(snapshot(whole).generator());
                    assertThat(snapshot(resumed).checkpoint().generatorIterate())
                            .isEqualTo(snapshot(whole).checkpoint().generatorIterate());
                    assertThat(snapshot(resumed).checkpoint().critic()).isEqualTo(snapshot(whole).checkpoint().critic());
                }
                assertThat(loaded.config().generatorAveraging()).isEqualTo(DECAY);
                assertThat(loaded.sample(2, 100, 1)).isDeepEqualTo(half.sample(2, 100, 1));
            }
        }
    }

    @Test
    void files_useFormatVersionTwoOnlyWhenAveraging_andASampleOnlyFileSamplesTheAverage() throws Exception {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> avg = averaged(4).fit(data, 20);
             TrainedWgan<Integer> plain = TrainingFixtures.small(4).build().fit(data, 20)) {
            Path avgFile = dir.resolve("avg.json");
            Path plainFile = dir.resolve("plain.json");
            avg.save(avgFile);
            plain.saveCheckpoint(plainFile);
            ObjectNode avgJson = (ObjectNode) JSON.readTree(avgFile.toFile());
            ObjectNode plainJson = (ObjectNode) JSON.readTree(plainFile.toFile());
            assertThat(avgJson.get("formatVersion").intValue()).isEqualTo(2);
            assertThat(avgJson.get("config").get("generatorAveraging").doubleValue()).isEqualTo(DECAY);
            assertThat(plainJson.get("formatVersion").intValue()).isEqualTo(1);
            assertThat(plainJson.get("config").has("generatorAveraging")).isFalse();
            assertThat(plainJson.get("checkpoint").has("generator")).isFalse();
            try (TrainedWgan<Integer> loaded = TrainedWgan.load(avgFile, Integer.class)) {
                assertThat(loaded.sample(7, 200, 3)).isDeepEqualTo(avg.sample(7, 200, 3));
                assertThatThrownBy(() -> loaded.continueTraining(data, 1)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("saveCheckpoint");
            }
        }
    }

    @Test
    void filesWhoseAveragingFieldsDisagree_areRejectedNamingTheField() throws Exception {
        var data = TrainingFixtures.tenGaussians();
        Path good = dir.resolve("averaged.json");
        Path plain = dir.resolve("plain.json");
        try (TrainedWgan<Integer> avg = averaged(6).fit(data, 5);
             TrainedWgan<Integer> notAveraged = TrainingFixtures.small(6).build().fit(data, 5)) {
            avg.saveCheckpoint(good);
            notAveraged.saveCheckpoint(plain);
        }
        // The trained weights missing: training could not continue.
        rejects(good, root -> ((ObjectNode) root.get("checkpoint")).remove("generator"))
                .hasMessageContaining("missing field 'checkpoint.generator'");
        // The averaging setting removed: continuing would silently start from the average.
        rejects(good, root -> root.with("config").remove("generatorAveraging"))
                .hasMessageContaining("checkpoint.generator").hasMessageContaining("config.generatorAveraging is absent");
        rejects(plain, root -> ((ObjectNode) root.get("checkpoint")).set("generator", root.get("generator")))
                .hasMessageContaining("checkpoint.generator");
        // Out of range, or 0 (absent means off).
        rejects(good, root -> root.with("config").put("generatorAveraging", 1.5))
                .hasMessageContaining("config.generatorAveraging: must be in (0, 1) when present").hasMessageContaining("1.5");
        rejects(good, root -> root.with("config").put("generatorAveraging", 0.0))
                .hasMessageContaining("config.generatorAveraging: must be in (0, 1) when present").hasMessageContaining("0.0");
        // Averaging in a file that claims format 1.
        rejects(good, root -> root.put("formatVersion", 1))
                .hasMessageContaining("config.generatorAveraging: generator averaging needs format version 2")
                .hasMessageContaining("formatVersion 1");
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> rejects(
            Path source, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(source.toFile());
        edit.accept(root);
        Path file = dir.resolve("edited.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return assertThatThrownBy(() -> TrainedWgan.load(file, Integer.class)).isInstanceOf(ModelFormatException.class);
    }

    @Test
    void divergence_handsBackTheAverageOfTheLastFiniteIteration() {
        var data = TrainingFixtures.tenGaussians();
        try (TrainedWgan<Integer> healthy = averaged(1).fit(data, 20)) {
            ModelSnapshot s = snapshot(healthy);
            // The same state, continued with a critic learning rate that overflows at once.
            WganConfig<?> c = s.config();
            WganConfig<?> exploding = new WganConfig<>(c.dataDimension(), c.noiseDimension(), c.condition(),
                    c.generator(), c.critic(), c.criticIterations(), c.gradientPenalty(), c.generatorOptimizer(),
                    Adam.of(1e30, 0.5, 0.9), c.batchSize(), c.seed(), c.batchSampling(), c.generatorAveraging());
            try (Nd4jModel<Integer> resumable = new Nd4jModel<>(
                    new ModelSnapshot(exploding, s.iterations(), s.generator(), s.checkpoint(), s.prior()))) {
                TrainingDivergedException e = org.junit.jupiter.api.Assertions.assertThrows(
                        TrainingDivergedException.class, () -> resumable.continueTraining(data, 10).close());
                assertThat(e.iteration()).isEqualTo(21);
                try (TrainedWgan<?> last = e.lastFiniteModel()) {
                    // Iteration 21 is rolled back whole: the average, the trained weights and the critic
                    // are exactly those after iteration 20.
                    assertThat(last.iterationsTrained()).isEqualTo(20);
                    ModelSnapshot l = snapshot(last);
                    assertThat(l.generator()).isEqualTo(s.generator());
                    assertThat(l.checkpoint().generatorIterate()).isEqualTo(s.checkpoint().generatorIterate());
                    assertThat(l.checkpoint().critic()).isEqualTo(s.checkpoint().critic());
                }
            }
        }
    }
}
