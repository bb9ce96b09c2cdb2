package io.github.cwgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.condition.OneHot;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import org.junit.jupiter.api.Test;

class WganConfigTest {

    private static final OneHot TEN = OneHot.of(10);
    private static final Mlp G = Mlp.hidden(128, 256, 256);
    private static final Mlp D = Mlp.hidden(256, 256, 256);
    private static final Adam ADAM = Adam.defaults();

    private static WganConfig<Integer> config(int dataDimension, int noiseDimension, int criticIterations,
                                              double lambda, int batchSize) {
        return new WganConfig<>(dataDimension, noiseDimension, TEN, G, D, criticIterations, lambda, ADAM, ADAM,
                batchSize, 42, BatchSampling.WITH_REPLACEMENT, 0.0);
    }

    @Test
    void canonicalConstructor_validValues_areKept() {
        WganConfig<Integer> c = config(2, 22, 5, 0.1, 32);

        assertThat(c.dataDimension()).isEqualTo(2);
        assertThat(c.noiseDimension()).isEqualTo(22);
        assertThat(c.criticIterations()).isEqualTo(5);
        assertThat(c.gradientPenalty()).isEqualTo(0.1);
        assertThat(c.batchSize()).isEqualTo(32);
        assertThat(c.generatorInputDimension()).isEqualTo(32);
        assertThat(c.criticInputDimension()).isEqualTo(12);
    }

    @Test
    void dataDimension_zero_isRejected() {
        assertThatThrownBy(() -> config(0, 22, 5, 10, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDimension").hasMessageContaining("was 0");
    }

    @Test
    void noiseDimension_negative_isRejected() {
        assertThatThrownBy(() -> config(2, -4, 5, 10, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noiseDimension").hasMessageContaining("was -4");
    }

    @Test
    void criticIterations_zero_isRejected() {
        assertThatThrownBy(() -> config(2, 22, 0, 10, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("criticIterations").hasMessageContaining("was 0");
    }

    @Test
    void gradientPenalty_negative_isRejected() {
        assertThatThrownBy(() -> config(2, 22, 5, -1, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty").hasMessageContaining("was -1.0");
    }

    @Test
    void gradientPenalty_nan_isRejected() {
        assertThatThrownBy(() -> config(2, 22, 5, Double.NaN, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty").hasMessageContaining("was NaN");
    }

    @Test
    void gradientPenalty_negativeInfinity_isRejected() {
        assertThatThrownBy(() -> config(2, 22, 5, Double.NEGATIVE_INFINITY, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gradientPenalty").hasMessageContaining("was -Infinity");
    }

    @Test
    void batchSize_aboveMaximum_isRejected() {
        int tooBig = WganConfig.MAX_BATCH_SIZE + 1;
        assertThatThrownBy(() -> config(2, 22, 5, 10, tooBig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize").hasMessageContaining("was " + tooBig);
    }

    @Test
    void missingParts_areRejectedWithTheirName() {
        assertThatThrownBy(() -> new WganConfig<>(2, 22, null, G, D, 5, 10, ADAM, ADAM, 64, 42,
                BatchSampling.WITH_REPLACEMENT, 0.0)).isInstanceOf(NullPointerException.class).hasMessage("condition");
        assertThatThrownBy(() -> new WganConfig<>(2, 22, TEN, null, D, 5, 10, ADAM, ADAM, 64, 42,
                BatchSampling.WITH_REPLACEMENT, 0.0)).isInstanceOf(NullPointerException.class).hasMessage("generator");
        assertThatThrownBy(() -> new WganConfig<>(2, 22, TEN, G, null, 5, 10, ADAM, ADAM, 64, 42,
                BatchSampling.WITH_REPLACEMENT, 0.0)).isInstanceOf(NullPointerException.class).hasMessage("critic");
        assertThatThrownBy(() -> new WganConfig<>(2, 22, TEN, G, D, 5, 10, null, ADAM, 64, 42,
                BatchSampling.WITH_REPLACEMENT, 0.0)).isInstanceOf(NullPointerException.class)
                .hasMessage("generatorOptimizer");
        assertThatThrownBy(() -> new WganConfig<>(2, 22, TEN, G, D, 5, 10, ADAM, null, 64, 42,
                BatchSampling.WITH_REPLACEMENT, 0.0)).isInstanceOf(NullPointerException.class)
                .hasMessage("criticOptimizer");
        assertThatThrownBy(() -> new WganConfig<>(2, 22, TEN, G, D, 5, 10, ADAM, ADAM, 64, 42, null, 0.0))
                .isInstanceOf(NullPointerException.class).hasMessage("batchSampling");
    }

    @Test
    void equalValues_areEqualConfigs() {
        assertThat(config(2, 22, 5, 0.1, 32)).isEqualTo(config(2, 22, 5, 0.1, 32))
                .hasSameHashCodeAs(config(2, 22, 5, 0.1, 32))
                .isNotEqualTo(config(2, 22, 5, 0.1, 64));
    }
}
