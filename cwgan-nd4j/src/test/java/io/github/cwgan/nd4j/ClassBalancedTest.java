package io.github.cwgan.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.Composite;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.nd4j.internal.Rng;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.BatchSampling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BatchSampling.CLASS_BALANCED: classes drawn uniformly, then rows within the class. */
class ClassBalancedTest {

    /** Class c of OneHot(5) has COUNTS[c] rows; class 4 has none. */
    private static final int[] COUNTS = {900, 90, 9, 1, 0};

    private static List<Integer> imbalancedLabels() {
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < COUNTS.length; c++) {
            for (int i = 0; i < COUNTS[c]; i++) {
                labels.add(c);
            }
        }
        return labels;
    }

    @Test
    void balancedDraws_pickEveryPresentClassEquallyOften_andRowsUniformlyWithin() {
        List<Integer> labels = imbalancedLabels();
        Engine.BatchDraw draw = Engine.balanced(OneHot.of(5), labels);
        Rng rng = new Rng(3);
        int draws = 200_000;
        int[] perClass = new int[5];
        int[] perRowOfClass2 = new int[9];
        for (int i = 0; i < draws; i++) {
            int row = draw.next(rng);
            int c = labels.get(row);
            perClass[c]++;
            if (c == 2) {
                perRowOfClass2[row - 990]++;
            }
        }
        for (int c = 0; c < 4; c++) {
            assertThat(perClass[c] / (double) draws).as("share of class " + c).isCloseTo(0.25, within(0.005));
        }
        assertThat(perClass[4]).as("a class without rows is never drawn").isZero();
        for (int n : perRowOfClass2) {
            assertThat(n / (double) perClass[2]).isCloseTo(1 / 9.0, within(0.01));
        }
    }

    @Test
    void balancedDraws_ofACompositeCondition_useItsOneHotPart() {
        List<List<Object>> values = new ArrayList<>();
        for (int c : imbalancedLabels()) {
            values.add(List.of(c, (double) c));
        }
        Engine.BatchDraw draw = Engine.balanced(Composite.of(OneHot.of(5), Continuous.scalar()), values);
        Rng rng = new Rng(4);
        int[] perClass = new int[5];
        for (int i = 0; i < 40_000; i++) {
            perClass[(Integer) values.get(draw.next(rng)).get(0)]++;
        }
        assertThat(perClass[3] / 40_000.0).isCloseTo(0.25, within(0.01));
    }

    @Test
    void training_withClassBalancedBatches_isDeterministic_andDiffersFromWithReplacement() {
        var data = TrainingFixtures.tenGaussians();
        var balanced = TrainingFixtures.small(9).batchSampling(BatchSampling.CLASS_BALANCED).build();
        try (TrainedWgan<Integer> a = balanced.fit(data, 15);
             TrainedWgan<Integer> b = balanced.fit(data, 15);
             TrainedWgan<Integer> plain = TrainingFixtures.small(9).build().fit(data, 15)) {
            assertThat(a.config().batchSampling()).isEqualTo(BatchSampling.CLASS_BALANCED);
            assertThat(a.sample(3, 50, 1)).isDeepEqualTo(b.sample(3, 50, 1));
            assertThat(a.sample(3, 50, 1)).isNotEqualTo(plain.sample(3, 50, 1));
        }
    }

    @Test
    void classBalanced_survivesSaveAndLoad(@TempDir Path dir) throws Exception {
        var data = ConditionalDataset.of(OneHot.of(2), new float[][] {{0, 0}, {1, 1}, {2, 2}}, List.of(0, 0, 1));
        var two = ConditionalWgan.builder().dataDimension(2).noiseDimension(2).condition(OneHot.of(2))
                .generator(Mlp.hidden(4)).critic(Mlp.hidden(4)).batchSampling(BatchSampling.CLASS_BALANCED).build();
        Path file = dir.resolve("balanced.json");
        try (TrainedWgan<Integer> m = two.fit(data, 2)) {
            m.save(file);
            assertThat(Files.readString(file)).contains("\"batchSampling\" : \"class-balanced\"");
            try (TrainedWgan<Integer> loaded = TrainedWgan.load(file, Integer.class)) {
                assertThat(loaded.config()).isEqualTo(m.config());
            }
        }
    }
}
