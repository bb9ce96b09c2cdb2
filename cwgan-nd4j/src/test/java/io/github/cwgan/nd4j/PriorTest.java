package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.GeneratedRows;
import io.github.cwgan.ModelFormatException;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Composite;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prior over conditions: recorded at fit, stored in model files, drawn by sampleRows. */
class PriorTest {

    @TempDir
    Path dir;

    /** The 10 Gaussians thinned so that class k keeps 1000 / (k + 1) rows: 100 % down to 10 %. */
    private static ConditionalDataset<Integer> imbalanced() {
        var all = TrainingFixtures.tenGaussians();
        int[] kept = new int[10];
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int k = all.conditionValue(i);
            if (kept[k] < 1000 / (k + 1)) {
                kept[k]++;
                rows.add(all.row(i));
                labels.add(k);
            }
        }
        return ConditionalDataset.of(OneHot.of(10), rows.toArray(new float[0][]), labels);
    }

    private static double[] frequencies(List<Integer> labels) {
        double[] f = new double[10];
        for (int k : labels) {
            f[k] += 1.0 / labels.size();
        }
        return f;
    }

    @Test
    void sampleRows_classFrequencies_matchTheTrainingData_withinTwoPoints_alsoAfterSaveAndLoad() throws Exception {
        var data = imbalanced();
        double[] truth = frequencies(data.conditionValues());
        Path file = dir.resolve("model.json");
        try (TrainedWgan<Integer> m = TrainingFixtures.small(3).build().fit(data, 2)) {
            GeneratedRows<Integer> rows = m.sampleRows(10_000, 11);
            assertThat(rows.size()).isEqualTo(10_000);
            double[] generated = frequencies(rows.conditions());
            for (int k = 0; k < 10; k++) {
                assertThat(generated[k]).as("class " + k).isCloseTo(truth[k], within(0.02));
            }
            assertThat(rows.data()).as("rows are generated for their conditions with the seed's noise")
                    .isDeepEqualTo(m.sample(rows.conditions(), 11));
            assertThat(m.sampleRows(50, 5)).isEqualTo(m.sampleRows(50, 5));
            assertThat(m.sampleRows(50, 5).conditions()).isNotEqualTo(m.sampleRows(50, 6).conditions());
            assertThat(m.sampleRows(0, 5).size()).isZero();
            assertThatThrownBy(() -> m.sampleRows(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("n must be >= 0, was -1");

            m.save(file);
            String json = Files.readString(file);
            assertThat(json).contains("\"prior\"").contains("\"rows\" : " + data.size());
            try (TrainedWgan<Integer> loaded = TrainedWgan.load(file, Integer.class)) {
                assertThat(loaded.sampleRows(10_000, 11)).isEqualTo(rows);
            }
            m.saveCheckpoint(file);
            try (TrainedWgan<Integer> loaded = TrainedWgan.load(file, Integer.class);
                 TrainedWgan<Integer> more = loaded.continueTraining(data, 1)) {
                assertThat(more.sampleRows(100, 2).conditions()).isEqualTo(m.sampleRows(100, 2).conditions());
            }
        }
    }

    @Test
    void compositePrior_isTheEmpiricalJointDistribution() {
        // Class 0 always has t = 0.25, class 1 always t = 0.75: a prior drawing the parts independently would mix them.
        Composite c = Composite.of(OneHot.of(2), Continuous.scalar());
        List<List<Object>> values = new ArrayList<>();
        float[][] rows = new float[400][];
        for (int i = 0; i < 400; i++) {
            int k = i < 300 ? 0 : 1;
            values.add(List.of(k, k == 0 ? 0.25 : 0.75));
            rows[i] = new float[] {k, 0};
        }
        var data = ConditionalDataset.of(c, rows, values);
        var wgan = io.github.cwgan.ConditionalWgan.builder().dataDimension(2).noiseDimension(2).condition(c)
                .generator(io.github.cwgan.network.Mlp.hidden(4)).critic(io.github.cwgan.network.Mlp.hidden(4))
                .build();
        try (TrainedWgan<List<Object>> m = wgan.fit(data, 1)) {
            Map<String, Integer> counts = new HashMap<>();
            for (List<Object> v : m.sampleRows(4000, 1).conditions()) {
                counts.merge(v.get(0) + "/" + v.get(1), 1, Integer::sum);
            }
            assertThat(counts).containsOnlyKeys("0/0.25", "1/0.75");
            assertThat(counts.get("0/0.25") / 4000.0).isCloseTo(0.75, within(0.02));
        }
    }

    @Test
    void modelFileWithoutPrior_loads_butSampleRowsSaysWhy() throws Exception {
        Path file = dir.resolve("golden.json");
        try (var in = PriorTest.class.getResourceAsStream(SaveLoadTest.GOLDEN_MODEL)) {
            Files.copy(in, file);
        }
        try (TrainedWgan<Integer> m = TrainedWgan.load(file, Integer.class)) {
            assertThat(m.sample(1, 3, 1)).hasNumberOfRows(3);
            assertThatThrownBy(() -> m.sampleRows(10)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no prior over conditions")
                    .hasMessageContaining("'prior' field is missing");
        }
    }

    @Test
    void priorOfAnotherCondition_isAModelFormatException_namingTheValue() throws Exception {
        var data = ConditionalDataset.of(OneHot.of(10), new float[][] {{0, 0}, {1, 1}}, List.of(3, 7));
        Path file = dir.resolve("model.json");
        try (TrainedWgan<Integer> m = TrainingFixtures.small(3).build().fit(data, 1)) {
            m.save(file);
        }
        String json = Files.readString(file);
        Files.writeString(file, json.replace("[ [ \"3\" ], [ \"7\" ] ]", "[ [ \"3\" ], [ \"12\" ] ]"));
        assertThatThrownBy(() -> TrainedWgan.load(file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("prior.values[1]: is not a value of the model's condition OneHot.of(10)")
                .hasMessageContaining("class index 12 is out of range");
        Files.writeString(file, json.replace("\"counts\" : [ 1, 1 ]", "\"counts\" : [ 1 ]"));
        assertThatThrownBy(() -> TrainedWgan.load(file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("prior.counts: has 1 entries, 'prior.values' has 2");
    }
}
