package io.github.cwgan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LossHistoryTest {

    private static IterationEvent event(long i) {
        return new IterationEvent(i, 5000, -i, 2.0 * i, i / 10.0, i + 0.5, i * 1000);
    }

    @Test
    void empty_hasNoEntries() {
        LossHistory h = new LossHistory();

        assertThat(h.size()).isZero();
        assertThat(h.iterations()).isEmpty();
        assertThat(h.criticLoss()).isEmpty();
        assertThat(h.wassersteinEstimate()).isEmpty();
    }

    @Test
    void onIteration_recordsEveryFigure() {
        LossHistory h = new LossHistory();

        h.onIteration(event(1));
        h.onIteration(event(2));
        h.onIteration(event(3));

        assertThat(h.size()).isEqualTo(3);
        assertThat(h.iterations()).containsExactly(1, 2, 3);
        assertThat(h.criticLoss()).containsExactly(-1, -2, -3);
        assertThat(h.generatorLoss()).containsExactly(2, 4, 6);
        assertThat(h.gradientPenalty()).containsExactly(0.1, 0.2, 0.3);
        assertThat(h.wassersteinEstimate()).containsExactly(1.5, 2.5, 3.5);
    }

    @Test
    void onIteration_growsPastTheInitialCapacity() {
        LossHistory h = new LossHistory();

        for (long i = 1; i <= 3000; i++) {
            h.onIteration(event(i));
        }

        assertThat(h.size()).isEqualTo(3000);
        long[] its = h.iterations();
        assertThat(its).hasSize(3000);
        assertThat(its[0]).isEqualTo(1);
        assertThat(its[1023]).isEqualTo(1024);
        assertThat(its[1024]).isEqualTo(1025);
        assertThat(its[2999]).isEqualTo(3000);
        assertThat(h.generatorLoss()[2047]).isEqualTo(4096.0);
        assertThat(h.wassersteinEstimate()[2999]).isEqualTo(3000.5);
    }

    @Test
    void accessors_returnCopies() {
        LossHistory h = new LossHistory();
        h.onIteration(event(1));

        h.iterations()[0] = 99;
        h.criticLoss()[0] = 99;
        h.generatorLoss()[0] = 99;
        h.gradientPenalty()[0] = 99;
        h.wassersteinEstimate()[0] = 99;

        assertThat(h.iterations()).containsExactly(1);
        assertThat(h.criticLoss()).containsExactly(-1);
        assertThat(h.generatorLoss()).containsExactly(2);
        assertThat(h.gradientPenalty()).containsExactly(0.1);
        assertThat(h.wassersteinEstimate()).containsExactly(1.5);
    }

    @Test
    void meanWasserstein_averagesTheRange() {
        LossHistory h = new LossHistory();
        for (long i = 1; i <= 4; i++) {
            h.onIteration(event(i)); // W = 1.5, 2.5, 3.5, 4.5
        }

        assertThat(h.meanWasserstein(0, 4)).isEqualTo(3.0);
        assertThat(h.meanWasserstein(1, 3)).isEqualTo(3.0);
        assertThat(h.meanWasserstein(3, 4)).isEqualTo(4.5);
    }

    @Test
    void meanWasserstein_emptyRange_isRejected() {
        LossHistory h = new LossHistory();
        h.onIteration(event(1));

        assertThatThrownBy(() -> h.meanWasserstein(1, 1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("[1, 1) of 1 recorded");
    }

    @Test
    void meanWasserstein_beyondRecorded_isRejected() {
        LossHistory h = new LossHistory();
        h.onIteration(event(1));

        assertThatThrownBy(() -> h.meanWasserstein(0, 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("[0, 2) of 1 recorded");
        assertThatThrownBy(() -> h.meanWasserstein(-1, 1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("[-1, 1)");
    }
}
