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
 * <p>The interface assumes no finite set of values. The library ships {@link OneHot}; you can write
 * your own (an angle encoded as sin/cos, an embedding of a word...). To make models with your
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
}
