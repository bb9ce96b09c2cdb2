package io.github.cwgan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void of_oddCount_givesMiddleValueAndQuartiles() {
        Stats s = Stats.of(5, 1, 4, 2, 3);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
        assertThat(s.q1()).isEqualTo(2);
        assertThat(s.q3()).isEqualTo(4);
        assertThat(s.samples()).containsExactly(5, 1, 4, 2, 3);
        assertThat(s.relativeSpread()).isEqualTo(4.0 / 3);
    }

    @Test
    void of_evenCount_averagesTheMiddleTwo() {
        Stats s = Stats.of(10, 40, 20, 30);
        assertThat(s.median()).isEqualTo(25);
        assertThat(s.q1()).isEqualTo(17.5);
        assertThat(s.q3()).isEqualTo(32.5);
    }

    @Test
    void of_nothing_isRejected() {
        assertThatThrownBy(Stats::of).hasMessageContaining("samples");
    }
}
