package io.github.cwgan;

import java.util.List;
import java.util.Objects;

/**
 * Generated (condition, data) rows: row {@code i} is {@code data()[i]}, generated for
 * {@code conditions().get(i)}. Returned by {@link TrainedWgan#sampleRows(int)}, which draws the
 * conditions from the model's prior over conditions. Immutable: the data are copied in and out.
 *
 * @param conditions the condition value of each row (unmodifiable)
 * @param data       the data rows, one per condition value
 * @param <V>        the condition value type
 */
public record GeneratedRows<V>(List<V> conditions, float[][] data) {

    /**
     * Copies both.
     *
     * @throws IllegalArgumentException if the counts differ
     * @throws NullPointerException     if a condition value or a row is null
     */
    public GeneratedRows {
        conditions = List.copyOf(conditions);
        data = copy(Objects.requireNonNull(data, "data"));
        if (data.length != conditions.size()) {
            throw new IllegalArgumentException("data has " + data.length + " rows but conditions has "
                    + conditions.size() + " values");
        }
    }

    /** A copy of the data rows. */
    @Override
    public float[][] data() {
        return copy(data);
    }

    /** The number of rows. */
    public int size() {
        return conditions.size();
    }

    /** A copy of row {@code i}. */
    public float[] row(int i) {
        return data[Objects.checkIndex(i, data.length)].clone();
    }

    private static float[][] copy(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Objects.requireNonNull(rows[i], "data[" + i + "]").clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedRows<?> g && g.conditions.equals(conditions)
                && java.util.Arrays.deepEquals(g.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * conditions.hashCode() + java.util.Arrays.deepHashCode(data);
    }

    @Override
    public String toString() {
        return "GeneratedRows[" + conditions.size() + " rows]";
    }
}
