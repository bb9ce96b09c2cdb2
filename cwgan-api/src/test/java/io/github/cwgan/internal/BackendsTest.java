package io.github.cwgan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.WganConfig;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.spi.Backend;
import io.github.cwgan.training.TrainingListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {

    /** A backend that only has a name. */
    private record FakeBackend(String name) implements Backend {
        @Override
        public <V> TrainedWgan<V> fit(WganConfig<V> config, ConditionalDataset<V> data, long iterations,
                                      List<TrainingListener> listeners) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrainedWgan<?> load(Path file) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Backend ND4J = new FakeBackend("nd4j");
    private static final Backend CUDA = new FakeBackend("cuda");

    @Test
    void choose_none_namesTheArtifactToAdd() {
        assertThatThrownBy(() -> Backends.choose(List.of(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No cwgan backend found on the class path")
                .hasMessageContaining("io.github.cwgan:cwgan-nd4j");
    }

    @Test
    void choose_noneWanted_picksTheFirst() {
        assertThat(Backends.choose(List.of(ND4J, CUDA), null)).isSameAs(ND4J);
        assertThat(Backends.choose(List.of(CUDA, ND4J), "  ")).isSameAs(CUDA);
    }

    @Test
    void choose_byName_picksThatBackend() {
        assertThat(Backends.choose(List.of(ND4J, CUDA), "cuda")).isSameAs(CUDA);
        assertThat(Backends.choose(List.of(ND4J, CUDA), "nd4j")).isSameAs(ND4J);
    }

    @Test
    void choose_unknownName_isRejectedListingTheFound() {
        assertThatThrownBy(() -> Backends.choose(List.of(ND4J, CUDA), "tpu"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'tpu'")
                .hasMessageContaining(Backends.PROPERTY)
                .hasMessageContaining("[nd4j, cuda]");
    }

    @Test
    void get_withoutBackendOnTheClassPath_isRejected() {
        assertThatThrownBy(Backends::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.github.cwgan:cwgan-nd4j");
    }
}
