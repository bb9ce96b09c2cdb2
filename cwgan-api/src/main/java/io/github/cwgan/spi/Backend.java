package io.github.cwgan.spi;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.WganConfig;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A compute backend: trains models and loads model files. Found with {@link java.util.ServiceLoader}:
 * a backend lists its implementation in {@code META-INF/services/io.github.cwgan.spi.Backend}. The
 * library's backend is {@code io.github.cwgan:cwgan-nd4j}. When several are present, the system
 * property {@code cwgan.backend} picks one by {@link #name()}.
 *
 * <p>Implementations must have a public no-argument constructor and be thread-safe. Arguments
 * arrive validated by the API.
 */
public interface Backend {

    /** A short name, e.g. {@code "nd4j"}. */
    String name();

    /**
     * Trains a new model.
     *
     * @param config     the validated configuration
     * @param data       a data set matching the configuration
     * @param iterations generator iterations, &ge; 1
     * @param listeners  listeners to call, in order
     */
    <V> TrainedWgan<V> fit(WganConfig<V> config, ConditionalDataset<V> data, long iterations,
                           List<TrainingListener> listeners);

    /**
     * Loads a model file.
     *
     * @throws io.github.cwgan.ModelFormatException if the file is not a valid model
     * @throws IOException                          if it cannot be read
     */
    TrainedWgan<?> load(Path file) throws IOException;
}
