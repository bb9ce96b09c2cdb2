package io.github.cwgan.nd4j;

import io.github.cwgan.TrainedWgan;
import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.Condition;
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

    /**
     * Fits the condition to the data's condition values ({@link Condition#fit}), records the data's
     * condition values as the model's prior, then trains.
     */
    @Override
    public <V> TrainedWgan<V> fit(WganConfig<V> config, ConditionalDataset<V> data, long iterations,
                                  List<TrainingListener> listeners) {
        Condition<V> fitted = fitCondition(config.condition(), data.conditionValues());
        WganConfig<V> trained = config.withCondition(fitted);
        Prior prior = Prior.of(fitted, data.conditionValues());
        try (Engine engine = Engine.fresh(trained, prior)) {
            engine.train(data, iterations, listeners, Nd4jModel::new);
            return new Nd4jModel<>(engine.snapshot());
        }
    }

    static <V> Condition<V> fitCondition(Condition<V> condition, List<V> values) {
        Condition<V> fitted = condition.fit(values);
        if (fitted == null) {
            throw new IllegalStateException("condition " + condition + " returned null from fit(...)");
        }
        if (fitted.dimension() != condition.dimension() || !fitted.typeName().equals(condition.typeName())) {
            throw new IllegalStateException("condition " + condition + " fitted to " + fitted
                    + ", of another type or dimension; fit(...) must keep both");
        }
        return fitted;
    }

    @Override
    public TrainedWgan<?> load(Path file) throws IOException {
        return new Nd4jModel<>(ModelFiles.read(file));
    }
}
