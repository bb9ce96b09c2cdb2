package io.github.cwgan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.LossHistory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that run before any backend is involved, and the error when there is none. */
class ConditionalWganFitTest {

    private static final ConditionalWgan<Integer> WGAN = ConditionalWgan.builder()
            .dataDimension(2)
            .condition(OneHot.of(10))
            .generator(Mlp.hidden(8))
            .critic(Mlp.hidden(8))
            .build();

    private static final ConditionalDataset<Integer> DATA = ConditionalDataset.of(OneHot.of(10),
            new float[][] {{0f, 1f}, {2f, 3f}}, List.of(0, 9));

    @Test
    void checkCompatible_matchingData_passes() {
        assertThatCode(() -> ConditionalWgan.checkCompatible(WGAN.config(), DATA, 1)).doesNotThrowAnyException();
    }

    @Test
    void checkCompatible_otherDataDimension_isRejectedNamingBoth() {
        var threeD = ConditionalDataset.of(OneHot.of(10), new float[][] {{0f, 1f, 2f}}, List.of(4));

        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(WGAN.config(), threeD, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDimension 3")
                .hasMessageContaining("dataDimension 2");
    }

    @Test
    void checkCompatible_otherCondition_isRejectedNamingBoth() {
        var five = ConditionalDataset.of(OneHot.of(5), new float[][] {{0f, 1f}}, List.of(4));

        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(WGAN.config(), five, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OneHot.of(5)")
                .hasMessageContaining("OneHot.of(10)");
    }

    @Test
    void checkCompatible_namedVersusUnnamedClasses_isRejected() {
        var named = OneHot.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        var data = ConditionalDataset.of(named, new float[][] {{0f, 1f}}, List.of(4));

        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(WGAN.config(), data, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OneHot.of([a, b")
                .hasMessageContaining("OneHot.of(10)");
    }

    @Test
    void checkCompatible_zeroIterations_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(WGAN.config(), DATA, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations")
                .hasMessageContaining("was 0");
    }

    @Test
    void checkCompatible_negativeIterations_isRejected() {
        assertThatThrownBy(() -> ConditionalWgan.checkCompatible(WGAN.config(), DATA, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations")
                .hasMessageContaining("was -5");
    }

    @Test
    void fit_invalidArguments_areRejectedBeforeLookingForABackend() {
        assertThatThrownBy(() -> WGAN.fit(DATA, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations must be >= 1, was 0");
        assertThatThrownBy(() -> WGAN.fit(null, 10)).isInstanceOf(NullPointerException.class).hasMessage("data");
    }

    @Test
    void fit_withoutBackend_saysWhichArtifactToAdd() {
        assertThatThrownBy(() -> WGAN.fit(DATA, 10, new LossHistory()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No cwgan backend found")
                .hasMessageContaining("io.github.cwgan:cwgan-nd4j");
    }

    @Test
    void load_withoutBackend_saysWhichArtifactToAdd() {
        assertThatThrownBy(() -> TrainedWgan.load(Path.of("model.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.github.cwgan:cwgan-nd4j");
    }
}
