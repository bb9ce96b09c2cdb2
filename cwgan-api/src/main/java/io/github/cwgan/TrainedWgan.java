package io.github.cwgan;

import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.internal.Backends;
import io.github.cwgan.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A trained conditional WGAN: samples data for condition values, scores data with its critic, saves
 * itself, and can train on.
 *
 * <p>A trained model is a snapshot: {@link #continueTraining} returns a new model and leaves this one
 * as it is. Sampling and scoring are thread-safe: many threads may sample one model at once. The
 * model holds native memory; {@link #close()} frees it early (otherwise the garbage collector does).
 *
 * <p><b>Reproducibility.</b> {@link #sample(Object, int, long)} with a seed is a pure function of the
 * model, the condition and the seed. Without a seed, each call takes the next seed of a sequence
 * that starts from the model's training seed.
 *
 * @param <V> the condition value type
 */
public interface TrainedWgan<V> extends AutoCloseable {

    /**
     * The configuration the model was built and trained with. Its condition is the one
     * {@linkplain io.github.cwgan.condition.Condition#fit fitted} to the training data (for a
     * {@code Continuous} condition: with its standardisation statistics and training range).
     */
    WganConfig<V> config();

    /** The number of generator iterations trained so far. */
    long iterationsTrained();

    /**
     * Draws {@code n} data rows for one condition value.
     *
     * @throws IllegalArgumentException if the value is invalid for the condition, or {@code n} &lt; 0
     */
    float[][] sample(V condition, int n);

    /**
     * Draws {@code n} data rows for one condition value with the noise of {@code seed}.
     *
     * @throws IllegalArgumentException if the value is invalid for the condition, or {@code n} &lt; 0
     */
    float[][] sample(V condition, int n, long seed);

    /**
     * Draws one data row per condition value, row {@code i} for {@code conditions.get(i)}.
     *
     * @throws IllegalArgumentException naming the index of an invalid value
     */
    float[][] sample(List<? extends V> conditions);

    /**
     * Draws one data row per condition value with the noise of {@code seed}.
     *
     * @throws IllegalArgumentException naming the index of an invalid value
     */
    float[][] sample(List<? extends V> conditions, long seed);

    /**
     * Draws {@code n} whole (condition, data) rows: each condition value from the model's prior (the
     * condition values of the training data, recorded when the model was first fitted: class
     * frequencies for a {@code OneHot}, the empirical joint distribution for continuous and composite
     * conditions), then a data row generated for it.
     *
     * @throws IllegalArgumentException if {@code n} &lt; 0
     * @throws IllegalStateException    if the model has no prior (a file written before priors existed)
     */
    GeneratedRows<V> sampleRows(int n);

    /**
     * Draws {@code n} whole (condition, data) rows as {@link #sampleRows(int)}, the conditions and the
     * noise from {@code seed}: a pure function of the model, {@code n} and the seed.
     *
     * @throws IllegalArgumentException if {@code n} &lt; 0
     * @throws IllegalStateException    if the model has no prior
     */
    GeneratedRows<V> sampleRows(int n, long seed);

    /**
     * The critic's scores D(x, y) of data rows with their condition values (dropout off). Higher
     * means "more like the training data" to the critic; scores are relative, not probabilities.
     *
     * @throws IllegalArgumentException on a row of the wrong width, a non-finite value, an invalid
     *                                  condition value, or counts that differ
     */
    double[] score(float[][] data, List<? extends V> conditions);

    /**
     * Trains this model for {@code iterations} more generator iterations and returns the result; this
     * model is unchanged. Continuing is exact: training n, then n more, gives bit for bit the model of
     * 2n iterations in one go.
     *
     * @throws IllegalArgumentException if the data set does not match the configuration
     * @throws TrainingDivergedException if a loss becomes NaN or infinite
     */
    TrainedWgan<V> continueTraining(ConditionalDataset<V> data, long iterations, TrainingListener... listeners);

    /**
     * Saves the model for sampling (configuration, generator, provenance) as one JSON file, written
     * atomically: a failed save never leaves a truncated file in place of a good one.
     *
     * @throws IOException if the file cannot be written
     */
    void save(Path file) throws IOException;

    /**
     * Saves a checkpoint: everything {@link #save} writes plus the critic, both optimizers' state and
     * the random generator's state, so that loading it and continuing training is exact.
     *
     * @throws IOException if the file cannot be written
     */
    void saveCheckpoint(Path file) throws IOException;

    /** Frees the model's native memory. Afterwards every method but this one throws. */
    @Override
    void close();

    /**
     * Loads a model or checkpoint saved by {@link #save} or {@link #saveCheckpoint}.
     *
     * @throws ModelFormatException naming what is wrong and where, if the file is not a valid model
     * @throws IOException          if the file cannot be read
     */
    static TrainedWgan<?> load(Path file) throws IOException {
        return Backends.get().load(file);
    }

    /**
     * Loads a model whose condition values are of type {@code valueType}.
     *
     * @throws ModelFormatException if the file is invalid or its condition takes another value type
     * @throws IOException          if the file cannot be read
     */
    @SuppressWarnings("unchecked")
    static <V> TrainedWgan<V> load(Path file, Class<V> valueType) throws IOException {
        Objects.requireNonNull(valueType, "valueType");
        TrainedWgan<?> m = load(file);
        Class<?> actual = m.config().condition().valueType();
        if (!valueType.equals(actual)) {
            m.close();
            throw new ModelFormatException(file + ": the model's condition '" + m.config().condition().typeName()
                    + "' takes values of type " + actual.getName() + ", not " + valueType.getName());
        }
        return (TrainedWgan<V>) m;
    }
}
