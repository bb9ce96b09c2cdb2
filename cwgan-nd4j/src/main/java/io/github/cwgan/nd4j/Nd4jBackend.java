package io.github.cwgan.nd4j;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.WganConfig;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.spi.Backend;
import io.github.cwgan.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The ND4J backend, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.cwgan.spi.Backend}. Users never call it directly.
 */
public final class Nd4jBackend implements Backend {

    /** This backend's name, {@value}. */
    public static final String NAME = "nd4j";

    /** Used by {@link java.util.ServiceLoader}. */
    public Nd4jBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public <V> TrainedWgan<V> fit(WganConfig<V> config, ConditionalDataset<V> data, long iterations,
                                  List<TrainingListener> listeners) {
        try (Engine engine = Engine.fresh(config)) {
            engine.train(data, iterations, listeners, Nd4jModel::new);
            return new Nd4jModel<>(engine.snapshot());
        }
    }

    @Override
    public TrainedWgan<?> load(Path file) throws IOException {
        return new Nd4jModel<>(ModelFiles.read(file));
    }
}
