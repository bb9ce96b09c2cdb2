package io.github.cwgan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class TrainingEventsTest {

    @Test
    void trainingStart_freshRun_iterations() {
        assertThat(new TrainingStart(1, 30_000, 10_000).iterations()).isEqualTo(30_000);
    }

    @Test
    void trainingStart_continuedRun_iterations() {
        assertThat(new TrainingStart(30_001, 40_000, 10_000).iterations()).isEqualTo(10_000);
    }

    @Test
    void trainingStart_singleIteration() {
        assertThat(new TrainingStart(7, 7, 1).iterations()).isEqualTo(1);
    }

    @Test
    void listener_defaultMethods_doNothing() {
        TrainingListener nothing = new TrainingListener() { };

        assertThatCode(() -> {
            nothing.onStart(new TrainingStart(1, 2, 3));
            nothing.onIteration(new IterationEvent(1, 2, 0, 0, 0, 0, 0));
            nothing.onEnd(new TrainingEnd(2, 10));
        }).doesNotThrowAnyException();
    }

    @Test
    void events_areValues() {
        assertThat(new IterationEvent(1, 2, 0.5, -0.5, 0.1, 0.4, 99))
                .isEqualTo(new IterationEvent(1, 2, 0.5, -0.5, 0.1, 0.4, 99));
        assertThat(new TrainingEnd(5, 10).iterationsTrained()).isEqualTo(5);
    }
}
