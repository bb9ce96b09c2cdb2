package io.github.cwgan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingDivergedExceptionTest {

    @Test
    void message_namesIterationTermAndValue() {
        var e = new TrainingDivergedException(1234, "gradient penalty", Double.NaN, null);

        assertThat(e.iteration()).isEqualTo(1234);
        assertThat(e.term()).isEqualTo("gradient penalty");
        assertThat(e.lastFiniteModel()).isNull();
        assertThat(e).hasMessageContaining("iteration 1234")
                .hasMessageContaining("gradient penalty is NaN")
                .hasMessageContaining("weights of iteration 1233");
    }
}
