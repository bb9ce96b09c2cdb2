package io.github.cwgan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void defaults_areThePapersToySettings() {
        Adam a = Adam.defaults();

        assertThat(a.learningRate()).isEqualTo(1e-4);
        assertThat(a.beta1()).isEqualTo(0.5);
        assertThat(a.beta2()).isEqualTo(0.9);
        assertThat(a.epsilon()).isEqualTo(1e-8);
    }

    @Test
    void of_usesDefaultEpsilon() {
        assertThat(Adam.of(5e-5, 0.9, 0.999)).isEqualTo(new Adam(5e-5, 0.9, 0.999, 1e-8));
        assertThat(Adam.DEFAULT_EPSILON).isEqualTo(1e-8);
    }

    @Test
    void withLearningRate_returnsANewAdam_keepingBetas() {
        Adam a = Adam.of(5e-5, 0.9, 0.999);

        Adam b = a.withLearningRate(1e-3);

        assertThat(b).isEqualTo(new Adam(1e-3, 0.9, 0.999, 1e-8));
        assertThat(a.learningRate()).isEqualTo(5e-5);
    }

    @Test
    void beta1_zero_isAccepted() {
        assertThat(Adam.of(1e-4, 0, 0.9).beta1()).isEqualTo(0.0);
    }

    @Test
    void learningRate_zero_isRejected() {
        assertThatThrownBy(() -> Adam.of(0, 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("was 0.0");
    }

    @Test
    void learningRate_negative_isRejected() {
        assertThatThrownBy(() -> Adam.of(-1e-4, 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("was -1.0E-4");
    }

    @Test
    void learningRate_nan_isRejected() {
        assertThatThrownBy(() -> Adam.of(Double.NaN, 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("was NaN");
    }

    @Test
    void learningRate_infinite_isRejected() {
        assertThatThrownBy(() -> Adam.of(Double.POSITIVE_INFINITY, 0.5, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("was Infinity");
    }

    @Test
    void withLearningRate_invalid_isRejected() {
        assertThatThrownBy(() -> Adam.defaults().withLearningRate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learningRate").hasMessageContaining("was 0.0");
    }

    @Test
    void beta1_one_isRejected() {
        assertThatThrownBy(() -> Adam.of(1e-4, 1.0, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta1").hasMessageContaining("was 1.0");
    }

    @Test
    void beta1_negative_isRejected() {
        assertThatThrownBy(() -> Adam.of(1e-4, -0.1, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta1").hasMessageContaining("was -0.1");
    }

    @Test
    void beta2_one_isRejected() {
        assertThatThrownBy(() -> Adam.of(1e-4, 0.5, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta2").hasMessageContaining("was 1.0");
    }

    @Test
    void beta2_nan_isRejected() {
        assertThatThrownBy(() -> Adam.of(1e-4, 0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta2").hasMessageContaining("was NaN");
    }

    @Test
    void epsilon_zero_isRejected() {
        assertThatThrownBy(() -> new Adam(1e-4, 0.5, 0.9, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epsilon").hasMessageContaining("was 0.0");
    }

    @Test
    void epsilon_infinite_isRejected() {
        assertThatThrownBy(() -> new Adam(1e-4, 0.5, 0.9, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epsilon").hasMessageContaining("was Infinity");
    }
}
