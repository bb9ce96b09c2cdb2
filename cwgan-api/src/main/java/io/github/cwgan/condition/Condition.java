package io.github.cwgan.condition;

import java.util.List;
import java.util.Map;

/**
 * What a model is conditioned on: a type of condition value and how it enters the networks.
 *
 * <p>A condition turns a value (a class index, a number, a vector, anything the implementation
 * chooses) into {@link #dimension()} floats that are appended to the generator's noise and to the
 * critic's data. Implementations must be immutable and thread-safe, and must reject values they
 * cannot encode with an {@link IllegalArgumentException} that names the value and what would be
 * valid: never a silent zero vector.
 *
 * <p>The interface assumes no finite set of values. The library ships {@link OneHot},
 * {@link Continuous}, {@link ContinuousScalar} and {@link Composite}; you can write your own (an angle encoded as sin/cos, an embedding of a word...). To make models with your
 * condition loadable from files, also publish a {@link ConditionType} (see there).
 *
 * @param <V> the type of a condition value, e.g. {@link Integer} for {@link OneHot}
 */
public interface Condition<V> {

    /**
     * The stable logical name of this condition's type in model files, e.g. {@code "one-hot"}.
     * Use lower-case words and dashes; prefix your own types with your domain
     * ({@code "com.example.angle"}). Never a Java class name.
     */
    String typeName();

    /** The number of floats a value is encoded into; at least 1. */
    int dimension();

    /** The Java type of condition values. */
    Class<V> valueType();

    /**
     * Checks that {@code value} can be encoded.
     *
     * @throws IllegalArgumentException naming the value and the valid values
     * @throws NullPointerException if {@code value} is null
     */
    void validate(V value);

    /**
     * Writes the encoding of {@code value} into {@code target[offset .. offset + dimension())}.
     * Validates first.
     *
     * @throws IllegalArgumentException as {@link #validate(Object)}
     */
    void encode(V value, float[] target, int offset);

    /**
     * Parses a value from the text fields of a data file (for example the {@code label} column of a
     * CSV file). The default reader passes one field per condition column.
     *
     * @throws IllegalArgumentException naming the text and what would be valid
     */
    V parse(List<String> fields);

    /**
     * The parameters that, with {@link #typeName()}, recreate this condition through its
     * {@link ConditionType}. Values are JSON-like: {@link String}, {@link Number}, {@link Boolean},
     * {@link List} and {@link Map} of those.
     */
    Map<String, Object> parameters();

    /**
     * A short human-readable form of a value for messages and figures; by default
     * {@code String.valueOf(value)}.
     */
    default String format(V value) {
        return String.valueOf(value);
    }

    /**
     * The number of text fields {@link #parse(List)} reads and {@link #toFields(Object)} writes; by
     * default 1. A {@link Composite} uses it to split a row's fields among its parts.
     */
    default int fieldCount() {
        return 1;
    }

    /**
     * The text fields of a value: the inverse of {@link #parse(List)}, so that
     * {@code parse(toFields(v))} is a value equal to {@code v} (for a {@code double}, exactly the same
     * number). Model files store the {@linkplain io.github.cwgan.TrainedWgan#sampleRows(int) prior
     * over conditions} this way. By default {@code List.of(format(value))}; override it when
     * {@link #format(Object)} is not parseable.
     */
    default List<String> toFields(V value) {
        return List.of(format(value));
    }

    /**
     * Learns what this condition needs from the training data and returns the condition to train
     * with. The backend calls it once when a model is first fitted, with the condition values of every
     * training row, and stores the result in the model's configuration (and so in its files). A
     * {@link Continuous} condition learns the mean and standard deviation of each dimension (to
     * standardise its inputs) and the range seen in training. By default the condition itself: a
     * condition that learns nothing need not override it.
     *
     * @param trainingValues the condition value of every training row, each valid, at least one
     * @return the condition to train with: this one, or a fitted copy of the same type
     */
    default Condition<V> fit(List<? extends V> trainingValues) {
        return this;
    }

    /**
     * Whether data labelled with {@code other} can train a model whose condition is this one (used
     * by {@link io.github.cwgan.ConditionalWgan#checkCompatible}). By default
     * {@code equals(other)}; a condition that {@linkplain #fit learns} from data accepts its unfitted
     * form, so that {@code model.continueTraining(data)} works on a data set built with
     * {@code Continuous.of(2)}.
     */
    default boolean isCompatibleWith(Condition<?> other) {
        return equals(other);
    }

    /**
     * The number of classes of a categorical condition, used by
     * {@link io.github.cwgan.training.BatchSampling#CLASS_BALANCED}; 0 (the default) for a condition
     * without classes.
     */
    default int classCount() {
        return 0;
    }

    /**
     * The class of a value, in {@code [0, classCount())}.
     *
     * @throws UnsupportedOperationException if this condition has no classes (the default)
     * @throws IllegalArgumentException      if the value is invalid
     */
    default int classOf(V value) {
        throw new UnsupportedOperationException("condition " + this + " has no classes (classCount() is 0)");
    }
}
