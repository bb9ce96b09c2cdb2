package io.github.cwgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.condition.Composite;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.condition.Continuous;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Class-balanced batches and fitted conditions in the configuration and the compatibility check. */
class ConditionConfigTest {

    private static <V> WganConfig<V> config(Condition<V> condition, BatchSampling sampling) {
        return new WganConfig<>(2, 4, condition, Mlp.hidden(8), Mlp.hidden(8), 5, 10.0, Adam.defaults(),
                Adam.defaults(), 16, 42, sampling, 0.0);
    }

    @Test
    void batchSampling_classBalanced_withoutClasses_isRejected_namingFieldAndCondition() {
        assertThatThrownBy(() -> config(Continuous.of(1), BatchSampling.CLASS_BALANCED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSampling CLASS_BALANCED")
                .hasMessageContaining("Continuous.of(1) has none");
        assertThatThrownBy(() -> ConditionalWgan.builder().dataDimension(2).condition(Continuous.scalar())
                .generator(Mlp.hidden(8)).critic(Mlp.hidden(8)).batchSampling(BatchSampling.CLASS_BALANCED).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("batchSampling CLASS_BALANCED")
                .hasMessageContaining("Continuous.scalar()");
    }

    @Test
    void batchSampling_classBalanced_withClasses_isAccepted() {
        assertThat(config(OneHot.of(3), BatchSampling.CLASS_BALANCED).batchSampling())
                .isEqualTo(BatchSampling.CLASS_BALANCED);
        assertThatCode(() -> config(Composite.of(OneHot.of(3), Continuous.of(1)), BatchSampling.CLASS_BALANCED))
                .doesNotThrowAnyException();
    }

    @Test
    void withCondition_replacesOnlyTheCondition() {
        WganConfig<double[]> c = config(Continuous.of(1), BatchSampling.WITH_REPLACEMENT);
        Continuous fitted = Continuous.of(1).fit(List.of(new double[] {0}, new double[] {2}));
        WganConfig<double[]> f = c.withCondition(fitted);
        assertThat(f.condition()).isEqualTo(fitted);
        assertThat(f.withCondition(Continuous.of(1))).isEqualTo(c);
    }

    @Test
    void checkCompatible_fittedModelCondition_acceptsDataOfTheUnfittedCondition() {
        Continuous fitted = Continuous.of(2).fit(List.of(new double[] {0, 0}, new double[] {1, 1}));
        var data = ConditionalDataset.of(Continuous.of(2), new float[][] {{1, 2}}, List.of(new double[] {5, 5}));
        assertThatCode(() -> ConditionalWgan.checkCompatible(config(fitted, BatchSampling.WITH_REPLACEMENT), data, 1))
                .doesNotThrowAnyException();
        var other = ConditionalDataset.of(Continuous.of(3), new float[][] {{1, 2}}, List.of(new double[] {5, 5, 5}));
        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(config(fitted, BatchSampling.WITH_REPLACEMENT),
                other, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Continuous.of(3) is not the model's condition");
    }

    @Test
    void generatedRows_copiesInAndOut() {
        float[][] data = {{1, 2}, {3, 4}};
        GeneratedRows<Integer> rows = new GeneratedRows<>(List.of(0, 1), data);
        data[0][0] = 99;
        assertThat(rows.data()[0][0]).isEqualTo(1f);
        rows.data()[1][1] = 99;
        assertThat(rows.row(1)).containsExactly(3f, 4f);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows).isEqualTo(new GeneratedRows<>(List.of(0, 1), new float[][] {{1, 2}, {3, 4}}));
        assertThatThrownBy(() -> new GeneratedRows<>(List.of(0), new float[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows but conditions has 1");
    }
}
