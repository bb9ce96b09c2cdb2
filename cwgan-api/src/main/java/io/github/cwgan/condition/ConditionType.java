package io.github.cwgan.condition;

import java.util.Map;

/**
 * Recreates {@link Condition}s of one logical type from their {@link Condition#parameters()
 * parameters}, for model files.
 *
 * <p>The library's own types are found the same way as yours: through
 * {@link java.util.ServiceLoader} (list your implementation in
 * {@code META-INF/services/io.github.cwgan.condition.ConditionType}) or by
 * {@link ConditionTypes#register(ConditionType)}.
 */
public interface ConditionType {

    /** The logical name this type reads, equal to {@link Condition#typeName()} of its conditions. */
    String name();

    /**
     * Recreates a condition from parameters written by {@link Condition#parameters()}.
     *
     * @throws IllegalArgumentException naming the parameter that is missing or invalid
     */
    Condition<?> create(Map<String, Object> parameters);
}
